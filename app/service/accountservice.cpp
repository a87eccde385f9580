#include "app/service/accountservice.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>

#include "app/core/logging.h"
#include "app/oauth/oauthconnector.h"
#include "app/platforms/bluesky/blueskyconnector.h"
#include "app/platforms/pinterest/pinterestboards.h"
#include "app/providers/providerconfig.h"
#include "app/service/avatarcache.h"
#include "app/service/scheduler.h"
#include "app/store/accountstore.h"
#include "app/store/datadir.h"
#include "app/store/instancelock.h"
#include "app/vault/keychain.h"
#include "app/vault/vault.h"

namespace fanout {

AccountService::AccountService() = default;

AccountService::~AccountService()
{
    // The scheduler, the avatar cache and the connector refer to the network,
    // vault and store: they go first.
    m_scheduler.reset();
    m_avatars.reset();
    m_pinterestBoards.reset();
    m_oauth.reset();
    m_providers.reset();
    m_bluesky.reset();
    m_network.reset();
    m_vault.reset();
    m_store.reset();
    m_lock.reset();
}

Expected<std::unique_ptr<AccountService>> AccountService::open(const QString &dataDir, Access access,
                                                               int lockTimeoutMs)
{
    if (Expected<void> prepared = prepareDataDir(dataDir); !prepared)
        return std::unexpected(prepared.error());

    std::unique_ptr<AccountService> service(new AccountService());
    if (access == Access::Exclusive) {
        Expected<std::unique_ptr<InstanceLock>> lock = InstanceLock::acquire(dataDir, lockTimeoutMs);
        if (!lock)
            return std::unexpected(lock.error());
        service->m_lock = std::move(*lock);
    }

    // Only the holder of the instance lock may move a damaged file aside: a
    // reader could run beside a window that still has the file open.
    Expected<std::unique_ptr<AccountStore>> store = AccountStore::open(
        dataDir, access == Access::Exclusive ? AccountStore::OnDamage::KeepAside : AccountStore::OnDamage::Report);
    if (!store)
        return std::unexpected(store.error());
    service->m_store = std::move(*store);
    service->m_keychain = std::make_unique<Keychain>();
    service->m_vault = std::make_unique<Vault>(*service->m_store, *service->m_keychain);
    service->m_network = std::make_unique<QNetworkAccessManager>();
    service->m_network->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
    service->m_bluesky = std::make_unique<bluesky::BlueskyConnector>(*service->m_vault, *service->m_store,
                                                                      *service->m_network);
    service->m_providers = std::make_unique<ProviderStore>(dataDir, *service->m_keychain, *service->m_vault);
    service->m_oauth = std::make_unique<oauth::OAuthConnector>(*service->m_vault, *service->m_store,
                                                               *service->m_providers, *service->m_network);
    service->m_pinterestBoards = std::make_unique<pinterest::PinterestBoards>(
        *service->m_vault, *service->m_store, *service->m_providers, *service->m_network);
    service->m_avatars = std::make_unique<AvatarCache>(*service->m_store, *service->m_network);
    service->m_scheduler = std::make_unique<Scheduler>(*service->m_store, *service->m_oauth);

    AccountService *self = service.get();
    self->m_store->setEventObserver([self](const AccountEvent &event) { Q_EMIT self->eventRecorded(event); });
    connect(self->m_bluesky.get(), &bluesky::BlueskyConnector::accountChanged, self,
            &AccountService::accountChanged);
    connect(self->m_bluesky.get(), &bluesky::BlueskyConnector::connected, self,
            [self](const Account &account) { Q_EMIT self->accountChanged(account.id); });
    connect(self->m_oauth.get(), &oauth::OAuthConnector::accountChanged, self, &AccountService::accountChanged);
    connect(self->m_pinterestBoards.get(), &pinterest::PinterestBoards::accountChanged, self,
            &AccountService::accountChanged);
    connect(self, &AccountService::accountChanged, self->m_avatars.get(), &AvatarCache::handleAccountChanged);
    connect(self, &AccountService::accountRemoved, self->m_avatars.get(), &AvatarCache::handleAccountRemoved);
    connect(self->m_scheduler.get(), &Scheduler::accountChanged, self, &AccountService::accountChanged);
    connect(self, &AccountService::accountChanged, self->m_scheduler.get(), &Scheduler::updateAccount);
    connect(self, &AccountService::accountRemoved, self->m_scheduler.get(), &Scheduler::removeAccount);
    return service;
}

QString AccountService::dataDir() const
{
    return m_store->dataDir();
}

Expected<QList<Account>> AccountService::accounts() const
{
    return m_store->accounts();
}

Expected<Account> AccountService::account(const QString &id) const
{
    Expected<std::optional<Account>> found = m_store->account(id);
    if (!found)
        return std::unexpected(found.error());
    if (!found->has_value())
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("fanout::AccountService",
                                                "No account has the id %1; `fanout accounts list` shows the ids.")
                        .arg(id));
    return **found;
}

Expected<QList<AccountEvent>> AccountService::events() const
{
    return m_store->events();
}

Expected<QList<AccountEvent>> AccountService::unnotifiedEvents() const
{
    return m_store->events(AccountStore::EventFilter::Unnotified);
}

Expected<void> AccountService::markEventNotified(qint64 eventId)
{
    Expected<bool> marked = m_store->markEventNotified(eventId);
    if (!marked)
        return std::unexpected(marked.error());
    return {};
}

Expected<void> AccountService::disconnectAccount(const QString &id)
{
    Expected<bool> removed = m_store->remove(id);
    if (!removed)
        return std::unexpected(removed.error());
    if (!*removed)
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("fanout::AccountService",
                                                "No account has the id %1; `fanout accounts list` shows the ids.")
                        .arg(id));
    qCInfo(lcVault) << "disconnected account" << id;
    Q_EMIT accountRemoved(id);
    return {};
}

Expected<int> AccountService::rotateKey()
{
    return m_vault->rotateKey();
}

bluesky::BlueskyConnector &AccountService::bluesky()
{
    return *m_bluesky;
}

oauth::OAuthConnector &AccountService::oauth()
{
    return *m_oauth;
}

ProviderStore &AccountService::providers()
{
    return *m_providers;
}

Vault &AccountService::vault()
{
    return *m_vault;
}

AccountStore &AccountService::store()
{
    return *m_store;
}

pinterest::PinterestBoards &AccountService::pinterestBoards()
{
    return *m_pinterestBoards;
}

Scheduler &AccountService::scheduler()
{
    return *m_scheduler;
}

AvatarCache &AccountService::avatars()
{
    return *m_avatars;
}

} // namespace fanout
