// Faults around the account store and the keychain: a full disk, a read-only
// data folder, a damaged database file and a keychain locked while Fanout
// runs. Each must end in a clear error and leave the stored accounts
// readable. CTest runs this inside tests/support/run-in-session.sh, and the
// disk tests mount a small tmpfs when the process may (root in CI).

#include <csignal>
#include <memory>

#include <sys/mount.h>
#include <sys/resource.h>

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusReply>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "app/core/account.h"
#include "app/core/error.h"
#include "app/service/accountservice.h"
#include "app/store/accountstore.h"
#include "app/vault/vault.h"
#include "tests/support/fanoutprocess.h"

using namespace fanout;

namespace {

// A tmpfs of a given size mounted over a temporary folder, unmounted again
// when destroyed.
class SmallDisk final
{
public:
    SmallDisk() = default;
    ~SmallDisk()
    {
        if (m_mounted)
            ::umount2(QFile::encodeName(m_dir.path()).constData(), MNT_DETACH);
    }
    SmallDisk(const SmallDisk &) = delete;
    SmallDisk &operator=(const SmallDisk &) = delete;

    // False (with the reason in errorString()) when this process may not mount.
    [[nodiscard]] bool mount(qint64 bytes)
    {
        const QByteArray options = "size=" + QByteArray::number(bytes) + ",mode=0700";
        if (!m_dir.isValid()
            || ::mount("tmpfs", QFile::encodeName(m_dir.path()).constData(), "tmpfs", MS_NOSUID | MS_NODEV,
                       options.constData())
                   != 0) {
            m_error = QString::fromLocal8Bit(std::strerror(errno));
            return false;
        }
        m_mounted = true;
        return true;
    }
    [[nodiscard]] bool remountReadOnly()
    {
        const int result = ::mount(nullptr, QFile::encodeName(m_dir.path()).constData(), nullptr,
                                   MS_REMOUNT | MS_RDONLY | MS_NOSUID | MS_NODEV, nullptr);
        m_error = QString::fromLocal8Bit(std::strerror(errno));
        return result == 0;
    }
    [[nodiscard]] QString path() const { return m_dir.path(); }
    [[nodiscard]] QString errorString() const { return m_error; }

private:
    QTemporaryDir m_dir;
    bool m_mounted = false;
    QString m_error;
};

// Limits the size of every file this process writes (RLIMIT_FSIZE), so a
// write past it fails with EFBIG. The fallback for a disk-full test where
// mounting is not allowed.
class FileSizeLimit final
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        m_previousHandler = std::signal(SIGXFSZ, SIG_IGN); // EFBIG instead of a killed process
        ::getrlimit(RLIMIT_FSIZE, &m_previous);
        rlimit limited = m_previous;
        limited.rlim_cur = bytes;
        m_active = ::setrlimit(RLIMIT_FSIZE, &limited) == 0;
    }
    ~FileSizeLimit()
    {
        ::setrlimit(RLIMIT_FSIZE, &m_previous);
        std::signal(SIGXFSZ, m_previousHandler);
    }
    FileSizeLimit(const FileSizeLimit &) = delete;
    FileSizeLimit &operator=(const FileSizeLimit &) = delete;
    [[nodiscard]] bool isActive() const { return m_active; }

private:
    rlimit m_previous{};
    void (*m_previousHandler)(int) = nullptr;
    bool m_active = false;
};

Account sampleAccount(int n, qsizetype padding = 0)
{
    Account account;
    account.platform = Platform::Bluesky;
    account.platformUserId = QStringLiteral("did:plc:faultsample%1").arg(n, 12, 10, QLatin1Char('0'));
    account.handle = QStringLiteral("fault%1.test").arg(n);
    account.displayName = QStringLiteral("Fault %1").arg(n);
    account.status = AccountStatus::Connected;
    account.extensions = QJsonObject{{QStringLiteral("pdsUrl"), QStringLiteral("http://127.0.0.1:9")}};
    if (padding > 0)
        account.extensions.insert(QStringLiteral("padding"), QString(padding, u'p'));
    return account;
}

