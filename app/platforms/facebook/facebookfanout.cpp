#include "app/platforms/facebook/facebookfanout.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>
#include <QUuid>

#include "app/core/event.h"
#include "app/core/logging.h"
#include "app/core/logscrubber.h"
#include "app/store/accountstore.h"
#include "app/vault/vault.h"

namespace fanout::facebook {

namespace {

constexpr qsizetype kMaxReplyBytes = 1024 * 1024;
// 50 parts of up to 100 Pages (the limit requested) are 5,000 Pages; a paging loop stops here.
constexpr qsizetype kMaxPageBatches = 50;
constexpr QLatin1StringView kInstagramBasic{"instagram_basic"};

// Graph error subcodes of code 190 that the Graph API error handling page
// names: what the user did to end the token.
[[nodiscard]] QString revokedReason(const GraphError &error)
{
    switch (error.subcode) {
    case 460:
        return FacebookFanout::tr("the Facebook password was changed");
    case 463:
        return FacebookFanout::tr("the session has expired");
    case 458:
    case 467:
        return FacebookFanout::tr("the access token is invalid or Fanout was removed from the account");
    default:
        return FacebookFanout::tr("the access token is no longer valid");
    }
}

// The API base (already versioned) with path appended.
[[nodiscard]] QUrl apiUrl(const QUrl &base, const QString &path)
{
    QUrl url = base;
    QString basePath = url.path();
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + path);
    return url;
}

[[nodiscard]] bool isGrantedScopeRequired(const QString &scope)
{
    // Instagram scopes only matter for Pages with Instagram: without
    // instagram_basic those Pages are connected without their Instagram row.
    return !scope.startsWith(QLatin1StringView("instagram_"));
}

} // namespace

ProviderConfig versionedConfig(const ProviderConfig &config)
{
    ProviderConfig versioned = config;
    const QString version = config.apiVersion.isEmpty() ? QString(kDefaultGraphVersion) : config.apiVersion;
    versioned.authorizeUrl = versionedUrl(config.authorizeUrl, version, u"");
    versioned.tokenUrl = versionedUrl(config.tokenUrl, version, u"");
    versioned.apiBaseUrl = versionedUrl(config.apiBaseUrl, version, u"");
    return versioned;
}

FacebookFanout::FacebookFanout(Vault &vault, AccountStore &store, ProviderStore &providers,
                               QNetworkAccessManager &network, QObject *parent)
    : QObject(parent)
    , m_vault(vault)
    , m_store(store)
    , m_providers(providers)
    , m_network(network)
{
    qRegisterMetaType<QList<PageChoice>>();
}

