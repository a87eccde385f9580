// X and LinkedIn connects end to end: a real oidc-provider on 127.0.0.1, the
// fake X API beside it, and headless Chromium signing in and approving (or
// denying) the consent, against the real loopback listener and keychain.

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>
#include <QUrlQuery>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "app/core/event.h"
#include "app/oauth/oauthconnector.h"
#include "app/providers/providerconfig.h"
#include "app/service/accountservice.h"
#include "app/store/accountstore.h"
#include "app/vault/vault.h"
#include "tests/support/logcapture.h"
#include "tests/support/oidcpeer.h"
#include "tests/support/ports.h"

using namespace fanout;
using fanout::test::freePort;
using fanout::test::portIsFree;
using namespace std::chrono_literals;

namespace {

constexpr int kConnectTimeoutMs = 90'000;

enum class Consent { Approve, Deny, None };

} // namespace

class tst_OAuthConnect final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void notConfigured();
    void connectLinkedIn();
    void connectTwitterWithTrickyState();
    void deniedConsent();
    void forgedStateNeverReachesTokenEndpoint();
    void timeout();
    void refreshRotates();
    void replayedRefreshRevokes();
    void commandLineConnect();
    void cleanupTestCase();

private:
    Expected<Account> connectWith(Platform platform, Consent consent, const oauth::FlowOptions &options = {},
                                  const std::function<void(const QUrl &)> &onUrl = {});
    [[nodiscard]] QByteArray providersFile() const;
    [[nodiscard]] QString twitterAccountId() const;

    test::LogCapture m_log;
    test::OidcPeer m_peer;
    QTemporaryDir m_dir;
    std::unique_ptr<AccountService> m_service;
    quint16 m_twitterPort = 0;
    quint16 m_linkedinPort = 0;
    QList<QByteArray> m_secrets; // everything that must never reach a log line
};

QByteArray tst_OAuthConnect::providersFile() const
{
    QUrl issuer = m_peer.issuer();
    const QJsonObject providers{
        {QStringLiteral("twitter"),
         QJsonObject{{QStringLiteral("clientId"), m_peer.clientId()},
                     {QStringLiteral("authorizeUrl"), m_peer.authorizeUrl().toString()},
                     {QStringLiteral("tokenUrl"), m_peer.tokenUrl().toString()},
                     {QStringLiteral("apiBaseUrl"), m_peer.xApiUrl().toString()},
                     {QStringLiteral("redirectPort"), m_twitterPort}}},
        {QStringLiteral("linkedin"),
         QJsonObject{{QStringLiteral("clientId"), m_peer.clientId()},
                     {QStringLiteral("authorizeUrl"), m_peer.authorizeUrl().toString()},
                     {QStringLiteral("tokenUrl"), m_peer.tokenUrl().toString()},
                     {QStringLiteral("apiBaseUrl"), issuer.toString()},
                     {QStringLiteral("scopes"), QStringLiteral("openid profile w_member_social")},
                     {QStringLiteral("redirectPort"), m_linkedinPort}}},
    };
    return QJsonDocument(QJsonObject{{QStringLiteral("providers"), providers}}).toJson();
}

void tst_OAuthConnect::initTestCase()
{
    QVERIFY2(m_peer.start(), qPrintable(m_peer.errorString()));
    QVERIFY(m_dir.isValid());
    Expected<std::unique_ptr<AccountService>> service =
        AccountService::open(m_dir.filePath(QStringLiteral("data")), AccountService::Access::Exclusive);
    QVERIFY2(service, service ? "" : qPrintable(errorMessage(service.error())));
    m_service = std::move(*service);
    m_twitterPort = freePort();
    m_linkedinPort = freePort();
    QVERIFY(m_twitterPort && m_linkedinPort && m_twitterPort != m_linkedinPort);
}

