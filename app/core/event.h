#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace fanout {

// The local counterpart of the hosted service's webhooks.
inline constexpr QLatin1StringView kTokenExpiring{"token.expiring"};
inline constexpr QLatin1StringView kTokenRevoked{"token.revoked"};

struct AccountEvent {
    qint64 id = 0;
    QString accountId;
    QString type; // kTokenExpiring or kTokenRevoked
    QString detail;
    QDateTime createdAt;

    [[nodiscard]] QJsonObject toJson() const
    {
        return QJsonObject{
            {QStringLiteral("id"), id},
            {QStringLiteral("accountId"), accountId},
            {QStringLiteral("type"), type},
            {QStringLiteral("detail"), detail},
            {QStringLiteral("createdAt"), createdAt.toUTC().toString(Qt::ISODate)},
        };
    }
};

} // namespace fanout
