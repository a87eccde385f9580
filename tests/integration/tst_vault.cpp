// The vault against a real Secret Service (gnome-keyring on a private bus)
// and real SQLite files.
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "app/providers/providerconfig.h"
#include "app/service/accountservice.h"
#include "app/store/accountstore.h"
#include "app/vault/keychain.h"
#include "app/vault/vault.h"
#include "tests/support/logcapture.h"
#include "tests/support/secretscan.h"

using namespace fanout;

namespace {

Account draft(const QString &userId, Platform platform = Platform::Bluesky)
{
    Account account;
    account.platform = platform;
    account.platformUserId = userId;
    account.handle = userId + QStringLiteral(".test");
    account.displayName = QStringLiteral("Name of ") + userId;
    account.tokenExpiresAt = QDateTime::currentDateTimeUtc().addDays(30);
    account.extensions = QJsonObject{{QStringLiteral("pdsUrl"), QStringLiteral("http://127.0.0.1:1")}};
    return account;
}

QJsonObject secretsFor(const QString &userId)
{
    return QJsonObject{
        {QStringLiteral("accessJwt"), QString(QStringLiteral("access-secret-") + userId)},
        {QStringLiteral("refreshJwt"), QString(QStringLiteral("refresh-secret-") + userId)},
    };
}

QList<QByteArray> needlesFor(const QString &userId)
{
    return {(QStringLiteral("access-secret-") + userId).toUtf8(), (QStringLiteral("refresh-secret-") + userId).toUtf8()};
}

// A second connection to the same file, to change bytes behind the store's back.
class RawDatabase final
{
public:
    explicit RawDatabase(const QString &path)
        : m_name(QStringLiteral("raw-") + QString::number(QRandomGenerator::global()->generate()))
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        database.setDatabaseName(path);
        database.open();
    }
    ~RawDatabase()
    {
        QSqlDatabase::database(m_name).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    QByteArray blob(const QString &id) const
    {
        QSqlQuery query(QSqlDatabase::database(m_name));
        query.prepare(QStringLiteral("SELECT secrets FROM platform_accounts WHERE id = ?"));
        query.addBindValue(id);
        query.exec();
        return query.next() ? query.value(0).toByteArray() : QByteArray();
    }
    bool setBlob(const QString &id, const QByteArray &blob) const
    {
        QSqlQuery query(QSqlDatabase::database(m_name));
        query.prepare(QStringLiteral("UPDATE platform_accounts SET secrets = ? WHERE id = ?"));
        query.addBindValue(blob);
        query.addBindValue(id);
        return query.exec() && query.numRowsAffected() == 1;
    }
    QString scalar(const QString &sql) const
    {
        QSqlQuery query(QSqlDatabase::database(m_name));
        query.exec(sql);
        return query.next() ? query.value(0).toString() : QString();
    }

private:
    QString m_name;
};

std::unique_ptr<AccountService> openService(const QString &dir)
{
    Expected<std::unique_ptr<AccountService>> service = AccountService::open(dir, AccountService::Access::Exclusive);
    if (!service) {
        qWarning() << "could not open the service:" << errorMessage(service.error());
        return nullptr;
    }
    return std::move(*service);
}

} // namespace

class tst_Vault final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void saveAndRead();
    void publicTypeHasNoSecret();
    void reconnectKeepsId();
    void idsAreRandomAndOpaque();
    void permissionsAreOwnerOnly();
    void schemaVersionAndPragmas();
    void flippedBitAffectsOneAccount();
    void blobMovedToAnotherRowRejected();
    void deletedKeychainEntryReportsMismatch();
    void rotateKeyReencryptsEveryRow();
    void movedDataDirKeepsKey();
    void clientSecretsStayPerDataDir();
    void disconnectErasesSecrets();
    void secondInstanceGetsClearMessage();
    void killedWriterLosesNoCommit();
    void logsHoldNoSecret();

private:
    // Installed after QTest's own message handler, which it forwards to.
    std::unique_ptr<test::LogCapture> m_log;
};

void tst_Vault::initTestCase()
{
    m_log = std::make_unique<test::LogCapture>();
}

