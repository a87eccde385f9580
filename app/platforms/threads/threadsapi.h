#pragma once

#include <optional>

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QString>

#include "app/core/account.h"
#include "app/core/error.h"
#include "app/providers/providerconfig.h"

// Requests to and replies from the Threads Graph API (graph.threads.net),
// after the authorization code has been exchanged for a short-lived token.
// The exchange and refresh endpoints take the token as the access_token
// query parameter, and the profile request sends it the same way. Nothing
// logs these URLs.
namespace fanout::threads {

// When the long-lived token was issued, in milliseconds since the epoch. It
// is kept in the encrypted secrets, because the refresh rule depends on it
// and the database schema has no column for it.
inline constexpr QLatin1StringView kIssuedAtKey{"tokenIssuedAt"};

// Threads renews a long-lived token only once it is at least 24 hours old.
inline constexpr qint64 kMinRefreshAgeSecs = 24 * 60 * 60;

// GET {api}/access_token?grant_type=th_exchange_token&client_secret=…&access_token=…,
// which turns the 1-hour token of the code exchange into a 60-day one.
[[nodiscard]] QNetworkRequest longLivedTokenRequest(const ProviderConfig &config, const QByteArray &clientSecret,
                                                    const QString &shortLivedToken);
// GET {api}/refresh_access_token?grant_type=th_refresh_token&access_token=…
[[nodiscard]] QNetworkRequest refreshRequest(const ProviderConfig &config, const QString &longLivedToken);
// GET {api}/v1.0/me?fields=id,username,name,threads_profile_picture_url&access_token=…
[[nodiscard]] QNetworkRequest profileRequest(const ProviderConfig &config, const QString &accessToken);

// The account a /me reply describes: id, username as the handle, name and
// picture. UpstreamInvalidResponse when the reply names no usable id.
[[nodiscard]] Expected<Account> parseProfile(const QByteArray &body);

// A Graph API error body: {"error": {"message", "type", "code", "error_subcode"}}.
struct GraphError {
    int code = 0;
    int subcode = 0;
    QString type;
    QString message;
};
[[nodiscard]] std::optional<GraphError> parseGraphError(const QByteArray &body);
// Error 190 (OAuthException) means the token is invalid, expired or revoked.
[[nodiscard]] bool isAuthError(const GraphError &error);

// Why a refresh must not be sent now, or nothing when it may be sent.
// InvalidInput when the token is younger than 24 hours (the sentence says
// when it can be renewed), PlatformAuthFailed when it has expired. An
// unknown issue time counts as old enough, so an account stored without one
// can still be renewed; an unknown expiry counts as not expired.
[[nodiscard]] std::optional<Error> refreshBlocker(const std::optional<QDateTime> &issuedAt,
                                                  const QDateTime &expiresAt, const QDateTime &now);
// The issue time stored in the secrets, if any.
[[nodiscard]] std::optional<QDateTime> issuedAt(const QJsonObject &secrets);

} // namespace fanout::threads
