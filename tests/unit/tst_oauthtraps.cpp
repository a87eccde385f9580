// The OAuth traps from PLATFORMS.md that need no server: token reply
// parsing, refresh-token merging, PKCE S256, the state round-trip through
// Qt's loopback reply handler and the picture addresses profiles carry.

#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QOAuthHttpServerReplyHandler>
#include <QSignalSpy>
#include <QTest>

#include "app/core/account.h"
#include "app/oauth/pkce.h"
#include "app/oauth/tokenreply.h"

using namespace fanout;
using namespace fanout::oauth;
using namespace Qt::StringLiterals;

class tst_OAuthTraps final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tokenReply_data();
    void tokenReply();
    void invalidTokenReply_data();
    void invalidTokenReply();
    void refreshKeepsStoredRefreshToken();
    void oauthErrorBody();
    void pkceRfc7636Vector();
    void generatedValues();
    void stateRoundTrip_data();
    void stateRoundTrip();
    void avatarAddress_data();
    void avatarAddress();
};

void tst_OAuthTraps::tokenReply_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<std::optional<qint64>>("expiresIn");
    QTest::addColumn<QStringList>("scopes");
    QTest::addColumn<QString>("refreshToken");

    const QStringList requested{QStringLiteral("tweet.read"), QStringLiteral("users.read")};
    QTest::addRow("expires_number_space_scopes")
        << QByteArray(R"({"access_token":"a","token_type":"bearer","expires_in":7200,"scope":"tweet.read users.read","refresh_token":"r"})")
        << std::optional<qint64>(7200) << requested << QStringLiteral("r");
    QTest::addRow("expires_string_comma_scopes")
        << QByteArray(R"({"access_token":"a","token_type":"Bearer","expires_in":"5184000","scope":"a,b"})")
        << std::optional<qint64>(5184000) << QStringList{QStringLiteral("a"), QStringLiteral("b")} << QString();
    QTest::addRow("expires_missing_scope_missing")
        << QByteArray(R"({"access_token":"a"})") << std::optional<qint64>() << requested << QString();
    QTest::addRow("scope_empty_means_requested")
        << QByteArray(R"({"access_token":"a","scope":"","expires_in":null})") << std::optional<qint64>() << requested
        << QString();
    QTest::addRow("scope_comma_and_space")
        << QByteArray(R"({"access_token":"a","scope":"a, b ,c"})") << std::optional<qint64>()
        << QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")} << QString();
}

void tst_OAuthTraps::tokenReply()
{
    QFETCH(QByteArray, body);
    QFETCH(std::optional<qint64>, expiresIn);
    QFETCH(QStringList, scopes);
    QFETCH(QString, refreshToken);

    const Expected<TokenSet> tokens =
        parseTokenReply(body, {QStringLiteral("tweet.read"), QStringLiteral("users.read")});
    QVERIFY2(tokens, tokens ? "" : qPrintable(errorMessage(tokens.error())));
    QCOMPARE(tokens->accessToken, QStringLiteral("a"));
    QCOMPARE(tokens->expiresIn, expiresIn);
    QCOMPARE(tokens->grantedScopes, scopes);
    QCOMPARE(tokens->refreshToken, refreshToken);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QCOMPARE(tokens->expiresAt(now).has_value(), expiresIn.has_value());
    if (expiresIn)
        QCOMPARE(*tokens->expiresAt(now), now.addSecs(*expiresIn));
}

void tst_OAuthTraps::invalidTokenReply_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addRow("not_json") << QByteArray("<html>502</html>");
    QTest::addRow("array") << QByteArray("[]");
    QTest::addRow("no_access_token") << QByteArray(R"({"token_type":"bearer"})");
    QTest::addRow("empty_access_token") << QByteArray(R"({"access_token":""})");
    QTest::addRow("expires_text") << QByteArray(R"({"access_token":"a","expires_in":"soon"})");
    QTest::addRow("expires_negative") << QByteArray(R"({"access_token":"a","expires_in":-5})");
    QTest::addRow("refresh_number") << QByteArray(R"({"access_token":"a","refresh_token":5})");
    QTest::addRow("mac_token") << QByteArray(R"({"access_token":"a","token_type":"mac"})");
}

void tst_OAuthTraps::invalidTokenReply()
{
    QFETCH(QByteArray, body);
    const Expected<TokenSet> tokens = parseTokenReply(body, {});
    QVERIFY(!tokens);
    QCOMPARE(tokens.error().code, ErrorCode::UpstreamInvalidResponse);
}

void tst_OAuthTraps::refreshKeepsStoredRefreshToken()
{
    const QJsonObject stored{{QStringLiteral("accessToken"), QStringLiteral("old-a")},
                             {QStringLiteral("refreshToken"), QStringLiteral("old-r")}};
    TokenSet tokens;
    tokens.accessToken = QStringLiteral("new-a");
    QJsonObject merged = mergeTokenSecrets(stored, tokens);
    QCOMPARE(merged.value(QLatin1StringView("accessToken")).toString(), QStringLiteral("new-a"));
    QCOMPARE(merged.value(QLatin1StringView("refreshToken")).toString(), QStringLiteral("old-r"));

    tokens.refreshToken = QStringLiteral("new-r");
    merged = mergeTokenSecrets(stored, tokens);
    QCOMPARE(merged.value(QLatin1StringView("refreshToken")).toString(), QStringLiteral("new-r"));

    // Never an empty refresh token, even when none was stored.
    tokens.refreshToken.clear();
    merged = mergeTokenSecrets(QJsonObject{{QStringLiteral("refreshToken"), QString()}}, tokens);
    QVERIFY(!merged.contains(QLatin1StringView("refreshToken")));
}

