#pragma once

#include <optional>

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace fanout::bluesky {

// Reads the claims of a JSON Web Token without checking its signature: the
// client only needs the scope and the expiry of tokens its PDS just issued
// over TLS, and the PDS checks every token it receives anyway.
//
// Returns nothing unless the token has three dot-separated base64url parts
// and the middle one is a JSON object.
[[nodiscard]] std::optional<QJsonObject> jwtClaims(const QString &token);

// Returns the "exp" claim as a UTC time, or an invalid QDateTime when it is
// missing, not a number or outside the years 1970 to 9999.
[[nodiscard]] QDateTime jwtExpiry(const QJsonObject &claims);

// The "scope" claim of an AT Protocol session token.
enum class SessionScope {
    AppPassword,           // com.atproto.appPass
    PrivilegedAppPassword, // com.atproto.appPassPrivileged
    MainPassword,          // com.atproto.access: signed in with the account password
    Other,
};

[[nodiscard]] SessionScope sessionScope(const QJsonObject &claims);

} // namespace fanout::bluesky