FacebookFanout::~FacebookFanout()
{
    if (m_reply) {
        disconnect(m_reply, nullptr, this, nullptr);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void FacebookFanout::start(const ProviderConfig &config, const QByteArray &clientSecret,
                           const oauth::TokenSet &tokens)
{
    m_busy = true;
    m_config = config;
    m_clientSecret = clientSecret;
    m_userToken.clear();
    m_granted.clear();
    m_pages.clear();
    m_visited.clear();
    m_chosen.clear();
    m_profiles.clear();
    m_profileIndex = 0;
    logscrubber::registerSecret(tokens.accessToken);

    // GET /oauth/access_token?grant_type=fb_exchange_token: the long-lived
    // user token, from which Page tokens without an expiry come.
    QUrl url = m_config.tokenUrl;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("fb_exchange_token"));
    query.addQueryItem(QStringLiteral("client_id"), m_config.clientId);
    query.addQueryItem(QStringLiteral("client_secret"),
                       QString::fromUtf8(QUrl::toPercentEncoding(QString::fromUtf8(m_clientSecret))));
    query.addQueryItem(QStringLiteral("fb_exchange_token"),
                       QString::fromUtf8(QUrl::toPercentEncoding(tokens.accessToken)));
    url.setQuery(query);
    qCInfo(lcOAuth) << "exchanging the Facebook user token for a long-lived one";
    get(url, {}, &FacebookFanout::handleExchange);
}

void FacebookFanout::get(const QUrl &url, const QString &token, Handler handler)
{
    QNetworkRequest request(url);
    if (!token.isEmpty())
        request.setRawHeader(QByteArrayLiteral("Authorization"), "Bearer " + token.toUtf8());
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    // A redirect would carry the token to wherever it points.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(30'000);
    m_reply = m_network.get(request);
    connect(m_reply, &QNetworkReply::finished, this, [this, handler, reply = m_reply] {
        reply->deleteLater();
        if (m_reply != reply)
            return;
        m_reply = nullptr;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        (this->*handler)(status, reply->read(kMaxReplyBytes));
    });
}

Error FacebookFanout::upstreamError(int status, const QByteArray &body, const QString &step) const
{
    if (const std::optional<GraphError> graph = parseGraphError(body); graph && status >= 400 && status < 500) {
        qCInfo(lcOAuth) << step << "failed with Graph error" << graph->code << graph->subcode;
        if (graph->isTokenDead())
            return Error{ErrorCode::PlatformRejected,
                         tr("Facebook did not accept the new sign-in: %1. Connect again.").arg(revokedReason(*graph))};
        return Error{ErrorCode::PlatformRejected,
                     tr("Facebook rejected the request (%1, error %2). Check the app id and secret in File → "
                        "Settings, then connect again.")
                         .arg(graph->message.isEmpty() ? graph->type : graph->message)
                         .arg(graph->code)};
    }
    qCInfo(lcOAuth) << step << "failed: HTTP" << status;
    if (status >= 500 || status == 0)
        return Error{ErrorCode::NetworkError, tr("Facebook returned HTTP %1.").arg(status)};
    return Error{ErrorCode::UpstreamInvalidResponse, tr("Facebook returned HTTP %1.").arg(status)};
}

void FacebookFanout::handleExchange(int status, const QByteArray &body)
{
    if (status != 200) {
        finish(upstreamError(status, body, QStringLiteral("the long-lived token exchange")));
        return;
    }
    Expected<oauth::TokenSet> tokens = oauth::parseTokenReply(body, {});
    if (!tokens) {
        finish(tokens.error());
        return;
    }
    m_userToken = tokens->accessToken;
    logscrubber::registerSecret(m_userToken);
    get(apiUrl(m_config.apiBaseUrl, QStringLiteral("/me/permissions")), m_userToken,
        &FacebookFanout::handlePermissions);
}

void FacebookFanout::handlePermissions(int status, const QByteArray &body)
{
    if (status != 200) {
        finish(upstreamError(status, body, QStringLiteral("the permissions request")));
        return;
    }
    Expected<QStringList> granted = parseGrantedPermissions(body);
    if (!granted) {
        finish(granted.error());
        return;
    }
    m_granted = *granted;
    QStringList missing;
    for (const QString &scope : std::as_const(m_config.scopes)) {
        if (isGrantedScopeRequired(scope) && !m_granted.contains(scope))
            missing.append(scope);
    }
    if (!missing.isEmpty()) {
        qCInfo(lcOAuth) << "Facebook permissions not granted:" << missing;
        finish(Error{ErrorCode::PlatformRejected,
                     tr("Facebook did not grant the permissions %1. Connect again and allow them all, or ask the "
                        "app's administrator to request them.")
                         .arg(missing.join(QStringLiteral(", ")))});
        return;
    }

    QUrl url = apiUrl(m_config.apiBaseUrl, QStringLiteral("/me/accounts"));
    url.setQuery(QStringLiteral("fields=id,name,access_token,instagram_business_account%7Bid%7D&limit=100"));
    m_visited.insert(url);
    get(url, m_userToken, &FacebookFanout::handlePages);
}

void FacebookFanout::handlePages(int status, const QByteArray &body)
{
    if (status != 200) {
        finish(upstreamError(status, body, QStringLiteral("the Page list")));
        return;
    }
    Expected<PageBatch> batch = parsePageBatch(body);
    if (!batch) {
        finish(batch.error());
        return;
    }
    for (const Page &page : std::as_const(batch->pages)) {
        logscrubber::registerSecret(page.accessToken);
        const bool known = std::any_of(m_pages.cbegin(), m_pages.cend(),
                                       [&page](const Page &other) { return other.id == page.id; });
        if (!known)
            m_pages.append(page);
    }
    if (!batch->next.isEmpty()) {
        // paging.next contains the user token in its query, so it may only go back to the Graph API.
        if (!isSameOrigin(batch->next, m_config.apiBaseUrl)) {
            finish(Error{ErrorCode::UpstreamInvalidResponse,
                         tr("The list of Facebook Pages links to another server; Fanout did not follow it.")});
            return;
        }
        if (m_visited.contains(batch->next) || m_visited.size() >= kMaxPageBatches) {
            finish(Error{ErrorCode::UpstreamInvalidResponse,
                         tr("The list of Facebook Pages does not end; Fanout stopped after %1 parts.")
                             .arg(m_visited.size())});
            return;
        }
        m_visited.insert(batch->next);
        get(batch->next, m_userToken, &FacebookFanout::handlePages);
        return;
    }
    qCInfo(lcOAuth) << "the Facebook user manages" << m_pages.size() << "Pages";
    if (m_pages.isEmpty()) {
        finish(Error{ErrorCode::FacebookPagesNone, {}});
        return;
    }
    QList<PageChoice> choices;
    for (const Page &page : std::as_const(m_pages))
        choices.append(PageChoice{page.id, page.name, page.instagramId});
    Q_EMIT pagesFound(choices);
}

void FacebookFanout::choosePages(const QStringList &pageIds)
{
    if (!m_busy || m_reply || m_pages.isEmpty() || !m_chosen.isEmpty())
        return;
    if (pageIds.isEmpty()) {
        finish(Error{ErrorCode::InvalidInput, tr("No Facebook Page was chosen; nothing was stored.")});
        return;
    }
    for (const QString &id : pageIds) {
        const auto page = std::find_if(m_pages.cbegin(), m_pages.cend(), [&id](const Page &p) { return p.id == id; });
        if (page == m_pages.cend()) {
            finish(Error{ErrorCode::InvalidInput,
                         tr("This Facebook user manages no Page with the id %1; nothing was stored.")
                             .arg(id.left(64))});
            return;
        }
        if (!std::any_of(m_chosen.cbegin(), m_chosen.cend(), [&id](const Page &p) { return p.id == id; }))
            m_chosen.append(*page);
    }
    qCInfo(lcOAuth) << "connecting" << m_chosen.size() << "Facebook Pages";
    fetchNextProfile();
}

void FacebookFanout::fetchNextProfile()
{
    const bool instagramGranted = m_granted.contains(kInstagramBasic);
    while (m_profileIndex < m_chosen.size()) {
        const Page &page = m_chosen.at(m_profileIndex);
        if (!page.instagramId.isEmpty() && instagramGranted) {
            QUrl url = apiUrl(m_config.apiBaseUrl, u'/' + page.instagramId);
            url.setQuery(QStringLiteral("fields=id,username,name,profile_picture_url"));
            get(url, page.accessToken, &FacebookFanout::handleProfile);
            return;
        }
        ++m_profileIndex;
    }
    store();
}

void FacebookFanout::handleProfile(int status, const QByteArray &body)
{
    if (status != 200) {
        finish(upstreamError(status, body, QStringLiteral("the Instagram profile request")));
        return;
    }
    Expected<InstagramProfile> profile = parseInstagramProfile(body);
    if (!profile) {
        finish(profile.error());
        return;
    }
    if (profile->id != m_chosen.at(m_profileIndex).instagramId) {
        finish(Error{ErrorCode::UpstreamInvalidResponse,
                     tr("Facebook described another Instagram account than the one linked to the Page.")});
        return;
    }
    m_profiles.append(*profile);
    ++m_profileIndex;
    fetchNextProfile();
}

void FacebookFanout::store()
{
    const QString connectionId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QStringList grantedScopes;
    for (const QString &scope : std::as_const(m_config.scopes)) {
        if (m_granted.contains(scope))
            grantedScopes.append(scope);
    }

    QList<Account> rows;
    QList<QJsonObject> secrets;
    qsizetype profile = 0;
    for (const Page &page : std::as_const(m_chosen)) {
        Account pageRow;
        pageRow.platform = Platform::Facebook;
        pageRow.platformUserId = page.id;
        pageRow.handle = page.name;
        pageRow.displayName = page.name;
        // Page tokens made from a long-lived user token have no expiry.
        pageRow.extensions.insert(kConnectionIdKey, connectionId);
        pageRow.extensions.insert(QStringLiteral("grantedScopes"), QJsonArray::fromStringList(grantedScopes));
        const bool withInstagram = profile < m_profiles.size() && m_profiles.at(profile).id == page.instagramId;
        if (withInstagram)
            pageRow.extensions.insert(kInstagramAccountIdKey, page.instagramId);
        rows.append(pageRow);
        secrets.append(QJsonObject{{oauth::kAccessTokenKey, page.accessToken}});
        if (!withInstagram)
            continue;

        const InstagramProfile &instagram = m_profiles.at(profile++);
        Account instagramRow;
        instagramRow.platform = Platform::Instagram;
        instagramRow.platformUserId = instagram.id;
        instagramRow.handle = instagram.username.isEmpty() ? instagram.id : instagram.username;
        instagramRow.displayName = instagram.name.isEmpty() ? instagramRow.handle : instagram.name;
        instagramRow.avatarUrl = instagram.pictureUrl;
        instagramRow.extensions.insert(kConnectionIdKey, connectionId);
        instagramRow.extensions.insert(kFacebookPageIdKey, page.id);
        instagramRow.extensions.insert(kFacebookPageNameKey, page.name);
        rows.append(instagramRow);
        secrets.append(QJsonObject{{oauth::kAccessTokenKey, page.accessToken}});
    }

    // Rows added by this connect are removed again when a later one fails,
    // so a failed connect adds nothing. A row that existed before keeps its
    // new token: the old one is replaced by a valid one either way.
    QList<Account> saved;
    QStringList added;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const Expected<std::optional<Account>> existing =
            m_store.findByPlatformUser(rows.at(i).platform, rows.at(i).platformUserId);
        Expected<Account> stored = existing ? m_vault.saveConnection(rows.at(i), secrets.at(i))
                                            : Expected<Account>(std::unexpected(existing.error()));
        if (!stored) {
            for (const QString &id : std::as_const(added)) {
                if (!m_store.remove(id))
                    qCWarning(lcOAuth) << "could not remove the partly connected account" << id;
            }
            finish(stored.error());
            return;
        }
        if (!existing->has_value())
            added.append(stored->id);
        saved.append(*stored);
    }

    m_busy = false;
    m_userToken.clear();
    m_pages.clear();
    m_chosen.clear();
    for (const Account &account : std::as_const(saved)) {
        qCInfo(lcOAuth) << "connected" << platformId(account.platform) << "account" << account.id;
        Q_EMIT accountChanged(account.id);
    }
    Q_EMIT connected(saved);
}

