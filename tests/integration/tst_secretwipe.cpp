// The vault key and decrypted secrets are overwritten with OPENSSL_cleanse
// before their buffers are freed.
//
// This test defines OPENSSL_cleanse itself. The linker binds fanout_core's
// calls to this definition (and libcrypto's own calls, through the dynamic
// linker), which records the bytes it is asked to wipe,
// calls OpenSSL's function (found with dlsym) and checks that the buffer
// then holds only zeros. What that shows: every buffer below reaches
// OPENSSL_cleanse with the secret in it, and is zero afterwards. What it does
// not show: that no other copy exists. QString and QJsonObject copies of
// tokens, the log scrubber's list of secrets and the keychain library's
// buffers are not wiped.

#include <dlfcn.h>

#include <mutex>

#include <openssl/crypto.h>

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include "app/service/accountservice.h"
#include "app/vault/secretbox.h"
#include "app/vault/vault.h"

using namespace fanout;

namespace {

struct Wipe {
    QByteArray before;
    bool zeroAfter = false;
};

std::mutex g_wipesMutex;
bool g_recording = false;
QList<Wipe> g_wipes;

using CleanseFunction = void (*)(void *, size_t);

CleanseFunction opensslCleanse()
{
    static const auto function = reinterpret_cast<CleanseFunction>(::dlsym(RTLD_NEXT, "OPENSSL_cleanse"));
    return function;
}

// Records the wipes made while it exists.
class WipeRecorder final
{
public:
    WipeRecorder()
    {
        const std::lock_guard lock(g_wipesMutex);
        g_wipes.clear();
        g_recording = true;
    }
    ~WipeRecorder()
    {
        const std::lock_guard lock(g_wipesMutex);
        g_recording = false;
    }
    WipeRecorder(const WipeRecorder &) = delete;
    WipeRecorder &operator=(const WipeRecorder &) = delete;

    [[nodiscard]] QList<Wipe> wipes() const
    {
        const std::lock_guard lock(g_wipesMutex);
        return g_wipes;
    }
    // The wipes whose buffer contained needle.
    [[nodiscard]] QList<Wipe> containing(QByteArrayView needle) const
    {
        QList<Wipe> found;
        for (const Wipe &wipe : wipes()) {
            if (wipe.before.contains(needle))
                found.append(wipe);
        }
        return found;
    }
};

bool allZero(const QByteArray &bytes)
{
    return std::all_of(bytes.cbegin(), bytes.cend(), [](char byte) { return byte == 0; });
}

Account draft(const QString &userId)
{
    Account account;
    account.platform = Platform::Bluesky;
    account.platformUserId = userId;
    account.handle = userId + QStringLiteral(".test");
    account.tokenExpiresAt = QDateTime::currentDateTimeUtc().addDays(30);
    return account;
}

} // namespace

// Fanout's calls land here instead of in libcrypto (see the file comment).
extern "C" void OPENSSL_cleanse(void *pointer, size_t length)
{
    const CleanseFunction cleanse = opensslCleanse();
    if (!cleanse)
        std::abort(); // without OpenSSL's function nothing would be wiped
    std::unique_lock lock(g_wipesMutex);
    if (!g_recording || length == 0) {
        lock.unlock();
        cleanse(pointer, length);
        return;
    }
    Wipe wipe;
    wipe.before = QByteArray(static_cast<const char *>(pointer), qsizetype(length));
    cleanse(pointer, length);
    wipe.zeroAfter = allZero(QByteArray::fromRawData(static_cast<const char *>(pointer), qsizetype(length)));
    g_wipes.append(std::move(wipe));
}

class tst_SecretWipe final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void boxWipesKeyOnDestruction();
    void failedOpenWipesPlaintext();
    void vaultWipesKeyAndPlaintext();
};

void tst_SecretWipe::initTestCase()
{
    QVERIFY2(opensslCleanse(), "dlsym found no OPENSSL_cleanse in libcrypto");
    QVERIFY(opensslCleanse() != &OPENSSL_cleanse);
}

