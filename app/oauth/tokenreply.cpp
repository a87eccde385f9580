#include "app/oauth/tokenreply.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace fanout::oauth {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fanout::oauth", text);
}

// A number, or a string holding only digits; anything else is no value.
[[nodiscard]] std::optional<qint64> secondsValue(const QJsonValue &value, bool *malformed)
{
    *malformed = false;
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (value.isDouble()) {
        const double seconds = value.toDouble();
        if (seconds >= 0 && seconds < 1e12)
            return qint64(seconds);
    } else if (value.isString()) {
        bool ok = false;
        const qint64 seconds = value.toString().trimmed().toLongLong(&ok);
        if (ok && seconds >= 0)
            return seconds;
    }
    *malformed = true;
    return std::nullopt;
}

} // namespace

std::optional<QDateTime> TokenSet::expiresAt(const QDateTime &now) const
{
    if (!expiresIn || *expiresIn <= 0)
        return std::nullopt;
    return now.toUTC().addSecs(*expiresIn);
}

QStringList splitScopes(const QString &scope)
{
    QString normalized = scope;
    normalized.replace(u',', u' ');
    return normalized.split(u' ', Qt::SkipEmptyParts);
}

Expected<TokenSet> parseTokenReply(const QByteArray &body, const QStringList &requestedScopes)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return fail(ErrorCode::UpstreamInvalidResponse, tr("The token reply is not a JSON object."));
    const QJsonObject json = document.object();

    TokenSet tokens;
    const QJsonValue accessToken = json.value(QLatin1StringView("access_token"));
    if (!accessToken.isString() || accessToken.toString().isEmpty())
        return fail(ErrorCode::UpstreamInvalidResponse, tr("The token reply has no access_token."));
    tokens.accessToken = accessToken.toString();

    tokens.tokenType = json.value(QLatin1StringView("token_type")).toString();
    if (!tokens.tokenType.isEmpty() && tokens.tokenType.compare(u"bearer", Qt::CaseInsensitive) != 0)
        return fail(ErrorCode::UpstreamInvalidResponse,
                    tr("The token reply has a token_type other than bearer."));

    const QJsonValue refreshToken = json.value(QLatin1StringView("refresh_token"));
    if (!refreshToken.isUndefined() && !refreshToken.isNull() && !refreshToken.isString())
        return fail(ErrorCode::UpstreamInvalidResponse, tr("The token reply's refresh_token is not a string."));
    tokens.refreshToken = refreshToken.toString();

    bool malformed = false;
    tokens.expiresIn = secondsValue(json.value(QLatin1StringView("expires_in")), &malformed);
    if (malformed)
        return fail(ErrorCode::UpstreamInvalidResponse, tr("The token reply's expires_in is not a number."));

    const QJsonValue scope = json.value(QLatin1StringView("scope"));
    if (scope.isString() && !scope.toString().trimmed().isEmpty())
        tokens.grantedScopes = splitScopes(scope.toString());
    else if (scope.isArray())
        for (const QJsonValue &item : scope.toArray())
            tokens.grantedScopes += splitScopes(item.toString());
    else
        tokens.grantedScopes = requestedScopes;
    return tokens;
}

std::optional<OAuthError> parseOAuthError(const QByteArray &body)
{
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    const QJsonValue error = json.value(QLatin1StringView("error"));
    if (error.isObject()) {
        // Meta's Graph API: {"error": {"message": …, "type": "OAuthException", "code": 100}}.
        const QJsonObject graph = error.toObject();
        const QString type = graph.value(QLatin1StringView("type")).toString();
        if (type.isEmpty())
            return std::nullopt;
        return OAuthError{type.left(100), graph.value(QLatin1StringView("message")).toString().left(300)};
    }
    if (!error.isString() || error.toString().isEmpty())
        return std::nullopt;
    return OAuthError{error.toString().left(100),
                      json.value(QLatin1StringView("error_description")).toString().left(300)};
}

QJsonObject mergeTokenSecrets(const QJsonObject &stored, const TokenSet &tokens)
{
    QJsonObject secrets = stored;
    secrets.insert(kAccessTokenKey, tokens.accessToken);
    if (!tokens.refreshToken.isEmpty())
        secrets.insert(kRefreshTokenKey, tokens.refreshToken);
    else if (secrets.value(kRefreshTokenKey).toString().isEmpty())
        secrets.remove(kRefreshTokenKey);
    if (!tokens.tokenType.isEmpty())
        secrets.insert(QStringLiteral("tokenType"), tokens.tokenType);
    secrets.insert(QStringLiteral("scopes"), QJsonArray::fromStringList(tokens.grantedScopes));
    return secrets;
}

} // namespace fanout::oauth
