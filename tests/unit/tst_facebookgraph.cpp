// The Graph API readers and the Facebook provider settings: what Fanout
// takes from Meta's replies, and which redirect it sends.

#include <QTest>

#include "app/oauth/tokenreply.h"
#include "app/platforms/facebook/facebookfanout.h"
#include "app/platforms/facebook/graph.h"
#include "app/providers/providerconfig.h"

using namespace fanout;
using namespace fanout::facebook;

class tst_FacebookGraph final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void graphError_data();
    void graphError();
    void graphErrorAsOAuthError();
    void pageBatch();
    void pageBatchDropsUnusableEntries();
    void pageBatchRejectsOtherShapes_data();
    void pageBatchRejectsOtherShapes();
    void grantedPermissions();
    void instagramProfile();
    void sameOrigin_data();
    void sameOrigin();
    void versionedConfigUrls();
    void providerApiVersion_data();
    void providerApiVersion();
    void providerRelayRedirect_data();
    void providerRelayRedirect();
};

void tst_FacebookGraph::graphError_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("found");
    QTest::addColumn<int>("code");
    QTest::addColumn<int>("subcode");
    QTest::addColumn<bool>("dead");

    QTest::addRow("password_changed")
        << QByteArrayLiteral("{\"error\":{\"message\":\"Error validating access token\",\"type\":\"OAuthException\","
                             "\"code\":190,\"error_subcode\":460,\"fbtrace_id\":\"A\"}}")
        << true << 190 << 460 << true;
    QTest::addRow("deauthorised") << QByteArrayLiteral("{\"error\":{\"type\":\"OAuthException\",\"code\":190,\"error_subcode\":467}}")
                                  << true << 190 << 467 << true;
    QTest::addRow("rate_limit") << QByteArrayLiteral("{\"error\":{\"message\":\"Application request limit reached\",\"code\":4}}")
                                << true << 4 << 0 << false;
    QTest::addRow("oauth_string") << QByteArrayLiteral("{\"error\":\"invalid_grant\"}") << false << 0 << 0 << false;
    QTest::addRow("not_json") << QByteArrayLiteral("<html>") << false << 0 << 0 << false;
    QTest::addRow("empty_error") << QByteArrayLiteral("{\"error\":{}}") << false << 0 << 0 << false;
}

void tst_FacebookGraph::graphError()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, found);
    const std::optional<GraphError> error = parseGraphError(body);
    QCOMPARE(error.has_value(), found);
    if (!found)
        return;
    QTEST(error->code, "code");
    QTEST(error->subcode, "subcode");
    QTEST(error->isTokenDead(), "dead");
}

void tst_FacebookGraph::graphErrorAsOAuthError()
{
    const std::optional<oauth::OAuthError> error = oauth::parseOAuthError(
        QByteArrayLiteral("{\"error\":{\"message\":\"Error validating client secret.\",\"type\":\"OAuthException\",\"code\":1}}"));
    QVERIFY(error);
    QCOMPARE(error->error, QStringLiteral("OAuthException"));
    QCOMPARE(error->description, QStringLiteral("Error validating client secret."));
}

void tst_FacebookGraph::pageBatch()
{
    const Expected<PageBatch> batch = parsePageBatch(QByteArrayLiteral(
        "{\"data\":[{\"id\":\"2001\",\"name\":\"Bakery\",\"access_token\":\"EAAtokenA\",\"instagram_business_account\":{\"id\":\"1784\"}},"
        "{\"id\":\"2002\",\"name\":\"\",\"access_token\":\"EAAtokenB\"}],"
        "\"paging\":{\"cursors\":{\"before\":\"MA\",\"after\":\"Mg\"},\"next\":\"https://graph.facebook.com/v21.0/me/accounts?after=Mg\"}}"));
    QVERIFY(batch);
    QCOMPARE(batch->pages.size(), 2);
    QCOMPARE(batch->pages.at(0).id, QStringLiteral("2001"));
    QCOMPARE(batch->pages.at(0).name, QStringLiteral("Bakery"));
    QCOMPARE(batch->pages.at(0).accessToken, QStringLiteral("EAAtokenA"));
    QCOMPARE(batch->pages.at(0).instagramId, QStringLiteral("1784"));
    QCOMPARE(batch->pages.at(1).name, QStringLiteral("2002"));
    QVERIFY(batch->pages.at(1).instagramId.isEmpty());
    QCOMPARE(batch->next, QUrl(QStringLiteral("https://graph.facebook.com/v21.0/me/accounts?after=Mg")));

    const Expected<PageBatch> last = parsePageBatch(QByteArrayLiteral("{\"data\":[]}"));
    QVERIFY(last);
    QVERIFY(last->pages.isEmpty());
    QVERIFY(last->next.isEmpty());
}

