#pragma once

#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include "app/core/account.h"
#include "app/core/error.h"
#include "app/oauth/tokenreply.h"
#include "app/platforms/facebook/graph.h"
#include "app/providers/providerconfig.h"

class QNetworkAccessManager;
class QNetworkReply;

namespace fanout {
class AccountStore;
class ProviderStore;
class Vault;
} // namespace fanout

namespace fanout::facebook {

// A Page the user may connect: what the picker shows, without its token.
struct PageChoice {
    QString id;
    QString name;
    QString instagramId; // empty without a linked Instagram account
};

// Public extension keys that tie a Page row and its Instagram row together.
inline constexpr QLatin1StringView kConnectionIdKey{"connectionId"};
inline constexpr QLatin1StringView kFacebookPageIdKey{"facebookPageId"};
inline constexpr QLatin1StringView kFacebookPageNameKey{"facebookPageName"};
inline constexpr QLatin1StringView kInstagramAccountIdKey{"instagramAccountId"};

// The provider configuration with the Graph API version put into the
// authorize, token and API URLs (https://graph.facebook.com/v21.0/…).
[[nodiscard]] ProviderConfig versionedConfig(const ProviderConfig &config);

// The Facebook part of a connect, after the browser consent has produced a
// short-lived user token, and the connection check of stored rows.
//
// Connect: the user token is exchanged for a long-lived one
// (grant_type=fb_exchange_token), GET /me/permissions must list every
// configured scope as granted, and GET /me/accounts (all of its paging.next
// parts) lists the Pages. pagesFound() then offers them and the caller
// replies with choosePages(). For each chosen Page one facebook row stores the
// Page token, and one instagram row (same token) is added when the Page has an
// instagram_business_account and instagram_basic was granted. The connect
// ends with exactly one of connected() or failed(); on failure no row is added.
//
// Check: GET /me (Page row) or GET /{ig-id} (Instagram row) with the stored
// Page token. Graph error 190 marks the Page row and its Instagram rows
// platform_auth_failed, with one token.revoked event each.
class FacebookFanout final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FacebookFanout)

public:
    FacebookFanout(Vault &vault, AccountStore &store, ProviderStore &providers, QNetworkAccessManager &network,
                   QObject *parent = nullptr);
    ~FacebookFanout() override;

    // config is the versionedConfig() of the consent that produced tokens.
    void start(const ProviderConfig &config, const QByteArray &clientSecret, const oauth::TokenSet &tokens);
    // Connects the Pages with these ids, which must be among those offered.
    void choosePages(const QStringList &pageIds);
    // Ends a running connect with ConnectCancelled.
    void cancel();
    [[nodiscard]] bool isBusy() const { return m_busy; }

    // Makes one authenticated call for a stored facebook or instagram row.
    void check(const QString &accountId);

Q_SIGNALS:
    void pagesFound(const QList<fanout::facebook::PageChoice> &pages);
    // The stored rows, each Page followed by its Instagram row.
    void connected(const QList<fanout::Account> &accounts);
    void failed(const fanout::Error &error);
    void checked(const fanout::Account &account);
    void checkFailed(const QString &accountId, const fanout::Error &error);
    void accountChanged(const QString &accountId);

private:
    using Handler = void (FacebookFanout::*)(int status, const QByteArray &body);

    void get(const QUrl &url, const QString &token, Handler handler);
    void handleExchange(int status, const QByteArray &body);
    void handlePermissions(int status, const QByteArray &body);
    void handlePages(int status, const QByteArray &body);
    void fetchNextProfile();
    void handleProfile(int status, const QByteArray &body);
    void store();
    void finish(const Error &error);
    [[nodiscard]] Error upstreamError(int status, const QByteArray &body, const QString &step) const;

    void markRevoked(const Account &account, const GraphError &error);
    void failCheck(const QString &accountId, const Error &error);

    Vault &m_vault;
    AccountStore &m_store;
    ProviderStore &m_providers;
    QNetworkAccessManager &m_network;

    // The running connect.
    bool m_busy = false;
    ProviderConfig m_config;
    QByteArray m_clientSecret;
    QString m_userToken;
    QStringList m_granted;
    QList<Page> m_pages;
    QSet<QUrl> m_visited;
    QList<Page> m_chosen;
    QList<InstagramProfile> m_profiles; // one per chosen Page with Instagram, in order
    qsizetype m_profileIndex = 0;
    QNetworkReply *m_reply = nullptr;
};

} // namespace fanout::facebook

Q_DECLARE_METATYPE(fanout::facebook::PageChoice)
