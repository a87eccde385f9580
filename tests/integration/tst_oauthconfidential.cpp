// Confidential OAuth clients end to end. The client secret comes from the
// keychain and reaches a real oidc-provider on 127.0.0.1 in an HTTP Basic
// header (X) or in the form body (LinkedIn's standard flow). Headless
// Chromium signs in and approves the consent. The peer's secrets contain
// ' ', '%', '+', '/', ':' and '=', so a Basic header without the form
// encoding of RFC 6749 section 2.3.1 fails.

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include "app/core/event.h"
#include "app/oauth/oauthconnector.h"
#include "app/providers/providerconfig.h"
#include "app/service/accountservice.h"
#include "app/vault/vault.h"
#include "tests/support/logcapture.h"
#include "tests/support/oidcpeer.h"
#include "tests/support/ports.h"
#include "tests/support/secretscan.h"

using namespace fanout;
using fanout::test::freePort;
using fanout::test::portIsFree;

namespace {

constexpr int kConnectTimeoutMs = 90'000;

[[nodiscard]] QByteArray randomSecret(QByteArrayView prefix)
{
    return prefix + QByteArray::number(QRandomGenerator::system()->generate64(), 36);
}

// The pids whose command line (argv, NUL-separated in /proc) contains any
// of the needles, across every process this user can see.
[[nodiscard]] QStringList processesWithArgument(const QList<QByteArray> &needles)
{
    QStringList hits;
    QDirIterator it(QStringLiteral("/proc"), QDir::Dirs | QDir::NoDotAndDotDot);
    while (it.hasNext()) {
        it.next();
        QFile file(it.filePath() + QStringLiteral("/cmdline"));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray argv = file.readAll();
        for (const QByteArray &needle : needles) {
            if (argv.contains(needle)) {
                hits << it.fileName();
                break;
            }
        }
    }
    return hits;
}

struct ClientAuthRecord {
    QString clientId;
    QString method;
    int status = 0;
};

} // namespace

class tst_OAuthConfidential final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void rejectedSecretStoresNothing_data();
    void rejectedSecretStoresNothing();
    void connectWithSecret_data();
    void connectWithSecret();
    void refreshUsesHttpBasic();
    void refreshWithWrongSecretKeepsGrant();
    void commandLineConnect();
    void cleanupTestCase();

private:
    Expected<Account> connectWith(Platform platform);
    [[nodiscard]] QJsonObject providersJson(bool withSecrets) const;
    [[nodiscard]] test::OidcClient clientFor(Platform platform) const;
    [[nodiscard]] ClientAuthRecord lastTokenRequest() const;
    [[nodiscard]] quint16 portFor(Platform platform) const;
    [[nodiscard]] QString accountIdFor(Platform platform) const;

    test::LogCapture m_log;
    test::OidcPeer m_peer;
    QTemporaryDir m_dir;
    std::unique_ptr<AccountService> m_service;
    quint16 m_twitterPort = 0;
    quint16 m_linkedinPort = 0;
    QList<QByteArray> m_secrets; // client secrets and tokens that must never leak
};

test::OidcClient tst_OAuthConfidential::clientFor(Platform platform) const
{
    return platform == Platform::Twitter ? m_peer.basicClient() : m_peer.postClient();
}

quint16 tst_OAuthConfidential::portFor(Platform platform) const
{
    return platform == Platform::Twitter ? m_twitterPort : m_linkedinPort;
}