void tst_FacebookGraph::pageBatchDropsUnusableEntries()
{
    // No token (no task on the Page), an id that is not a Graph id, a path in the Instagram id.
    const Expected<PageBatch> batch = parsePageBatch(QByteArrayLiteral(
        "{\"data\":[{\"id\":\"2001\",\"name\":\"No role\"},{\"id\":\"../me\",\"access_token\":\"EAAx\"},"
        "{\"id\":\"2003\",\"access_token\":\"EAAy\",\"instagram_business_account\":{\"id\":\"1/../me\"}}, 7]}"));
    QVERIFY(batch);
    QCOMPARE(batch->pages.size(), 1);
    QCOMPARE(batch->pages.at(0).id, QStringLiteral("2003"));
    QVERIFY(batch->pages.at(0).instagramId.isEmpty());
}

void tst_FacebookGraph::pageBatchRejectsOtherShapes_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addRow("not_json") << QByteArrayLiteral("{");
    QTest::addRow("array") << QByteArrayLiteral("[]");
    QTest::addRow("no_data") << QByteArrayLiteral("{\"paging\":{}}");
    QTest::addRow("data_object") << QByteArrayLiteral("{\"data\":{}}");
    QTest::addRow("broken_next") << QByteArrayLiteral("{\"data\":[],\"paging\":{\"next\":\"http://[::1\"}}");
}

void tst_FacebookGraph::pageBatchRejectsOtherShapes()
{
    QFETCH(QByteArray, body);
    const Expected<PageBatch> batch = parsePageBatch(body);
    QVERIFY(!batch);
    QCOMPARE(batch.error().code, ErrorCode::UpstreamInvalidResponse);
}

void tst_FacebookGraph::grantedPermissions()
{
    const Expected<QStringList> granted = parseGrantedPermissions(QByteArrayLiteral(
        "{\"data\":[{\"permission\":\"pages_show_list\",\"status\":\"granted\"},"
        "{\"permission\":\"pages_manage_posts\",\"status\":\"declined\"},{\"permission\":\"instagram_basic\",\"status\":\"expired\"},"
        "{\"permission\":\"business_management\",\"status\":\"granted\"}]}"));
    QVERIFY(granted);
    QCOMPARE(*granted, (QStringList{QStringLiteral("pages_show_list"), QStringLiteral("business_management")}));
    QVERIFY(!parseGrantedPermissions(QByteArrayLiteral("{\"error\":{\"code\":190}}")));
}

void tst_FacebookGraph::instagramProfile()
{
    const Expected<InstagramProfile> profile = parseInstagramProfile(QByteArrayLiteral(
        "{\"id\":\"17841400000000001\",\"username\":\"bakery\",\"name\":\"The Bakery\",\"profile_picture_url\":\"javascript:x\"}"));
    QVERIFY(profile);
    QCOMPARE(profile->username, QStringLiteral("bakery"));
    QCOMPARE(profile->name, QStringLiteral("The Bakery"));
    QVERIFY(profile->pictureUrl.isEmpty());
    QVERIFY(!parseInstagramProfile(QByteArrayLiteral("{\"username\":\"bakery\"}")));
}

void tst_FacebookGraph::sameOrigin_data()
{
    QTest::addColumn<QString>("link");
    QTest::addColumn<bool>("same");
    QTest::addRow("same_host") << QStringLiteral("https://graph.facebook.com/v21.0/me/accounts?after=x") << true;
    QTest::addRow("explicit_port") << QStringLiteral("https://graph.facebook.com:443/v21.0/me") << true;
    QTest::addRow("other_host") << QStringLiteral("https://graph.example.org/v21.0/me/accounts") << false;
    QTest::addRow("plain_http") << QStringLiteral("http://graph.facebook.com/v21.0/me/accounts") << false;
    QTest::addRow("user_info") << QStringLiteral("https://x@graph.facebook.com/v21.0/me") << false;
    QTest::addRow("other_port") << QStringLiteral("https://graph.facebook.com:8443/v21.0/me") << false;
}

void tst_FacebookGraph::sameOrigin()
{
    QFETCH(QString, link);
    QTEST(isSameOrigin(QUrl(link), QUrl(QStringLiteral("https://graph.facebook.com/v21.0"))), "same");
}

void tst_FacebookGraph::versionedConfigUrls()
{
    const std::optional<ProviderConfig> defaults = defaultProviderConfig(Platform::Facebook);
    QVERIFY(defaults);
    QCOMPARE(defaults->apiVersion, QStringLiteral("v21.0"));
    QCOMPARE(defaults->clientAuth, ClientAuth::FormBody);
    const ProviderConfig versioned = versionedConfig(*defaults);
    QCOMPARE(versioned.authorizeUrl, QUrl(QStringLiteral("https://www.facebook.com/v21.0/dialog/oauth")));
    QCOMPARE(versioned.tokenUrl, QUrl(QStringLiteral("https://graph.facebook.com/v21.0/oauth/access_token")));
    QCOMPARE(versioned.apiBaseUrl, QUrl(QStringLiteral("https://graph.facebook.com/v21.0")));
}