QJsonObject sampleSecrets(int n)
{
    return QJsonObject{
        {QStringLiteral("accessJwt"), QStringLiteral("fault-access-token-%1").arg(n)},
        {QStringLiteral("refreshJwt"), QStringLiteral("fault-refresh-token-%1").arg(n)},
        {QStringLiteral("appPassword"), QStringLiteral("faul-tapp-pass-%1").arg(n, 4, 10, QLatin1Char('0'))},
    };
}

// Fills the file system under path until a write fails, keeping the filler file.
qint64 fillDisk(const QString &path)
{
    QFile filler(QDir(path).filePath(QStringLiteral("filler")));
    if (!filler.open(QIODevice::WriteOnly))
        return -1;
    qint64 written = 0;
    for (qint64 chunk : {qint64(64 * 1024), qint64(4096), qint64(512), qint64(1)}) {
        const QByteArray bytes(chunk, 'f');
        while (filler.write(bytes) == chunk && filler.flush())
            written += chunk;
        filler.unsetError();
    }
    return written;
}

// Locks the keyring collection that QtKeychain writes to, over D-Bus.
bool lockLoginCollection()
{
    QDBusMessage call = QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.secrets"),
                                                       QStringLiteral("/org/freedesktop/secrets"),
                                                       QStringLiteral("org.freedesktop.Secret.Service"),
                                                       QStringLiteral("Lock"));
    call << QVariant::fromValue(QList<QDBusObjectPath>{
        QDBusObjectPath(QStringLiteral("/org/freedesktop/secrets/collection/login"))});
    const QDBusMessage reply = QDBusConnection::sessionBus().call(call, QDBus::Block, 10'000);
    return reply.type() == QDBusMessage::ReplyMessage;
}

bool isLoginCollectionLocked()
{
    QDBusMessage get = QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.secrets"),
                                                      QStringLiteral("/org/freedesktop/secrets/collection/login"),
                                                      QStringLiteral("org.freedesktop.DBus.Properties"),
                                                      QStringLiteral("Get"));
    get << QStringLiteral("org.freedesktop.Secret.Collection") << QStringLiteral("Locked");
    const QDBusReply<QVariant> reply = QDBusConnection::sessionBus().call(get, QDBus::Block, 10'000);
    return reply.isValid() && reply.value().toBool();
}

QString keptAsidePath(const QString &detail)
{
    static const QRegularExpression pattern(QStringLiteral("(\\S+\\.corrupt-[0-9TZ-]+)"));
    return pattern.match(detail).captured(1);
}

} // namespace

class TestFaults final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void diskFullKeepsAccounts();
    void readOnlyDataDir();
    void damagedFileIsKeptAside_data();
    void damagedFileIsKeptAside();
    void damagedFileReportedToReaders();
    // Last: the keyring stays locked for the rest of the session.
    void keychainLockedMidRun();

private:
    // Saves accounts 1..count and checks each.
    [[nodiscard]] bool saveAccounts(AccountService &service, int count, qsizetype padding = 0);
    // Whether accounts 1..count are all stored with their secrets.
    [[nodiscard]] bool allReadable(AccountService &service, int count);
};

bool TestFaults::saveAccounts(AccountService &service, int count, qsizetype padding)
{
    for (int n = 1; n <= count; ++n) {
        const Expected<Account> saved = service.vault().saveConnection(sampleAccount(n, padding), sampleSecrets(n));
        if (!saved) {
            qWarning("saving account %d failed: %s", n, qPrintable(errorMessage(saved.error())));
            return false;
        }
    }
    return true;
}

