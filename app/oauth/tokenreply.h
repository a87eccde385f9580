#pragma once

#include <optional>

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include "app/core/error.h"

namespace fanout::oauth {

// The useful part of a token endpoint's successful reply.
struct TokenSet {
    QString accessToken;
    QString refreshToken; // empty when the reply had none
    QString tokenType;
    std::optional<qint64> expiresIn; // seconds; absent when the reply gave none
    QStringList grantedScopes;

    [[nodiscard]] std::optional<QDateTime> expiresAt(const QDateTime &now) const;
};

// An OAuth error body: {"error": "invalid_grant", "error_description": …},
// or a Graph API one, whose error type and message fill the two fields.
struct OAuthError {
    QString error;
    QString description;
};

// Parses a token reply body. Handles the traps seen on real platforms:
// expires_in as a number, a numeric string or missing; scope space- or
// comma-separated, or missing (then every requested scope counts as
// granted); no refresh_token. A reply that is not JSON, lacks access_token,
// or has a token_type other than bearer is UpstreamInvalidResponse.
[[nodiscard]] Expected<TokenSet> parseTokenReply(const QByteArray &body, const QStringList &requestedScopes);
// The error of an OAuth error body, or nothing when the body is not one.
[[nodiscard]] std::optional<OAuthError> parseOAuthError(const QByteArray &body);
// Splits a scope string at spaces and commas.
[[nodiscard]] QStringList splitScopes(const QString &scope);

// The secrets stored for an OAuth account after a code exchange or refresh:
// a refresh reply without refresh_token keeps the stored one, and an empty
// refresh token is never written.
[[nodiscard]] QJsonObject mergeTokenSecrets(const QJsonObject &stored, const TokenSet &tokens);

inline constexpr QLatin1StringView kAccessTokenKey{"accessToken"};
inline constexpr QLatin1StringView kRefreshTokenKey{"refreshToken"};

} // namespace fanout::oauth