void tst_SecretWipe::boxWipesKeyOnDestruction()
{
    const QByteArray key = QByteArrayLiteral("wipe-test-key-0123456789abcdef!!");
    QCOMPARE(key.size(), SecretBox::kKeySize);
    WipeRecorder recorder;
    auto box = std::make_unique<SecretBox>(key, 1);
    QVERIFY(box->seal("payload", "ad").has_value());
    // OpenSSL wipes its own copies of the key while sealing; count them
    // apart from the box's.
    const qsizetype wipedWhileSealing = recorder.containing(key).size();

    box.reset();
    const QList<Wipe> wiped = recorder.containing(key);
    QCOMPARE(wiped.size(), wipedWhileSealing + 1);
    QCOMPARE(wiped.last().before.size(), SecretBox::kKeySize);
    QVERIFY(wiped.last().zeroAfter);
}

void tst_SecretWipe::failedOpenWipesPlaintext()
{
    const QByteArray key = QByteArrayLiteral("wipe-test-key-0123456789abcdef!!");
    const QByteArray plaintext = QByteArrayLiteral(R"({"accessJwt":"wipe-test-access-token"})");
    SecretBox box(key, 1);
    Expected<QByteArray> sealed = box.seal(plaintext, "account-a");
    QVERIFY(sealed.has_value());

    // GCM decrypts before it checks the tag, so a blob opened with the wrong
    // associated data leaves the plaintext in Fanout's buffer until wiped.
    WipeRecorder recorder;
    const Expected<QByteArray> opened = box.open(*sealed, "account-b");
    QVERIFY(!opened.has_value());
    QCOMPARE(opened.error().code, ErrorCode::VaultKeyMismatch);
    const QList<Wipe> wiped = recorder.containing(plaintext);
    QCOMPARE(wiped.size(), 1);
    QVERIFY(wiped.at(0).zeroAfter);
}

void tst_SecretWipe::vaultWipesKeyAndPlaintext()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QByteArray token = QByteArrayLiteral("wipe-test-vault-token");
    const QJsonObject secrets{{QStringLiteral("accessJwt"), QString::fromLatin1(token)}};

    WipeRecorder recorder;
    Expected<std::unique_ptr<AccountService>> service =
        AccountService::open(dir.path(), AccountService::Access::Exclusive);
    QVERIFY2(service, service ? "" : qPrintable(errorMessage(service.error())));

    // Saving creates the key: the new key's buffer and the serialized
    // secrets are wiped once sealed.
    Expected<Account> saved = (*service)->vault().saveConnection(draft(QStringLiteral("wipe")), secrets);
    QVERIFY2(saved, saved ? "" : qPrintable(errorMessage(saved.error())));
    QList<QByteArray> keys;
    for (const Wipe &wipe : recorder.wipes()) {
        if (wipe.before.size() == SecretBox::kKeySize && !allZero(wipe.before))
            keys.append(wipe.before);
    }
    QVERIFY2(!keys.isEmpty(), "no 32-byte buffer was wiped while the key was created");
    const QList<Wipe> sealedPlaintext = recorder.containing(token);
    QCOMPARE(sealedPlaintext.size(), 1);
    QVERIFY(sealedPlaintext.at(0).zeroAfter);

    // Reading decrypts into a buffer that is wiped once parsed.
    Expected<QJsonObject> read = (*service)->vault().readSecrets(*saved);
    QVERIFY(read.has_value());
    QCOMPARE(read->value(QStringLiteral("accessJwt")).toString(), QString::fromLatin1(token));
    const QList<Wipe> openedPlaintext = recorder.containing(token);
    QCOMPARE(openedPlaintext.size(), 2);
    QVERIFY(openedPlaintext.at(1).zeroAfter);

    // Closing the service destroys the SecretBox, whose copy of the key is
    // wiped too: one of the 32-byte buffers seen above, once more.
    const qsizetype wipesBeforeClose = recorder.wipes().size();
    service->reset();
    const QList<Wipe> afterClose = recorder.wipes().sliced(wipesBeforeClose);
    const auto keyWiped = std::find_if(afterClose.cbegin(), afterClose.cend(),
                                       [&keys](const Wipe &wipe) { return keys.contains(wipe.before); });
    QVERIFY2(keyWiped != afterClose.cend(), "closing the vault wiped no copy of the key");
    QVERIFY(keyWiped->zeroAfter);
}

QTEST_GUILESS_MAIN(tst_SecretWipe)
#include "tst_secretwipe.moc"