bool TestFaults::allReadable(AccountService &service, int count)
{
    const Expected<QList<Account>> accounts = service.accounts();
    if (!accounts || accounts->size() != count)
        return false;
    for (const Account &account : *accounts) {
        const Expected<QJsonObject> secrets = service.vault().readSecrets(account);
        const int n = account.handle.sliced(5).section(u'.', 0, 0).toInt();
        if (!secrets || *secrets != sampleSecrets(n)) {
            qWarning("the secrets of %s do not read back", qPrintable(account.handle));
            return false;
        }
    }
    return true;
}

void TestFaults::diskFullKeepsAccounts()
{
    SmallDisk disk;
    const bool mounted = disk.mount(2 << 20);
    std::unique_ptr<QTemporaryDir> plainDir;
    QString dataDir;
    if (mounted) {
        dataDir = QDir(disk.path()).filePath(QStringLiteral("data"));
    } else {
        qInfo("no tmpfs (%s): limiting the file size with RLIMIT_FSIZE instead", qPrintable(disk.errorString()));
        plainDir = std::make_unique<QTemporaryDir>();
        dataDir = plainDir->filePath(QStringLiteral("data"));
    }

    Expected<std::unique_ptr<AccountService>> service = AccountService::open(dataDir, AccountService::Access::Exclusive);
    QVERIFY2(service, qPrintable(service ? QString() : errorMessage(service.error())));
    QVERIFY(saveAccounts(**service, 2));

    // A third account whose row needs more room than is left.
    const Account big = sampleAccount(3, 600 * 1024);
    Expected<Account> saved = std::unexpected(Error{});
    if (mounted) {
        QVERIFY(fillDisk(disk.path()) > 0);
        saved = (*service)->vault().saveConnection(big, sampleSecrets(3));
    } else {
        const FileSizeLimit limit(256 * 1024);
        QVERIFY(limit.isActive());
        saved = (*service)->vault().saveConnection(big, sampleSecrets(3));
    }
    QVERIFY(!saved);
    QCOMPARE(saved.error().code, ErrorCode::StorageError);
    const QString message = errorMessage(saved.error());
    QVERIFY2(message.contains(dataDir), qPrintable(message));
    if (mounted)
        QVERIFY2(message.contains(QLatin1StringView("disk that holds")) && message.contains(QLatin1StringView("full")),
                 qPrintable(message));

    // Nothing was lost: this connection and a new one read both accounts.
    QVERIFY(allReadable(**service, 2));
    {
        Expected<std::unique_ptr<AccountService>> reader =
            AccountService::open(dataDir, AccountService::Access::ReadOnly);
        QVERIFY2(reader, qPrintable(reader ? QString() : errorMessage(reader.error())));
        QVERIFY(allReadable(**reader, 2));
    }

    // With room again, the same save succeeds.
    if (mounted)
        QVERIFY(QFile::remove(QDir(disk.path()).filePath(QStringLiteral("filler"))));
    saved = (*service)->vault().saveConnection(big, sampleSecrets(3));
    QVERIFY2(saved, qPrintable(saved ? QString() : errorMessage(saved.error())));
    QVERIFY(allReadable(**service, 3));
}