void tst_Vault::saveAndRead()
{
    QTemporaryDir dir;
    auto service = openService(dir.path());
    QVERIFY(service);

    Expected<Account> saved = service->vault().saveConnection(draft(QStringLiteral("did:plc:alice")),
                                                              secretsFor(QStringLiteral("alice")));
    QVERIFY2(saved.has_value(), saved ? "" : qPrintable(errorMessage(saved.error())));
    QCOMPARE(saved->handle, QStringLiteral("did:plc:alice.test"));

    Expected<QJsonObject> secrets = service->vault().readSecrets(*saved);
    QVERIFY(secrets.has_value());
    QCOMPARE(*secrets, secretsFor(QStringLiteral("alice")));

    // A fresh run reads the key from the keychain again.
    service.reset();
    service = openService(dir.path());
    QVERIFY(service);
    Expected<Account> again = service->account(saved->id);
    QVERIFY(again.has_value());
    QCOMPARE(service->vault().readSecrets(*again).value(), secretsFor(QStringLiteral("alice")));

    const QStringList leaks = test::filesContainingAny({dir.path()}, needlesFor(QStringLiteral("alice")));
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u' ')));
}

void tst_Vault::publicTypeHasNoSecret()
{
    QTemporaryDir dir;
    auto service = openService(dir.path());
    QVERIFY(service);
    Expected<Account> saved = service->vault().saveConnection(draft(QStringLiteral("u1")), secretsFor(QStringLiteral("u1")));
    QVERIFY(saved.has_value());

    const QByteArray json = QJsonDocument(saved->toJson()).toJson();
    QVERIFY(!json.contains("secret"));
    const QStringList keys = saved->toJson().keys();
    for (const QString &forbidden : {QStringLiteral("secrets"), QStringLiteral("accessToken"),
                                     QStringLiteral("accessJwt"), QStringLiteral("refreshJwt")})
        QVERIFY2(!keys.contains(forbidden), qPrintable(forbidden));
}

void tst_Vault::reconnectKeepsId()
{
    QTemporaryDir dir;
    auto service = openService(dir.path());
    QVERIFY(service);
    Expected<Account> first = service->vault().saveConnection(draft(QStringLiteral("same")), secretsFor(QStringLiteral("old")));
    QVERIFY(first.has_value());
    QVERIFY(service->store().setStatus(first->id, AccountStatus::AuthFailed).has_value());

    Account changed = draft(QStringLiteral("same"));
    changed.displayName = QStringLiteral("Renamed");
    Expected<Account> second = service->vault().saveConnection(changed, secretsFor(QStringLiteral("new")));
    QVERIFY(second.has_value());
    QCOMPARE(second->id, first->id);
    QCOMPARE(second->createdAt, first->createdAt);

    Expected<QList<Account>> all = service->accounts();
    QVERIFY(all.has_value());
    QCOMPARE(all->size(), 1);
    QCOMPARE(all->first().displayName, QStringLiteral("Renamed"));
    QCOMPARE(all->first().status, AccountStatus::Connected);
    QCOMPARE(service->vault().readSecrets(all->first()).value(), secretsFor(QStringLiteral("new")));

    // The same user id on another platform is another account.
    Expected<Account> other = service->vault().saveConnection(draft(QStringLiteral("same"), Platform::Twitter),
                                                              secretsFor(QStringLiteral("x")));
    QVERIFY(other.has_value());
    QVERIFY(other->id != first->id);
}

void tst_Vault::idsAreRandomAndOpaque()
{
    QTemporaryDir dir;
    auto service = openService(dir.path());
    QVERIFY(service);
    QSet<QString> ids;
    const QRegularExpression shape(QStringLiteral("^acc_[0-9a-f]{32}$"));
    for (int i = 0; i < 20; ++i) {
        Expected<Account> saved = service->vault().saveConnection(draft(QString::number(i)), secretsFor(QString::number(i)));
        QVERIFY(saved.has_value());
        QVERIFY2(shape.match(saved->id).hasMatch(), qPrintable(saved->id));
        ids.insert(saved->id);
    }
    QCOMPARE(ids.size(), 20);
}

void tst_Vault::permissionsAreOwnerOnly()
{
    QTemporaryDir parent;
    const QString dataDir = parent.filePath(QStringLiteral("data"));
    auto service = openService(dataDir);
    QVERIFY(service);
    QVERIFY(service->vault().saveConnection(draft(QStringLiteral("p")), secretsFor(QStringLiteral("p"))).has_value());

    const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther
        | QFile::WriteOther | QFile::ExeOther;
    QCOMPARE(QFile::permissions(dataDir) & others, QFile::Permissions());
    QVERIFY(QFile::permissions(dataDir) & QFile::ExeOwner);
    for (const QString &name : {QStringLiteral("fanout.sqlite"), QStringLiteral("fanout.sqlite-wal")}) {
        const QString path = QDir(dataDir).filePath(name);
        QVERIFY2(QFile::exists(path), qPrintable(path));
        QCOMPARE(QFile::permissions(path) & others, QFile::Permissions());
    }
}

