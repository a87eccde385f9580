// Vault benchmark: the store's listing against a plain QSqlQuery loop over the
// same rows, and the secret box against raw OpenSSL EVP calls, each measured
// in the same run so the ratio does not depend on the machine.
//
//   bench_vault [ACCOUNTS=10000] [ROUNDS=15]
#include <algorithm>
#include <cstdio>
#include <vector>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <openssl/evp.h>
#include <openssl/rand.h>

#include "app/store/accountstore.h"
#include "app/vault/secretbox.h"

using namespace fanout;

namespace {

struct Pair {
    double measured = 0; // median microseconds
    double baseline = 0;
};

// Runs both functions once per round, alternating which goes first so
// neither profits from a warmer cache, and returns the medians.
template <typename Measured, typename Baseline>
Pair medianPair(int rounds, Measured &&measured, Baseline &&baseline)
{
    std::vector<double> measuredSamples;
    std::vector<double> baselineSamples;
    const auto time = [](auto &&function) {
        QElapsedTimer timer;
        timer.start();
        function();
        return double(timer.nsecsElapsed()) / 1000.0;
    };
    for (int round = 0; round < rounds; ++round) {
        if (round % 2 == 0) {
            measuredSamples.push_back(time(measured));
            baselineSamples.push_back(time(baseline));
        } else {
            baselineSamples.push_back(time(baseline));
            measuredSamples.push_back(time(measured));
        }
    }
    std::sort(measuredSamples.begin(), measuredSamples.end());
    std::sort(baselineSamples.begin(), baselineSamples.end());
    return {measuredSamples[measuredSamples.size() / 2], baselineSamples[baselineSamples.size() / 2]};
}

void report(const char *name, double measured, double baseline, double target)
{
    const double ratio = measured / baseline;
    std::printf("%-28s %12.1f us   baseline %12.1f us   ratio %.2fx   target <= %.2fx   %s\n", name, measured,
                baseline, ratio, target, ratio <= target ? "ok" : "OVER");
}

// The plain loop the store is compared with: the same columns on an open
// connection, read but not mapped to Account.
int plainListing(const QSqlDatabase &database)
{
    int rows = 0;
    QSqlQuery query(database);
    query.setForwardOnly(true);
    query.exec(QStringLiteral("SELECT id, platform, platform_user_id, handle, display_name, avatar_url, "
                              "token_expires_at, status, extensions, created_at, updated_at "
                              "FROM platform_accounts ORDER BY platform, handle, id"));
    while (query.next()) {
        for (int column = 0; column < 11; ++column)
            (void)query.value(column);
        ++rows;
    }
    return rows;
}

// One seal and one open with raw EVP calls, as the secret box does them.
bool rawRoundTrip(const QByteArray &key, const QByteArray &plaintext, const QByteArray &aad)
{
    unsigned char nonce[12];
    RAND_bytes(nonce, sizeof nonce);
    std::vector<unsigned char> ciphertext(size_t(plaintext.size()));
    unsigned char tag[16];
    int length = 0;
    EVP_CIPHER_CTX *context = EVP_CIPHER_CTX_new();
    const auto *keyBytes = reinterpret_cast<const unsigned char *>(key.constData());
    const auto *aadBytes = reinterpret_cast<const unsigned char *>(aad.constData());
    EVP_EncryptInit_ex(context, EVP_aes_256_gcm(), nullptr, keyBytes, nonce);
    EVP_EncryptUpdate(context, nullptr, &length, aadBytes, int(aad.size()));
    EVP_EncryptUpdate(context, ciphertext.data(), &length, reinterpret_cast<const unsigned char *>(plaintext.constData()),
                      int(plaintext.size()));
    EVP_EncryptFinal_ex(context, ciphertext.data() + length, &length);
    EVP_CIPHER_CTX_ctrl(context, EVP_CTRL_GCM_GET_TAG, 16, tag);
    EVP_CIPHER_CTX_free(context);

    std::vector<unsigned char> decrypted(ciphertext.size());
    context = EVP_CIPHER_CTX_new();
    EVP_DecryptInit_ex(context, EVP_aes_256_gcm(), nullptr, keyBytes, nonce);
    EVP_DecryptUpdate(context, nullptr, &length, aadBytes, int(aad.size()));
    EVP_DecryptUpdate(context, decrypted.data(), &length, ciphertext.data(), int(ciphertext.size()));
    EVP_CIPHER_CTX_ctrl(context, EVP_CTRL_GCM_SET_TAG, 16, tag);
    const bool ok = EVP_DecryptFinal_ex(context, decrypted.data() + length, &length) == 1;
    EVP_CIPHER_CTX_free(context);
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    const int accounts = argc > 1 ? std::atoi(argv[1]) : 10000;
    const int rounds = argc > 2 ? std::atoi(argv[2]) : 15;

    QTemporaryDir dir;
    Expected<std::unique_ptr<AccountStore>> store = AccountStore::open(dir.path());
    if (!store) {
        std::fprintf(stderr, "cannot open the store: %s\n", qPrintable(errorMessage(store.error())));
        return 1;
    }
    const SecretBox box(SecretBox::generateKey(), 1);
    const QByteArray secrets = QJsonDocument(QJsonObject{
        {QStringLiteral("accessJwt"), QString(900, u'a')},
        {QStringLiteral("refreshJwt"), QString(900, u'r')},
        {QStringLiteral("appPassword"), QStringLiteral("abcd-efgh-ijkl-mnop")},
    }).toJson(QJsonDocument::Compact);

    QElapsedTimer fill;
    fill.start();
    for (int i = 0; i < accounts; ++i) {
        Account account;
        account.platform = Platform::Bluesky;
        account.platformUserId = QStringLiteral("did:plc:bench%1").arg(i);
        account.handle = QStringLiteral("user%1.bsky.social").arg(i);
        account.displayName = QStringLiteral("Bench user %1").arg(i);
        account.tokenExpiresAt = QDateTime::currentDateTimeUtc().addDays(i % 90);
        account.extensions = QJsonObject{{QStringLiteral("pdsUrl"), QStringLiteral("https://pds.example")}};
        const auto saved = (*store)->upsert(account, [&](const QString &id) {
            return box.seal(secrets, id.toUtf8());
        });
        if (!saved) {
            std::fprintf(stderr, "insert failed: %s\n", qPrintable(errorMessage(saved.error())));
            return 1;
        }
    }
    std::printf("filled %d accounts in %.1f s (one transaction each)\n", accounts, double(fill.elapsed()) / 1000.0);

    QSqlDatabase plain = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("plain"));
    plain.setDatabaseName((*store)->databasePath());
    plain.open();
    int plainRows = 0;
    qsizetype storeRows = 0;
    const Pair listing = medianPair(
        rounds, [&] { storeRows = (*store)->accounts()->size(); }, [&] { plainRows = plainListing(plain); });
    if (plainRows != accounts || storeRows != accounts) {
        std::fprintf(stderr, "row counts differ: plain %d, store %lld\n", plainRows, qlonglong(storeRows));
        return 1;
    }

    const QByteArray key = SecretBox::generateKey();
    const SecretBox cryptoBox(key, 1);
    const QByteArray aad = QByteArrayLiteral("fanout.account\0acc_0123456789abcdef\0bluesky");
    constexpr int kCryptoOps = 20000;
    bool allOk = true;
    const Pair crypto = medianPair(
        rounds,
        [&] {
            for (int i = 0; i < kCryptoOps; ++i) {
                const Expected<QByteArray> sealed = cryptoBox.seal(secrets, aad);
                allOk = sealed && cryptoBox.open(*sealed, aad).has_value() && allOk;
            }
        },
        [&] {
            for (int i = 0; i < kCryptoOps; ++i)
                allOk = rawRoundTrip(key, secrets, aad) && allOk;
        });
    if (!allOk) {
        std::fprintf(stderr, "a round trip failed\n");
        return 1;
    }

    std::printf("median of %d rounds; %d accounts; %d seal+open of a %lld-byte token set\n", rounds, accounts,
                kCryptoOps, qlonglong(secrets.size()));
    report("list accounts (store)", listing.measured, listing.baseline, 1.5);
    report("seal+open (secret box)", crypto.measured, crypto.baseline, 1.2);
    return 0;
}