void TestFaults::readOnlyDataDir()
{
    // Root ignores file modes, so a read-only mount replaces chmod here.
    SmallDisk disk;
    if (!disk.mount(2 << 20))
        QSKIP(qPrintable(QStringLiteral("mounting a tmpfs failed (%1); root ignores chmod, so there is no "
                                        "read-only folder to test")
                             .arg(disk.errorString())));
    const QString dataDir = QDir(disk.path()).filePath(QStringLiteral("data"));
    {
        Expected<std::unique_ptr<AccountService>> service =
            AccountService::open(dataDir, AccountService::Access::Exclusive);
        QVERIFY2(service, qPrintable(service ? QString() : errorMessage(service.error())));
        QVERIFY(saveAccounts(**service, 2));
    }
    QVERIFY2(disk.remountReadOnly(), qPrintable(disk.errorString()));

    {
        // Writing needs the folder: a clear sentence, nothing changed.
        Expected<std::unique_ptr<AccountService>> service =
            AccountService::open(dataDir, AccountService::Access::Exclusive);
        QVERIFY(!service);
        QCOMPARE(service.error().code, ErrorCode::StorageError);
        const QString message = errorMessage(service.error());
        QVERIFY2(message.contains(dataDir), qPrintable(message));
        QVERIFY2(message.contains(QLatin1StringView("read-only"), Qt::CaseInsensitive), qPrintable(message));
    }
    // Reading does not: both accounts are listed.
    Expected<std::unique_ptr<AccountService>> reader = AccountService::open(dataDir, AccountService::Access::ReadOnly);
    QVERIFY2(reader, qPrintable(reader ? QString() : errorMessage(reader.error())));
    const Expected<QList<Account>> listed = (*reader)->accounts();
    QVERIFY2(listed, qPrintable(listed ? QString() : errorMessage(listed.error())));
    QCOMPARE(listed->size(), 2);
    QVERIFY(allReadable(**reader, 2));
}

void TestFaults::damagedFileIsKeptAside_data()
{
    QTest::addColumn<bool>("truncate");
    QTest::newRow("garbage bytes") << false;
    QTest::newRow("truncated file") << true;
}

void TestFaults::damagedFileIsKeptAside()
{
    QFETCH(bool, truncate);
    QTemporaryDir root;
    const QString dataDir = root.filePath(QStringLiteral("data"));
    const QString path = QDir(dataDir).filePath(QLatin1StringView(AccountStore::kFileName));
    {
        Expected<std::unique_ptr<AccountService>> service =
            AccountService::open(dataDir, AccountService::Access::Exclusive);
        QVERIFY2(service, qPrintable(service ? QString() : errorMessage(service.error())));
        QVERIFY(saveAccounts(**service, 20, 4096));
    }
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal"))); // checkpointed on close

    const auto damage = [&] {
        QFile file(path);
        if (!file.open(QIODevice::ReadWrite))
            return QByteArray();
        if (truncate) {
            file.resize(file.size() / 2);
        } else {
            file.seek(0);
            QByteArray garbage(8192, '\0');
            for (qsizetype i = 0; i < garbage.size(); ++i)
                garbage[i] = char((i * 131 + 7) % 251);
            file.write(garbage);
        }
        file.close();
        file.open(QIODevice::ReadOnly);
        return file.readAll();
    };
    const QByteArray damaged = damage();
    QVERIFY(!damaged.isEmpty());

    Expected<std::unique_ptr<AccountService>> service = AccountService::open(dataDir, AccountService::Access::Exclusive);
    QVERIFY(!service);
    QCOMPARE(service.error().code, ErrorCode::StorageError);
    const QString detail = service.error().detail;
    QVERIFY2(detail.contains(QLatin1StringView("damaged")), qPrintable(detail));
    const QString keptPath = keptAsidePath(detail);
    QVERIFY2(keptPath.startsWith(path + QStringLiteral(".corrupt-")), qPrintable(detail));
    QVERIFY(!QFile::exists(path));
    QFile keptFile(keptPath);
    QVERIFY(keptFile.open(QIODevice::ReadOnly));
    QCOMPARE(keptFile.readAll(), damaged);
    keptFile.close();

    // The next open starts an empty store beside the kept file.
    service = AccountService::open(dataDir, AccountService::Access::Exclusive);
    QVERIFY2(service, qPrintable(service ? QString() : errorMessage(service.error())));
    QCOMPARE((*service)->accounts()->size(), 0);
    QVERIFY(saveAccounts(**service, 2));
    service = std::unexpected(Error{});

    // A second damaged file, usually within the same second, never replaces the first kept one.
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
    }
    service = AccountService::open(dataDir, AccountService::Access::Exclusive);
    QVERIFY(!service);
    const QString keptAgain = keptAsidePath(service.error().detail);
    QVERIFY2(!keptAgain.isEmpty() && keptAgain != keptPath, qPrintable(service.error().detail));
    QVERIFY(keptFile.open(QIODevice::ReadOnly));
    QCOMPARE(keptFile.readAll(), damaged);
}

