#include "app/oauth/oauthconnector.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

#include "app/core/event.h"
#include "app/core/logging.h"
#include "app/providers/providerconfig.h"
#include "app/store/accountstore.h"
#include "app/vault/vault.h"

namespace fanout::oauth {

namespace {

constexpr qsizetype kMaxReplyBytes = 256 * 1024;

[[nodiscard]] QString displayName(Platform platform)
{
    return QString::fromLatin1(platformInfo(platform).displayName);
}

[[nodiscard]] QUrl apiUrl(const QUrl &base, QStringView path)
{
    QUrl url = base;
    QString basePath = url.path();
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + path);
    return url;
}

// The OAuth errors that mean the grant is gone: the user must reconnect.
[[nodiscard]] bool isGrantRejected(const OAuthError &error)
{
    return error.error == u"invalid_grant" || error.error == u"invalid_token"
           || error.error == u"unauthorized_client";
}

// The account a profile reply describes, or why it describes none.
[[nodiscard]] Expected<Account> accountFromProfile(Platform platform, const QJsonObject &json)
{
    Account account;
    account.platform = platform;
    if (platform == Platform::Twitter) {
        const QJsonObject data = json.value(QLatin1StringView("data")).toObject();
        account.platformUserId = data.value(QLatin1StringView("id")).toString();
        account.handle = data.value(QLatin1StringView("username")).toString();
        account.displayName = data.value(QLatin1StringView("name")).toString();
        account.avatarUrl = data.value(QLatin1StringView("profile_image_url")).toString();
    } else {
        account.platformUserId = json.value(QLatin1StringView("sub")).toString();
        account.displayName = json.value(QLatin1StringView("name")).toString();
        account.handle = account.displayName.isEmpty() ? account.platformUserId : account.displayName;
        account.avatarUrl = json.value(QLatin1StringView("picture")).toString();
    }
    if (account.platformUserId.isEmpty() || account.platformUserId.size() > 256)
        return fail(ErrorCode::UpstreamInvalidResponse,
                    OAuthConnector::tr("The %1 profile reply names no user id.").arg(displayName(platform)));
    const QUrl avatar(account.avatarUrl, QUrl::StrictMode);
    if (!avatar.isValid() || (avatar.scheme() != u"https" && avatar.scheme() != u"http"))
        account.avatarUrl.clear();
    return account;
}

} // namespace

OAuthConnector::OAuthConnector(Vault &vault, AccountStore &store, ProviderStore &providers,
                               QNetworkAccessManager &network, QObject *parent)
    : QObject(parent)
    , m_vault(vault)
    , m_store(store)
    , m_providers(providers)
    , m_network(network)
    , m_facebook(std::make_unique<facebook::FacebookFanout>(vault, store, providers, network))
{
    connect(m_facebook.get(), &facebook::FacebookFanout::pagesFound, this, &OAuthConnector::facebookPagesFound);
    connect(m_facebook.get(), &facebook::FacebookFanout::accountChanged, this, &OAuthConnector::accountChanged);
    connect(m_facebook.get(), &facebook::FacebookFanout::failed, this,
            [this](const Error &error) { finishConnect(std::unexpected(error)); });
    connect(m_facebook.get(), &facebook::FacebookFanout::connected, this, [this](const QList<Account> &accounts) {
        Q_EMIT facebookConnected(accounts);
        finishConnect(accounts.value(0));
    });
}

OAuthConnector::~OAuthConnector()
{
    if (m_profileReply) {
        disconnect(m_profileReply, nullptr, this, nullptr);
        m_profileReply->abort();
        m_profileReply->deleteLater();
    }
}

bool OAuthConnector::isBusy() const
{
    return m_busy;
}

void OAuthConnector::connectAccount(Platform platform, const FlowOptions &options)
{
    if (m_busy) {
        Q_EMIT errorOccurred(Error{ErrorCode::InvalidInput,
                                   tr("Another connection is still waiting for the browser; finish or cancel it "
                                      "first.")});
        return;
    }
    m_busy = true;
    Expected<ProviderConfig> config = m_providers.configuredConfig(platform);
    if (!config) {
        finishConnect(std::unexpected(config.error()));
        return;
    }
    if (platform == Platform::Facebook)
        config = facebook::versionedConfig(*config);
    // Without a keychain nothing could be stored: say so before the browser opens.
    if (Expected<void> unlocked = m_vault.unlockForWriting(); !unlocked) {
        finishConnect(std::unexpected(unlocked.error()));
        return;
    }
    Expected<std::optional<QByteArray>> secret = m_providers.clientSecret(platform);
    if (!secret) {
        finishConnect(std::unexpected(secret.error()));
        return;
    }
    // Facebook exchanges codes and tokens only with the app secret.
    if (platform == Platform::Facebook && (!secret->has_value() || (*secret)->isEmpty())) {
        finishConnect(fail(ErrorCode::ProviderNotConfigured,
                           tr("Facebook needs your organisation's app secret: put it as clientSecret in the "
                              "providers file and run `fanout providers import FILE`.")));
        return;
    }

    m_flow = std::make_unique<OAuthFlow>(*config, *secret, m_network, options);
    connect(m_flow.get(), &OAuthFlow::authorizationUrlReady, this, &OAuthConnector::authorizationUrlReady);
    connect(m_flow.get(), &OAuthFlow::errorOccurred, this,
            [this](const Error &error) { finishConnect(std::unexpected(error)); });
    connect(m_flow.get(), &OAuthFlow::granted, this,
            [this, platform, config = *config, secret = secret->value_or(QByteArray())](const TokenSet &tokens) {
                if (platform == Platform::Facebook)
                    m_facebook->start(config, secret, tokens);
                else
                    fetchProfile(platform, config, tokens);
            });
    qCInfo(lcOAuth) << "connecting" << platformId(platform);
    m_flow->start();
}

