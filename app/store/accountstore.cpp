#include "app/store/accountstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>
#include <QVariant>

#include "app/core/displaytext.h"
#include "app/core/logging.h"

namespace fanout {

namespace {

const QString kAccountColumns = QStringLiteral(
    "id, platform, platform_user_id, handle, display_name, avatar_url, token_expires_at, "
    "status, extensions, created_at, updated_at");

// Each step moves the schema from version N-1 to N and runs inside the
// migration transaction. Append new steps; never edit a released one.
const QList<QStringList> kMigrations = {
    {
        QStringLiteral("CREATE TABLE meta ("
                       " key TEXT PRIMARY KEY,"
                       " value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE platform_accounts ("
                       " id TEXT PRIMARY KEY,"
                       " platform TEXT NOT NULL,"
                       " platform_user_id TEXT NOT NULL,"
                       " handle TEXT NOT NULL DEFAULT '',"
                       " display_name TEXT NOT NULL DEFAULT '',"
                       " avatar_url TEXT NOT NULL DEFAULT '',"
                       " token_expires_at INTEGER,"
                       " status TEXT NOT NULL DEFAULT 'connected',"
                       " extensions TEXT NOT NULL DEFAULT '{}',"
                       " secrets BLOB NOT NULL,"
                       " created_at INTEGER NOT NULL,"
                       " updated_at INTEGER NOT NULL,"
                       " connected_at INTEGER NOT NULL,"
                       " UNIQUE (platform, platform_user_id))"),
        QStringLiteral("CREATE TABLE events ("
                       " id INTEGER PRIMARY KEY,"
                       " account_id TEXT NOT NULL REFERENCES platform_accounts(id) ON DELETE CASCADE,"
                       " type TEXT NOT NULL,"
                       " detail TEXT NOT NULL DEFAULT '',"
                       " created_at INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX events_account ON events(account_id, type)"),
    },
    {
        // Version 2: a dedupe key, so one kind of event can recur for a new
        // token expiry (the 7-day and 1-day warnings), and the time the user
        // was notified, so a notification is raised once across restarts.
        QStringLiteral("ALTER TABLE events ADD COLUMN dedupe_key TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE events ADD COLUMN notified_at INTEGER"),
        QStringLiteral("DROP INDEX events_account"),
        QStringLiteral("CREATE INDEX events_account ON events(account_id, type, dedupe_key)"),
    },
};

// Times are stored as milliseconds since the Unix epoch, UTC.
qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QVariant msOrNull(const QDateTime &time)
{
    if (!time.isValid())
        return QVariant(QMetaType::fromType<qint64>());
    return time.toMSecsSinceEpoch();
}

QDateTime fromMs(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

// Primary SQLite result codes (sqlite.org/rescode.html) that get their own sentence.
constexpr int kSqlitePerm = 3;
constexpr int kSqliteReadOnly = 8;
constexpr int kSqliteIoError = 10;
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteFull = 13;
constexpr int kSqliteCantOpen = 14;
constexpr int kSqliteNotADatabase = 26;

// The primary SQLite result code of a driver error, or 0 when it has none.
int sqliteCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : 0;
}

bool isDamage(int code)
{
    return code == kSqliteCorrupt || code == kSqliteNotADatabase;
}

Error sqlError(const QSqlError &error, const char *what, const QString &path)
{
    // Values are always bound, so the driver's text names no secret.
    qCWarning(lcStore) << what << "failed:" << error.text();
    const QString reported = QCoreApplication::translate("fanout::Store", "SQLite reported: %1")
                                 .arg(error.databaseText().isEmpty() ? error.text() : error.databaseText());
    QString sentence;
    switch (sqliteCode(error)) {
    case kSqliteFull:
        sentence = QCoreApplication::translate("fanout::Store",
                                               "The disk that holds %1 is full. Free some space on it and "
                                               "try again; nothing was changed.")
                       .arg(path);
        break;
    case kSqlitePerm:
    case kSqliteReadOnly:
    case kSqliteCantOpen:
        sentence = QCoreApplication::translate("fanout::Store",
                                               "%1 cannot be written: its folder or disk is read-only or "
                                               "belongs to another user. Make the folder writable for you "
                                               "and try again.")
                       .arg(path);
        break;
    case kSqliteIoError:
        sentence = QCoreApplication::translate("fanout::Store",
                                               "Reading or writing %1 failed with a disk error. Check the "
                                               "disk and its free space, then try again.")
                       .arg(path);
        break;
    case kSqliteCorrupt:
    case kSqliteNotADatabase:
        sentence = QCoreApplication::translate("fanout::Store", "%1 is damaged and cannot be read.").arg(path);
        break;
    default:
        sentence = QCoreApplication::translate("fanout::Store",
                                               "Fanout could not read or write %1. Check the free disk space "
                                               "and the folder's permissions.")
                       .arg(path);
        break;
    }
    return Error{ErrorCode::StorageError, sentence + u' ' + reported};
}

// Runs one statement; the query is returned positioned before its first row.
Expected<QSqlQuery> run(const QSqlDatabase &database, const QString &sql,
                        const QVariantList &values = {}, const char *what = "query")
{
    QSqlQuery query(database);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return std::unexpected(sqlError(query.lastError(), what, database.databaseName()));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return std::unexpected(sqlError(query.lastError(), what, database.databaseName()));
    return query;
}

// SQLite's description of the damage when the file is not a database or
// fails a quick check, or nothing for a healthy file or another error.
std::optional<QString> damageOf(const QSqlDatabase &database)
{
    QSqlQuery query(database);
    if (!query.exec(QStringLiteral("PRAGMA quick_check(1)"))) {
        if (isDamage(sqliteCode(query.lastError())))
            return query.lastError().databaseText();
        return std::nullopt;
    }
    if (query.next() && query.value(0).toString() != u"ok")
        return query.value(0).toString().left(200);
    if (isDamage(sqliteCode(query.lastError())))
        return query.lastError().databaseText();
    return std::nullopt;
}

// Renames a damaged database (and its WAL) to <file>.corrupt-<UTC time>,
// adding -2, -3, … rather than replacing an earlier one. Returns the new
// path, or nothing when the rename failed.
std::optional<QString> keepAside(const QString &path)
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    QString target = path + QStringLiteral(".corrupt-") + stamp;
    for (int n = 2; QFileInfo::exists(target) || QFileInfo::exists(target + QStringLiteral("-wal")); ++n)
        target = path + QStringLiteral(".corrupt-") + stamp + u'-' + QString::number(n);
    // QFile::rename never replaces an existing file.
    if (!QFile::rename(path, target))
        return std::nullopt;
    const QString wal = path + QStringLiteral("-wal");
    if (QFileInfo::exists(wal) && !QFile::rename(wal, target + QStringLiteral("-wal")))
        qCWarning(lcStore) << "could not move the WAL of the damaged database aside";
    // The shared-memory index is rebuilt from the WAL, so it is not kept.
    QFile::remove(path + QStringLiteral("-shm"));
    return target;
}

Account accountFromRow(const QSqlQuery &query)
{
    Account account;
    account.id = query.value(0).toString();
    account.platform = platformFromId(query.value(1).toString()).value_or(Platform::Bluesky);
    account.platformUserId = query.value(2).toString();
    account.handle = query.value(3).toString();
    account.displayName = query.value(4).toString();
    account.avatarUrl = query.value(5).toString();
    account.tokenExpiresAt = fromMs(query.value(6));
    // A status written by a newer Fanout, or by hand, must not read as connected.
    const QString statusId = query.value(7).toString();
    const std::optional<AccountStatus> status = accountStatusFromId(statusId);
    if (!status)
        qCWarning(lcStore) << "account" << account.id << "has an unknown status" << statusId;
    account.status = status.value_or(AccountStatus::Unknown);
    const QByteArray extensions = query.value(8).toByteArray();
    if (extensions.size() > 2) // "{}" needs no parsing
        account.extensions = QJsonDocument::fromJson(extensions).object();
    account.createdAt = fromMs(query.value(9));
    account.updatedAt = fromMs(query.value(10));
    return account;
}

QString newAccountId()
{
    // 128 random bits; the prefix keeps ids recognisable in scripts and logs.
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    const QByteArray raw(reinterpret_cast<const char *>(words), sizeof(words));
    return QStringLiteral("acc_") + QString::fromLatin1(raw.toHex());
}

// Commits on success; rolls back when destroyed before commit().
class Transaction final
{
public:
    explicit Transaction(QSqlDatabase database)
        : m_database(std::move(database))
    {
    }
    ~Transaction()
    {
        if (m_open && !m_committed)
            m_database.rollback();
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    [[nodiscard]] Expected<void> begin()
    {
        // BEGIN IMMEDIATE takes the write lock up front, so two writers wait
        // on busy_timeout instead of failing halfway through.
        QSqlQuery query(m_database);
        if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return std::unexpected(sqlError(query.lastError(), "begin transaction", m_database.databaseName()));
        m_open = true;
        return {};
    }
    [[nodiscard]] Expected<void> commit()
    {
        QSqlQuery query(m_database);
        if (!query.exec(QStringLiteral("COMMIT")))
            return std::unexpected(sqlError(query.lastError(), "commit", m_database.databaseName()));
        m_committed = true;
        return {};
    }

private:
    QSqlDatabase m_database;
    bool m_open = false;
    bool m_committed = false;
};

} // namespace

AccountStore::AccountStore(QString dataDir, QString connectionName)
    : m_dataDir(std::move(dataDir))
    , m_connectionName(std::move(connectionName))
{
}

AccountStore::~AccountStore()
{
    {
        QSqlDatabase database = QSqlDatabase::database(m_connectionName, false);
        if (database.isOpen())
            database.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString AccountStore::databasePath() const
{
    return QDir(m_dataDir).filePath(QLatin1StringView(kFileName));
}

QSqlDatabase AccountStore::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Expected<std::unique_ptr<AccountStore>> AccountStore::open(const QString &dataDir, OnDamage onDamage)
{
    const QString path = QDir(dataDir).filePath(QLatin1StringView(kFileName));
    // A reader on a read-only folder or disk cannot create the WAL index
    // beside the file, so it opens the file as immutable: nobody can be
    // writing it there, and listing accounts still works.
    const bool readFrozen = onDamage == OnDamage::Report && QFile::exists(path) && !QFileInfo(dataDir).isWritable();
    if (!QFile::exists(path)) {
        QFile file(path);
        if (!file.open(QIODevice::NewOnly | QIODevice::WriteOnly))
            return fail(ErrorCode::StorageError,
                        QCoreApplication::translate("fanout::Store", "Could not create %1: %2")
                            .arg(path, file.errorString()));
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser);
        file.close();
    }

    const QString connectionName = QStringLiteral("fanout-store-")
        + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<AccountStore> store(new AccountStore(dataDir, connectionName));
    std::optional<QString> damage;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        if (readFrozen) {
            database.setDatabaseName(QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded)
                                     + QStringLiteral("?immutable=1"));
            database.setConnectOptions(
                QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=5000"));
            store->m_readFrozen = true;
        } else {
            database.setDatabaseName(path);
            database.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        }
        if (!database.open())
            return std::unexpected(sqlError(database.lastError(), "open database", path));
        damage = damageOf(database);
    }
    if (damage) {
        store.reset(); // closes the file before it is moved
        qCWarning(lcStore) << "the account database is damaged:" << *damage;
        if (onDamage == OnDamage::Report) {
            return fail(ErrorCode::StorageError,
                        QCoreApplication::translate("fanout::Store",
                                                    "%1 is damaged and cannot be read (SQLite reported: %2). "
                                                    "Open Fanout's window, with no other Fanout running, to "
                                                    "move the damaged file aside and start with no accounts.")
                            .arg(path, *damage));
        }
        const std::optional<QString> keptAt = keepAside(path);
        if (!keptAt) {
            return fail(ErrorCode::StorageError,
                        QCoreApplication::translate("fanout::Store",
                                                    "%1 is damaged and cannot be read (SQLite reported: %2), "
                                                    "and it could not be renamed. Move it out of the folder "
                                                    "yourself and start Fanout again.")
                            .arg(path, *damage));
        }
        qCWarning(lcStore) << "moved the damaged account database to" << *keptAt;
        return fail(ErrorCode::StorageError,
                    QCoreApplication::translate("fanout::Store",
                                                "%1 was damaged and could not be read (SQLite reported: %2). "
                                                "It was moved to %3 and is kept there. The next start of "
                                                "Fanout begins with no accounts, so reconnect them, or put a "
                                                "backup of %1 in its place before starting again.")
                        .arg(path, *damage, *keptAt));
    }

    if (Expected<void> configured = store->configure(); !configured)
        return std::unexpected(configured.error());
    if (Expected<void> migrated = store->migrate(); !migrated)
        return std::unexpected(migrated.error());
    qCDebug(lcStore) << "opened the account store in" << dataDir;
    return store;
}

Expected<void> AccountStore::configure()
{
    const QSqlDatabase db = database();
    // A file that is not SQLite fails on the first read, here.
    Expected<QSqlQuery> check = run(db, QStringLiteral("PRAGMA schema_version"), {}, "read schema");
    if (!check)
        return std::unexpected(check.error());
    check->finish();
    if (m_readFrozen)
        return {};

    Expected<QSqlQuery> mode = run(db, QStringLiteral("PRAGMA journal_mode"), {}, "read journal mode");
    if (!mode)
        return std::unexpected(mode.error());
    const bool isWal = mode->next() && mode->value(0).toString() == u"wal";
    mode->finish();
    if (!isWal) {
        if (Expected<QSqlQuery> wal = run(db, QStringLiteral("PRAGMA journal_mode=WAL"), {}, "enable WAL"); !wal)
            return std::unexpected(wal.error());
    }
    const QStringList pragmas = {
        QStringLiteral("PRAGMA busy_timeout=5000"),
        QStringLiteral("PRAGMA foreign_keys=ON"),
        QStringLiteral("PRAGMA secure_delete=ON"),
        QStringLiteral("PRAGMA synchronous=FULL"),
    };
    for (const QString &pragma : pragmas) {
        if (Expected<QSqlQuery> result = run(db, pragma, {}, "set pragma"); !result)
            return std::unexpected(result.error());
    }
    return {};
}

Expected<void> AccountStore::migrate()
{
    const QSqlDatabase db = database();
    Expected<QSqlQuery> versionQuery = run(db, QStringLiteral("PRAGMA user_version"), {}, "read schema version");
    if (!versionQuery)
        return std::unexpected(versionQuery.error());
    const int current = versionQuery->next() ? versionQuery->value(0).toInt() : 0;
    versionQuery->finish();

    if (current > kSchemaVersion)
        return fail(ErrorCode::StorageError,
                    QCoreApplication::translate("fanout::Store",
                                                "The data folder was written by a newer Fanout "
                                                "(schema %1, this version knows %2). Update Fanout.")
                        .arg(current)
                        .arg(kSchemaVersion));
    if (current == kSchemaVersion)
        return {};
    if (m_readFrozen)
        return fail(ErrorCode::StorageError,
                    QCoreApplication::translate("fanout::Store",
                                                "%1 was written by an older Fanout and its folder is read-only, "
                                                "so it cannot be updated. Make the folder writable and try again.")
                        .arg(QDir(m_dataDir).filePath(QLatin1StringView(kFileName))));

    Transaction transaction(db);
    if (Expected<void> begun = transaction.begin(); !begun)
        return begun;
    for (int version = current + 1; version <= kSchemaVersion; ++version) {
        for (const QString &statement : kMigrations.at(version - 1)) {
            if (Expected<QSqlQuery> result = run(db, statement, {}, "migrate schema"); !result)
                return std::unexpected(result.error());
        }
        if (Expected<QSqlQuery> result = run(db, QStringLiteral("PRAGMA user_version=%1").arg(version), {},
                                             "set schema version");
            !result)
            return std::unexpected(result.error());
    }
    if (Expected<void> committed = transaction.commit(); !committed)
        return committed;
    qCInfo(lcStore) << "migrated the account store from schema" << current << "to" << kSchemaVersion;
    return {};
}

Expected<QList<Account>> AccountStore::accounts() const
{
    Expected<QSqlQuery> query = run(database(),
                                    QStringLiteral("SELECT ") + kAccountColumns
                                        + QStringLiteral(" FROM platform_accounts ORDER BY platform, handle, id"),
                                    {}, "list accounts");
    if (!query)
        return std::unexpected(query.error());
    QList<Account> result;
    while (query->next())
        result.append(accountFromRow(*query));
    return result;
}

Expected<std::optional<Account>> AccountStore::account(const QString &id) const
{
    Expected<QSqlQuery> query = run(database(),
                                    QStringLiteral("SELECT ") + kAccountColumns
                                        + QStringLiteral(" FROM platform_accounts WHERE id = ?"),
                                    {id}, "read account");
    if (!query)
        return std::unexpected(query.error());
    if (!query->next())
        return std::optional<Account>();
    return std::optional<Account>(accountFromRow(*query));
}

Expected<std::optional<Account>> AccountStore::findByPlatformUser(Platform platform,
                                                                  const QString &platformUserId) const
{
    Expected<QSqlQuery> query = run(database(),
                                    QStringLiteral("SELECT ") + kAccountColumns
                                        + QStringLiteral(" FROM platform_accounts WHERE platform = ? "
                                                         "AND platform_user_id = ?"),
                                    {platformId(platform), platformUserId}, "find account");
    if (!query)
        return std::unexpected(query.error());
    if (!query->next())
        return std::optional<Account>();
    return std::optional<Account>(accountFromRow(*query));
}

Expected<Account> AccountStore::upsert(const Account &account, const SealFunction &seal)
{
    const QSqlDatabase db = database();
    Transaction transaction(db);
    if (Expected<void> begun = transaction.begin(); !begun)
        return std::unexpected(begun.error());

    Expected<std::optional<Account>> existing = findByPlatformUser(account.platform, account.platformUserId);
    if (!existing)
        return std::unexpected(existing.error());

    Account stored = account;
    // Names come from the platform and are shown in lists, tables and
    // notifications, each on one line.
    stored.handle = singleLineText(account.handle);
    stored.displayName = singleLineText(account.displayName);
    const qint64 now = nowMs();
    stored.id = existing->has_value() ? (*existing)->id : newAccountId();
    stored.createdAt = existing->has_value() ? (*existing)->createdAt : fromMs(now);
    stored.updatedAt = fromMs(now);

    Expected<QByteArray> blob = seal(stored.id);
    if (!blob)
        return std::unexpected(blob.error());

    const QByteArray extensions = QJsonDocument(stored.extensions).toJson(QJsonDocument::Compact);
    const QVariantList values = {
        stored.handle, stored.displayName, stored.avatarUrl, msOrNull(stored.tokenExpiresAt),
        accountStatusId(stored.status), QString::fromUtf8(extensions), *blob, now, now,
    };
    Expected<QSqlQuery> written = existing->has_value()
        ? run(db,
              QStringLiteral("UPDATE platform_accounts SET handle = COALESCE(?, ''), "
                             "display_name = COALESCE(?, ''), avatar_url = COALESCE(?, ''), "
                             "token_expires_at = ?, status = ?, extensions = ?, secrets = ?, "
                             "updated_at = ?, connected_at = ? WHERE id = ?"),
              values + QVariantList{stored.id}, "update account")
        : run(db,
              QStringLiteral("INSERT INTO platform_accounts (handle, display_name, avatar_url, "
                             "token_expires_at, status, extensions, secrets, updated_at, connected_at, "
                             "id, platform, platform_user_id, created_at) "
                             "VALUES (COALESCE(?, ''), COALESCE(?, ''), COALESCE(?, ''), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
              values + QVariantList{stored.id, platformId(stored.platform), stored.platformUserId, now},
              "insert account");
    if (!written)
        return std::unexpected(written.error());
    if (Expected<void> committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return stored;
}

Expected<QByteArray> AccountStore::secretsBlob(const QString &id) const
{
    Expected<QSqlQuery> query = run(database(), QStringLiteral("SELECT secrets FROM platform_accounts WHERE id = ?"),
                                    {id}, "read secrets");
    if (!query)
        return std::unexpected(query.error());
    if (!query->next())
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("fanout::Store", "No account has the id %1.").arg(id));
    return query->value(0).toByteArray();
}

Expected<void> AccountStore::replaceSecrets(const QString &id, const QByteArray &blob,
                                            const std::optional<QDateTime> &tokenExpiresAt)
{
    const QSqlDatabase db = database();
    Expected<QSqlQuery> query = tokenExpiresAt.has_value()
        ? run(db,
              QStringLiteral("UPDATE platform_accounts SET secrets = ?, token_expires_at = ?, "
                             "status = 'connected', updated_at = ? WHERE id = ?"),
              {blob, msOrNull(*tokenExpiresAt), nowMs(), id}, "replace secrets")
        : run(db,
              QStringLiteral("UPDATE platform_accounts SET secrets = ?, status = 'connected', "
                             "updated_at = ? WHERE id = ?"),
              {blob, nowMs(), id}, "replace secrets");
    if (!query)
        return std::unexpected(query.error());
    if (query->numRowsAffected() != 1)
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("fanout::Store", "No account has the id %1.").arg(id));
    return {};
}

Expected<void> AccountStore::setStatus(const QString &id, AccountStatus status)
{
    Expected<QSqlQuery> query = run(database(),
                                    QStringLiteral("UPDATE platform_accounts SET status = ?, updated_at = ? "
                                                   "WHERE id = ? AND status <> ?"),
                                    {accountStatusId(status), nowMs(), id, accountStatusId(status)},
                                    "set status");
    if (!query)
        return std::unexpected(query.error());
    return {};
}

Expected<void> AccountStore::setExtensions(const QString &id, const QJsonObject &extensions)
{
    const QByteArray json = QJsonDocument(extensions).toJson(QJsonDocument::Compact);
    Expected<QSqlQuery> query = run(database(),
                                    QStringLiteral("UPDATE platform_accounts SET extensions = ?, updated_at = ? "
                                                   "WHERE id = ?"),
                                    {QString::fromUtf8(json), nowMs(), id}, "set extensions");
    if (!query)
        return std::unexpected(query.error());
    return {};
}

Expected<bool> AccountStore::remove(const QString &id)
{
    const QSqlDatabase db = database();
    Expected<QSqlQuery> query = run(db, QStringLiteral("DELETE FROM platform_accounts WHERE id = ?"), {id},
                                    "delete account");
    if (!query)
        return std::unexpected(query.error());
    const bool removed = query->numRowsAffected() > 0;
    query->finish();
    if (removed) {
        // secure_delete zeroed the freed pages in the main file; the WAL may
        // still hold the old page images until a checkpoint truncates it.
        Expected<QSqlQuery> checkpoint = run(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), {}, "checkpoint");
        if (!checkpoint)
            return std::unexpected(checkpoint.error());
        const bool busy = checkpoint->next() && checkpoint->value(0).toInt() != 0;
        if (busy)
            qCWarning(lcStore) << "the WAL checkpoint after deleting an account was blocked by a reader";
    }
    return removed;
}

