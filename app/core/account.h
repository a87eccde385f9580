#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

#include "app/core/platform.h"

namespace fanout {

enum class AccountStatus {
    Connected,
    Expiring,          // a token that cannot be refreshed expires soon
    AuthFailed,        // upstream rejected the token or grant: reconnect
    KeyMismatch,       // the keychain key cannot open this row's secrets
    Unknown,           // the database contains a status id this version does not know
};

// "connected", "expiring", …; "unknown" for AccountStatus::Unknown.
[[nodiscard]] QString accountStatusId(AccountStatus status);
[[nodiscard]] std::optional<AccountStatus> accountStatusFromId(QStringView id);

// An upstream picture address as an avatar URL: the address in its encoded
// form with the scheme in lower case ("HTTPS://…" becomes "https://…"), or
// an empty string when it is not an http or https URL with a host.
[[nodiscard]] QString avatarUrlFrom(const QString &address);

// The public view of a connected account. It deliberately has no secret
// field: tokens and passwords stay inside the vault's encrypted blob.
struct Account {
    QString id; // random, opaque, stable across reconnects
    Platform platform = Platform::Bluesky;
    QString platformUserId;
    QString handle;
    QString displayName;
    QString avatarUrl;
    QDateTime tokenExpiresAt; // UTC; invalid when unknown or never
    AccountStatus status = AccountStatus::Connected;
    QJsonObject extensions;
    QDateTime createdAt;
    QDateTime updatedAt;

    // The design's camelCase JSON: id, platform, handle, displayName, …
    [[nodiscard]] QJsonObject toJson() const;

    friend bool operator==(const Account &, const Account &) = default;
};

} // namespace fanout

Q_DECLARE_METATYPE(fanout::Account)