void OAuthConnector::choosePages(const QStringList &pageIds)
{
    m_facebook->choosePages(pageIds);
}

facebook::FacebookFanout &OAuthConnector::facebook()
{
    return *m_facebook;
}

void OAuthConnector::cancel()
{
    if (!m_busy)
        return;
    if (m_facebook->isBusy()) {
        m_facebook->cancel();
        return;
    }
    if (m_profileReply) {
        QNetworkReply *reply = std::exchange(m_profileReply, nullptr);
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
        reply->deleteLater();
        finishConnect(fail(ErrorCode::ConnectCancelled, tr("The connection was cancelled; nothing was stored.")));
        return;
    }
    if (m_flow)
        m_flow->cancel();
}

void OAuthConnector::fetchProfile(Platform platform, const ProviderConfig &config, const TokenSet &tokens)
{
    QUrl url = apiUrl(config.apiBaseUrl, platform == Platform::Twitter ? u"/2/users/me" : u"/v2/userinfo");
    if (platform == Platform::Twitter)
        url.setQuery(QStringLiteral("user.fields=profile_image_url"));
    QNetworkRequest request(url);
    request.setRawHeader(QByteArrayLiteral("Authorization"), "Bearer " + tokens.accessToken.toUtf8());
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    request.setTransferTimeout(30'000);
    m_profileReply = m_network.get(request);
    connect(m_profileReply, &QNetworkReply::finished, this, [this, platform, tokens, reply = m_profileReply] {
        reply->deleteLater();
        if (m_profileReply != reply)
            return;
        m_profileReply = nullptr;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        qCInfo(lcOAuth) << "profile request answered HTTP" << status;
        if (status == 401 || status == 403) {
            finishConnect(fail(ErrorCode::PlatformRejected,
                               tr("%1 did not accept the new token for reading the profile (HTTP %2). Check the "
                                  "scopes in Settings → Providers, then connect again.")
                                   .arg(displayName(platform))
                                   .arg(status)));
            return;
        }
        if (status != 200) {
            finishConnect(fail(status >= 500 || status == 0 ? ErrorCode::NetworkError
                                                            : ErrorCode::UpstreamInvalidResponse,
                               tr("The %1 profile request answered HTTP %2.").arg(displayName(platform)).arg(status)));
            return;
        }
        const QJsonDocument document = QJsonDocument::fromJson(reply->read(kMaxReplyBytes));
        Expected<Account> account = accountFromProfile(platform, document.object());
        if (!account) {
            finishConnect(account);
            return;
        }
        account->tokenExpiresAt = tokens.expiresAt(QDateTime::currentDateTimeUtc()).value_or(QDateTime());
        account->extensions.insert(QStringLiteral("grantedScopes"), QJsonArray::fromStringList(tokens.grantedScopes));
        QJsonObject secrets = mergeTokenSecrets({}, tokens);
        Expected<Account> saved = m_vault.saveConnection(*account, secrets);
        for (const QString &key : secrets.keys())
            secrets.insert(key, QJsonValue());
        finishConnect(saved);
    });
}

void OAuthConnector::finishConnect(const Expected<Account> &account)
{
    m_busy = false;
    if (m_flow)
        m_flow.release()->deleteLater(); // it may be inside one of its own signals
    if (!account) {
        qCInfo(lcOAuth) << "connect ended:" << errorCodeName(account.error().code);
        Q_EMIT errorOccurred(account.error());
        return;
    }
    qCInfo(lcOAuth) << "connected" << platformId(account->platform) << "account" << account->id;
    Q_EMIT accountChanged(account->id);
    Q_EMIT connected(*account);
}

void OAuthConnector::failRefresh(const QString &accountId, const Error &error)
{
    qCInfo(lcRefresh) << "refresh of" << accountId << "failed:" << errorCodeName(error.code);
    Q_EMIT refreshFailed(accountId, error);
}

void OAuthConnector::refresh(const QString &accountId)
{
    Expected<std::optional<Account>> found = m_store.account(accountId);
    if (!found || !found->has_value()) {
        failRefresh(accountId, found ? Error{ErrorCode::InvalidInput,
                                             tr("No account has the id %1; `fanout accounts list` shows the ids.")
                                                 .arg(accountId)}
                                     : found.error());
        return;
    }
    const Account account = **found;
    if (account.platform != Platform::Twitter) {
        failRefresh(accountId, Error{ErrorCode::InvalidInput,
                                     tr("%1 tokens cannot be renewed without you; reconnect the account before "
                                        "it expires.")
                                         .arg(displayName(account.platform))});
        return;
    }
    if (m_refreshing.contains(accountId)) {
        // X refresh tokens are single-use: a second request would spend the same one.
        failRefresh(accountId, Error{ErrorCode::InvalidInput,
                                     tr("This account is already being refreshed; wait for it to finish.")});
        return;
    }
    Expected<ProviderConfig> config = m_providers.configuredConfig(account.platform);
    if (!config) {
        failRefresh(accountId, config.error());
        return;
    }
    Expected<std::optional<QByteArray>> secret = m_providers.clientSecret(account.platform);
    if (!secret) {
        failRefresh(accountId, secret.error());
        return;
    }
    if (Expected<void> unlocked = m_vault.unlockForReading(); !unlocked) {
        failRefresh(accountId, unlocked.error());
        return;
    }
    Expected<QJsonObject> secrets = m_vault.readSecrets(account);
    if (!secrets) {
        failRefresh(accountId, secrets.error());
        return;
    }
    const QString refreshToken = secrets->value(kRefreshTokenKey).toString();
    if (refreshToken.isEmpty()) {
        failRefresh(accountId, Error{ErrorCode::PlatformAuthFailed,
                                     tr("No refresh token is stored for this %1 account (offline.access was not "
                                        "granted). Reconnect it.")
                                         .arg(displayName(account.platform))});
        return;
    }

    m_refreshing.insert(accountId);
    const TokenRequest request =
        makeTokenRequest(*config, *secret,
                         {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                          {QStringLiteral("refresh_token"), refreshToken}});
    QNetworkReply *reply = m_network.post(request.request, request.body);
    qCInfo(lcRefresh) << "refreshing" << platformId(account.platform) << "account" << accountId;
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, account, stored = *secrets, scopes = config->scopes] {
                reply->deleteLater();
                const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                const QByteArray body = reply->read(kMaxReplyBytes);
                if (status == 200) {
                    Expected<TokenSet> tokens = parseTokenReply(body, scopes);
                    if (!tokens) {
                        m_refreshing.remove(account.id);
                        failRefresh(account.id, tokens.error());
                        return;
                    }
                    // The old refresh token is spent: store the new pair before anything else.
                    const Expected<void> updated =
                        m_vault.updateSecrets(account, mergeTokenSecrets(stored, *tokens),
                                              tokens->expiresAt(QDateTime::currentDateTimeUtc()));
                    m_refreshing.remove(account.id);
                    if (!updated) {
                        failRefresh(account.id, updated.error());
                        return;
                    }
                    Expected<std::optional<Account>> reloaded = m_store.account(account.id);
                    qCInfo(lcRefresh) << "refreshed account" << account.id;
                    Q_EMIT accountChanged(account.id);
                    Q_EMIT refreshed(reloaded && reloaded->has_value() ? **reloaded : account);
                    return;
                }
                m_refreshing.remove(account.id);
                const std::optional<OAuthError> oauthError = parseOAuthError(body);
                // invalid_client rejects the organisation's client id or secret
                // (RFC 6749 section 5.2), not the user's grant, so the account
                // keeps its tokens and status until the settings are fixed.
                if (oauthError && (status == 400 || status == 401) && oauthError->error == u"invalid_client") {
                    qCInfo(lcRefresh) << "refresh of account" << account.id << "rejected: invalid_client";
                    failRefresh(account.id,
                                Error{ErrorCode::PlatformRejected,
                                      tr("%1 rejected Fanout's client id or secret (%2). Check them in Settings → "
                                         "Providers. The account stays connected.")
                                          .arg(displayName(account.platform), oauthError->error)});
                    return;
                }
                if (oauthError && (status == 400 || status == 401) && isGrantRejected(*oauthError)) {
                    const QString detail = tr("%1 rejected the refresh (%2).")
                                               .arg(displayName(account.platform), oauthError->error);
                    if (!m_store.setStatus(account.id, AccountStatus::AuthFailed)
                        || !m_store.recordEvent(account.id, QString(kTokenRevoked), detail))
                        qCWarning(lcRefresh) << "could not record the revoked grant of" << account.id;
                    Q_EMIT accountChanged(account.id);
                    failRefresh(account.id,
                                Error{ErrorCode::PlatformAuthFailed,
                                      tr("%1 no longer accepts this account's sign-in (%2). Reconnect the account.")
                                          .arg(displayName(account.platform), oauthError->error)});
                    return;
                }
                // A temporary failure never disconnects or revokes the account.
                failRefresh(account.id, Error{status >= 500 || status == 0 ? ErrorCode::NetworkError
                                                                           : ErrorCode::UpstreamInvalidResponse,
                                              tr("The token endpoint answered HTTP %1; nothing was changed.")
                                                  .arg(status)});
            });
}

} // namespace fanout::oauth