void tst_FacebookGraph::providerApiVersion_data()
{
    QTest::addColumn<QString>("platform");
    QTest::addColumn<QString>("version");
    QTest::addColumn<bool>("valid");
    QTest::addRow("facebook_v22") << QStringLiteral("facebook") << QStringLiteral("v22.0") << true;
    QTest::addRow("facebook_no_v") << QStringLiteral("facebook") << QStringLiteral("22.0") << false;
    QTest::addRow("facebook_path") << QStringLiteral("facebook") << QStringLiteral("v21.0/../x") << false;
    QTest::addRow("twitter") << QStringLiteral("twitter") << QStringLiteral("v21.0") << false;
}

void tst_FacebookGraph::providerApiVersion()
{
    QFETCH(QString, platform);
    QFETCH(QString, version);
    QFETCH(bool, valid);
    const std::optional<ProviderConfig> defaults = defaultProviderConfig(*platformFromId(platform));
    QVERIFY(defaults);
    const Expected<ProviderConfig> config =
        applyProviderJson(*defaults, QJsonObject{{QStringLiteral("apiVersion"), version}});
    QCOMPARE(config.has_value(), valid);
    if (valid)
        QCOMPARE(versionedConfig(*config).apiBaseUrl.path(), QStringLiteral("/") + version);
    else
        QVERIFY(config.error().detail.contains(QLatin1StringView("apiVersion")));
}

void tst_FacebookGraph::providerRelayRedirect_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("redirectUri");

    QTest::addRow("no_relay") << QJsonObject{{QStringLiteral("redirectPort"), 47400}} << true
                              << QStringLiteral("http://127.0.0.1:47400/callback");
    QTest::addRow("relay") << QJsonObject{{QStringLiteral("redirectUri"), QStringLiteral("https://example.org/fanout/")}}
                           << true << QStringLiteral("https://example.org/fanout/");
    QTest::addRow("relay_with_port")
        << QJsonObject{{QStringLiteral("redirectPort"), 47400},
                       {QStringLiteral("redirectUri"), QStringLiteral("https://example.org/fanout/?port=47400")}}
        << true << QStringLiteral("https://example.org/fanout/?port=47400");
    QTest::addRow("relay_port_differs")
        << QJsonObject{{QStringLiteral("redirectPort"), 47400},
                       {QStringLiteral("redirectUri"), QStringLiteral("https://example.org/fanout/?port=47401")}}
        << false << QString();
    QTest::addRow("exported_loopback")
        << QJsonObject{{QStringLiteral("redirectUri"), QStringLiteral("http://127.0.0.1:47323/callback")}} << true
        << QStringLiteral("http://127.0.0.1:47323/callback");
    QTest::addRow("loopback_other_spelling")
        << QJsonObject{{QStringLiteral("redirectUri"), QStringLiteral("HTTP://127.0.0.1:47323/callback")}} << true
        << QStringLiteral("http://127.0.0.1:47323/callback");
    QTest::addRow("plain_http_elsewhere")
        << QJsonObject{{QStringLiteral("redirectUri"), QStringLiteral("http://example.org/fanout/")}} << false
        << QString();
    QTest::addRow("not_a_string") << QJsonObject{{QStringLiteral("redirectUri"), 5}} << false << QString();
}

void tst_FacebookGraph::providerRelayRedirect()
{
    QFETCH(QJsonObject, json);
    QFETCH(bool, valid);
    const std::optional<ProviderConfig> defaults = defaultProviderConfig(Platform::Facebook);
    QVERIFY(defaults);
    const Expected<ProviderConfig> config = applyProviderJson(*defaults, json);
    QCOMPARE(config.has_value(), valid);
    if (!valid) {
        QCOMPARE(config.error().code, ErrorCode::InvalidInput);
        QVERIFY(config.error().detail.contains(QLatin1StringView("redirectUri")));
        return;
    }
    QTEST(config->redirectUri().toString(), "redirectUri");
    // Only a real relay is kept as one; the loopback address in any spelling is none.
    QCOMPARE(config->relayRedirectUri.isEmpty(), config->redirectUri() == config->loopbackUri());
    // The listener stays on the loopback port whatever the redirect is.
    QCOMPARE(config->loopbackUri().host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(config->toJson().value(QLatin1StringView("redirectUri")).toString(), config->redirectUri().toString());
}

QTEST_APPLESS_MAIN(tst_FacebookGraph)
#include "tst_facebookgraph.moc"
