#include "app/platforms/threads/threadsapi.h"

#include <cmath>

#include <QCoreApplication>
#include <QJsonDocument>
#include <QUrlQuery>

namespace fanout::threads {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fanout::threads", text);
}

[[nodiscard]] QNetworkRequest graphRequest(const ProviderConfig &config, QStringView path, const QUrlQuery &query)
{
    QUrl url = config.apiBaseUrl;
    QString basePath = url.path();
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + path);
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(30'000);
    return request;
}

// QUrlQuery leaves '+' and '&' in values as they are; encoding each value
// first keeps a token or secret with such characters intact.
void addEncoded(QUrlQuery &query, const QString &key, const QString &value)
{
    query.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
}

[[nodiscard]] int intValue(const QJsonValue &value)
{
    if (value.isDouble())
        return value.toInt();
    return value.toString().toInt();
}

} // namespace

QNetworkRequest longLivedTokenRequest(const ProviderConfig &config, const QByteArray &clientSecret,
                                      const QString &shortLivedToken)
{
    QUrlQuery query;
    addEncoded(query, QStringLiteral("grant_type"), QStringLiteral("th_exchange_token"));
    addEncoded(query, QStringLiteral("client_secret"), QString::fromUtf8(clientSecret));
    addEncoded(query, QStringLiteral("access_token"), shortLivedToken);
    return graphRequest(config, u"/access_token", query);
}

QNetworkRequest refreshRequest(const ProviderConfig &config, const QString &longLivedToken)
{
    QUrlQuery query;
    addEncoded(query, QStringLiteral("grant_type"), QStringLiteral("th_refresh_token"));
    addEncoded(query, QStringLiteral("access_token"), longLivedToken);
    return graphRequest(config, u"/refresh_access_token", query);
}

QNetworkRequest profileRequest(const ProviderConfig &config, const QString &accessToken)
{
    QUrlQuery query;
    addEncoded(query, QStringLiteral("fields"), QStringLiteral("id,username,name,threads_profile_picture_url"));
    addEncoded(query, QStringLiteral("access_token"), accessToken);
    return graphRequest(config, u"/v1.0/me", query);
}

Expected<Account> parseProfile(const QByteArray &body)
{
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    Account account;
    account.platform = Platform::Threads;
    // Graph ids are strings, but a number is read too rather than lost.
    const QJsonValue id = json.value(QLatin1StringView("id"));
    account.platformUserId = id.isDouble() && std::abs(id.toDouble()) < 9e15 ? QString::number(qint64(id.toDouble()))
                                                                            : id.toString();
    account.handle = json.value(QLatin1StringView("username")).toString();
    account.displayName = json.value(QLatin1StringView("name")).toString();
    account.avatarUrl = json.value(QLatin1StringView("threads_profile_picture_url")).toString();
    // Only a web address is fetched as an avatar, never file: or another scheme.
    if (account.platformUserId.isEmpty() || account.platformUserId.size() > 256)
        return fail(ErrorCode::UpstreamInvalidResponse, tr("The Threads profile reply names no user id."));
    if (account.handle.isEmpty())
        account.handle = account.platformUserId;
    if (account.displayName.isEmpty())
        account.displayName = account.handle;
    account.avatarUrl = avatarUrlFrom(account.avatarUrl);
    return account;
}

std::optional<GraphError> parseGraphError(const QByteArray &body)
{
    const QJsonValue error = QJsonDocument::fromJson(body).object().value(QLatin1StringView("error"));
    if (!error.isObject())
        return std::nullopt;
    const QJsonObject json = error.toObject();
    GraphError result;
    result.code = intValue(json.value(QLatin1StringView("code")));
    result.subcode = intValue(json.value(QLatin1StringView("error_subcode")));
    result.type = json.value(QLatin1StringView("type")).toString().left(100);
    result.message = json.value(QLatin1StringView("message")).toString().left(300);
    if (result.code == 0 && result.type.isEmpty())
        return std::nullopt;
    return result;
}

bool isAuthError(const GraphError &error)
{
    return error.code == 190;
}

std::optional<QDateTime> issuedAt(const QJsonObject &secrets)
{
    const QJsonValue value = secrets.value(kIssuedAtKey);
    // Year 9999 at most, so the cast to qint64 stays defined.
    constexpr double kMaxMs = 253402300799000.0;
    if (!value.isDouble() || value.toDouble() <= 0 || value.toDouble() > kMaxMs)
        return std::nullopt;
    return QDateTime::fromMSecsSinceEpoch(qint64(value.toDouble()), Qt::UTC);
}

std::optional<Error> refreshBlocker(const std::optional<QDateTime> &issuedAt, const QDateTime &expiresAt,
                                    const QDateTime &now)
{
    if (expiresAt.isValid() && expiresAt <= now)
        return Error{ErrorCode::PlatformAuthFailed,
                     tr("The Threads token expired at %1 and can no longer be renewed. Reconnect the account.")
                         .arg(expiresAt.toUTC().toString(Qt::ISODate))};
    if (issuedAt && issuedAt->secsTo(now) < kMinRefreshAgeSecs) {
        const QDateTime allowed = issuedAt->addSecs(kMinRefreshAgeSecs).toUTC();
        return Error{ErrorCode::InvalidInput,
                     tr("Threads renews a token only once it is 24 hours old; this one can be renewed from %1. "
                        "Nothing was sent to Threads.")
                         .arg(allowed.toString(Qt::ISODate))};
    }
    return std::nullopt;
}

} // namespace fanout::threads