void tst_Vault::schemaVersionAndPragmas()
{
    QTemporaryDir dir;
    auto service = openService(dir.path());
    QVERIFY(service);
    const RawDatabase raw(service->store().databasePath());
    QCOMPARE(raw.scalar(QStringLiteral("PRAGMA user_version")), QString::number(AccountStore::kSchemaVersion));
    QCOMPARE(raw.scalar(QStringLiteral("PRAGMA journal_mode")), QStringLiteral("wal"));
    QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'platform_accounts'")),
             QStringLiteral("1"));
}

void tst_Vault::flippedBitAffectsOneAccount()
{
    QTemporaryDir dir;
    auto service = openService(dir.path());
    QVERIFY(service);
    QList<Account> accounts;
    for (const QString &name : {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")})
        accounts << service->vault().saveConnection(draft(name), secretsFor(name)).value();

    const RawDatabase raw(service->store().databasePath());
    const QByteArray original = raw.blob(accounts[1].id);
    for (qsizetype byte = 0; byte < original.size(); byte += 7) {
        QByteArray damaged = original;
        damaged[byte] = char(damaged[byte] ^ 0x10);
        QVERIFY(raw.setBlob(accounts[1].id, damaged));

        Expected<QJsonObject> broken = service->vault().readSecrets(accounts[1]);
        QVERIFY2(!broken.has_value(), qPrintable(QStringLiteral("byte %1").arg(byte)));
        QCOMPARE(broken.error().code, ErrorCode::VaultKeyMismatch);
        QCOMPARE(service->vault().readSecrets(accounts[0]).value(), secretsFor(QStringLiteral("a")));
        QCOMPARE(service->vault().readSecrets(accounts[2]).value(), secretsFor(QStringLiteral("c")));
    }
    QCOMPARE(service->account(accounts[1].id)->status, AccountStatus::KeyMismatch);
    QCOMPARE(service->account(accounts[0].id)->status, AccountStatus::Connected);
}

void tst_Vault::blobMovedToAnotherRowRejected()
{
    QTemporaryDir dir;
    auto service = openService(dir.path());
    QVERIFY(service);
    const Account a = service->vault().saveConnection(draft(QStringLiteral("a")), secretsFor(QStringLiteral("a"))).value();
    const Account b = service->vault().saveConnection(draft(QStringLiteral("b")), secretsFor(QStringLiteral("b"))).value();

    const RawDatabase raw(service->store().databasePath());
    QVERIFY(raw.setBlob(b.id, raw.blob(a.id)));
    QCOMPARE(service->vault().readSecrets(b).error().code, ErrorCode::VaultKeyMismatch);
    QCOMPARE(service->vault().readSecrets(a).value(), secretsFor(QStringLiteral("a")));
}

void tst_Vault::deletedKeychainEntryReportsMismatch()
{
    QTemporaryDir dir;
    QString keyName;
    QString oldId;
    {
        auto service = openService(dir.path());
        QVERIFY(service);
        oldId = service->vault().saveConnection(draft(QStringLiteral("old")), secretsFor(QStringLiteral("old"))).value().id;
        QVERIFY(service->vault().saveConnection(draft(QStringLiteral("kept")), secretsFor(QStringLiteral("kept"))).has_value());
        keyName = service->vault().keyName(1);
    }
    const Keychain keychain;
    QVERIFY(keychain.read(keyName).value().has_value());
    QVERIFY(keychain.remove(keyName).has_value());
    QVERIFY(!keychain.read(keyName).value().has_value());

    auto service = openService(dir.path());
    QVERIFY(service);
    QCOMPARE(service->vault().unlockForReading().error().code, ErrorCode::VaultKeyMismatch);
    Expected<QList<Account>> all = service->accounts();
    QVERIFY(all.has_value());
    QCOMPARE(all->size(), 2);
    const Account old = service->account(oldId).value();
    QCOMPARE(service->vault().readSecrets(old).error().code, ErrorCode::VaultKeyMismatch);
    QCOMPARE(service->account(oldId)->status, AccountStatus::KeyMismatch);

    // Reconnecting stores the account again under a new key version.
    Expected<Account> reconnected = service->vault().saveConnection(draft(QStringLiteral("old")),
                                                                    secretsFor(QStringLiteral("old2")));
    QVERIFY2(reconnected.has_value(), reconnected ? "" : qPrintable(errorMessage(reconnected.error())));
    QCOMPARE(reconnected->id, oldId);
    QCOMPARE(service->vault().currentKeyVersion(), std::optional<quint32>(2));
    QCOMPARE(service->vault().readSecrets(*reconnected).value(), secretsFor(QStringLiteral("old2")));
    QCOMPARE(service->account(oldId)->status, AccountStatus::Connected);
    QCOMPARE(service->accounts()->size(), 2);
}

void tst_Vault::rotateKeyReencryptsEveryRow()
{
    QTemporaryDir dir;
    auto service = openService(dir.path());
    QVERIFY(service);
    QList<Account> accounts;
    for (const QString &name : {QStringLiteral("r1"), QStringLiteral("r2"), QStringLiteral("r3")})
        accounts << service->vault().saveConnection(draft(name), secretsFor(name)).value();
    const RawDatabase raw(service->store().databasePath());
    const QByteArray before = raw.blob(accounts[0].id);

    Expected<int> rotated = service->rotateKey();
    QVERIFY2(rotated.has_value(), rotated ? "" : qPrintable(errorMessage(rotated.error())));
    QCOMPARE(*rotated, 3);
    QCOMPARE(service->vault().currentKeyVersion(), std::optional<quint32>(2));
    QVERIFY(raw.blob(accounts[0].id) != before);

    const Keychain keychain;
    QVERIFY(!keychain.read(service->vault().keyName(1)).value().has_value());
    QVERIFY(keychain.read(service->vault().keyName(2)).value().has_value());

    // A new run reads only the new key.
    const QString path = dir.path();
    service.reset();
    service = openService(path);
    QVERIFY(service);
    for (const Account &account : std::as_const(accounts))
        QCOMPARE(service->vault().readSecrets(account).value(), secretsFor(account.platformUserId));
}

void tst_Vault::movedDataDirKeepsKey()
{
    QTemporaryDir parent;
    const QString before = parent.filePath(QStringLiteral("before"));
    const QString after = parent.filePath(QStringLiteral("after"));
    QString id;
    {
        auto service = openService(before);
        QVERIFY(service);
        id = service->vault().saveConnection(draft(QStringLiteral("mover")), secretsFor(QStringLiteral("mover"))).value().id;
    }
    QVERIFY(QDir().rename(before, after));

    auto service = openService(after);
    QVERIFY(service);
    const Expected<QJsonObject> secrets = service->vault().readSecrets(service->account(id).value());
    QVERIFY2(secrets.has_value(), secrets ? "" : qPrintable(errorMessage(secrets.error())));
    QCOMPARE(*secrets, secretsFor(QStringLiteral("mover")));
}

void tst_Vault::clientSecretsStayPerDataDir()
{
    // Two organisations' apps on one computer: each data folder keeps its
    // own client secret in the same keychain.
    QTemporaryDir first;
    QTemporaryDir second;
    QVERIFY(first.isValid() && second.isValid());
    const QByteArray firstSecret = QByteArrayLiteral("client-secret-of-the-first-app");
    const QByteArray secondSecret = QByteArrayLiteral("client-secret-of-the-second-app");
    {
        Expected<std::unique_ptr<AccountService>> a =
            AccountService::open(first.path(), AccountService::Access::Exclusive);
        Expected<std::unique_ptr<AccountService>> b =
            AccountService::open(second.path(), AccountService::Access::Exclusive);
        QVERIFY(a && b);
        QVERIFY((*a)->providers().setClientSecret(Platform::Pinterest, firstSecret));
        QVERIFY((*b)->providers().setClientSecret(Platform::Pinterest, secondSecret));
        QCOMPARE((*a)->providers().clientSecret(Platform::Pinterest).value(), std::optional(firstSecret));
        QCOMPARE((*b)->providers().clientSecret(Platform::Pinterest).value(), std::optional(secondSecret));
    }

    // The folder recorded the id its secret is filed under, so a new start finds it.
    Expected<std::unique_ptr<AccountService>> reopened =
        AccountService::open(first.path(), AccountService::Access::Exclusive);
    QVERIFY(reopened);
    QCOMPARE((*reopened)->providers().clientSecret(Platform::Pinterest).value(), std::optional(firstSecret));

    // Removing one folder's secret leaves the other's.
    QVERIFY((*reopened)->providers().setClientSecret(Platform::Pinterest, {}));
    QCOMPARE((*reopened)->providers().clientSecret(Platform::Pinterest).value(), std::nullopt);
    reopened->reset();
    Expected<std::unique_ptr<AccountService>> other =
        AccountService::open(second.path(), AccountService::Access::Exclusive);
    QVERIFY(other);
    QCOMPARE((*other)->providers().clientSecret(Platform::Pinterest).value(), std::optional(secondSecret));
}

void tst_Vault::disconnectErasesSecrets()
{
    QTemporaryDir dir;
    auto service = openService(dir.path());
    QVERIFY(service);
    const Account gone = service->vault().saveConnection(draft(QStringLiteral("gone")), secretsFor(QStringLiteral("gone"))).value();
    const Account kept = service->vault().saveConnection(draft(QStringLiteral("kept")), secretsFor(QStringLiteral("kept"))).value();
    QVERIFY(service->store().recordEvent(gone.id, QString(kTokenRevoked), QStringLiteral("test")).value());

    const RawDatabase raw(service->store().databasePath());
    const QByteArray blob = raw.blob(gone.id);
    QVERIFY(!blob.isEmpty());

    QVERIFY(service->disconnectAccount(gone.id).has_value());
    QCOMPARE(service->account(gone.id).error().code, ErrorCode::InvalidInput);
    QCOMPARE(service->disconnectAccount(gone.id).error().code, ErrorCode::InvalidInput);
    QCOMPARE(service->events()->size(), 0);
    QCOMPARE(service->vault().readSecrets(kept).value(), secretsFor(QStringLiteral("kept")));

    // Not even the encrypted blob survives in the file or its WAL.
    service.reset();
    const QStringList leaks = test::filesContainingAny({dir.path()}, {blob.sliced(5, 24)});
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u' ')));
}

