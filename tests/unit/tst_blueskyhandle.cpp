// Syntax checks for Bluesky handles, DIDs and app passwords, with examples
// from the AT Protocol handle and DID specifications.

#include <QTest>

#include "app/platforms/bluesky/handle.h"
#include "app/platforms/bluesky/jwt.h"

using namespace fanout::bluesky;

class TestBlueskyHandle final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void handle_data();
    void handle();
    void normalize_data();
    void normalize();
    void did_data();
    void did();
    void appPassword_data();
    void appPassword();
    void reservedTld_data();
    void reservedTld();
    void jwtClaims_data();
    void jwtClaims();
};

void TestBlueskyHandle::handle_data()
{
    QTest::addColumn<QString>("handle");
    QTest::addColumn<bool>("valid");

    const QString label63(63, u'a');
    const QString label64(64, u'a');
    // Three 63-character labels, one of 57 and ".com": exactly 253 characters.
    const QString longest = label63 + u'.' + label63 + u'.' + label63 + u'.' + QString(57, u'a') + QStringLiteral(".com");
    QCOMPARE(longest.size(), 253);
    const QString tooLong = u'a' + longest;

    // Valid, from the specification.
    QTest::newRow("jay.bsky.social") << QStringLiteral("jay.bsky.social") << true;
    QTest::newRow("8.cn") << QStringLiteral("8.cn") << true;
    QTest::newRow("name.t--t") << QStringLiteral("name.t--t") << true;
    QTest::newRow("uppercase") << QStringLiteral("XX.LCS.MIT.EDU") << true;
    QTest::newRow("a.co") << QStringLiteral("a.co") << true;
    QTest::newRow("punycode-like") << QStringLiteral("xn--notarealidn.com") << true;
    QTest::newRow("punycode tld") << QStringLiteral("xn--fiqa61au8b7zsevnm8ak20mc4a87e.xn--fiqs8s") << true;
    QTest::newRow("punycode emoji") << QStringLiteral("xn--ls8h.test") << true;
    QTest::newRow("one-letter tld") << QStringLiteral("example.t") << true;
    QTest::newRow("local test peer") << QStringLiteral("alice.test") << true;
    QTest::newRow("digits in labels") << QStringLiteral("john2.b4sky.social") << true;
    QTest::newRow("inner hyphen") << QStringLiteral("a-b.c-d") << true;
    QTest::newRow("63-char label") << (label63 + QStringLiteral(".com")) << true;
    QTest::newRow("253 chars") << longest << true;

    // Invalid.
    QTest::newRow("at sign") << QStringLiteral("jo@hn.test") << false;
    QTest::newRow("emoji") << QStringLiteral("💩.test") << false;
    QTest::newRow("empty label") << QStringLiteral("john..test") << false;
    QTest::newRow("label ends with hyphen") << QStringLiteral("xn--bcher-.tld") << false;
    QTest::newRow("numeric tld") << QStringLiteral("john.0") << false;
    QTest::newRow("tld starts with digit") << QStringLiteral("cn.8") << false;
    QTest::newRow("non-ascii") << QStringLiteral("www.masełkowski.pl.com") << false;
    QTest::newRow("single label") << QStringLiteral("org") << false;
    QTest::newRow("trailing dot") << QStringLiteral("name.org.") << false;
    QTest::newRow("leading dot") << QStringLiteral(".name.org") << false;
    QTest::newRow("trailing hyphen label") << QStringLiteral("name-.test") << false;
    QTest::newRow("trailing hyphen tld") << QStringLiteral("name.test-") << false;
    QTest::newRow("leading hyphen label") << QStringLiteral("-name.test") << false;
    QTest::newRow("254 chars") << tooLong << false;
    QTest::newRow("64-char label") << (label64 + QStringLiteral(".com")) << false;
    QTest::newRow("underscore") << QStringLiteral("john_doe.test") << false;
    QTest::newRow("space") << QStringLiteral("john doe.test") << false;
    QTest::newRow("at prefix") << QStringLiteral("@john.test") << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("did") << QStringLiteral("did:plc:ewvi7nxzyoun6zhxrhs64oiz") << false;
}

void TestBlueskyHandle::handle()
{
    QFETCH(QString, handle);
    QFETCH(bool, valid);
    QCOMPARE(isValidHandle(handle), valid);
}

