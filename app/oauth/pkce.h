#pragma once

#include <QByteArray>
#include <QString>

namespace fanout::oauth {

// RFC 7636 PKCE with S256, and the OAuth `state` value.

// 32 random bytes as base64url without padding: 43 characters.
[[nodiscard]] QByteArray generateCodeVerifier();
// base64url(sha256(verifier)) without padding.
[[nodiscard]] QByteArray codeChallengeS256(const QByteArray &verifier);
// 128 random bits as base64url without padding: 22 characters.
[[nodiscard]] QString generateState();

// Decodes a value from QOAuthHttpServerReplyHandler's callback map back to
// what the server meant. The handler splits the query with QUrlQuery, which
// keeps %XX sequences of delimiters and '%' itself encoded and leaves '+'
// alone; the redirect query is application/x-www-form-urlencoded, where '+'
// is a space. So '+' becomes a space and then every %XX is decoded.
[[nodiscard]] QString decodeCallbackValue(const QString &value);
// Encodes a value so that QUrlQuery keeps it byte for byte in the
// authorization URL: every character outside RFC 3986's unreserved set
// becomes %XX, so a '+' is never read as a space by the server.
[[nodiscard]] QString encodeQueryValue(const QString &value);

} // namespace fanout::oauth
