// No Secret Service on the bus (a headless session): the vault reports
// keychain_unavailable, stores nothing and leaves the database bytes as they were.
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "app/service/accountservice.h"
#include "app/store/accountstore.h"
#include "app/vault/vault.h"
#include "tests/support/fanoutprocess.h"

using namespace fanout;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

Account draft(const QString &userId)
{
    Account account;
    account.platform = Platform::Bluesky;
    account.platformUserId = userId;
    account.handle = userId;
    return account;
}

} // namespace

class tst_KeychainUnavailable final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void existingDatabaseUntouched();
    void freshDataDirGetsNoKey();
    void commandLineReportsCode();

private:
    QTemporaryDir m_runtime;
};

void tst_KeychainUnavailable::initTestCase()
{
    // Nothing that could lead to a session bus: no address, no X11 or Wayland
    // display to autolaunch one from, no runtime dir with a bus socket.
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    qunsetenv("DISPLAY");
    qunsetenv("WAYLAND_DISPLAY");
    qputenv("XDG_RUNTIME_DIR", m_runtime.path().toUtf8());
}

void tst_KeychainUnavailable::existingDatabaseUntouched()
{
    QTemporaryDir dir;
    QString databasePath;
    {
        // An existing vault with two rows, written without the keychain by
        // sealing stand-in blobs directly through the store.
        auto store = AccountStore::open(dir.path());
        QVERIFY(store.has_value());
        databasePath = (*store)->databasePath();
        for (const QString &userId : {QStringLiteral("one"), QStringLiteral("two")}) {
            QVERIFY((*store)->upsert(draft(userId), [](const QString &) -> Expected<QByteArray> {
                return QByteArray(64, 'x');
            }).has_value());
        }
        QVERIFY((*store)->setMeta(QStringLiteral("vault.keyVersion"), QStringLiteral("1")).has_value());
    }
    const QByteArray before = fileHash(databasePath);
    QVERIFY(!before.isEmpty());

    {
        auto service = AccountService::open(dir.path(), AccountService::Access::Exclusive);
        QVERIFY(service.has_value());
        Expected<Account> saved = (*service)->vault().saveConnection(
            draft(QStringLiteral("three")), QJsonObject{{QStringLiteral("accessJwt"), QStringLiteral("secret")}});
        QVERIFY(!saved.has_value());
        QCOMPARE(saved.error().code, ErrorCode::KeychainUnavailable);
        QVERIFY(!saved.error().detail.isEmpty());

        const Account one = (*service)->accounts()->first();
        Expected<QJsonObject> secrets = (*service)->vault().readSecrets(one);
        QCOMPARE(secrets.error().code, ErrorCode::KeychainUnavailable);
        QCOMPARE((*service)->accounts()->size(), 2);
        QCOMPARE((*service)->account(one.id)->status, AccountStatus::Connected);
    }
    QCOMPARE(fileHash(databasePath), before);
    QVERIFY(!QFile::exists(databasePath + QStringLiteral("-wal")) || QFile(databasePath + QStringLiteral("-wal")).size() == 0);
}

void tst_KeychainUnavailable::freshDataDirGetsNoKey()
{
    QTemporaryDir dir;
    auto service = AccountService::open(dir.path(), AccountService::Access::Exclusive);
    QVERIFY(service.has_value());
    Expected<Account> saved = (*service)->vault().saveConnection(
        draft(QStringLiteral("first")), QJsonObject{{QStringLiteral("accessJwt"), QStringLiteral("secret")}});
    QCOMPARE(saved.error().code, ErrorCode::KeychainUnavailable);
    QCOMPARE((*service)->accounts()->size(), 0);
    QCOMPARE((*service)->vault().currentKeyVersion(), std::nullopt);
}

void tst_KeychainUnavailable::commandLineReportsCode()
{
    QTemporaryDir dir;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    environment.remove(QStringLiteral("DISPLAY"));
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_runtime.path());
    // Port 9 on loopback is closed: reaching it would show as network_error,
    // so keychain_unavailable proves the keychain was asked first.
    const test::ProcessResult result = test::runFanout(
        {QStringLiteral("--data-dir"), dir.path(), QStringLiteral("connect"), QStringLiteral("bluesky"),
         QStringLiteral("--handle"), QStringLiteral("alice.test"), QStringLiteral("--service"),
         QStringLiteral("http://127.0.0.1:9")},
        "abcd-efgh-ijkl-mnop\n", environment);
    QCOMPARE(result.exitCode, 1);
    const QJsonObject error = result.json().object().value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("keychain_unavailable"));
    QVERIFY(error.value(QStringLiteral("message")).toString().contains(QStringLiteral("keychain")));
    QVERIFY(!result.standardOutput.contains("abcd-efgh-ijkl-mnop"));
    QVERIFY(!result.standardError.contains("abcd-efgh-ijkl-mnop"));
}

QTEST_GUILESS_MAIN(tst_KeychainUnavailable)
#include "tst_keychainunavailable.moc"