void tst_OAuthTraps::oauthErrorBody()
{
    const std::optional<OAuthError> error =
        parseOAuthError(R"({"error":"invalid_grant","error_description":"grant request is invalid"})");
    QVERIFY(error);
    QCOMPARE(error->error, QStringLiteral("invalid_grant"));
    QCOMPARE(error->description, QStringLiteral("grant request is invalid"));
    QVERIFY(!parseOAuthError(R"({"access_token":"a"})"));
    QVERIFY(!parseOAuthError("garbage"));
}

void tst_OAuthTraps::pkceRfc7636Vector()
{
    // RFC 7636 Appendix B. (The value E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbyg9qSQnBHA
    // that circulates in some notes is not SHA-256 of this verifier; OpenSSL,
    // Python and coreutils agree with the RFC's value below.)
    QCOMPARE(codeChallengeS256("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
             QByteArray("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
}

void tst_OAuthTraps::generatedValues()
{
    const QByteArray verifier = generateCodeVerifier();
    QCOMPARE(verifier.size(), 43); // RFC 7636: 43 to 128 characters
    QVERIFY(verifier != generateCodeVerifier());
    const QString state = generateState();
    QCOMPARE(state.size(), 22); // 128 bits in base64url
    QVERIFY(state != generateState());
    for (QChar c : state)
        QVERIFY(c.isLetterOrNumber() || c == u'-' || c == u'_');
}

void tst_OAuthTraps::stateRoundTrip_data()
{
    QTest::addColumn<QByteArray>("query"); // the redirect's query as a server writes it
    QTest::addColumn<QString>("state");

    const QString tricky = QStringLiteral("a+b%c d/=&?é");
    // What encodeQueryValue() puts into the authorization URL.
    QTest::addRow("fully_encoded") << ("state=" + encodeQueryValue(tricky).toUtf8()) << tricky;
    // oidc-provider (URLSearchParams) writes spaces as '+'.
    QTest::addRow("form_encoded") << QByteArray("state=a%2Bb%25c+d%2F%3D%26%3F%C3%A9") << tricky;
    QTest::addRow("plain") << QByteArray("state=AbC-_09") << QStringLiteral("AbC-_09");
}

void tst_OAuthTraps::stateRoundTrip()
{
    QFETCH(QByteArray, query);
    QFETCH(QString, state);

    // The real listener: Qt's reply handler on 127.0.0.1, any free port.
    QOAuthHttpServerReplyHandler handler(QHostAddress(QHostAddress::LocalHost), 0);
    QVERIFY(handler.isListening());
    handler.setCallbackPath(QStringLiteral("/callback"));
    QSignalSpy callbacks(&handler, &QAbstractOAuthReplyHandler::callbackReceived);

    QNetworkAccessManager network;
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(handler.port());
    url.setPath(QStringLiteral("/callback"));
    url.setQuery(QString::fromLatin1(query + "&code=c"), QUrl::StrictMode);
    QVERIFY(url.isValid());
    std::unique_ptr<QNetworkReply> reply(network.get(QNetworkRequest(url)));
    QTRY_COMPARE(callbacks.size(), 1);
    const QVariantMap values = callbacks.at(0).at(0).toMap();
    QCOMPARE(decodeCallbackValue(values.value(QStringLiteral("state")).toString()), state);
    QTRY_VERIFY(reply->isFinished());
    handler.close();
}

void tst_OAuthTraps::avatarAddress_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("avatarUrl");
    QTest::newRow("https") << u"https://cdn.example/a.jpg?x=1&y=2"_s << u"https://cdn.example/a.jpg?x=1&y=2"_s;
    QTest::newRow("http") << u"http://cdn.example/a.jpg"_s << u"http://cdn.example/a.jpg"_s;
    // Found by fuzz_pinterest: the scheme passed the check in any case but
    // the stored string kept the upstream's spelling.
    QTest::newRow("upper-case scheme") << u"HTTPS://cdn.example/a.jpg"_s << u"https://cdn.example/a.jpg"_s;
    QTest::newRow("no host") << u"Https:/.pg"_s << QString();
    QTest::newRow("javascript") << u"javascript:alert(1)"_s << QString();
    QTest::newRow("file") << u"file:///etc/passwd"_s << QString();
    QTest::newRow("relative") << u"/a.jpg"_s << QString();
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("bare space") << u"https://cdn.example/a b.jpg"_s << QString();
}

void tst_OAuthTraps::avatarAddress()
{
    QFETCH(QString, address);
    QFETCH(QString, avatarUrl);
    QCOMPARE(avatarUrlFrom(address), avatarUrl);
}

QTEST_GUILESS_MAIN(tst_OAuthTraps)
#include "tst_oauthtraps.moc"
