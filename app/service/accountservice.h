#pragma once

#include <memory>
#include <optional>

#include <QList>
#include <QObject>
#include <QString>

#include "app/core/account.h"
#include "app/core/error.h"
#include "app/core/event.h"

class QNetworkAccessManager;

namespace fanout {

class AccountStore;
class AvatarCache;
class InstanceLock;
class Keychain;
class ProviderStore;
class Scheduler;
class Vault;

namespace bluesky {
class BlueskyConnector;
}
namespace oauth {
class OAuthConnector;
}
namespace pinterest {
class PinterestBoards;
}

// The one object the window and the command line talk to: it owns the data
// directory's lock, the store, the vault and the connectors, and announces
// every change to the accounts.
class AccountService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountService)

public:
    enum class Access {
        ReadOnly,  // no lock: listing while another Fanout runs is fine
        Exclusive, // holds the data directory's instance lock
    };

    // Prepares the data directory (0700), takes the lock when asked, and
    // opens the store. lockTimeoutMs is how long to wait for another holder.
    [[nodiscard]] static Expected<std::unique_ptr<AccountService>> open(const QString &dataDir, Access access,
                                                                        int lockTimeoutMs = 0);
    ~AccountService() override;

    [[nodiscard]] QString dataDir() const;
    [[nodiscard]] Expected<QList<Account>> accounts() const;
    [[nodiscard]] Expected<Account> account(const QString &id) const;
    [[nodiscard]] Expected<QList<AccountEvent>> events() const;
    // Events no notification was raised for yet, oldest first.
    [[nodiscard]] Expected<QList<AccountEvent>> unnotifiedEvents() const;
    // Remembers across restarts that the user was notified of the event.
    [[nodiscard]] Expected<void> markEventNotified(qint64 eventId);

    // Hard delete: the row, its encrypted secrets and its events.
    [[nodiscard]] Expected<void> disconnectAccount(const QString &id);
    [[nodiscard]] Expected<int> rotateKey();

    [[nodiscard]] bluesky::BlueskyConnector &bluesky();
    // X, LinkedIn, Threads and Pinterest: browser consent and token refresh.
    [[nodiscard]] oauth::OAuthConnector &oauth();
    [[nodiscard]] pinterest::PinterestBoards &pinterestBoards();
    [[nodiscard]] ProviderStore &providers();
    [[nodiscard]] Vault &vault();
    [[nodiscard]] AccountStore &store();
    [[nodiscard]] AvatarCache &avatars();
    // Keeps tokens alive; created stopped. The window starts it, and so does
    // `fanout accounts refresh`; the other commands never do.
    [[nodiscard]] Scheduler &scheduler();

Q_SIGNALS:
    // A row was added, changed or removed; the id names it.
    void accountChanged(const QString &accountId);
    void accountRemoved(const QString &accountId);
    // Emitted after an event is committed, whichever component recorded it.
    void eventRecorded(const fanout::AccountEvent &event);

private:
    AccountService();

    std::unique_ptr<InstanceLock> m_lock;
    std::unique_ptr<AccountStore> m_store;
    std::unique_ptr<Keychain> m_keychain;
    std::unique_ptr<Vault> m_vault;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<bluesky::BlueskyConnector> m_bluesky;
    std::unique_ptr<ProviderStore> m_providers;
    std::unique_ptr<oauth::OAuthConnector> m_oauth;
    std::unique_ptr<pinterest::PinterestBoards> m_pinterestBoards;
    std::unique_ptr<AvatarCache> m_avatars;
    std::unique_ptr<Scheduler> m_scheduler;
};

} // namespace fanout
