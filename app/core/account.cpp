#include "app/core/account.h"

#include <QJsonValue>
#include <QUrl>

namespace fanout {

namespace {
struct StatusName {
    AccountStatus status;
    QLatin1StringView id;
};
constexpr StatusName kStatusNames[] = {
    {AccountStatus::Connected, QLatin1StringView("connected")},
    {AccountStatus::Expiring, QLatin1StringView("expiring")},
    {AccountStatus::AuthFailed, QLatin1StringView("platform_auth_failed")},
    {AccountStatus::KeyMismatch, QLatin1StringView("vault_key_mismatch")},
    {AccountStatus::Unknown, QLatin1StringView("unknown")},
};
} // namespace

QString accountStatusId(AccountStatus status)
{
    for (const StatusName &name : kStatusNames) {
        if (name.status == status)
            return name.id;
    }
    return kStatusNames[0].id;
}

std::optional<AccountStatus> accountStatusFromId(QStringView id)
{
    for (const StatusName &name : kStatusNames) {
        if (id == name.id)
            return name.status;
    }
    return std::nullopt;
}

static QJsonValue isoOrNull(const QDateTime &time)
{
    if (!time.isValid())
        return QJsonValue::Null;
    return time.toUTC().toString(Qt::ISODate);
}

QJsonObject Account::toJson() const
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("platform"), platformId(platform)},
        {QStringLiteral("platformUserId"), platformUserId},
        {QStringLiteral("handle"), handle},
        {QStringLiteral("displayName"), displayName},
        {QStringLiteral("avatarUrl"), avatarUrl.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(avatarUrl)},
        {QStringLiteral("tokenExpiresAt"), isoOrNull(tokenExpiresAt)},
        {QStringLiteral("status"), accountStatusId(status)},
        {QStringLiteral("extensions"), extensions},
        {QStringLiteral("createdAt"), isoOrNull(createdAt)},
        {QStringLiteral("updatedAt"), isoOrNull(updatedAt)},
    };
}

QString avatarUrlFrom(const QString &address)
{
    // QUrl lowers the scheme when it parses, so the string handed back is the
    // parsed URL's, not the upstream's spelling.
    const QUrl url(address, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || (url.scheme() != u"https" && url.scheme() != u"http"))
        return {};
    return url.toString(QUrl::FullyEncoded);
}

} // namespace fanout
