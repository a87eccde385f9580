#include "app/platforms/bluesky/jwt.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonValue>

namespace fanout::bluesky {

std::optional<QJsonObject> jwtClaims(const QString &token)
{
    const QStringList parts = token.split(u'.');
    if (parts.size() != 3 || parts.at(1).isEmpty())
        return std::nullopt;
    const QByteArray::FromBase64Result decoded = QByteArray::fromBase64Encoding(
        parts.at(1).toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QJsonDocument document = QJsonDocument::fromJson(*decoded);
    if (!document.isObject())
        return std::nullopt;
    return document.object();
}

QDateTime jwtExpiry(const QJsonObject &claims)
{
    const QJsonValue exp = claims.value(QLatin1StringView("exp"));
    if (!exp.isDouble())
        return {};
    // An exp outside the years 1970 to 9999, such as 1e300, counts as no expiry
    // because converting it to qint64 would be undefined behaviour.
    constexpr double kLatestExp = 253402300799.0; // 9999-12-31T23:59:59Z
    const double seconds = exp.toDouble();
    if (!(seconds >= 0 && seconds <= kLatestExp))
        return {};
    return QDateTime::fromSecsSinceEpoch(static_cast<qint64>(seconds), Qt::UTC);
}

SessionScope sessionScope(const QJsonObject &claims)
{
    const QString scope = claims.value(QLatin1StringView("scope")).toString();
    if (scope == QLatin1StringView("com.atproto.appPass"))
        return SessionScope::AppPassword;
    if (scope == QLatin1StringView("com.atproto.appPassPrivileged"))
        return SessionScope::PrivilegedAppPassword;
    if (scope == QLatin1StringView("com.atproto.access"))
        return SessionScope::MainPassword;
    return SessionScope::Other;
}

} // namespace fanout::bluesky