void FacebookFanout::cancel()
{
    if (!m_busy)
        return;
    finish(Error{ErrorCode::ConnectCancelled, tr("The connection to Facebook was cancelled; nothing was stored.")});
}

void FacebookFanout::finish(const Error &error)
{
    if (!m_busy)
        return;
    m_busy = false;
    if (m_reply) {
        QNetworkReply *reply = std::exchange(m_reply, nullptr);
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
        reply->deleteLater();
    }
    m_userToken.clear();
    m_pages.clear();
    m_chosen.clear();
    m_profiles.clear();
    qCInfo(lcOAuth) << "Facebook connect ended:" << errorCodeName(error.code);
    Q_EMIT failed(error);
}

void FacebookFanout::failCheck(const QString &accountId, const Error &error)
{
    qCInfo(lcOAuth) << "check of" << accountId << "failed:" << errorCodeName(error.code);
    Q_EMIT checkFailed(accountId, error);
}

void FacebookFanout::check(const QString &accountId)
{
    const Expected<std::optional<Account>> found = m_store.account(accountId);
    if (!found || !found->has_value()) {
        failCheck(accountId, found ? Error{ErrorCode::InvalidInput,
                                           tr("No account has the id %1; `fanout accounts list` shows the ids.")
                                               .arg(accountId)}
                                   : found.error());
        return;
    }
    const Account account = **found;
    if (account.platform != Platform::Facebook && account.platform != Platform::Instagram) {
        failCheck(accountId, Error{ErrorCode::InvalidInput, tr("%1 is not a Facebook or Instagram account.")
                                                                .arg(accountId)});
        return;
    }
    Expected<ProviderConfig> config = m_providers.config(Platform::Facebook);
    if (!config) {
        failCheck(accountId, config.error());
        return;
    }
    if (Expected<void> unlocked = m_vault.unlockForReading(); !unlocked) {
        failCheck(accountId, unlocked.error());
        return;
    }
    const Expected<QJsonObject> secrets = m_vault.readSecrets(account);
    if (!secrets) {
        failCheck(accountId, secrets.error());
        return;
    }
    const QString token = secrets->value(oauth::kAccessTokenKey).toString();
    logscrubber::registerSecret(token);

    const ProviderConfig versioned = versionedConfig(*config);
    QUrl url;
    if (account.platform == Platform::Facebook) {
        url = apiUrl(versioned.apiBaseUrl, QStringLiteral("/me"));
        url.setQuery(QStringLiteral("fields=id,name"));
    } else {
        url = apiUrl(versioned.apiBaseUrl, u'/' + account.platformUserId);
        url.setQuery(QStringLiteral("fields=id,username"));
    }
    QNetworkRequest request(url);
    request.setRawHeader(QByteArrayLiteral("Authorization"), "Bearer " + token.toUtf8());
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(30'000);
    QNetworkReply *reply = m_network.get(request);
    qCInfo(lcOAuth) << "checking" << platformId(account.platform) << "account" << account.id;
    connect(reply, &QNetworkReply::finished, this, [this, reply, account] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->read(kMaxReplyBytes);
        if (status == 200) {
            const Expected<GraphNode> node = parseNode(body);
            if (!node || (account.platform == Platform::Instagram && node->id != account.platformUserId)) {
                failCheck(account.id, node ? Error{ErrorCode::UpstreamInvalidResponse,
                                                   tr("Facebook described another account than the one checked.")}
                                           : node.error());
                return;
            }
            qCInfo(lcOAuth) << "the connection of" << account.id << "works";
            Q_EMIT checked(account);
            return;
        }
        const std::optional<GraphError> graph = parseGraphError(body);
        if (graph && graph->isTokenDead() && status >= 400 && status < 500) {
            markRevoked(account, *graph);
            failCheck(account.id, Error{ErrorCode::PlatformAuthFailed,
                                        tr("Facebook no longer accepts this connection: %1. Connect Facebook again "
                                           "to renew the Page and its Instagram account.")
                                            .arg(revokedReason(*graph))});
            return;
        }
        // A temporary failure, a rate limit or a missing permission never revokes the account.
        failCheck(account.id, upstreamError(status, body, QStringLiteral("the connection check")));
    });
}