Expected<Account> tst_OAuthConnect::connectWith(Platform platform, Consent consent,
                                                const oauth::FlowOptions &options,
                                                const std::function<void(const QUrl &)> &onUrl)
{
    oauth::OAuthConnector &connector = m_service->oauth();
    std::unique_ptr<QProcess> browser;
    QMetaObject::Connection urlConnection =
        connect(&connector, &oauth::OAuthConnector::authorizationUrlReady, this, [&](const QUrl &url) {
            m_secrets.append(QUrlQuery(url).queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded).toUtf8());
            if (consent != Consent::None)
                browser = m_peer.startConsent(url, consent == Consent::Deny);
            if (onUrl)
                onUrl(url);
        });
    QSignalSpy connected(&connector, &oauth::OAuthConnector::connected);
    QSignalSpy failed(&connector, &oauth::OAuthConnector::errorOccurred);
    connector.connectAccount(platform, options);
    const bool ended = QTest::qWaitFor([&] { return !connected.isEmpty() || !failed.isEmpty(); }, kConnectTimeoutMs);
    disconnect(urlConnection);
    if (browser) {
        // The event loop keeps running, so the listener can still answer the browser.
        if (!QTest::qWaitFor([&] { return browser->state() == QProcess::NotRunning; }, 60'000))
            qWarning("consent.mjs did not finish");
        if (browser->exitCode() != 0)
            qWarning("consent.mjs: %s", browser->readAllStandardError().constData());
    }
    if (!ended)
        return fail(ErrorCode::StorageError, QStringLiteral("the connect did not end"));
    if (!failed.isEmpty())
        return std::unexpected(failed.at(0).at(0).value<Error>());
    return connected.at(0).at(0).value<Account>();
}

QString tst_OAuthConnect::twitterAccountId() const
{
    const Expected<QList<Account>> accounts = m_service->accounts();
    if (!accounts)
        return {};
    for (const Account &account : *accounts) {
        if (account.platform == Platform::Twitter)
            return account.id;
    }
    return {};
}

void tst_OAuthConnect::notConfigured()
{
    const Expected<Account> account = connectWith(Platform::LinkedIn, Consent::None);
    QVERIFY(!account);
    QCOMPARE(account.error().code, ErrorCode::ProviderNotConfigured);
    QVERIFY(errorMessage(account.error()).contains(QLatin1StringView("fanout providers import")));

    const Expected<ProviderStore::ImportResult> imported = m_service->providers().importJson(providersFile());
    QVERIFY2(imported, imported ? "" : qPrintable(errorMessage(imported.error())));
    QCOMPARE(imported->platforms.size(), 2);
    QVERIFY(imported->secretsToKeychain.isEmpty());
}

void tst_OAuthConnect::connectLinkedIn()
{
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const Expected<Account> account = connectWith(Platform::LinkedIn, Consent::Approve);
    QVERIFY2(account, account ? "" : qPrintable(errorMessage(account.error())));
    QCOMPARE(account->platform, Platform::LinkedIn);
    QCOMPARE(account->platformUserId, QStringLiteral("alice"));
    QCOMPARE(account->displayName, QStringLiteral("Display alice"));
    // The peer's access tokens live 3600 s, LinkedIn's 60 days: both come from expires_in.
    QVERIFY(account->tokenExpiresAt >= before.addSecs(3590));
    QVERIFY(account->tokenExpiresAt <= QDateTime::currentDateTimeUtc().addSecs(3610));
    QVERIFY(portIsFree(m_linkedinPort));

    const Expected<QJsonObject> secrets = m_service->vault().readSecrets(*account);
    QVERIFY(secrets);
    m_secrets.append(secrets->value(QLatin1StringView("accessToken")).toString().toUtf8());
}

void tst_OAuthConnect::connectTwitterWithTrickyState()
{
    oauth::FlowOptions options;
    options.forcedState = QStringLiteral("a+b%c d/=&?");
    const Expected<Account> account = connectWith(Platform::Twitter, Consent::Approve, options);
    QVERIFY2(account, account ? "" : qPrintable(errorMessage(account.error())));
    QCOMPARE(account->platform, Platform::Twitter);
    QCOMPARE(account->handle, QStringLiteral("alice"));
    QVERIFY(!account->platformUserId.isEmpty());
    for (QChar c : account->platformUserId)
        QVERIFY(c.isDigit());
    QVERIFY(portIsFree(m_twitterPort));

    const Expected<QJsonObject> secrets = m_service->vault().readSecrets(*account);
    QVERIFY(secrets);
    QVERIFY(!secrets->value(QLatin1StringView("refreshToken")).toString().isEmpty());
    m_secrets.append(secrets->value(QLatin1StringView("accessToken")).toString().toUtf8());
    m_secrets.append(secrets->value(QLatin1StringView("refreshToken")).toString().toUtf8());
}

void tst_OAuthConnect::deniedConsent()
{
    const qsizetype before = m_service->accounts()->size();
    const Expected<Account> account = connectWith(Platform::LinkedIn, Consent::Deny);
    QVERIFY(!account);
    QCOMPARE(account.error().code, ErrorCode::PlatformRejected);
    // The provider's error_description reaches the user.
    QVERIFY2(account.error().detail.contains(QLatin1StringView("End-User aborted interaction")),
             qPrintable(account.error().detail));
    QCOMPARE(m_service->accounts()->size(), before);
    QVERIFY(portIsFree(m_linkedinPort));
}

void tst_OAuthConnect::forgedStateNeverReachesTokenEndpoint()
{
    const int tokenRequests = m_peer.stats().value(QLatin1StringView("tokenRequests")).toInt();
    QNetworkAccessManager network;
    int answered = 0;
    const auto forge = [&](const QUrl &url) {
        const QUrl redirect(QUrlQuery(url).queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
        for (const QString &query : {QStringLiteral("code=forged&state=wrong"), QStringLiteral("code=forged"),
                                     QStringLiteral("error=access_denied&state=wrong")}) {
            QUrl forged = redirect;
            forged.setQuery(query);
            QNetworkReply *reply = network.get(QNetworkRequest(forged));
            connect(reply, &QNetworkReply::finished, this, [reply, &answered] {
                ++answered;
                reply->deleteLater();
            });
        }
        // After the forged callbacks the user gives up.
        QTimer::singleShot(0, this, [&] {
            if (!QTest::qWaitFor([&] { return answered == 3; }, 10'000))
                qWarning("the listener did not answer the forged callbacks");
            m_service->oauth().cancel();
        });
    };
    const QRegularExpression rejected(QStringLiteral("^callback rejected: (no state|the state does not match)$"));
    for (int i = 0; i < 3; ++i)
        QTest::ignoreMessage(QtWarningMsg, rejected);
    const Expected<Account> account = connectWith(Platform::Twitter, Consent::None, {}, forge);
    QVERIFY(!account);
    QCOMPARE(account.error().code, ErrorCode::ConnectCancelled);
    QCOMPARE(answered, 3);
    QCOMPARE(m_peer.stats().value(QLatin1StringView("tokenRequests")).toInt(), tokenRequests);
    QVERIFY(portIsFree(m_twitterPort));
}

void tst_OAuthConnect::timeout()
{
    oauth::FlowOptions options;
    options.timeout = 1s;
    const Expected<Account> account = connectWith(Platform::LinkedIn, Consent::None, options);
    QVERIFY(!account);
    QCOMPARE(account.error().code, ErrorCode::ConnectTimeout);
    QVERIFY(portIsFree(m_linkedinPort));
}

void tst_OAuthConnect::refreshRotates()
{
    const QString id = twitterAccountId();
    QVERIFY(!id.isEmpty());
    oauth::OAuthConnector &connector = m_service->oauth();
    const qsizetype seenBefore = m_peer.stats().value(QLatin1StringView("refreshTokens")).toArray().size();
    for (int round = 0; round < 2; ++round) {
        QSignalSpy refreshed(&connector, &oauth::OAuthConnector::refreshed);
        QSignalSpy failed(&connector, &oauth::OAuthConnector::refreshFailed);
        connector.refresh(id);
        // A second refresh while one runs would spend the same single-use token.
        connector.refresh(id);
        QTRY_COMPARE_WITH_TIMEOUT(refreshed.size() + failed.size(), 2, 30'000);
        QCOMPARE(refreshed.size(), 1);
        QCOMPARE(failed.at(0).at(1).value<Error>().code, ErrorCode::InvalidInput);
        const Account account = refreshed.at(0).at(0).value<Account>();
        QCOMPARE(account.status, AccountStatus::Connected);
        const Expected<QJsonObject> secrets = m_service->vault().readSecrets(account);
        QVERIFY(secrets);
        m_secrets.append(secrets->value(QLatin1StringView("accessToken")).toString().toUtf8());
        m_secrets.append(secrets->value(QLatin1StringView("refreshToken")).toString().toUtf8());
    }
    // Each refresh presented a different refresh token: none was sent twice.
    const QJsonArray seen = m_peer.stats().value(QLatin1StringView("refreshTokens")).toArray();
    QCOMPARE(seen.size(), seenBefore + 2);
    QSet<QString> distinct;
    for (const QJsonValue &hash : seen)
        distinct.insert(hash.toString());
    QCOMPARE(distinct.size(), seen.size());
}

void tst_OAuthConnect::replayedRefreshRevokes()
{
    const QString id = twitterAccountId();
    const Account account = *m_service->account(id);
    oauth::OAuthConnector &connector = m_service->oauth();
    const Expected<QJsonObject> old = m_service->vault().readSecrets(account);
    QVERIFY(old);
    {
        QSignalSpy refreshed(&connector, &oauth::OAuthConnector::refreshed);
        connector.refresh(id);
        QTRY_COMPARE_WITH_TIMEOUT(refreshed.size(), 1, 30'000);
    }
    // Put the spent refresh token back, as a crash between two writes would.
    QVERIFY(m_service->vault().updateSecrets(account, *old, std::nullopt));
    QSignalSpy failed(&connector, &oauth::OAuthConnector::refreshFailed);
    connector.refresh(id);
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 30'000);
    QCOMPARE(failed.at(0).at(1).value<Error>().code, ErrorCode::PlatformAuthFailed);
    QCOMPARE(m_service->account(id)->status, AccountStatus::AuthFailed);
    const Expected<QList<AccountEvent>> events = m_service->events();
    QVERIFY(events);
    bool revoked = false;
    for (const AccountEvent &event : *events)
        revoked = revoked || (event.accountId == id && event.type == kTokenRevoked);
    QVERIFY(revoked);
}

void tst_OAuthConnect::commandLineConnect()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString dataDir = dir.filePath(QStringLiteral("data"));
    const QString file = dir.filePath(QStringLiteral("providers.json"));
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        QJsonObject document = QJsonDocument::fromJson(providersFile()).object();
        QJsonObject providers = document.value(QLatin1StringView("providers")).toObject();
        QJsonObject twitter = providers.value(QLatin1StringView("twitter")).toObject();
        twitter.insert(QStringLiteral("clientSecret"), QStringLiteral("not-used-by-a-public-client"));
        twitter.insert(QStringLiteral("redirectPort"), freePort());
        providers.insert(QStringLiteral("twitter"), twitter);
        document.insert(QStringLiteral("providers"), providers);
        out.write(QJsonDocument(document).toJson());
    }
    const QString executable = qEnvironmentVariable("FANOUT_EXECUTABLE");
    QProcess import;
    import.start(executable, {QStringLiteral("--data-dir"), dataDir, QStringLiteral("providers"),
                              QStringLiteral("import"), file});
    QVERIFY(import.waitForFinished(30'000));
    QCOMPARE(import.exitCode(), 0);
    QVERIFY(import.readAllStandardOutput().contains("keychain"));

    QProcess exported;
    exported.start(executable, {QStringLiteral("--data-dir"), dataDir, QStringLiteral("providers"),
                                QStringLiteral("export"), QStringLiteral("--json")});
    QVERIFY(exported.waitForFinished(30'000));
    const QByteArray exportedText = exported.readAllStandardOutput();
    QVERIFY(exportedText.contains(m_peer.clientId().toUtf8()));
    QVERIFY(!exportedText.contains("not-used-by-a-public-client"));
    QVERIFY(!exportedText.contains("clientSecret"));

    QProcess connectProcess;
    connectProcess.start(executable, {QStringLiteral("--data-dir"), dataDir, QStringLiteral("connect"),
                                      QStringLiteral("linkedin"), QStringLiteral("--no-browser")});
    // The consent address goes to standard error, the account JSON to standard output.
    connectProcess.setReadChannel(QProcess::StandardError);
    QUrl consentUrl;
    QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                 connectProcess.waitForReadyRead(100);
                                 while (connectProcess.canReadLine()) {
                                     const QByteArray line = connectProcess.readLine().trimmed();
                                     if (line.startsWith("http://127.0.0.1:"))
                                         consentUrl = QUrl::fromEncoded(line);
                                 }
                                 return consentUrl.isValid();
                             }()),
                             30'000);
    connectProcess.setReadChannel(QProcess::StandardOutput);
    std::unique_ptr<QProcess> browser = m_peer.startConsent(consentUrl);
    QVERIFY(browser->waitForFinished(60'000));
    QCOMPARE(browser->exitCode(), 0);
    QVERIFY(connectProcess.waitForFinished(60'000));
    QCOMPARE(connectProcess.exitCode(), 0);
    const QJsonObject account = QJsonDocument::fromJson(connectProcess.readAllStandardOutput()).object();
    QCOMPARE(account.value(QLatin1StringView("platform")).toString(), QStringLiteral("linkedin"));
    QCOMPARE(account.value(QLatin1StringView("platformUserId")).toString(), QStringLiteral("alice"));
}

void tst_OAuthConnect::cleanupTestCase()
{
    m_secrets.removeAll(QByteArray());
    const QList<QByteArray> leaked = m_log.leaked(m_secrets);
    QVERIFY2(leaked.isEmpty(), "a token or state value reached a log line");
}

QTEST_GUILESS_MAIN(tst_OAuthConnect)
#include "tst_oauthconnect.moc"
