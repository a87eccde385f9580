#include "app/oauth/oauthconnector.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

#include "app/core/event.h"
#include "app/core/logging.h"
#include "app/platforms/pinterest/pinterestapi.h"
#include "app/platforms/threads/threadsapi.h"
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
[[nodiscard]] Expected<Account> accountFromProfile(Platform platform, const QByteArray &body)
{
    if (platform == Platform::Threads)
        return threads::parseProfile(body);
    if (platform == Platform::Pinterest)
        return pinterest::parseProfile(body);
    const QJsonObject json = QJsonDocument::fromJson(body).object();
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
    account.avatarUrl = avatarUrlFrom(account.avatarUrl);
    return account;
}

// The upstream error name in a failed reply, for the user's sentence.
[[nodiscard]] QString upstreamErrorName(Platform platform, const QByteArray &body)
{
    if (const std::optional<OAuthError> oauthError = parseOAuthError(body))
        return oauthError->error;
    if (platform == Platform::Threads) {
        if (const std::optional<threads::GraphError> graphError = threads::parseGraphError(body))
            return QStringLiteral("%1 %2").arg(graphError->type).arg(graphError->code).trimmed();
    }
    if (platform == Platform::Pinterest) {
        if (const std::optional<pinterest::ApiError> apiError = pinterest::parseApiError(body))
            return QStringLiteral("code %1: %2").arg(apiError->code).arg(apiError->message.left(100));
    }
    return {};
}

// Why a request after the code exchange failed. A rejected token means the
// consent or the scopes are wrong, so the whole connect counts as rejected.
[[nodiscard]] Error stepError(Platform platform, const QString &step, int status, const QByteArray &body)
{
    const QString upstream = upstreamErrorName(platform, body);
    const std::optional<threads::GraphError> graphError =
        platform == Platform::Threads ? threads::parseGraphError(body) : std::nullopt;
    if (status == 401 || status == 403 || (graphError && threads::isAuthError(*graphError))) {
        // The window shows this sentence, so it names the upstream error but no HTTP status.
        qCInfo(lcOAuth) << "step" << step << "was rejected with HTTP" << status;
        return Error{ErrorCode::PlatformRejected,
                     upstream.isEmpty()
                         ? OAuthConnector::tr("%1 did not accept the new token in the step “%2”. Check the client "
                                              "id, secret and scopes in File → Settings, then connect again.")
                               .arg(displayName(platform), step)
                         : OAuthConnector::tr("%1 did not accept the new token in the step “%2” (%3). Check the "
                                              "client id, secret and scopes in File → Settings, then connect again.")
                               .arg(displayName(platform), step, upstream)};
    }
    if (status >= 500 || status == 0)
        return Error{ErrorCode::NetworkError,
                     OAuthConnector::tr("The step “%2” at %1 failed (HTTP %3).").arg(displayName(platform), step).arg(status)};
    return Error{ErrorCode::UpstreamInvalidResponse, OAuthConnector::tr("The step “%2” at %1 returned HTTP %3 %4.")
                                                         .arg(displayName(platform), step)
                                                         .arg(status)
                                                         .arg(upstream)};
}

// Platforms whose code exchange and later calls fail without the client secret.
[[nodiscard]] bool needsClientSecret(Platform platform)
{
    return platform == Platform::Threads || platform == Platform::Pinterest;
}

