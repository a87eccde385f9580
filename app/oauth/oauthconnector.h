#pragma once

#include <functional>
#include <memory>
#include <optional>

#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>
#include <QUrl>

#include "app/core/account.h"
#include "app/core/error.h"
#include "app/oauth/oauthflow.h"
#include "app/platforms/facebook/facebookfanout.h"

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace fanout {
class AccountStore;
class ProviderStore;
class Vault;
} // namespace fanout

namespace fanout::oauth {

// Connects X, LinkedIn, Facebook, Threads and Pinterest accounts through
// the browser (OAuth 2.0 code + PKCE) and refreshes their tokens where the
// platform allows it. One connect runs at a time and ends with exactly one
// of connected() or errorOccurred(); nothing is stored unless every request
// of the connect succeeded.
//
// X: profile from GET {api}/2/users/me; refresh tokens rotate, so a refresh
// stores the new pair before anything else and runs once per account at a
// time. LinkedIn: profile from the OpenID userinfo ({api}/v2/userinfo), no
// refresh: the expiry is stored and the user reconnects. Facebook: the
// consent's user token goes to facebook::FacebookFanout, which offers the
// user's Pages (facebookPagesFound(), then choosePages()) and
// stores one row per Page and per linked Instagram account. Threads: the
// short-lived token is exchanged for a long-lived one before the profile is
// read, and a refresh is sent only once that token is 24 hours old.
// Pinterest: the first board becomes the defaultBoard extension; refresh
// with the refresh token, keeping it when the reply has none.
class OAuthConnector final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OAuthConnector)

public:
    OAuthConnector(Vault &vault, AccountStore &store, ProviderStore &providers, QNetworkAccessManager &network,
                   QObject *parent = nullptr);
    ~OAuthConnector() override;

    // Starts the consent: authorizationUrlReady() follows, or errorOccurred()
    // (ProviderNotConfigured, KeychainUnavailable, a busy port, …).
    void connectAccount(Platform platform, const FlowOptions &options = {});
    void cancel();
    [[nodiscard]] bool isBusy() const;
    // Renews a stored X, Threads or Pinterest account's tokens; refreshed()
    // or refreshFailed(). A recognised auth error marks the account
    // AuthFailed and records token.revoked; any other failure changes nothing.
    void refresh(const QString &accountId);
    // Connects the Pages with these ids after facebookPagesFound().
    void choosePages(const QStringList &pageIds);
    [[nodiscard]] facebook::FacebookFanout &facebook();

Q_SIGNALS:
    // The consent URL; it holds the state and PKCE challenge, so it is shown
    // to the user and never logged.
    void authorizationUrlReady(const QUrl &url);
    void facebookPagesFound(const QList<fanout::facebook::PageChoice> &pages);
    // Every row a Facebook connect stored, emitted just before connected()
    // reports the first of them.
    void facebookConnected(const QList<fanout::Account> &accounts);
    void connected(const fanout::Account &account);
    void errorOccurred(const fanout::Error &error);
    void refreshed(const fanout::Account &account);
    void refreshFailed(const QString &accountId, const fanout::Error &error);
    void accountChanged(const QString &accountId);

private:
    using StepHandler = std::function<void(int status, const QByteArray &body)>;

    void sendConnectStep(const QNetworkRequest &request, StepHandler handler);
    void continueAfterCodeExchange(Platform platform, const ProviderConfig &config,
                                   const std::optional<QByteArray> &clientSecret, const TokenSet &tokens);
    void fetchProfile(Platform platform, const ProviderConfig &config, const TokenSet &tokens,
                      const QJsonObject &extraSecrets);
    void fetchDefaultBoard(const ProviderConfig &config, Account account, const TokenSet &tokens,
                           const QJsonObject &extraSecrets);
    void saveConnection(Account account, const TokenSet &tokens, const QJsonObject &extraSecrets);
    void finishConnect(const Expected<Account> &account);
    void sendRefresh(const Account &account, const ProviderConfig &config, const std::optional<QByteArray> &secret,
                     const QJsonObject &stored);
    void handleRefreshReply(const Account &account, const QJsonObject &stored, const QStringList &scopes,
                            int status, const QByteArray &body);
    void markRevoked(const Account &account, const QString &upstreamError);
    void failRefresh(const QString &accountId, const Error &error);

    Vault &m_vault;
    AccountStore &m_store;
    ProviderStore &m_providers;
    QNetworkAccessManager &m_network;
    std::unique_ptr<OAuthFlow> m_flow;
    std::unique_ptr<facebook::FacebookFanout> m_facebook;
    // The request after the code exchange that cancel() aborts.
    QNetworkReply *m_stepReply = nullptr;
    bool m_busy = false;
    QSet<QString> m_refreshing;
};

} // namespace fanout::oauth
