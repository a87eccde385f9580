// Facebook Pages with their Instagram accounts, end to end against the fake
// Graph API in tests/peers/graph, the real loopback listener, keychain and
// SQLite file.
//
// No browser runs here: the fake's /dialog/oauth redirects at once (approved
// or denied, as the scenario says), and the test's HTTP client follows that
// redirect to the loopback listener the way a browser would. The consent
// screens themselves are Meta's and cannot run locally.

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include "app/core/event.h"
#include "app/oauth/oauthconnector.h"
#include "app/platforms/facebook/facebookfanout.h"
#include "app/providers/providerconfig.h"
#include "app/service/accountservice.h"
#include "app/store/accountstore.h"
#include "app/vault/vault.h"
#include "tests/support/fanoutprocess.h"
#include "tests/support/graphpeer.h"
#include "tests/support/logcapture.h"
#include "tests/support/ports.h"
#include "tests/support/secretscan.h"

using namespace fanout;
using fanout::test::freePort;

namespace {

constexpr int kConnectTimeoutMs = 30'000;

// The Page ids of the fake: 2000000000001 + index.
[[nodiscard]] QString pageId(int index)
{
    return QString::number(2000000000001LL + index);
}

struct Outcome {
    Expected<Account> first = fail(ErrorCode::StorageError, QStringLiteral("the connect did not end"));
    QList<Account> rows;
    QList<facebook::PageChoice> offered;
};

using Chooser = std::function<QStringList(const QList<facebook::PageChoice> &)>;

[[nodiscard]] QStringList allPages(const QList<facebook::PageChoice> &pages)
{
    QStringList ids;
    for (const facebook::PageChoice &page : pages)
        ids.append(page.id);
    return ids;
}

} // namespace

class tst_FacebookConnect final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void appSecretRequired();
    void noPages();
    void onePageWithInstagram();
    void threePagesAcrossParts();
    void foreignPagingLinkNotFollowed();
    void reconnectKeepsIds();
    void deniedConsent();
    void missingPermission();
    void wrongSecretRejected();
    void relayRedirect();
    void revokedTokenMarksPageAndInstagram();
    void commandLinePageChoice();
    void providerErrorTranslated();
    void noSecretInLogsOrFiles();

private:
    Outcome connectFacebook(const QJsonObject &scenario, const Chooser &chooser = allPages);
    [[nodiscard]] QList<Account> accounts() const;
    [[nodiscard]] bool importProviders(const QJsonObject &facebook) const;
    void rememberSecrets();

    test::LogCapture m_log;
    test::GraphPeer m_peer;
    QTemporaryDir m_dir;
    std::unique_ptr<AccountService> m_service;
    quint16 m_port = 0;
    QNetworkAccessManager m_browser;
    QList<QByteArray> m_secrets;
};

void tst_FacebookConnect::initTestCase()
{
    QVERIFY2(m_peer.start(), qPrintable(m_peer.errorString()));
    QVERIFY(m_dir.isValid());
    Expected<std::unique_ptr<AccountService>> service =
        AccountService::open(m_dir.filePath(QStringLiteral("data")), AccountService::Access::Exclusive);
    QVERIFY2(service, service ? "" : qPrintable(errorMessage(service.error())));
    m_service = std::move(*service);
    m_port = freePort();
    QVERIFY(m_port);
    m_secrets.append(m_peer.clientSecret());
}

bool tst_FacebookConnect::importProviders(const QJsonObject &facebook) const
{
    const QJsonObject document{{QStringLiteral("providers"), QJsonObject{{QStringLiteral("facebook"), facebook}}}};
    const Expected<ProviderStore::ImportResult> imported =
        m_service->providers().importJson(QJsonDocument(document).toJson());
    if (!imported)
        qWarning("import failed: %s", qPrintable(errorMessage(imported.error())));
    return imported.has_value();
}

QList<Account> tst_FacebookConnect::accounts() const
{
    const Expected<QList<Account>> all = m_service->accounts();
    return all ? *all : QList<Account>{};
}

