#include "app/platforms/bluesky/xrpc.h"

#include <QDateTime>
#include <QHostAddress>
#include <QJsonDocument>
#include <QLocale>
#include <QMetaEnum>

#include <utility>

namespace fanout::bluesky {

namespace {

// The reply property set when limitResponseSize() aborted the reply.
constexpr char kTooLargeProperty[] = "fanoutResponseTooLarge";

[[nodiscard]] bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1StringView("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace

std::optional<std::chrono::seconds> parseRetryAfter(const QByteArray &ratelimitReset, const QByteArray &retryAfter,
                                                    const QDateTime &now)
{
    using std::chrono::seconds;
    // The PDS sends RateLimit-Reset as seconds since the epoch.
    bool ok = false;
    const qint64 reset = ratelimitReset.trimmed().toLongLong(&ok);
    if (ok && reset > 0)
        return seconds(std::max<qint64>(0, reset - now.toSecsSinceEpoch()));
    const QByteArray retry = retryAfter.trimmed();
    const qint64 delay = retry.toLongLong(&ok);
    if (ok && delay >= 0)
        return seconds(delay);
    const QDateTime at = QLocale::c().toDateTime(QString::fromLatin1(retry),
                                                 QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (at.isValid()) {
        QDateTime utc = at;
        utc.setTimeSpec(Qt::UTC);
        return seconds(std::max<qint64>(0, now.secsTo(utc)));
    }
    return std::nullopt;
}

QUrl xrpcUrl(const QUrl &base, QLatin1StringView nsid, const QUrlQuery &query)
{
    QUrl url = base;
    QString path = url.path();
    if (!path.endsWith(u'/'))
        path += u'/';
    url.setPath(path + QLatin1StringView("xrpc/") + nsid);
    url.setQuery(query);
    url.setFragment({});
    return url;
}

QNetworkRequest xrpcRequest(const QUrl &url, const QString &bearerToken, std::chrono::milliseconds timeout)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(int(timeout.count()));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    if (!bearerToken.isEmpty())
        request.setRawHeader(QByteArrayLiteral("Authorization"), "Bearer " + bearerToken.toLatin1());
    return request;
}

bool isAcceptableServiceUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty() || !url.userInfo().isEmpty())
        return false;
    if (url.scheme() == QLatin1StringView("https"))
        return true;
    return url.scheme() == QLatin1StringView("http") && isLoopbackHost(url.host());
}

void limitResponseSize(QNetworkReply &reply, qint64 maxBytes)
{
    QNetworkReply *watched = &reply;
    QObject::connect(watched, &QNetworkReply::downloadProgress, watched,
                     [watched, maxBytes](qint64 received, qint64 total) {
                         if ((received > maxBytes || total > maxBytes)
                             && !watched->property(kTooLargeProperty).toBool()) {
                             watched->setProperty(kTooLargeProperty, true);
                             watched->abort();
                         }
                     });
}

XrpcReply readReply(QNetworkReply &reply)
{
    XrpcReply result;
    if (reply.property(kTooLargeProperty).toBool()) {
        result.tooLarge = true;
        result.networkError = reply.error();
        result.httpStatus = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        return result;
    }
    result.networkError = reply.error();
    result.timedOut = result.networkError == QNetworkReply::OperationCanceledError
                      || result.networkError == QNetworkReply::TimeoutError;
    // A reply cut off by the timeout may have a status but no complete body.
    result.httpStatus = result.timedOut ? 0 : reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (!result.answered())
        return result;
    XrpcReply parsed = parseXrpcBody(result.httpStatus, reply.readAll());
    parsed.networkError = result.networkError;
    if (parsed.httpStatus == 429)
        parsed.retryAfter = parseRetryAfter(reply.rawHeader("ratelimit-reset"), reply.rawHeader("retry-after"),
                                            QDateTime::currentDateTimeUtc());
    return parsed;
}

XrpcReply parseXrpcBody(int httpStatus, QByteArray body)
{
    XrpcReply result;
    result.httpStatus = httpStatus;
    result.body = std::move(body);
    const QJsonDocument document = QJsonDocument::fromJson(result.body);
    if (document.isObject()) {
        result.json = document.object();
        if (!result.succeeded()) {
            result.errorName = result.json->value(QLatin1StringView("error")).toString();
            result.errorMessage = result.json->value(QLatin1StringView("message")).toString();
        }
    }
    return result;
}

QString networkErrorName(QNetworkReply::NetworkError error)
{
    const char *key = QMetaEnum::fromType<QNetworkReply::NetworkError>().valueToKey(error);
    return key ? QString::fromLatin1(key) : QString::number(int(error));
}

} // namespace fanout::bluesky