void FacebookFanout::markRevoked(const Account &account, const GraphError &error)
{
    const QString pageId = account.platform == Platform::Facebook
                               ? account.platformUserId
                               : account.extensions.value(kFacebookPageIdKey).toString();
    QList<Account> affected{account};
    if (const Expected<QList<Account>> all = m_store.accounts(); all && !pageId.isEmpty()) {
        for (const Account &other : *all) {
            if (other.id == account.id)
                continue;
            const bool isPage = other.platform == Platform::Facebook && other.platformUserId == pageId;
            const bool isInstagram = other.platform == Platform::Instagram
                                     && other.extensions.value(kFacebookPageIdKey).toString() == pageId;
            if (isPage || isInstagram)
                affected.append(other);
        }
    }
    const QString detail =
        tr("Facebook rejected the Page token (error %1, subcode %2): %3.").arg(error.code).arg(error.subcode).arg(
            revokedReason(error));
    for (const Account &row : std::as_const(affected)) {
        const Expected<void> marked = m_store.setStatus(row.id, AccountStatus::AuthFailed);
        const Expected<bool> recorded = m_store.recordEvent(row.id, QString(kTokenRevoked), detail);
        if (!marked || !recorded)
            qCWarning(lcOAuth) << "could not record the revoked token of" << row.id;
        else
            qCInfo(lcOAuth) << "account" << row.id << "marked platform_auth_failed";
        Q_EMIT accountChanged(row.id);
    }
}

} // namespace fanout::facebook