void tst_Vault::secondInstanceGetsClearMessage()
{
    QTemporaryDir dir;
    auto first = openService(dir.path());
    QVERIFY(first);
    Expected<std::unique_ptr<AccountService>> second = AccountService::open(dir.path(), AccountService::Access::Exclusive);
    QVERIFY(!second.has_value());
    QCOMPARE(second.error().code, ErrorCode::StorageError);
    QVERIFY2(second.error().detail.contains(QStringLiteral("Another Fanout window or command")), qPrintable(second.error().detail));

    // Readers do not need the lock.
    Expected<std::unique_ptr<AccountService>> reader = AccountService::open(dir.path(), AccountService::Access::ReadOnly);
    QVERIFY(reader.has_value());

    first.reset();
    Expected<std::unique_ptr<AccountService>> third = AccountService::open(dir.path(), AccountService::Access::Exclusive);
    QVERIFY(third.has_value());
}

void tst_Vault::killedWriterLosesNoCommit()
{
    const QString writer = QCoreApplication::applicationDirPath() + QStringLiteral("/fanout_vaultwriter");
    QVERIFY2(QFile::exists(writer), qPrintable(writer));
    QTemporaryDir dir;
    QStringList committed;

    for (int round = 0; round < 8; ++round) {
        QProcess process;
        process.start(writer, {dir.path(), QString::number(round)});
        QVERIFY(process.waitForStarted());
        // Wait for the first commit, then a random extra moment, then kill -9.
        QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine() || process.waitForReadyRead(100), 30000);
        QTest::qWait(int(QRandomGenerator::global()->bounded(50, 400)));
        process.kill();
        QVERIFY(process.waitForFinished());
        for (const QByteArray &line : process.readAllStandardOutput().split('\n')) {
            if (!line.isEmpty())
                committed << QString::fromLatin1(line);
        }
    }
    QVERIFY(committed.size() > 8);

    auto service = openService(dir.path());
    QVERIFY(service);
    const RawDatabase raw(service->store().databasePath());
    QCOMPARE(raw.scalar(QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
    for (const QString &line : std::as_const(committed)) {
        const QString id = line.section(u' ', 0, 0);
        const QString userId = line.section(u' ', 1, 1);
        Expected<Account> account = service->account(id);
        QVERIFY2(account.has_value(), qPrintable(id));
        QCOMPARE(service->vault().readSecrets(*account).value(), secretsFor(userId));
    }
    qInfo("%lld commits survived 8 kills", qlonglong(committed.size()));
}

void tst_Vault::logsHoldNoSecret()
{
    // Every secret written by the tests above starts with one of these.
    const QByteArray log = m_log->text();
    QVERIFY(log.contains("stored secrets for account"));
    QVERIFY(!log.contains("access-secret-"));
    QVERIFY(!log.contains("refresh-secret-"));
}

QTEST_GUILESS_MAIN(tst_Vault)
#include "tst_vault.moc"
