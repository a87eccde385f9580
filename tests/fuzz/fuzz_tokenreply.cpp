// Token endpoint responses of X and LinkedIn (app/oauth/tokenreply.h): the
// success body, the error body, scopes and expiry.
//
// Input: the requested scopes, a newline, then the reply body.

#include "tests/fuzz/fuzzsupport.h"

#include <QJsonArray>

#include "app/oauth/tokenreply.h"

using namespace fanout::oauth;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto [scopeText, body] = fanout::fuzz::split(fanout::fuzz::bytes(data, size), '\n');
    const QStringList requested = splitScopes(QString::fromUtf8(scopeText));
    for (const QString &scope : requested)
        FANOUT_FUZZ_CHECK(!scope.isEmpty() && !scope.contains(u' ') && !scope.contains(u','));

    const std::optional<OAuthError> error = parseOAuthError(body);
    if (error)
        FANOUT_FUZZ_CHECK(!error->error.isEmpty() && error->error.size() <= 100 && error->description.size() <= 300);

    const fanout::Expected<TokenSet> tokens = parseTokenReply(body, requested);
    if (!tokens) {
        FANOUT_FUZZ_CHECK(tokens.error().code == fanout::ErrorCode::UpstreamInvalidResponse);
        return 0;
    }
    FANOUT_FUZZ_CHECK(!tokens->accessToken.isEmpty());
    FANOUT_FUZZ_CHECK(tokens->tokenType.isEmpty() || tokens->tokenType.compare(u"bearer", Qt::CaseInsensitive) == 0);
    if (tokens->expiresIn)
        FANOUT_FUZZ_CHECK(*tokens->expiresIn >= 0);
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1'700'000'000, Qt::UTC);
    if (const std::optional<QDateTime> at = tokens->expiresAt(now))
        FANOUT_FUZZ_CHECK(at->isValid() && *at > now);

    // What the vault stores: the new access token, and a refresh token only
    // when one is known.
    const QJsonObject stored{{kRefreshTokenKey, QStringLiteral("stored-refresh")}};
    const QJsonObject merged = mergeTokenSecrets(stored, *tokens);
    FANOUT_FUZZ_CHECK(merged.value(kAccessTokenKey).toString() == tokens->accessToken);
    FANOUT_FUZZ_CHECK(!merged.value(kRefreshTokenKey).toString().isEmpty());
    const QJsonObject fresh = mergeTokenSecrets({}, *tokens);
    FANOUT_FUZZ_CHECK(fresh.contains(kRefreshTokenKey) == !tokens->refreshToken.isEmpty());
    FANOUT_FUZZ_CHECK(fresh.value(QStringLiteral("scopes")).toArray().size() == tokens->grantedScopes.size());
    return 0;
}