Outcome tst_FacebookConnect::connectFacebook(const QJsonObject &scenario, const Chooser &chooser)
{
    Outcome outcome;
    if (!m_peer.setScenario(scenario))
        return outcome;
    oauth::OAuthConnector &connector = m_service->oauth();
    std::unique_ptr<QNetworkReply> browser;
    const QMetaObject::Connection onUrl =
        connect(&connector, &oauth::OAuthConnector::authorizationUrlReady, this, [&](const QUrl &url) {
            m_secrets.append(QUrlQuery(url).queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded).toUtf8());
            // What a browser does: load the dialog and follow its redirect to the listener.
            QNetworkRequest request(url);
            request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                                 QNetworkRequest::NoLessSafeRedirectPolicy);
            browser.reset(m_browser.get(request));
        });
    const QMetaObject::Connection onPages =
        connect(&connector, &oauth::OAuthConnector::facebookPagesFound, this,
                [&](const QList<facebook::PageChoice> &pages) {
                    outcome.offered = pages;
                    connector.choosePages(chooser(pages));
                });
    const QMetaObject::Connection onRows = connect(&connector, &oauth::OAuthConnector::facebookConnected, this,
                                                   [&](const QList<Account> &rows) { outcome.rows = rows; });
    QSignalSpy connected(&connector, &oauth::OAuthConnector::connected);
    QSignalSpy failed(&connector, &oauth::OAuthConnector::errorOccurred);
    connector.connectAccount(Platform::Facebook);
    const bool ended = QTest::qWaitFor([&] { return !connected.isEmpty() || !failed.isEmpty(); }, kConnectTimeoutMs);
    disconnect(onUrl);
    disconnect(onPages);
    disconnect(onRows);
    if (browser && !browser->isFinished() && !QTest::qWaitFor([&] { return browser->isFinished(); }, 5'000))
        qWarning("the listener did not answer the browser");
    if (!ended)
        return outcome;
    if (!failed.isEmpty())
        outcome.first = std::unexpected(failed.at(0).at(0).value<Error>());
    else
        outcome.first = connected.at(0).at(0).value<Account>();
    rememberSecrets();
    return outcome;
}

// Every token and code the fake issued so far must stay out of logs and files.
void tst_FacebookConnect::rememberSecrets()
{
    const QJsonObject stats = m_peer.stats();
    for (const QString &key : {QStringLiteral("tokens"), QStringLiteral("codes")}) {
        for (const QJsonValue &value : stats.value(key).toArray()) {
            const QByteArray secret = value.toString().toUtf8();
            if (!m_secrets.contains(secret))
                m_secrets.append(secret);
        }
    }
}

void tst_FacebookConnect::appSecretRequired()
{
    QVERIFY(importProviders(QJsonObject{{QStringLiteral("clientId"), m_peer.clientId()},
                                        {QStringLiteral("redirectPort"), m_port}}));
    QVERIFY(m_service->providers().setClientSecret(Platform::Facebook, {}));
    const Outcome outcome = connectFacebook(QJsonObject{{QStringLiteral("pages"), 1}});
    QVERIFY(!outcome.first);
    QCOMPARE(outcome.first.error().code, ErrorCode::ProviderNotConfigured);
    QVERIFY(outcome.first.error().detail.contains(QLatin1StringView("clientSecret")));

    QVERIFY(importProviders(m_peer.providerEntry(m_port)));
}

void tst_FacebookConnect::noPages()
{
    const Outcome outcome = connectFacebook(QJsonObject{{QStringLiteral("pages"), 0}});
    QVERIFY(!outcome.first);
    QCOMPARE(outcome.first.error().code, ErrorCode::FacebookPagesNone);
    QCOMPARE(errorCodeName(outcome.first.error().code), QStringLiteral("facebook.pages.none"));
    QVERIFY(errorMessage(outcome.first.error()).contains(QLatin1StringView("Page role")));
    QVERIFY(accounts().isEmpty());
    // The whole documented sequence ran: code exchange, then the long-lived exchange.
    const QJsonObject stats = m_peer.stats();
    QCOMPARE(stats.value(QLatin1StringView("codeExchanges")).toInt(), 1);
    QCOMPARE(stats.value(QLatin1StringView("longLivedExchanges")).toInt(), 1);
    QVERIFY(stats.value(QLatin1StringView("rejected")).toArray().isEmpty());
}

void tst_FacebookConnect::onePageWithInstagram()
{
    const Outcome outcome = connectFacebook(
        QJsonObject{{QStringLiteral("pages"), 1}, {QStringLiteral("instagram"), QJsonArray{true}}});
    QVERIFY2(outcome.first, outcome.first ? "" : qPrintable(errorMessage(outcome.first.error())));
    QCOMPARE(outcome.offered.size(), 1);
    QCOMPARE(outcome.rows.size(), 2);

    const Account &page = outcome.rows.at(0);
    const Account &instagram = outcome.rows.at(1);
    QCOMPARE(outcome.first->id, page.id);
    QCOMPARE(page.platform, Platform::Facebook);
    QCOMPARE(page.platformUserId, pageId(0));
    QCOMPARE(page.displayName, QStringLiteral("Test Page 1"));
    QVERIFY(!page.tokenExpiresAt.isValid());
    QCOMPARE(instagram.platform, Platform::Instagram);
    QCOMPARE(instagram.platformUserId, QStringLiteral("17841400000000001"));
    QCOMPARE(instagram.handle, QStringLiteral("test_insta_1"));
    QCOMPARE(instagram.displayName, QStringLiteral("Test Insta 1"));
    QVERIFY(instagram.avatarUrl.endsWith(QLatin1StringView("/pictures/17841400000000001.jpg")));

    const QString connectionId = page.extensions.value(facebook::kConnectionIdKey).toString();
    QVERIFY(!connectionId.isEmpty());
    QCOMPARE(instagram.extensions.value(facebook::kConnectionIdKey).toString(), connectionId);
    QCOMPARE(instagram.extensions.value(facebook::kFacebookPageIdKey).toString(), page.platformUserId);
    QCOMPARE(instagram.extensions.value(facebook::kFacebookPageNameKey).toString(), page.displayName);
    QCOMPARE(page.extensions.value(facebook::kInstagramAccountIdKey).toString(), instagram.platformUserId);

    // Both rows hold the Page token, which the fake accepts for the Page.
    const Expected<QJsonObject> pageSecrets = m_service->vault().readSecrets(page);
    const Expected<QJsonObject> instagramSecrets = m_service->vault().readSecrets(instagram);
    QVERIFY(pageSecrets && instagramSecrets);
    const QString token = pageSecrets->value(QLatin1StringView("accessToken")).toString();
    QVERIFY(token.startsWith(QLatin1StringView("EAApage")));
    QCOMPARE(instagramSecrets->value(QLatin1StringView("accessToken")).toString(), token);
    QCOMPARE(accounts().size(), 2);

    // A Page token without expiry has nothing to renew, and the refresh reports that.
    QSignalSpy refreshFailed(&m_service->oauth(), &oauth::OAuthConnector::refreshFailed);
    m_service->oauth().refresh(page.id);
    QTRY_COMPARE_WITH_TIMEOUT(refreshFailed.size(), 1, kConnectTimeoutMs);
    const QString detail = refreshFailed.at(0).at(1).value<Error>().detail;
    QVERIFY2(detail.contains(QLatin1StringView("do not expire")), qPrintable(detail));
}

void tst_FacebookConnect::threePagesAcrossParts()
{
    // Two Pages per part: the third comes only through paging.next.
    const int listsBefore = m_peer.stats().value(QLatin1StringView("pageLists")).toInt();
    const Outcome outcome = connectFacebook(
        QJsonObject{{QStringLiteral("pages"), 3},
                    {QStringLiteral("instagram"), QJsonArray{true, false, true}},
                    {QStringLiteral("pageSize"), 2}},
        [](const QList<facebook::PageChoice> &) { return QStringList{pageId(1), pageId(2)}; });
    QVERIFY2(outcome.first, outcome.first ? "" : qPrintable(errorMessage(outcome.first.error())));
    QCOMPARE(outcome.offered.size(), 3);
    QCOMPARE(outcome.offered.at(2).id, pageId(2));
    QCOMPARE(outcome.offered.at(2).instagramId, QStringLiteral("17841400000000003"));
    QVERIFY(outcome.offered.at(1).instagramId.isEmpty());

    // Page 2 has no Instagram, Page 3 has one.
    QCOMPARE(outcome.rows.size(), 3);
    QCOMPARE(outcome.rows.at(0).platformUserId, pageId(1));
    QCOMPARE(outcome.rows.at(1).platformUserId, pageId(2));
    QCOMPARE(outcome.rows.at(2).platform, Platform::Instagram);
    QCOMPARE(outcome.rows.at(2).extensions.value(facebook::kFacebookPageIdKey).toString(), pageId(2));
    QVERIFY(!outcome.rows.at(0).extensions.contains(facebook::kInstagramAccountIdKey));
    QCOMPARE(accounts().size(), 5);
    QCOMPARE(m_peer.stats().value(QLatin1StringView("pageLists")).toInt(), listsBefore + 2);
}

void tst_FacebookConnect::foreignPagingLinkNotFollowed()
{
    const QList<Account> before = accounts();
    const int listsBefore = m_peer.stats().value(QLatin1StringView("pageLists")).toInt();
    const Outcome outcome = connectFacebook(QJsonObject{{QStringLiteral("pages"), 3},
                                                        {QStringLiteral("pageSize"), 2},
                                                        {QStringLiteral("foreignNext"), true}});
    QVERIFY(!outcome.first);
    QCOMPARE(outcome.first.error().code, ErrorCode::UpstreamInvalidResponse);
    QVERIFY(outcome.offered.isEmpty());
    QCOMPARE(m_peer.stats().value(QLatin1StringView("pageLists")).toInt(), listsBefore + 1);
    QCOMPARE(accounts(), before);
}

void tst_FacebookConnect::reconnectKeepsIds()
{
    const QList<Account> before = accounts();
    const Outcome outcome = connectFacebook(QJsonObject{{QStringLiteral("pages"), 1},
                                                        {QStringLiteral("instagram"), QJsonArray{true}}});
    QVERIFY2(outcome.first, outcome.first ? "" : qPrintable(errorMessage(outcome.first.error())));
    QCOMPARE(outcome.rows.size(), 2);
    QCOMPARE(accounts().size(), before.size());
    for (const Account &row : outcome.rows) {
        const auto earlier = std::find_if(before.cbegin(), before.cend(), [&row](const Account &account) {
            return account.platform == row.platform && account.platformUserId == row.platformUserId;
        });
        QVERIFY(earlier != before.cend());
        QCOMPARE(row.id, earlier->id);
        QCOMPARE(row.createdAt, earlier->createdAt);
    }
}

void tst_FacebookConnect::deniedConsent()
{
    const QList<Account> before = accounts();
    const Outcome outcome = connectFacebook(QJsonObject{{QStringLiteral("pages"), 1},
                                                        {QStringLiteral("deny"), true}});
    QVERIFY(!outcome.first);
    QCOMPARE(outcome.first.error().code, ErrorCode::PlatformRejected);
    QVERIFY(outcome.first.error().detail.contains(QLatin1StringView("Permissions error")));
    QCOMPARE(accounts(), before);
}

void tst_FacebookConnect::missingPermission()
{
    const QList<Account> before = accounts();
    const Outcome outcome = connectFacebook(QJsonObject{
        {QStringLiteral("pages"), 1}, {QStringLiteral("declined"), QJsonArray{QStringLiteral("pages_manage_posts")}}});
    QVERIFY(!outcome.first);
    QCOMPARE(outcome.first.error().code, ErrorCode::PlatformRejected);
    QVERIFY(outcome.first.error().detail.contains(QLatin1StringView("pages_manage_posts")));
    QVERIFY(!outcome.first.error().detail.contains(QLatin1StringView("pages_show_list")));
    QVERIFY(outcome.offered.isEmpty());
    QCOMPARE(accounts(), before);
}

void tst_FacebookConnect::wrongSecretRejected()
{
    const QList<Account> before = accounts();
    QVERIFY(m_service->providers().setClientSecret(Platform::Facebook, QByteArrayLiteral("not-the-app-secret")));
    const Outcome outcome = connectFacebook(QJsonObject{{QStringLiteral("pages"), 1}});
    QVERIFY(m_service->providers().setClientSecret(Platform::Facebook, m_peer.clientSecret()));
    QVERIFY(!outcome.first);
    QCOMPARE(outcome.first.error().code, ErrorCode::PlatformRejected);
    QVERIFY(outcome.first.error().detail.contains(QLatin1StringView("client secret")));
    QCOMPARE(accounts(), before);
    QVERIFY(m_peer.stats().value(QLatin1StringView("rejected")).toArray().contains(
        QStringLiteral("token: wrong client_secret")));
}

void tst_FacebookConnect::relayRedirect()
{
    // The fake's /relay forwards like packaging/relay/index.html. The code
    // exchange must name the relay, not the listener, as its redirect_uri.
    QJsonObject entry = m_peer.providerEntry(m_port);
    const QString relay = m_peer.url().toString() + QStringLiteral("/relay?port=") + QString::number(m_port);
    entry.insert(QStringLiteral("redirectUri"), relay);
    QVERIFY(importProviders(entry));
    const int rejectedBefore = m_peer.stats().value(QLatin1StringView("rejected")).toArray().size();

    const Outcome outcome = connectFacebook(QJsonObject{{QStringLiteral("pages"), 1}});
    QVERIFY2(outcome.first, outcome.first ? "" : qPrintable(errorMessage(outcome.first.error())));
    const QJsonObject stats = m_peer.stats();
    QCOMPARE(stats.value(QLatin1StringView("rejected")).toArray().size(), rejectedBefore);
    QCOMPARE(stats.value(QLatin1StringView("redirectUris")).toArray().last().toString(), relay);

    entry.insert(QStringLiteral("redirectUri"), QString());
    QVERIFY(importProviders(entry));
    const Expected<ProviderConfig> config = m_service->providers().config(Platform::Facebook);
    QVERIFY(config);
    QVERIFY(config->relayRedirectUri.isEmpty());
}

void tst_FacebookConnect::revokedTokenMarksPageAndInstagram()
{
    const QList<Account> before = accounts();
    const auto find = [&before](Platform platform, const QString &userId) {
        return *std::find_if(before.cbegin(), before.cend(), [&](const Account &account) {
            return account.platform == platform && account.platformUserId == userId;
        });
    };
    const Account page = find(Platform::Facebook, pageId(2));
    const Account instagram = find(Platform::Instagram, QStringLiteral("17841400000000003"));
    const Account otherPage = find(Platform::Facebook, pageId(0));

    // A working connection checks fine and changes nothing.
    facebook::FacebookFanout &fanout = m_service->oauth().facebook();
    QSignalSpy checked(&fanout, &facebook::FacebookFanout::checked);
    QSignalSpy checkFailed(&fanout, &facebook::FacebookFanout::checkFailed);
    fanout.check(page.id);
    QTRY_COMPARE_WITH_TIMEOUT(checked.size() + checkFailed.size(), 1, 10'000);
    QCOMPARE(checked.size(), 1);

    // The user changed the Facebook password: the check through the Instagram row finds it.
    QVERIFY(m_peer.revokePageTokens(460));
    fanout.check(instagram.id);
    QTRY_COMPARE_WITH_TIMEOUT(checkFailed.size(), 1, 10'000);
    const Error error = checkFailed.at(0).at(1).value<Error>();
    QCOMPARE(error.code, ErrorCode::PlatformAuthFailed);
    QVERIFY(error.detail.contains(QLatin1StringView("password")));

    QCOMPARE(m_service->account(page.id)->status, AccountStatus::AuthFailed);
    QCOMPARE(m_service->account(instagram.id)->status, AccountStatus::AuthFailed);
    QCOMPARE(m_service->account(otherPage.id)->status, AccountStatus::Connected);
    const Expected<QList<AccountEvent>> events = m_service->events();
    QVERIFY(events);
    QStringList revoked;
    for (const AccountEvent &event : *events) {
        if (event.type == kTokenRevoked)
            revoked.append(event.accountId);
    }
    revoked.sort();
    QStringList expected{page.id, instagram.id};
    expected.sort();
    QCOMPARE(revoked, expected);

    // A second failing check records no second event.
    fanout.check(page.id);
    QTRY_COMPARE_WITH_TIMEOUT(checkFailed.size(), 2, 10'000);
    QCOMPARE(m_service->events()->size(), events->size());

    // Connecting the Page again renews both rows under the same ids.
    const Outcome renewed = connectFacebook(
        QJsonObject{{QStringLiteral("pages"), 3}, {QStringLiteral("instagram"), QJsonArray{true, false, true}}},
        [](const QList<facebook::PageChoice> &) { return QStringList{pageId(2)}; });
    QVERIFY2(renewed.first, renewed.first ? "" : qPrintable(errorMessage(renewed.first.error())));
    QCOMPARE(renewed.rows.size(), 2);
    QCOMPARE(renewed.rows.at(0).id, page.id);
    QCOMPARE(renewed.rows.at(1).id, instagram.id);
    QCOMPARE(m_service->account(page.id)->status, AccountStatus::Connected);
    QCOMPARE(m_service->account(instagram.id)->status, AccountStatus::Connected);
    fanout.check(instagram.id);
    QTRY_COMPARE_WITH_TIMEOUT(checked.size(), 2, 10'000);
}

void tst_FacebookConnect::commandLinePageChoice()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString dataDir = dir.filePath(QStringLiteral("data"));
    const QString file = dir.filePath(QStringLiteral("providers.json"));
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        QJsonObject entry = m_peer.providerEntry(freePort());
        out.write(QJsonDocument(QJsonObject{{QStringLiteral("providers"),
                                             QJsonObject{{QStringLiteral("facebook"), entry}}}})
                      .toJson());
    }
    const QString executable = qEnvironmentVariable("FANOUT_EXECUTABLE");
    QProcess import;
    import.start(executable, {QStringLiteral("--data-dir"), dataDir, QStringLiteral("providers"),
                              QStringLiteral("import"), file});
    QVERIFY(import.waitForFinished(30'000));
    QCOMPARE(import.exitCode(), 0);
    QVERIFY(m_peer.setScenario(QJsonObject{{QStringLiteral("pages"), 3},
                                           {QStringLiteral("instagram"), QJsonArray{true, false, true}}}));

    // Runs `fanout connect facebook` and follows the consent address it prints, like a browser.
    const auto runConnect = [&](const QStringList &extra, QByteArray *output) {
        QProcess process;
        process.start(executable, QStringList{QStringLiteral("--data-dir"), dataDir, QStringLiteral("connect"),
                                              QStringLiteral("facebook"), QStringLiteral("--no-browser")}
                                      + extra);
        QByteArray errors;
        std::unique_ptr<QNetworkReply> browser;
        const bool finished = QTest::qWaitFor(
            [&] {
                errors += process.readAllStandardError();
                if (!browser) {
                    for (const QByteArray &line : errors.split('\n')) {
                        if (line.startsWith("http://127.0.0.1")) {
                            QNetworkRequest request(QUrl::fromEncoded(line.trimmed()));
                            request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                                                 QNetworkRequest::NoLessSafeRedirectPolicy);
                            browser.reset(m_browser.get(request));
                        }
                    }
                }
                return process.state() == QProcess::NotRunning;
            },
            kConnectTimeoutMs);
        if (!finished)
            process.kill();
        process.waitForFinished();
        *output = process.readAllStandardOutput();
        return process.exitCode();
    };

    QByteArray output;
    QCOMPARE(runConnect({}, &output), 2);
    const QJsonObject error = QJsonDocument::fromJson(output).object().value(QLatin1StringView("error")).toObject();
    QCOMPARE(error.value(QLatin1StringView("code")).toString(), QStringLiteral("invalid_input"));
    const QString message = error.value(QLatin1StringView("message")).toString();
    QVERIFY2(message.contains(QLatin1StringView("--page")), qPrintable(message));
    for (int index = 0; index < 3; ++index)
        QVERIFY2(message.contains(pageId(index)), qPrintable(message));

    QCOMPARE(runConnect({QStringLiteral("--page"), pageId(0), QStringLiteral("--page"), pageId(2)}, &output), 0);
    const QJsonArray rows = QJsonDocument::fromJson(output).array();
    QCOMPARE(rows.size(), 4);
    QStringList platforms;
    for (const QJsonValue &row : rows)
        platforms.append(row.toObject().value(QLatin1StringView("platform")).toString());
    QCOMPARE(platforms, (QStringList{QStringLiteral("facebook"), QStringLiteral("instagram"),
                                     QStringLiteral("facebook"), QStringLiteral("instagram")}));
    QCOMPARE(rows.at(2).toObject().value(QLatin1StringView("platformUserId")).toString(), pageId(2));

    QCOMPARE(runConnect({QStringLiteral("--page"), QStringLiteral("999")}, &output), 2);
    QVERIFY(output.contains("999"));
    rememberSecrets();

    // `accounts check` on an Instagram row after de-authorisation.
    QVERIFY(m_peer.revokePageTokens(467));
    const QString instagramId = rows.at(1).toObject().value(QLatin1StringView("id")).toString();
    QProcess check;
    check.start(executable, {QStringLiteral("--data-dir"), dataDir, QStringLiteral("--json"),
                             QStringLiteral("accounts"), QStringLiteral("check"), instagramId});
    QVERIFY(check.waitForFinished(30'000));
    QCOMPARE(check.exitCode(), 1);
    QCOMPARE(QJsonDocument::fromJson(check.readAllStandardOutput())
                 .object()
                 .value(QLatin1StringView("error"))
                 .toObject()
                 .value(QLatin1StringView("code"))
                 .toString(),
             QStringLiteral("platform_auth_failed"));
    QProcess events;
    events.start(executable, {QStringLiteral("--data-dir"), dataDir, QStringLiteral("--json"),
                              QStringLiteral("events"), QStringLiteral("list")});
    QVERIFY(events.waitForFinished(30'000));
    QCOMPARE(QJsonDocument::fromJson(events.readAllStandardOutput()).array().size(), 2);

    QVERIFY(QFile::remove(file)); // the providers file holds the app secret on purpose
    const QStringList leaks = test::filesContainingAny({dir.path()}, m_secrets);
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u'\n')));
}

void tst_FacebookConnect::providerErrorTranslated()
{
    // The checks of a providers entry run outside ProviderStore's members,
    // where lupdate files their messages under another context.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("providers.json"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(R"({"providers": {"facebook": {"redirectUri": "http://example.org/fanout/"}}})");
    out.close();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("de"));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8"));
    const test::ProcessResult result =
        test::runFanout({QStringLiteral("--data-dir"), dir.filePath(QStringLiteral("data")), QStringLiteral("--json"),
                         QStringLiteral("providers"), QStringLiteral("import"), file},
                        {}, environment);
    QCOMPARE(result.exitCode, 2);
    const QString message = result.json()
                                .object()
                                .value(QLatin1StringView("error"))
                                .toObject()
                                .value(QLatin1StringView("message"))
                                .toString();
    QVERIFY2(message.contains(QStringLiteral("Weiterleitungsseite")), qPrintable(message));
}

void tst_FacebookConnect::noSecretInLogsOrFiles()
{
    rememberSecrets();
    QVERIFY(m_secrets.size() > 10);
    const QList<QByteArray> leaked = m_log.leaked(m_secrets);
    QVERIFY2(leaked.isEmpty(), leaked.isEmpty() ? "" : leaked.first().constData());
    m_service.reset(); // closes the database, so the WAL is folded in too
    const QStringList files = test::filesContainingAny({m_dir.path()}, m_secrets);
    QVERIFY2(files.isEmpty(), qPrintable(files.join(u'\n')));
}

QTEST_MAIN(tst_FacebookConnect)
#include "tst_facebookconnect.moc"