void TestFaults::damagedFileReportedToReaders()
{
    QTemporaryDir root;
    const QString dataDir = root.filePath(QStringLiteral("data"));
    const QString path = QDir(dataDir).filePath(QLatin1StringView(AccountStore::kFileName));
    {
        Expected<std::unique_ptr<AccountService>> service =
            AccountService::open(dataDir, AccountService::Access::Exclusive);
        QVERIFY2(service, qPrintable(service ? QString() : errorMessage(service.error())));
        QVERIFY(saveAccounts(**service, 1));
    }
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
    }

    // A reader (which may run beside the window) reports the damage and moves nothing.
    Expected<std::unique_ptr<AccountService>> reader = AccountService::open(dataDir, AccountService::Access::ReadOnly);
    QVERIFY(!reader);
    QCOMPARE(reader.error().code, ErrorCode::StorageError);
    QVERIFY2(reader.error().detail.contains(QLatin1StringView("damaged")), qPrintable(reader.error().detail));
    QVERIFY(QFile::exists(path));
    QCOMPARE(QDir(dataDir).entryList({QStringLiteral("*.corrupt-*")}, QDir::Files).size(), 0);

    // The command line prints it as one line on standard error.
    const test::ProcessResult listed = test::runFanout(
        {QStringLiteral("accounts"), QStringLiteral("list"), QStringLiteral("--data-dir"), dataDir});
    QCOMPARE(listed.exitCode, 1);
    QVERIFY2(listed.standardError.contains("damaged"), listed.standardError.constData());
    QVERIFY(QFile::exists(path));
}

void TestFaults::keychainLockedMidRun()
{
    QTemporaryDir root;
    const QString dataDir = root.filePath(QStringLiteral("data"));
    QString id;
    QByteArray blob;
    {
        Expected<std::unique_ptr<AccountService>> service =
            AccountService::open(dataDir, AccountService::Access::Exclusive);
        QVERIFY2(service, qPrintable(service ? QString() : errorMessage(service.error())));
        QVERIFY(saveAccounts(**service, 1)); // reads (creates) the vault key once
        id = (*service)->accounts()->first().id;

        QVERIFY(lockLoginCollection());
        QVERIFY(isLoginCollectionLocked());

        // The key read before the lock keeps working for this run.
        QVERIFY(allReadable(**service, 1));
        const Account account = *(*service)->account(id);
        const Expected<void> updated = (*service)->vault().updateSecrets(account, sampleSecrets(1), std::nullopt);
        QVERIFY2(updated, qPrintable(updated ? QString() : errorMessage(updated.error())));
        blob = *(*service)->store().secretsBlob(id);
    }

    // A new process must read the key and cannot: it reports so and changes nothing.
    const test::ProcessResult checked = test::runFanout(
        {QStringLiteral("accounts"), QStringLiteral("check"), id, QStringLiteral("--data-dir"), dataDir,
         QStringLiteral("--json")},
        {}, QProcessEnvironment::systemEnvironment(), 30'000);
    QCOMPARE(checked.exitCode, 1);
    QCOMPARE(checked.json().object().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("keychain_unavailable"));

    Expected<std::unique_ptr<AccountService>> service = AccountService::open(dataDir, AccountService::Access::ReadOnly);
    QVERIFY2(service, qPrintable(service ? QString() : errorMessage(service.error())));
    const Expected<Account> after = (*service)->account(id);
    QVERIFY(after);
    QCOMPARE(after->status, AccountStatus::Connected);
    QCOMPARE(*(*service)->store().secretsBlob(id), blob);
    QVERIFY((*service)->events()->isEmpty());
}

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"