QJsonObject tst_OAuthConfidential::providersJson(bool withSecrets) const
{
    QJsonObject twitter{{QStringLiteral("clientId"), m_peer.basicClient().clientId},
                        {QStringLiteral("authorizeUrl"), m_peer.authorizeUrl().toString()},
                        {QStringLiteral("tokenUrl"), m_peer.tokenUrl().toString()},
                        {QStringLiteral("apiBaseUrl"), m_peer.xApiUrl().toString()},
                        {QStringLiteral("redirectPort"), m_twitterPort}};
    QJsonObject linkedin{{QStringLiteral("clientId"), m_peer.postClient().clientId},
                         {QStringLiteral("authorizeUrl"), m_peer.authorizeUrl().toString()},
                         {QStringLiteral("tokenUrl"), m_peer.tokenUrl().toString()},
                         {QStringLiteral("apiBaseUrl"), m_peer.issuer().toString()},
                         {QStringLiteral("scopes"), QStringLiteral("openid profile w_member_social")},
                         {QStringLiteral("redirectPort"), m_linkedinPort}};
    if (withSecrets) {
        twitter.insert(QStringLiteral("clientSecret"), QString::fromUtf8(m_peer.basicClient().clientSecret));
        linkedin.insert(QStringLiteral("clientSecret"), QString::fromUtf8(m_peer.postClient().clientSecret));
    }
    return QJsonObject{{QStringLiteral("providers"),
                        QJsonObject{{QStringLiteral("twitter"), twitter}, {QStringLiteral("linkedin"), linkedin}}}};
}

ClientAuthRecord tst_OAuthConfidential::lastTokenRequest() const
{
    const QJsonArray requests = m_peer.stats().value(QLatin1StringView("tokenClientAuth")).toArray();
    if (requests.isEmpty())
        return {};
    const QJsonObject last = requests.last().toObject();
    return {last.value(QLatin1StringView("clientId")).toString(),
            last.value(QLatin1StringView("method")).toString(), last.value(QLatin1StringView("status")).toInt()};
}

QString tst_OAuthConfidential::accountIdFor(Platform platform) const
{
    const Expected<QList<Account>> accounts = m_service->accounts();
    if (!accounts)
        return {};
    for (const Account &account : *accounts) {
        if (account.platform == platform)
            return account.id;
    }
    return {};
}

void tst_OAuthConfidential::initTestCase()
{
    QVERIFY2(m_peer.start(), qPrintable(m_peer.errorString()));
    m_secrets << m_peer.basicClient().clientSecret << m_peer.postClient().clientSecret;
    QVERIFY(m_dir.isValid());
    Expected<std::unique_ptr<AccountService>> service =
        AccountService::open(m_dir.filePath(QStringLiteral("data")), AccountService::Access::Exclusive);
    QVERIFY2(service, service ? "" : qPrintable(errorMessage(service.error())));
    m_service = std::move(*service);
    m_twitterPort = freePort();
    m_linkedinPort = freePort();
    QVERIFY(m_twitterPort && m_linkedinPort && m_twitterPort != m_linkedinPort);

    // What an admin hands out: the import moves each secret into the keychain.
    ProviderStore &providers = m_service->providers();
    const Expected<ProviderStore::ImportResult> imported =
        providers.importJson(QJsonDocument(providersJson(true)).toJson());
    QVERIFY2(imported, imported ? "" : qPrintable(errorMessage(imported.error())));
    QCOMPARE(imported->secretsToKeychain.size(), 2);
    QVERIFY(imported->secretsToKeychain.contains(Platform::Twitter));
    QVERIFY(imported->secretsToKeychain.contains(Platform::LinkedIn));
    for (const Platform platform : {Platform::Twitter, Platform::LinkedIn}) {
        const Expected<std::optional<QByteArray>> secret = providers.clientSecret(platform);
        QVERIFY(secret);
        QCOMPARE(secret->value_or(QByteArray()), clientFor(platform).clientSecret);
    }
    QVERIFY(test::filesContainingAny({providers.filePath()}, m_secrets).isEmpty());
}