[[nodiscard]] Error missingSecret(Platform platform)
{
    return Error{ErrorCode::ProviderNotConfigured,
                 OAuthConnector::tr("%1 needs your app's client secret as well as its client id; add clientSecret "
                                    "to the providers file and run `fanout providers import FILE`.")
                     .arg(displayName(platform))};
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
    if (m_stepReply) {
        disconnect(m_stepReply, nullptr, this, nullptr);
        m_stepReply->abort();
        m_stepReply->deleteLater();
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
    if (needsClientSecret(platform) && (!*secret || (*secret)->isEmpty())) {
        finishConnect(std::unexpected(missingSecret(platform)));
        return;
    }

    m_flow = std::make_unique<OAuthFlow>(*config, *secret, m_network, options);
    connect(m_flow.get(), &OAuthFlow::authorizationUrlReady, this, &OAuthConnector::authorizationUrlReady);
    connect(m_flow.get(), &OAuthFlow::errorOccurred, this,
            [this](const Error &error) { finishConnect(std::unexpected(error)); });
    connect(m_flow.get(), &OAuthFlow::granted, this,
            [this, platform, config = *config, secret = *secret](const TokenSet &tokens) {
                if (platform == Platform::Facebook)
                    m_facebook->start(config, secret.value_or(QByteArray()), tokens);
                else
                    continueAfterCodeExchange(platform, config, secret, tokens);
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
    if (m_stepReply) {
        QNetworkReply *reply = std::exchange(m_stepReply, nullptr);
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
        reply->deleteLater();
        finishConnect(fail(ErrorCode::ConnectCancelled, tr("The connection was cancelled; nothing was stored.")));
        return;
    }
    if (m_flow)
        m_flow->cancel();
}

void OAuthConnector::sendConnectStep(const QNetworkRequest &request, StepHandler handler)
{
    m_stepReply = m_network.get(request);
    connect(m_stepReply, &QNetworkReply::finished, this, [this, handler = std::move(handler), reply = m_stepReply] {
        reply->deleteLater();
        if (m_stepReply != reply)
            return;
        m_stepReply = nullptr;
        handler(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->read(kMaxReplyBytes));
    });
}

void OAuthConnector::continueAfterCodeExchange(Platform platform, const ProviderConfig &config,
                                               const std::optional<QByteArray> &clientSecret,
                                               const TokenSet &tokens)
{
    if (platform != Platform::Threads) {
        fetchProfile(platform, config, tokens, {});
        return;
    }
    // The code exchange returns a token that lives one hour; the 60-day one
    // comes from th_exchange_token, which needs the app secret again.
    sendConnectStep(threads::longLivedTokenRequest(config, clientSecret.value_or(QByteArray()), tokens.accessToken),
                    [this, config, scopes = tokens.grantedScopes](int status, const QByteArray &body) {
                        qCInfo(lcOAuth) << "Threads long-lived token exchange returned HTTP" << status;
                        if (status != 200) {
                            finishConnect(std::unexpected(
                                stepError(Platform::Threads, tr("long-lived token exchange"), status, body)));
                            return;
                        }
                        Expected<TokenSet> longLived = parseTokenReply(body, scopes);
                        if (!longLived) {
                            finishConnect(std::unexpected(longLived.error()));
                            return;
                        }
                        // The exchange reply names no scopes, so the consent's scopes still apply.
                        longLived->grantedScopes = scopes;
                        const QJsonObject issued{
                            {threads::kIssuedAtKey, double(QDateTime::currentMSecsSinceEpoch())}};
                        fetchProfile(Platform::Threads, config, *longLived, issued);
                    });
}

void OAuthConnector::fetchProfile(Platform platform, const ProviderConfig &config, const TokenSet &tokens,
                                  const QJsonObject &extraSecrets)
{
    QNetworkRequest request;
    if (platform == Platform::Threads) {
        request = threads::profileRequest(config, tokens.accessToken);
    } else if (platform == Platform::Pinterest) {
        request = pinterest::profileRequest(config, tokens.accessToken);
    } else {
        QUrl url = apiUrl(config.apiBaseUrl, platform == Platform::Twitter ? u"/2/users/me" : u"/v2/userinfo");
        if (platform == Platform::Twitter)
            url.setQuery(QStringLiteral("user.fields=profile_image_url"));
        request = QNetworkRequest(url);
        request.setRawHeader(QByteArrayLiteral("Authorization"), "Bearer " + tokens.accessToken.toUtf8());
        request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
        request.setTransferTimeout(30'000);
    }
    sendConnectStep(request, [this, platform, config, tokens, extraSecrets](int status, const QByteArray &body) {
        qCInfo(lcOAuth) << "profile request returned HTTP" << status;
        if (status != 200) {
            finishConnect(std::unexpected(stepError(platform, tr("profile request"), status, body)));
            return;
        }
        Expected<Account> account = accountFromProfile(platform, body);
        if (!account) {
            finishConnect(account);
            return;
        }
        if (platform == Platform::Pinterest)
            fetchDefaultBoard(config, *account, tokens, extraSecrets);
        else
            saveConnection(*account, tokens, extraSecrets);
    });
}

void OAuthConnector::fetchDefaultBoard(const ProviderConfig &config, Account account, const TokenSet &tokens,
                                       const QJsonObject &extraSecrets)
{
    // A reconnect keeps the board the user chose.
    Expected<std::optional<Account>> existing = m_store.findByPlatformUser(account.platform, account.platformUserId);
    if (existing && existing->has_value()) {
        if (const std::optional<pinterest::Board> chosen = pinterest::defaultBoard(**existing)) {
            account.extensions.insert(pinterest::kDefaultBoardKey, pinterest::boardToJson(*chosen));
            saveConnection(account, tokens, extraSecrets);
            return;
        }
    }
    sendConnectStep(pinterest::boardsRequest(config, tokens.accessToken),
                    [this, account, tokens, extraSecrets](int status, const QByteArray &body) mutable {
                        qCInfo(lcOAuth) << "boards request returned HTTP" << status;
                        if (status != 200) {
                            finishConnect(std::unexpected(
                                stepError(Platform::Pinterest, tr("boards request"), status, body)));
                            return;
                        }
                        Expected<pinterest::BoardPage> page = pinterest::parseBoards(body);
                        if (!page) {
                            finishConnect(std::unexpected(page.error()));
                            return;
                        }
                        // No board yet is fine: the extension stays unset until the user makes one.
                        if (!page->boards.isEmpty())
                            account.extensions.insert(pinterest::kDefaultBoardKey,
                                                      pinterest::boardToJson(page->boards.first()));
                        saveConnection(account, tokens, extraSecrets);
                    });
}

void OAuthConnector::saveConnection(Account account, const TokenSet &tokens, const QJsonObject &extraSecrets)
{
    account.tokenExpiresAt = tokens.expiresAt(QDateTime::currentDateTimeUtc()).value_or(QDateTime());
    account.extensions.insert(QStringLiteral("grantedScopes"), QJsonArray::fromStringList(tokens.grantedScopes));
    QJsonObject secrets = mergeTokenSecrets(extraSecrets, tokens);
    Expected<Account> saved = m_vault.saveConnection(account, secrets);
    for (const QString &key : secrets.keys())
        secrets.insert(key, QJsonValue());
    finishConnect(saved);
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
    const bool pageRow = account.platform == Platform::Facebook || account.platform == Platform::Instagram;
    if (pageRow && !account.tokenExpiresAt.isValid()) {
        // A Page token made from a long-lived user token carries no expiry.
        failRefresh(accountId, Error{ErrorCode::InvalidInput,
                                     tr("%1 Page tokens do not expire, so there is nothing to renew. `fanout "
                                        "accounts check ID` confirms that the connection still works.")
                                         .arg(displayName(account.platform))});
        return;
    }
    if (account.platform != Platform::Twitter && account.platform != Platform::Threads
        && account.platform != Platform::Pinterest) {
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
    // Without Basic auth Pinterest returns 401, which would read as a revoked grant.
    if (account.platform == Platform::Pinterest && (!*secret || (*secret)->isEmpty())) {
        failRefresh(accountId, missingSecret(account.platform));
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
    sendRefresh(account, *config, *secret, *secrets);
}

void OAuthConnector::sendRefresh(const Account &account, const ProviderConfig &config,
                                 const std::optional<QByteArray> &secret, const QJsonObject &stored)
{
    QNetworkReply *reply = nullptr;
    if (account.platform == Platform::Threads) {
        // Threads renews the long-lived access token itself, and only between 24 hours
        // after issue and expiry.
        if (const std::optional<Error> blocker = threads::refreshBlocker(
                threads::issuedAt(stored), account.tokenExpiresAt, QDateTime::currentDateTimeUtc())) {
            if (blocker->code == ErrorCode::PlatformAuthFailed) {
                if (!m_store.setStatus(account.id, AccountStatus::AuthFailed))
                    qCWarning(lcRefresh) << "could not mark the expired account" << account.id;
                Q_EMIT accountChanged(account.id);
            }
            failRefresh(account.id, *blocker);
            return;
        }
        reply = m_network.get(threads::refreshRequest(config, stored.value(kAccessTokenKey).toString()));
    } else {
        const QString refreshToken = stored.value(kRefreshTokenKey).toString();
        if (refreshToken.isEmpty()) {
            failRefresh(account.id, Error{ErrorCode::PlatformAuthFailed,
                                          account.platform == Platform::Twitter
                                              ? tr("No refresh token is stored for this X account (offline.access "
                                                   "was not granted). Reconnect it.")
                                              : tr("No refresh token is stored for this %1 account. Reconnect it.")
                                                    .arg(displayName(account.platform))});
            return;
        }
        const TokenRequest request =
            makeTokenRequest(config, secret,
                             {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                              {QStringLiteral("refresh_token"), refreshToken}});
        reply = m_network.post(request.request, request.body);
    }
    m_refreshing.insert(account.id);
    qCInfo(lcRefresh) << "refreshing" << platformId(account.platform) << "account" << account.id;
    connect(reply, &QNetworkReply::finished, this, [this, reply, account, stored, scopes = config.scopes] {
        reply->deleteLater();
        handleRefreshReply(account, stored, scopes, reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                           reply->read(kMaxReplyBytes));
    });
}

void OAuthConnector::handleRefreshReply(const Account &account, const QJsonObject &stored, const QStringList &scopes,
                                        int status, const QByteArray &body)
{
    if (status == 200) {
        // With fanout.refresh.debug on, this line and the "committed" one below
        // time the window in which a crash loses a rotated refresh token.
        qCDebug(lcRefresh) << "token reply received for account" << account.id;
        Expected<TokenSet> tokens = parseTokenReply(body, scopes);
        if (!tokens) {
            m_refreshing.remove(account.id);
            failRefresh(account.id, tokens.error());
            return;
        }
        QJsonObject secrets = stored;
        if (account.platform == Platform::Threads) {
            // The refresh reply names no scopes; the stored ones still hold.
            const QJsonArray storedScopes = stored.value(QLatin1StringView("scopes")).toArray();
            if (!storedScopes.isEmpty()) {
                tokens->grantedScopes.clear();
                for (const QJsonValue &scope : storedScopes)
                    tokens->grantedScopes.append(scope.toString());
            }
            secrets.insert(threads::kIssuedAtKey, double(QDateTime::currentMSecsSinceEpoch()));
        }
        // An X refresh token is spent now: store the new pair before anything else.
        const Expected<void> updated = m_vault.updateSecrets(account, mergeTokenSecrets(secrets, *tokens),
                                                             tokens->expiresAt(QDateTime::currentDateTimeUtc()));
        m_refreshing.remove(account.id);
        if (!updated) {
            failRefresh(account.id, updated.error());
            return;
        }
        qCDebug(lcRefresh) << "committed rotated tokens of account" << account.id;
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
                          tr("%1 rejected Fanout's client id or secret (%2). Check them in File → "
                             "Settings. The account stays connected.")
                              .arg(displayName(account.platform), oauthError->error)});
        return;
    }
    if (oauthError && (status == 400 || status == 401) && isGrantRejected(*oauthError)) {
        markRevoked(account, oauthError->error);
        return;
    }
    if (account.platform == Platform::Threads) {
        const std::optional<threads::GraphError> graphError = threads::parseGraphError(body);
        if (graphError && threads::isAuthError(*graphError)) {
            markRevoked(account, QStringLiteral("%1 %2").arg(graphError->type).arg(graphError->code).trimmed());
            return;
        }
    }
    // NOTE: Pinterest documents no error code for a revoked refresh token.
    // A 401 from its token endpoint is taken as the grant being gone, and a
    // 400 (bad parameters) is not.
    if (account.platform == Platform::Pinterest && status == 401) {
        const std::optional<pinterest::ApiError> apiError = pinterest::parseApiError(body);
        markRevoked(account, apiError ? QStringLiteral("code %1").arg(apiError->code) : QStringLiteral("HTTP 401"));
        return;
    }
    // A temporary failure never disconnects or revokes the account.
    const QString upstream = upstreamErrorName(account.platform, body);
    failRefresh(account.id,
                Error{status >= 500 || status == 0 ? ErrorCode::NetworkError : ErrorCode::UpstreamInvalidResponse,
                      upstream.isEmpty()
                          ? tr("The token endpoint returned HTTP %1; nothing was changed.").arg(status)
                          : tr("The token endpoint returned HTTP %1 (%2); nothing was changed.")
                                .arg(status)
                                .arg(upstream)});
}

void OAuthConnector::markRevoked(const Account &account, const QString &upstreamError)
{
    const QString detail = tr("%1 rejected the refresh (%2).").arg(displayName(account.platform), upstreamError);
    if (!m_store.setStatus(account.id, AccountStatus::AuthFailed)
        || !m_store.recordEvent(account.id, QString(kTokenRevoked), detail))
        qCWarning(lcRefresh) << "could not record the revoked grant of" << account.id;
    Q_EMIT accountChanged(account.id);
    failRefresh(account.id, Error{ErrorCode::PlatformAuthFailed,
                                  tr("%1 no longer accepts this account's sign-in (%2). Reconnect the account.")
                                      .arg(displayName(account.platform), upstreamError)});
}

} // namespace fanout::oauth
