#include "app/core/account.h"

#include <QJsonValue>

namespace fanout {

QString accountStatusId(AccountStatus status)
{
    switch (status) {
    case AccountStatus::Connected:
        return QStringLiteral("connected");
    case AccountStatus::Expiring:
        return QStringLiteral("expiring");
    case AccountStatus::AuthFailed:
        return QStringLiteral("platform_auth_failed");
    case AccountStatus::KeyMismatch:
        return QStringLiteral("vault_key_mismatch");
    }
    return QStringLiteral("connected");
}

std::optional<AccountStatus> accountStatusFromId(QStringView id)
{
    for (AccountStatus status : {AccountStatus::Connected, AccountStatus::Expiring,
                                 AccountStatus::AuthFailed, AccountStatus::KeyMismatch}) {
        if (id == accountStatusId(status))
            return status;
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

} // namespace fanout