Expected<Account> tst_OAuthConfidential::connectWith(Platform platform)
{
    oauth::OAuthConnector &connector = m_service->oauth();
    std::unique_ptr<QProcess> browser;
    QMetaObject::Connection urlConnection =
        connect(&connector, &oauth::OAuthConnector::authorizationUrlReady, this, [&](const QUrl &url) {
            m_secrets.append(QUrlQuery(url).queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded).toUtf8());
            browser = m_peer.startConsent(url);
        });
    QSignalSpy connected(&connector, &oauth::OAuthConnector::connected);
    QSignalSpy failed(&connector, &oauth::OAuthConnector::errorOccurred);
    connector.connectAccount(platform, {});
    const bool ended = QTest::qWaitFor([&] { return !connected.isEmpty() || !failed.isEmpty(); }, kConnectTimeoutMs);
    disconnect(urlConnection);
    if (browser) {
        // The event loop keeps running, so the listener can still reply to the browser.
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

void tst_OAuthConfidential::rejectedSecretStoresNothing_data()
{
    QTest::addColumn<QString>("platformName");
    QTest::addColumn<QByteArray>("secret"); // empty: no secret in the keychain
    QTest::addColumn<QString>("method");

    const QString twitter = platformId(Platform::Twitter);
    const QString linkedin = platformId(Platform::LinkedIn);
    QTest::addRow("x_wrong_secret") << twitter << randomSecret("wrong+/:") << QStringLiteral("basic");
    QTest::addRow("x_no_secret") << twitter << QByteArray() << QStringLiteral("none");
    QTest::addRow("linkedin_wrong_secret") << linkedin << randomSecret("wrong+/:") << QStringLiteral("post");
    QTest::addRow("linkedin_no_secret") << linkedin << QByteArray() << QStringLiteral("none");
}

void tst_OAuthConfidential::rejectedSecretStoresNothing()
{
    QFETCH(QString, platformName);
    QFETCH(QByteArray, secret);
    QFETCH(QString, method);
    const Platform platform = *platformFromId(platformName);
    if (!secret.isEmpty())
        m_secrets.append(secret);
    ProviderStore &providers = m_service->providers();
    // An empty secret removes the keychain entry.
    QVERIFY(providers.setClientSecret(platform, secret));
    const auto restore = qScopeGuard([&] {
        if (!providers.setClientSecret(platform, clientFor(platform).clientSecret))
            qWarning("could not restore the client secret");
    });

    const Expected<Account> account = connectWith(platform);
    QVERIFY(!account);
    QCOMPARE(account.error().code, ErrorCode::PlatformRejected);
    // oidc-provider's error_description for invalid_client reaches the user.
    QVERIFY2(account.error().detail.contains(QLatin1StringView("client authentication failed")),
             qPrintable(account.error().detail));

    const ClientAuthRecord request = lastTokenRequest();
    QCOMPARE(request.clientId, clientFor(platform).clientId);
    QCOMPARE(request.method, method);
    QCOMPARE(request.status, 401);

    const Expected<QList<Account>> accounts = m_service->accounts();
    QVERIFY(accounts);
    QVERIFY(accounts->isEmpty());
    QVERIFY(portIsFree(portFor(platform)));
}

void tst_OAuthConfidential::connectWithSecret_data()
{
    QTest::addColumn<QString>("platformName");
    QTest::addColumn<QString>("method");

    QTest::addRow("x_http_basic") << platformId(Platform::Twitter) << QStringLiteral("basic");
    QTest::addRow("linkedin_form_body") << platformId(Platform::LinkedIn) << QStringLiteral("post");
}

void tst_OAuthConfidential::connectWithSecret()
{
    QFETCH(QString, platformName);
    QFETCH(QString, method);
    const Platform platform = *platformFromId(platformName);

    const Expected<Account> account = connectWith(platform);
    QVERIFY2(account, account ? "" : qPrintable(errorMessage(account.error())));
    QCOMPARE(account->platform, platform);
    QVERIFY(!account->platformUserId.isEmpty());
    QCOMPARE(account->status, AccountStatus::Connected);

    const ClientAuthRecord request = lastTokenRequest();
    QCOMPARE(request.clientId, clientFor(platform).clientId);
    QCOMPARE(request.method, method);
    QCOMPARE(request.status, 200);
    QVERIFY(portIsFree(portFor(platform)));

    const Expected<QJsonObject> secrets = m_service->vault().readSecrets(*account);
    QVERIFY(secrets);
    const QByteArray accessToken = secrets->value(QLatin1StringView("accessToken")).toString().toUtf8();
    QVERIFY(!accessToken.isEmpty());
    m_secrets << accessToken << secrets->value(QLatin1StringView("refreshToken")).toString().toUtf8();
}

void tst_OAuthConfidential::refreshUsesHttpBasic()
{
    const QString id = accountIdFor(Platform::Twitter);
    QVERIFY(!id.isEmpty());
    oauth::OAuthConnector &connector = m_service->oauth();
    QSignalSpy refreshed(&connector, &oauth::OAuthConnector::refreshed);
    QSignalSpy failed(&connector, &oauth::OAuthConnector::refreshFailed);
    connector.refresh(id);
    QTRY_COMPARE_WITH_TIMEOUT(refreshed.size() + failed.size(), 1, 30'000);
    QCOMPARE(refreshed.size(), 1);

    const ClientAuthRecord request = lastTokenRequest();
    QCOMPARE(request.clientId, m_peer.basicClient().clientId);
    QCOMPARE(request.method, QStringLiteral("basic"));
    QCOMPARE(request.status, 200);

    const Expected<QJsonObject> secrets = m_service->vault().readSecrets(refreshed.at(0).at(0).value<Account>());
    QVERIFY(secrets);
    m_secrets << secrets->value(QLatin1StringView("accessToken")).toString().toUtf8()
              << secrets->value(QLatin1StringView("refreshToken")).toString().toUtf8();
}

void tst_OAuthConfidential::refreshWithWrongSecretKeepsGrant()
{
    const QString id = accountIdFor(Platform::Twitter);
    QVERIFY(!id.isEmpty());
    ProviderStore &providers = m_service->providers();
    oauth::OAuthConnector &connector = m_service->oauth();
    const QByteArray wrong = randomSecret("rotated-");
    m_secrets.append(wrong);
    QVERIFY(providers.setClientSecret(Platform::Twitter, wrong));
    {
        QSignalSpy failed(&connector, &oauth::OAuthConnector::refreshFailed);
        connector.refresh(id);
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 30'000);
        QCOMPARE(failed.at(0).at(1).value<Error>().code, ErrorCode::PlatformRejected);
    }
    QCOMPARE(lastTokenRequest().status, 401);
    // A wrong client secret is a fault in the organisation's settings, not a
    // revoked grant, so the account keeps its status and no token.revoked is
    // recorded.
    QCOMPARE(m_service->account(id)->status, AccountStatus::Connected);
    const Expected<QList<AccountEvent>> events = m_service->events();
    QVERIFY(events);
    for (const AccountEvent &event : *events)
        QVERIFY(!(event.accountId == id && event.type == kTokenRevoked));

    // With the right secret back, the same refresh token still works.
    QVERIFY(providers.setClientSecret(Platform::Twitter, m_peer.basicClient().clientSecret));
    QSignalSpy refreshed(&connector, &oauth::OAuthConnector::refreshed);
    connector.refresh(id);
    QTRY_COMPARE_WITH_TIMEOUT(refreshed.size(), 1, 30'000);
    QCOMPARE(lastTokenRequest().status, 200);
    const Expected<QJsonObject> secrets = m_service->vault().readSecrets(refreshed.at(0).at(0).value<Account>());
    QVERIFY(secrets);
    m_secrets << secrets->value(QLatin1StringView("accessToken")).toString().toUtf8()
              << secrets->value(QLatin1StringView("refreshToken")).toString().toUtf8();
}

void tst_OAuthConfidential::commandLineConnect()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString dataDir = dir.filePath(QStringLiteral("data"));
    const QString file = dir.filePath(QStringLiteral("providers.json"));
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(providersJson(true)).toJson());
    }
    const QString executable = qEnvironmentVariable("FANOUT_EXECUTABLE");
    QByteArray output;

    QProcess import;
    import.start(executable, {QStringLiteral("--data-dir"), dataDir, QStringLiteral("providers"),
                              QStringLiteral("import"), file});
    QVERIFY(import.waitForFinished(30'000));
    QCOMPARE(import.exitCode(), 0);
    output += import.readAllStandardOutput() + import.readAllStandardError();
    // The admin's file has done its job; only the keychain keeps the secrets.
    QVERIFY(QFile::remove(file));

    QProcess connectProcess;
    connectProcess.start(executable, {QStringLiteral("--data-dir"), dataDir, QStringLiteral("connect"),
                                      QStringLiteral("twitter"), QStringLiteral("--no-browser")});
    // The consent address goes to standard error, the account JSON to standard output.
    connectProcess.setReadChannel(QProcess::StandardError);
    QUrl consentUrl;
    QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                 connectProcess.waitForReadyRead(100);
                                 while (connectProcess.canReadLine()) {
                                     const QByteArray line = connectProcess.readLine();
                                     output += line;
                                     if (line.trimmed().startsWith("http://127.0.0.1:"))
                                         consentUrl = QUrl::fromEncoded(line.trimmed());
                                 }
                                 return consentUrl.isValid();
                             }()),
                             30'000);
    connectProcess.setReadChannel(QProcess::StandardOutput);

    // While the consent runs, no process on the machine may carry a client
    // secret in its argv, plain or percent-encoded: not fanout, not node, not
    // Chromium with the consent URL.
    QList<QByteArray> clientSecrets;
    for (const QByteArray &secret : {m_peer.basicClient().clientSecret, m_peer.postClient().clientSecret})
        clientSecrets << secret << QUrl::toPercentEncoding(QString::fromUtf8(secret));
    std::unique_ptr<QProcess> browser = m_peer.startConsent(consentUrl);
    QStringList withSecret;
    while (connectProcess.state() != QProcess::NotRunning) {
        withSecret << processesWithArgument(clientSecrets);
        connectProcess.waitForFinished(200);
    }
    QVERIFY(browser->waitForFinished(60'000));
    QCOMPARE(browser->exitCode(), 0);
    QVERIFY2(withSecret.isEmpty(), qPrintable(QStringLiteral("secret in the argv of pid ") + withSecret.join(u' ')));
    QCOMPARE(connectProcess.exitCode(), 0);

    const QByteArray accountJson = connectProcess.readAllStandardOutput();
    output += accountJson + connectProcess.readAllStandardError();
    const QJsonObject account = QJsonDocument::fromJson(accountJson).object();
    QCOMPARE(account.value(QLatin1StringView("platform")).toString(), QStringLiteral("twitter"));
    QCOMPARE(lastTokenRequest().method, QStringLiteral("basic"));

    for (const QByteArray &secret : std::as_const(clientSecrets)) {
        QVERIFY(!output.contains(secret));
        QVERIFY(!consentUrl.toEncoded().contains(secret));
    }
    const QStringList leaked = test::filesContainingAny({dataDir}, m_secrets);
    QVERIFY2(leaked.isEmpty(), qPrintable(leaked.join(u' ')));
}

void tst_OAuthConfidential::cleanupTestCase()
{
    m_secrets.removeAll(QByteArray());
    const QList<QByteArray> leaked = m_log.leaked(m_secrets);
    QVERIFY2(leaked.isEmpty(), "a client secret, token or state value reached a log line");
    const QStringList files = test::filesContainingAny({m_dir.path()}, m_secrets);
    QVERIFY2(files.isEmpty(), qPrintable(QStringLiteral("secret found in ") + files.join(u' ')));
}

QTEST_GUILESS_MAIN(tst_OAuthConfidential)
#include "tst_oauthconfidential.moc"