Expected<int> AccountStore::resealAll(const ResealFunction &reseal,
                                      const std::function<Expected<void>()> &beforeCommit)
{
    const QSqlDatabase db = database();
    Transaction transaction(db);
    if (Expected<void> begun = transaction.begin(); !begun)
        return std::unexpected(begun.error());

    Expected<QList<Account>> all = accounts();
    if (!all)
        return std::unexpected(all.error());
    for (const Account &account : std::as_const(*all)) {
        Expected<QByteArray> blob = secretsBlob(account.id);
        if (!blob)
            return std::unexpected(blob.error());
        Expected<QByteArray> resealed = reseal(account, *blob);
        if (!resealed)
            return std::unexpected(resealed.error());
        Expected<QSqlQuery> written = run(db, QStringLiteral("UPDATE platform_accounts SET secrets = ? WHERE id = ?"),
                                          {*resealed, account.id}, "reseal secrets");
        if (!written)
            return std::unexpected(written.error());
    }
    if (beforeCommit) {
        if (Expected<void> ready = beforeCommit(); !ready)
            return std::unexpected(ready.error());
    }
    if (Expected<void> committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return int(all->size());
}

Expected<std::optional<QString>> AccountStore::meta(const QString &key) const
{
    Expected<QSqlQuery> query = run(database(), QStringLiteral("SELECT value FROM meta WHERE key = ?"), {key},
                                    "read meta");
    if (!query)
        return std::unexpected(query.error());
    if (!query->next())
        return std::optional<QString>();
    return std::optional<QString>(query->value(0).toString());
}

Expected<void> AccountStore::setMeta(const QString &key, const QString &value)
{
    Expected<QSqlQuery> query = run(database(),
                                    QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) "
                                                   "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                                    {key, value}, "write meta");
    if (!query)
        return std::unexpected(query.error());
    return {};
}

Expected<bool> AccountStore::recordEvent(const QString &accountId, QStringView type, const QString &detail)
{
    Expected<std::optional<AccountEvent>> recorded = recordEvent(accountId, type, detail, {});
    if (!recorded)
        return std::unexpected(recorded.error());
    return recorded->has_value();
}

Expected<std::optional<AccountEvent>> AccountStore::recordEvent(const QString &accountId, QStringView type,
                                                                const QString &detail, const QString &dedupeKey)
{
    const QSqlDatabase db = database();
    Transaction transaction(db);
    if (Expected<void> begun = transaction.begin(); !begun)
        return std::unexpected(begun.error());
    Expected<QSqlQuery> seen = run(db,
                                   QStringLiteral("SELECT 1 FROM events e JOIN platform_accounts a ON a.id = e.account_id "
                                                  "WHERE e.account_id = ? AND e.type = ? AND e.dedupe_key = COALESCE(?, '') "
                                                  "AND e.created_at >= a.connected_at"),
                                   {accountId, type.toString(), dedupeKey}, "find event");
    if (!seen)
        return std::unexpected(seen.error());
    if (seen->next())
        return std::optional<AccountEvent>();
    seen->finish();

    AccountEvent event;
    event.accountId = accountId;
    event.type = type.toString();
    event.detail = detail;
    event.dedupeKey = dedupeKey;
    event.createdAt = fromMs(nowMs());
    Expected<QSqlQuery> inserted = run(db,
                                       QStringLiteral("INSERT INTO events (account_id, type, detail, dedupe_key, "
                                                      "created_at) VALUES (?, ?, ?, COALESCE(?, ''), ?)"),
                                       {accountId, event.type, detail, dedupeKey, event.createdAt.toMSecsSinceEpoch()},
                                       "record event");
    if (!inserted)
        return std::unexpected(inserted.error());
    event.id = inserted->lastInsertId().toLongLong();
    inserted->finish();
    if (Expected<void> committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    if (m_eventObserver)
        m_eventObserver(event);
    return std::optional<AccountEvent>(event);
}

Expected<QSet<QString>> AccountStore::currentEventKeys() const
{
    Expected<QSqlQuery> query = run(database(),
                                    QStringLiteral("SELECT e.account_id, e.type, e.dedupe_key FROM events e "
                                                   "JOIN platform_accounts a ON a.id = e.account_id "
                                                   "WHERE e.created_at >= a.connected_at"),
                                    {}, "list event keys");
    if (!query)
        return std::unexpected(query.error());
    QSet<QString> keys;
    while (query->next())
        keys.insert(eventKey(query->value(0).toString(), query->value(1).toString(), query->value(2).toString()));
    return keys;
}

QString AccountStore::eventKey(const QString &accountId, QStringView type, const QString &dedupeKey)
{
    return accountId + u'\n' + type + u'\n' + dedupeKey;
}

Expected<QList<AccountEvent>> AccountStore::events(EventFilter filter) const
{
    const QString where = filter == EventFilter::Unnotified ? QStringLiteral(" WHERE notified_at IS NULL") : QString();
    Expected<QSqlQuery> query = run(database(),
                                    QStringLiteral("SELECT id, account_id, type, detail, dedupe_key, created_at, "
                                                   "notified_at FROM events")
                                        + where + QStringLiteral(" ORDER BY id"),
                                    {}, "list events");
    if (!query)
        return std::unexpected(query.error());
    QList<AccountEvent> result;
    while (query->next()) {
        AccountEvent event;
        event.id = query->value(0).toLongLong();
        event.accountId = query->value(1).toString();
        event.type = query->value(2).toString();
        event.detail = query->value(3).toString();
        event.dedupeKey = query->value(4).toString();
        event.createdAt = fromMs(query->value(5));
        event.notifiedAt = fromMs(query->value(6));
        result.append(event);
    }
    return result;
}

Expected<bool> AccountStore::markEventNotified(qint64 eventId)
{
    Expected<QSqlQuery> query = run(database(),
                                    QStringLiteral("UPDATE events SET notified_at = ? WHERE id = ? "
                                                   "AND notified_at IS NULL"),
                                    {nowMs(), eventId}, "mark event notified");
    if (!query)
        return std::unexpected(query.error());
    return query->numRowsAffected() == 1;
}

void AccountStore::setEventObserver(EventObserver observer)
{
    m_eventObserver = std::move(observer);
}

} // namespace fanout
