#pragma once

#include <functional>
#include <memory>
#include <optional>

#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

#include "app/core/account.h"
#include "app/core/error.h"
#include "app/core/event.h"

namespace fanout {

// The SQLite file behind every account: public columns, one encrypted secrets
// blob per row, events and a small key/value table. One instance owns one
// QSqlDatabase connection and must stay on the thread that opened it.
//
// The store never encrypts or decrypts: it moves opaque blobs, and the vault
// decides what goes into them.
class AccountStore final
{
public:
    static constexpr int kSchemaVersion = 2;
    static constexpr auto kFileName = "fanout.sqlite";

    // What open() does with a file that SQLite finds damaged (not a database,
    // or failing its quick check).
    enum class OnDamage {
        KeepAside, // renames it to fanout.sqlite.corrupt-<time>; for the instance-lock holder
        Report,    // leaves it in place, for readers that may run beside the lock holder
    };

    // Opens (and creates or migrates) the database in dataDir, which must exist.
    // A damaged file is never opened or replaced: StorageError says where it is,
    // and after KeepAside the next open() starts a new, empty database.
    [[nodiscard]] static Expected<std::unique_ptr<AccountStore>> open(const QString &dataDir,
                                                                      OnDamage onDamage = OnDamage::KeepAside);
    ~AccountStore();
    AccountStore(const AccountStore &) = delete;
    AccountStore &operator=(const AccountStore &) = delete;

    [[nodiscard]] QString dataDir() const { return m_dataDir; }
    [[nodiscard]] QString databasePath() const;

    [[nodiscard]] Expected<QList<Account>> accounts() const;
    [[nodiscard]] Expected<std::optional<Account>> account(const QString &id) const;
    [[nodiscard]] Expected<std::optional<Account>> findByPlatformUser(Platform platform,
                                                                      const QString &platformUserId) const;

    // Receives the row's final id (new or existing) and returns the sealed
    // blob for it, so the blob can bind that id as associated data.
    using SealFunction = std::function<Expected<QByteArray>(const QString &accountId)>;

    // Inserts a new row, or updates the row with the same platform and
    // platform user id while keeping its id and creation time. The account's
    // id, createdAt and updatedAt are ignored on input and set on output.
    [[nodiscard]] Expected<Account> upsert(const Account &account, const SealFunction &seal);

    [[nodiscard]] Expected<QByteArray> secretsBlob(const QString &id) const;
    // Replaces the blob, optionally the token expiry, and sets the status
    // to connected, in one transaction.
    [[nodiscard]] Expected<void> replaceSecrets(const QString &id, const QByteArray &blob,
                                                const std::optional<QDateTime> &tokenExpiresAt);
    [[nodiscard]] Expected<void> setStatus(const QString &id, AccountStatus status);
    // Replaces the public extensions; the secrets and the status stay as they are.
    [[nodiscard]] Expected<void> setExtensions(const QString &id, const QJsonObject &extensions);
    // Hard delete of the row, its secrets and its events; the WAL is then
    // checkpointed so no old page with the secrets stays in it.
    [[nodiscard]] Expected<bool> remove(const QString &id);

    // Re-seals every row's blob inside one transaction; any failure rolls all back.
    using ResealFunction = std::function<Expected<QByteArray>(const Account &, const QByteArray &blob)>;
    [[nodiscard]] Expected<int> resealAll(const ResealFunction &reseal,
                                          const std::function<Expected<void>()> &beforeCommit);

    [[nodiscard]] Expected<std::optional<QString>> meta(const QString &key) const;
    [[nodiscard]] Expected<void> setMeta(const QString &key, const QString &value);

    // Records an event unless the same type was already recorded for the
    // account since it was last connected. Returns whether it was recorded.
    [[nodiscard]] Expected<bool> recordEvent(const QString &accountId, QStringView type,
                                             const QString &detail);
    // Records an event unless one with the same type and dedupe key was
    // recorded for the account since it was last connected, so a reconnect
    // allows it again. Returns the new event, or nothing for a duplicate.
    [[nodiscard]] Expected<std::optional<AccountEvent>> recordEvent(const QString &accountId, QStringView type,
                                                                    const QString &detail,
                                                                    const QString &dedupeKey);
    // eventKey() of every event recorded since its account was last connected.
    [[nodiscard]] Expected<QSet<QString>> currentEventKeys() const;
    [[nodiscard]] static QString eventKey(const QString &accountId, QStringView type, const QString &dedupeKey);

    enum class EventFilter {
        All,
        Unnotified, // no notification was raised for it yet
    };
    [[nodiscard]] Expected<QList<AccountEvent>> events(EventFilter filter = EventFilter::All) const;
    // Returns false when the event was already marked or does not exist.
    [[nodiscard]] Expected<bool> markEventNotified(qint64 eventId);

    // Called after each recorded event is committed, whichever component recorded it.
    using EventObserver = std::function<void(const AccountEvent &)>;
    void setEventObserver(EventObserver observer);

private:
    explicit AccountStore(QString dataDir, QString connectionName);
    [[nodiscard]] Expected<void> configure();
    [[nodiscard]] Expected<void> migrate();
    [[nodiscard]] QSqlDatabase database() const;

    QString m_dataDir;
    QString m_connectionName;
    EventObserver m_eventObserver;
    bool m_readFrozen = false; // opened immutable: a reader on a read-only folder
};

} // namespace fanout