void TestBlueskyHandle::normalize_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("normalized");

    QTest::newRow("plain") << QStringLiteral("alice.bsky.social") << QStringLiteral("alice.bsky.social");
    QTest::newRow("at and case") << QStringLiteral("@Alice.Bsky.Social") << QStringLiteral("alice.bsky.social");
    QTest::newRow("spaces") << QStringLiteral("  alice.test \n") << QStringLiteral("alice.test");
    QTest::newRow("only one at") << QStringLiteral("@@alice.test") << QStringLiteral("@alice.test");
}

void TestBlueskyHandle::normalize()
{
    QFETCH(QString, input);
    QFETCH(QString, normalized);
    QCOMPARE(normalizeHandle(input), normalized);
}

void TestBlueskyHandle::did_data()
{
    QTest::addColumn<QString>("did");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<bool>("accountDid");

    QTest::newRow("plc") << QStringLiteral("did:plc:ewvi7nxzyoun6zhxrhs64oiz") << true << true;
    QTest::newRow("web") << QStringLiteral("did:web:example.com") << true << true;
    QTest::newRow("web localhost port") << QStringLiteral("did:web:localhost%3A1234") << true << true;
    QTest::newRow("method example") << QStringLiteral("did:method:val:two") << true << false;
    QTest::newRow("one char") << QStringLiteral("did:m:v") << true << false;
    QTest::newRow("punctuation") << QStringLiteral("did:method::::val") << true << false;
    QTest::newRow("dash underscore") << QStringLiteral("did:method:-:_:.") << true << false;
    QTest::newRow("key") << QStringLiteral("did:key:zQ3shZc2QzApp2oymGvQbzP8eKheVshBHbU4ZYjeXqwSKEn6N")
                             << true << false;
    QTest::newRow("percent-encoded") << QStringLiteral("did:example:a%3Ab") << true << false;
    QTest::newRow("web with path") << QStringLiteral("did:web:example.com:users:alice") << true << false;
    QTest::newRow("plc too short") << QStringLiteral("did:plc:ewvi7nxzyoun6zhxrhs64oi") << true << false;
    QTest::newRow("plc uppercase") << QStringLiteral("did:plc:EWVI7NXZYOUN6ZHXRHS64OIZ") << true << false;
    QTest::newRow("plc base32 digit 8") << QStringLiteral("did:plc:ewvi7nxzyoun6zhxrhs64oi8") << true << false;

    QTest::newRow("uppercase method") << QStringLiteral("did:METHOD:val") << false << false;
    QTest::newRow("digit method") << QStringLiteral("did:m123:val") << false << false;
    QTest::newRow("uppercase prefix") << QStringLiteral("DID:method:val") << false << false;
    QTest::newRow("no method") << QStringLiteral("did::val") << false << false;
    QTest::newRow("no identifier") << QStringLiteral("did:method:") << false << false;
    QTest::newRow("trailing colon") << QStringLiteral("did:method:val:") << false << false;
    QTest::newRow("trailing percent") << QStringLiteral("did:method:val%") << false << false;
    QTest::newRow("bad percent") << QStringLiteral("did:method:val%zz") << false << false;
    QTest::newRow("short percent") << QStringLiteral("did:method:val%3") << false << false;
    QTest::newRow("at sign") << QStringLiteral("did:method:v@l") << false << false;
    QTest::newRow("slash") << QStringLiteral("did:web:example.com/alice") << false << false;
    QTest::newRow("fragment") << QStringLiteral("did:plc:ewvi7nxzyoun6zhxrhs64oiz#atproto") << false << false;
    QTest::newRow("no scheme") << QStringLiteral("plc:ewvi7nxzyoun6zhxrhs64oiz") << false << false;
    QTest::newRow("handle") << QStringLiteral("alice.test") << false << false;
    QTest::newRow("empty") << QString() << false << false;
    QTest::newRow("over 2 KB") << (QStringLiteral("did:web:") + QString(2041, u'a')) << false << false;
}

void TestBlueskyHandle::did()
{
    QFETCH(QString, did);
    QFETCH(bool, valid);
    QFETCH(bool, accountDid);
    QCOMPARE(isValidDid(did), valid);
    QCOMPARE(isSupportedAccountDid(did), accountDid);
}

