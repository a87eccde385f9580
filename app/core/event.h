#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
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
    // Tells apart recurring events of one type, such as the 7-day and 1-day
    // warnings for one expiry; empty for events that happen once per connection.
    QString dedupeKey;
    QDateTime createdAt;
    QDateTime notifiedAt; // invalid until a notification was raised

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

Q_DECLARE_METATYPE(fanout::AccountEvent)