void TestBlueskyHandle::appPassword_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("appPasswordShape");

    QTest::newRow("app password") << QStringLiteral("abcd-efgh-ijkl-mnop") << true;
    QTest::newRow("base32 digits") << QStringLiteral("ab2c-3d4e-5f6g-7h2i") << true;
    QTest::newRow("uppercase") << QStringLiteral("ABCD-EFGH-IJKL-MNOP") << true;
    QTest::newRow("digit 8") << QStringLiteral("abc8-efgh-ijkl-mnop") << false;
    QTest::newRow("digit 1") << QStringLiteral("abc1-efgh-ijkl-mnop") << false;
    QTest::newRow("no dashes") << QStringLiteral("abcdefghijklmnop") << false;
    QTest::newRow("wrong groups") << QStringLiteral("abcde-fgh-ijkl-mnop") << false;
    QTest::newRow("too short") << QStringLiteral("abcd-efgh-ijkl") << false;
    QTest::newRow("too long") << QStringLiteral("abcd-efgh-ijkl-mnop-qrst") << false;
    QTest::newRow("spaces") << QStringLiteral("abcd efgh ijkl mnop") << false;
    QTest::newRow("main password") << QStringLiteral("correct horse battery staple") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestBlueskyHandle::appPassword()
{
    QFETCH(QString, password);
    QFETCH(bool, appPasswordShape);
    QCOMPARE(looksLikeAppPassword(password), appPasswordShape);
}

void TestBlueskyHandle::reservedTld_data()
{
    QTest::addColumn<QString>("handle");
    QTest::addColumn<bool>("reserved");

    QTest::newRow("test") << QStringLiteral("alice.test") << true;
    QTest::newRow("local") << QStringLiteral("printer.LOCAL") << true;
    QTest::newRow("localhost") << QStringLiteral("a.localhost") << true;
    QTest::newRow("onion") << QStringLiteral("abc.onion") << true;
    QTest::newRow("social") << QStringLiteral("alice.bsky.social") << false;
    QTest::newRow("testing") << QStringLiteral("alice.testing") << false;
    QTest::newRow("test as inner label") << QStringLiteral("test.com") << false;
}

void TestBlueskyHandle::reservedTld()
{
    QFETCH(QString, handle);
    QFETCH(bool, reserved);
    QCOMPARE(hasReservedTld(handle), reserved);
}

void TestBlueskyHandle::jwtClaims_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<bool>("readable");
    QTest::addColumn<int>("scope");
    QTest::addColumn<qint64>("exp");

    const auto token = [](const QByteArray &payload) {
        const auto options = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
        return QString::fromLatin1(QByteArrayLiteral(R"({"alg":"HS256"})").toBase64(options) + '.'
                                   + payload.toBase64(options) + ".c2lnbmF0dXJl");
    };
    QTest::newRow("app password")
        << token(R"({"scope":"com.atproto.appPass","sub":"did:plc:x","exp":1700000000})") << true
        << int(SessionScope::AppPassword) << qint64(1700000000);
    QTest::newRow("privileged")
        << token(R"({"scope":"com.atproto.appPassPrivileged","exp":1})") << true
        << int(SessionScope::PrivilegedAppPassword) << qint64(1);
    QTest::newRow("main password") << token(R"({"scope":"com.atproto.access"})") << true
                                   << int(SessionScope::MainPassword) << qint64(-1);
    QTest::newRow("refresh") << token(R"({"scope":"com.atproto.refresh","exp":2})") << true
                             << int(SessionScope::Other) << qint64(2);
    QTest::newRow("not json") << token("scope") << false << int(SessionScope::Other) << qint64(-1);
    QTest::newRow("json array") << token("[1]") << false << int(SessionScope::Other) << qint64(-1);
    QTest::newRow("two parts") << QStringLiteral("eyJhIjoxfQ.eyJhIjoxfQ") << false << int(SessionScope::Other)
                               << qint64(-1);
    QTest::newRow("bad base64") << QStringLiteral("a.%%%.c") << false << int(SessionScope::Other) << qint64(-1);
    QTest::newRow("empty") << QString() << false << int(SessionScope::Other) << qint64(-1);
}

void TestBlueskyHandle::jwtClaims()
{
    QFETCH(QString, token);
    QFETCH(bool, readable);
    QFETCH(int, scope);
    QFETCH(qint64, exp);

    const std::optional<QJsonObject> claims = fanout::bluesky::jwtClaims(token);
    QCOMPARE(claims.has_value(), readable);
    if (!claims)
        return;
    QCOMPARE(int(sessionScope(*claims)), scope);
    const QDateTime expiry = jwtExpiry(*claims);
    QCOMPARE(expiry.isValid() ? expiry.toSecsSinceEpoch() : qint64(-1), exp);
    if (expiry.isValid())
        QCOMPARE(expiry.timeSpec(), Qt::UTC);
}

QTEST_APPLESS_MAIN(TestBlueskyHandle)
#include "tst_blueskyhandle.moc"
