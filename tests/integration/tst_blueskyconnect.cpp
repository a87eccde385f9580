// The Bluesky connector against a real @atproto/pds on 127.0.0.1, a real
// SQLite file and the Secret Service of a private gnome-keyring (CTest runs
// this inside tests/support/run-in-session.sh).

#include <functional>
#include <memory>
#include <optional>

#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include "app/core/account.h"
#include "app/core/error.h"
#include "app/core/event.h"
#include "app/platforms/bluesky/blueskyconnector.h"
#include "app/service/accountservice.h"
#include "app/store/accountstore.h"
#include "app/vault/vault.h"
#include "tests/support/pdspeer.h"
#include "tests/support/secretscan.h"
#include "tests/support/selfsigned.h"

using namespace fanout;
using fanout::bluesky::BlueskyConnector;
using fanout::bluesky::ConnectRequest;
using fanout::test::PdsPeer;

namespace {

constexpr int kWaitMs = 30'000;

// Every log line of the run, to check that no secret reaches the log.
QByteArray g_log;
QtMessageHandler g_previousHandler = nullptr;

void recordMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_log += message.toUtf8() + '\n';
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

// A network access manager that records each request's XRPC method and each
// response body. It peeks, so the connector still reads the whole body. The
// bodies contain the tokens the PDS issued, which the tests look for on disk.
class RecordingNetwork final : public QNetworkAccessManager
{
    Q_OBJECT

public:
    struct Exchange {
        QString method; // "com.atproto.server.createSession", or the path
        QByteArray response;
        int status = 0;
    };
    QList<Exchange> exchanges;

    [[nodiscard]] int count(const QString &method) const
    {
        int n = 0;
        for (const Exchange &exchange : exchanges)
            n += exchange.method == method ? 1 : 0;
        return n;
    }

Q_SIGNALS:
    void requestStarted(const QString &method);

protected:
    QNetworkReply *createRequest(Operation operation, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override
    {
        QNetworkReply *reply = QNetworkAccessManager::createRequest(operation, request, outgoingData);
        QString path = request.url().path();
        const QString method = path.startsWith(QLatin1StringView("/xrpc/")) ? path.sliced(6) : path;
        const qsizetype index = exchanges.size();
        exchanges.append({method, {}, 0});
        // Connected before the connector connects, so this runs first.
        connect(reply, &QNetworkReply::finished, this, [this, reply, index] {
            exchanges[index].status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (reply->isOpen())
                exchanges[index].response = reply->peek(1 << 20);
        });
        Q_EMIT requestStarted(method);
        return reply;
    }
};

// One connect or check and how it ended.
struct Outcome {
    std::optional<Account> account;
    std::optional<Error> error;
    int endings = 0;
};

} // namespace

class TestBlueskyConnect final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void connectWithAppPassword();
    void connectWithDid();
    void wrongPasswordStoresNothing();
    void mainPasswordRejected();
    void reconnectKeepsId();
    void reconnectRejectsOtherAccount();
    void expiredAccessTokenIsRefreshed();
    void revokedAppPasswordMarksAuthFailed();
    void networkErrorKeepsStatus();
    void invalidIdentifierSendsNothing_data();
    void invalidIdentifierSendsNothing();
    void cancelDuringConnect();
    void upstreamFailures_data();
    void upstreamFailures();
    void untrustedTlsServiceStoresNothing();

private:
    [[nodiscard]] ConnectRequest request(const QString &identifier, const QString &password) const;
    [[nodiscard]] PdsPeer::TestAccount newAccount();
    // Runs one connect or check to its end; false when it did not end in time.
    [[nodiscard]] bool connectAccount(const ConnectRequest &request, Outcome &outcome);
    [[nodiscard]] bool checkConnection(const QString &accountId, Outcome &outcome);
    [[nodiscard]] bool waitForEnd(Outcome &outcome, const std::function<void()> &start);
    // Every token the PDS sent to the connector in this test.
    [[nodiscard]] QList<QByteArray> tokensSeen() const;
    [[nodiscard]] QStringList leakedInto(const QList<QByteArray> &secrets) const;

    PdsPeer m_peer;
    int m_accounts = 0;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AccountService> m_service;
    std::unique_ptr<RecordingNetwork> m_network;
    std::unique_ptr<BlueskyConnector> m_connector;
};

void TestBlueskyConnect::initTestCase()
{
    qRegisterMetaType<fanout::Account>();
    qRegisterMetaType<fanout::Error>();
    g_previousHandler = qInstallMessageHandler(recordMessage);
    QVERIFY2(m_peer.start(), qPrintable(QStringLiteral("the local PDS could not start: ") + m_peer.errorString()));
    QCOMPARE(m_peer.pdsUrl().host(), QStringLiteral("127.0.0.1"));
}

void TestBlueskyConnect::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    Expected<std::unique_ptr<AccountService>> service =
        AccountService::open(m_dir->filePath(QStringLiteral("data")), AccountService::Access::Exclusive);
    QVERIFY2(service, qPrintable(service ? QString() : errorMessage(service.error())));
    m_service = std::move(*service);
    m_network = std::make_unique<RecordingNetwork>();
    m_connector = std::make_unique<BlueskyConnector>(m_service->vault(), m_service->store(), *m_network);
    g_log.clear();
}

void TestBlueskyConnect::cleanup()
{
    // Whatever the test did, no token it saw may be on disk or in the log.
    if (m_service) {
        const QList<QByteArray> tokens = tokensSeen();
        QVERIFY2(leakedInto(tokens).isEmpty(), qPrintable(leakedInto(tokens).join(u", ")));
    }
    m_connector.reset();
    m_network.reset();
    m_service.reset();
    m_dir.reset();
}

ConnectRequest TestBlueskyConnect::request(const QString &identifier, const QString &password) const
{
    ConnectRequest request;
    request.identifier = identifier;
    request.appPassword = password;
    request.service = m_peer.pdsUrl();
    request.plcDirectory = m_peer.plcUrl();
    return request;
}

PdsPeer::TestAccount TestBlueskyConnect::newAccount()
{
    const QString handle = QStringLiteral("fanout%1.test").arg(++m_accounts);
    PdsPeer::TestAccount account = m_peer.createAccount(handle);
    if (account.did.isEmpty() || account.appPassword.isEmpty())
        qWarning("could not create %s on the PDS: %s", qPrintable(handle), qPrintable(m_peer.errorString()));
    return account;
}

bool TestBlueskyConnect::waitForEnd(Outcome &outcome, const std::function<void()> &start)
{
    QSignalSpy connectedSpy(m_connector.get(), &BlueskyConnector::connected);
    QSignalSpy checkedSpy(m_connector.get(), &BlueskyConnector::checked);
    QSignalSpy errorSpy(m_connector.get(), &BlueskyConnector::errorOccurred);
    start();
    const auto endings = [&] { return connectedSpy.count() + checkedSpy.count() + errorSpy.count(); };
    if (!QTest::qWaitFor([&] { return endings() > 0; }, kWaitMs))
        return false;
    outcome = {};
    outcome.endings = endings();
    if (!connectedSpy.isEmpty())
        outcome.account = connectedSpy.first().first().value<Account>();
    if (!checkedSpy.isEmpty())
        outcome.account = checkedSpy.first().first().value<Account>();
    if (!errorSpy.isEmpty())
        outcome.error = errorSpy.first().first().value<Error>();
    return !m_connector->isBusy();
}

bool TestBlueskyConnect::connectAccount(const ConnectRequest &request, Outcome &outcome)
{
    return waitForEnd(outcome, [&] { m_connector->connectAccount(request); });
}

bool TestBlueskyConnect::checkConnection(const QString &accountId, Outcome &outcome)
{
    return waitForEnd(outcome, [&] { m_connector->checkConnection(accountId); });
}

QList<QByteArray> TestBlueskyConnect::tokensSeen() const
{
    QList<QByteArray> tokens;
    for (const RecordingNetwork::Exchange &exchange : m_network->exchanges) {
        const QJsonObject body = QJsonDocument::fromJson(exchange.response).object();
        for (const char *key : {"accessJwt", "refreshJwt"}) {
            const QByteArray token = body.value(QLatin1StringView(key)).toString().toLatin1();
            if (!token.isEmpty())
                tokens << token;
        }
    }
    return tokens;
}

QStringList TestBlueskyConnect::leakedInto(const QList<QByteArray> &secrets) const
{
    QStringList places = test::filesContainingAny({m_service->dataDir()}, secrets);
    for (const QByteArray &secret : secrets) {
        if (!secret.isEmpty() && g_log.contains(secret))
            places << QStringLiteral("the log");
    }
    return places;
}

void TestBlueskyConnect::connectWithAppPassword()
{
    const PdsPeer::TestAccount pdsAccount = newAccount();
    QVERIFY(!pdsAccount.did.isEmpty());
    QSignalSpy changed(m_connector.get(), &BlueskyConnector::accountChanged);

    Outcome outcome;
    QVERIFY(connectAccount(request(pdsAccount.handle, pdsAccount.appPassword), outcome));
    QVERIFY2(!outcome.error, qPrintable(outcome.error ? errorMessage(*outcome.error) : QString()));
    QCOMPARE(outcome.endings, 1);
    const Account account = *outcome.account;
    QVERIFY(!account.id.isEmpty());
    QCOMPARE(account.platform, Platform::Bluesky);
    QCOMPARE(account.platformUserId, pdsAccount.did);
    QCOMPARE(account.handle, pdsAccount.handle);
    QCOMPARE(account.displayName, QStringLiteral("Display ") + pdsAccount.handle);
    QCOMPARE(account.status, AccountStatus::Connected);
    QCOMPARE(account.extensions.value(QLatin1StringView("pdsUrl")).toString(), m_peer.pdsUrl().toString());
    QCOMPARE(account.extensions.value(QLatin1StringView("service")).toString(), m_peer.pdsUrl().toString());
    // The refresh token lives about 90 days.
    QVERIFY(account.tokenExpiresAt > QDateTime::currentDateTimeUtc().addDays(30));

    // Resolution went through the service, the PLC directory and the PDS.
    QCOMPARE(m_network->count(QStringLiteral("com.atproto.identity.resolveHandle")), 1);
    QCOMPARE(m_network->count(QStringLiteral("/") + pdsAccount.did), 1);
    QCOMPARE(m_network->count(QStringLiteral("com.atproto.server.createSession")), 1);
    QCOMPARE(m_network->count(QStringLiteral("com.atproto.repo.getRecord")), 1);

    const Expected<QList<Account>> stored = m_service->accounts();
    QVERIFY(stored);
    QCOMPARE(stored->size(), 1);
    QCOMPARE(stored->first(), account);
    // A new row is announced by connected() alone.
    QCOMPARE(changed.count(), 0);

    const Expected<QJsonObject> secrets = m_service->vault().readSecrets(account);
    QVERIFY(secrets);
    QCOMPARE(secrets->value(QLatin1StringView("appPassword")).toString(), pdsAccount.appPassword);
    const QList<QByteArray> tokens = tokensSeen();
    QCOMPARE(tokens.size(), 2);
    QCOMPARE(secrets->value(QLatin1StringView("accessJwt")).toString().toLatin1(), tokens.at(0));
    QCOMPARE(secrets->value(QLatin1StringView("refreshJwt")).toString().toLatin1(), tokens.at(1));

    const QStringList leaks =
        leakedInto({pdsAccount.appPassword.toUtf8(), pdsAccount.password.toUtf8(), tokens.at(0), tokens.at(1)});
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u", ")));
}

void TestBlueskyConnect::connectWithDid()
{
    const PdsPeer::TestAccount pdsAccount = newAccount();
    QVERIFY(!pdsAccount.did.isEmpty());

    Outcome outcome;
    QVERIFY(connectAccount(request(pdsAccount.did, pdsAccount.appPassword), outcome));
    QVERIFY2(!outcome.error, qPrintable(outcome.error ? errorMessage(*outcome.error) : QString()));
    QCOMPARE(outcome.account->platformUserId, pdsAccount.did);
    // The handle comes from the session, not from the input.
    QCOMPARE(outcome.account->handle, pdsAccount.handle);
    QCOMPARE(m_network->count(QStringLiteral("com.atproto.identity.resolveHandle")), 0);
}

void TestBlueskyConnect::wrongPasswordStoresNothing()
{
    const PdsPeer::TestAccount pdsAccount = newAccount();
    QVERIFY(!pdsAccount.did.isEmpty());

    Outcome outcome;
    QVERIFY(connectAccount(request(pdsAccount.handle, QStringLiteral("aaaa-bbbb-cccc-dddd")), outcome));
    QVERIFY(!outcome.account);
    QCOMPARE(outcome.error->code, ErrorCode::PlatformAuthFailed);
    QVERIFY2(outcome.error->detail.contains(QLatin1StringView("AuthenticationRequired")),
             qPrintable(outcome.error->detail));
    QVERIFY(!outcome.error->detail.contains(QLatin1StringView("aaaa-bbbb-cccc-dddd")));
    QCOMPARE(m_service->accounts()->size(), 0);
}

void TestBlueskyConnect::mainPasswordRejected()
{
    const PdsPeer::TestAccount pdsAccount = newAccount();
    QVERIFY(!pdsAccount.did.isEmpty());

    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("main account password was entered")));
    Outcome outcome;
    QVERIFY(connectAccount(request(pdsAccount.handle, pdsAccount.password), outcome));
    QVERIFY(!outcome.account);
    QCOMPARE(outcome.error->code, ErrorCode::PlatformRejected);
    QVERIFY2(outcome.error->detail.contains(QLatin1StringView("App passwords")), qPrintable(outcome.error->detail));
    QCOMPARE(m_service->accounts()->size(), 0);
    QVERIFY(!m_connector->isBusy());

    // The session was deleted upstream before the error was reported.
    QCOMPARE(m_network->count(QStringLiteral("com.atproto.server.deleteSession")), 1);
    QCOMPARE(m_network->exchanges.last().status, 200);
    const QList<QByteArray> tokens = tokensSeen();
    QCOMPARE(tokens.size(), 2);
    QNetworkAccessManager network;
    QNetworkRequest refresh(QUrl(m_peer.pdsUrl().toString() + QLatin1StringView("/xrpc/com.atproto.server.refreshSession")));
    refresh.setRawHeader("Authorization", "Bearer " + tokens.at(1));
    std::unique_ptr<QNetworkReply> reply(network.post(refresh, QByteArray()));
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), kWaitMs);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 400);
    const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
    QCOMPARE(body.value(QLatin1StringView("error")).toString(), QStringLiteral("ExpiredToken"));

    const QStringList leaks = leakedInto({pdsAccount.password.toUtf8(), tokens.at(0), tokens.at(1)});
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u", ")));
}

void TestBlueskyConnect::reconnectKeepsId()
{
    const PdsPeer::TestAccount pdsAccount = newAccount();
    QVERIFY(!pdsAccount.did.isEmpty());

    Outcome first;
    QVERIFY(connectAccount(request(pdsAccount.handle, pdsAccount.appPassword), first));
    QVERIFY(first.account);
    Outcome second;
    QVERIFY(connectAccount(request(pdsAccount.did, pdsAccount.appPassword), second));
    QVERIFY(second.account);
    QCOMPARE(second.account->id, first.account->id);
    QCOMPARE(m_service->accounts()->size(), 1);

    const QList<QByteArray> tokens = tokensSeen();
    QCOMPARE(tokens.size(), 4);
    const Expected<QJsonObject> secrets = m_service->vault().readSecrets(*second.account);
    QVERIFY(secrets);
    QCOMPARE(secrets->value(QLatin1StringView("refreshJwt")).toString().toLatin1(), tokens.at(3));
}

void TestBlueskyConnect::reconnectRejectsOtherAccount()
{
    // A handle can move to another account (here: another PDS account with
    // its own DID). Reconnecting the old account with it must not add the
    // other one as a second row.
    const PdsPeer::TestAccount original = newAccount();
    const PdsPeer::TestAccount other = newAccount();
    QVERIFY(!original.did.isEmpty());
    QVERIFY(!other.did.isEmpty());
    Outcome connected;
    QVERIFY(connectAccount(request(original.handle, original.appPassword), connected));
    QVERIFY(connected.account);

    ConnectRequest renew = request(other.handle, other.appPassword);
    renew.expectedDid = original.did;
    Outcome rejected;
    QVERIFY(connectAccount(renew, rejected));
    QVERIFY(rejected.error);
    QCOMPARE(rejected.error->code, ErrorCode::InvalidInput);
    QVERIFY2(errorMessage(*rejected.error).contains(other.did), qPrintable(errorMessage(*rejected.error)));
    QCOMPARE(m_service->accounts()->size(), 1);
    QCOMPARE(m_service->accounts()->constFirst().id, connected.account->id);
    // Stopped before signing in: the other account has no session from Fanout.
    QCOMPARE(m_network->count(QStringLiteral("com.atproto.server.createSession")), 1);

    // The account's own handle still renews it.
    ConnectRequest same = request(original.handle, original.appPassword);
    same.expectedDid = original.did;
    Outcome renewed;
    QVERIFY(connectAccount(same, renewed));
    QVERIFY2(renewed.account, renewed.error ? qPrintable(errorMessage(*renewed.error)) : "");
    QCOMPARE(renewed.account->id, connected.account->id);
    QCOMPARE(m_service->accounts()->size(), 1);
}

void TestBlueskyConnect::expiredAccessTokenIsRefreshed()
{
    const PdsPeer::TestAccount pdsAccount = newAccount();
    QVERIFY(!pdsAccount.did.isEmpty());
    Outcome connected;
    QVERIFY(connectAccount(request(pdsAccount.handle, pdsAccount.appPassword), connected));
    QVERIFY(connected.account);
    const Account account = *connected.account;

    const QByteArray expired = m_peer.mintExpiredAccessToken(pdsAccount.did);
    QVERIFY2(!expired.isEmpty(), qPrintable(m_peer.errorString()));
    QJsonObject secrets = *m_service->vault().readSecrets(account);
    const QString oldRefresh = secrets.value(QLatin1StringView("refreshJwt")).toString();
    secrets.insert(QStringLiteral("accessJwt"), QString::fromLatin1(expired));
    QVERIFY(m_service->vault().updateSecrets(account, secrets, account.tokenExpiresAt));

    QSignalSpy changed(m_connector.get(), &BlueskyConnector::accountChanged);
    Outcome checked;
    QVERIFY(checkConnection(account.id, checked));
    QVERIFY2(!checked.error, qPrintable(checked.error ? errorMessage(*checked.error) : QString()));
    QCOMPARE(checked.account->id, account.id);
    QCOMPARE(checked.account->status, AccountStatus::Connected);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_network->count(QStringLiteral("com.atproto.server.getSession")), 2);
    QCOMPARE(m_network->count(QStringLiteral("com.atproto.server.refreshSession")), 1);
    QCOMPARE(m_network->count(QStringLiteral("com.atproto.server.createSession")), 1); // the connect's

    const QJsonObject stored = *m_service->vault().readSecrets(account);
    const QString newAccess = stored.value(QLatin1StringView("accessJwt")).toString();
    const QString newRefresh = stored.value(QLatin1StringView("refreshJwt")).toString();
    QVERIFY(newAccess != QString::fromLatin1(expired));
    QVERIFY(newRefresh != oldRefresh);
    QVERIFY(!newAccess.isEmpty() && !newRefresh.isEmpty());
    QCOMPARE(stored.value(QLatin1StringView("appPassword")).toString(), pdsAccount.appPassword);
    QVERIFY(tokensSeen().contains(newRefresh.toLatin1()));

    // A second check uses the stored fresh token: one getSession, no refresh.
    Outcome again;
    QVERIFY(checkConnection(account.id, again));
    QVERIFY(!again.error);
    QCOMPARE(m_network->count(QStringLiteral("com.atproto.server.getSession")), 3);
    QCOMPARE(m_network->count(QStringLiteral("com.atproto.server.refreshSession")), 1);
    QVERIFY(m_service->events()->isEmpty());

    const QStringList leaks = leakedInto({expired, pdsAccount.appPassword.toUtf8()});
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u", ")));
}

void TestBlueskyConnect::revokedAppPasswordMarksAuthFailed()
{
    const PdsPeer::TestAccount pdsAccount = newAccount();
    QVERIFY(!pdsAccount.did.isEmpty());
    Outcome connected;
    QVERIFY(connectAccount(request(pdsAccount.handle, pdsAccount.appPassword), connected));
    QVERIFY(connected.account);
    const Account account = *connected.account;

    QVERIFY2(m_peer.revokeAppPassword(pdsAccount), qPrintable(m_peer.errorString()));
    // The old access token would still work for two hours: store an expired
    // one, so the check has to refresh with the (now revoked) refresh token.
    QJsonObject secrets = *m_service->vault().readSecrets(account);
    const QByteArray expired = m_peer.mintExpiredAccessToken(pdsAccount.did);
    QVERIFY(!expired.isEmpty());
    secrets.insert(QStringLiteral("accessJwt"), QString::fromLatin1(expired));
    QVERIFY(m_service->vault().updateSecrets(account, secrets, account.tokenExpiresAt));

    QSignalSpy changed(m_connector.get(), &BlueskyConnector::accountChanged);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("lost its Bluesky sign-in")));
    Outcome checked;
    QVERIFY(checkConnection(account.id, checked));
    QVERIFY(!checked.account);
    QCOMPARE(checked.error->code, ErrorCode::PlatformAuthFailed);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_service->account(account.id)->status, AccountStatus::AuthFailed);
    QCOMPARE(m_network->count(QStringLiteral("com.atproto.server.refreshSession")), 1);
    QCOMPARE(m_network->count(QStringLiteral("com.atproto.server.createSession")), 2); // connect + retry

    // A second check fails the same way but records no second event.
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("lost its Bluesky sign-in")));
    Outcome again;
    QVERIFY(checkConnection(account.id, again));
    QCOMPARE(again.error->code, ErrorCode::PlatformAuthFailed);
    const Expected<QList<AccountEvent>> events = m_service->events();
    QVERIFY(events);
    QCOMPARE(events->size(), 1);
    QCOMPARE(events->first().accountId, account.id);
    QCOMPARE(events->first().type, QString(kTokenRevoked));
    QVERIFY(!events->first().detail.isEmpty());

    const QStringList leaks = leakedInto({expired, pdsAccount.appPassword.toUtf8(), pdsAccount.password.toUtf8()});
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u", ")));
}

void TestBlueskyConnect::networkErrorKeepsStatus()
{
    const PdsPeer::TestAccount pdsAccount = newAccount();
    QVERIFY(!pdsAccount.did.isEmpty());
    Outcome connected;
    QVERIFY(connectAccount(request(pdsAccount.handle, pdsAccount.appPassword), connected));
    QVERIFY(connected.account);
    Account account = *connected.account;

    // A port on 127.0.0.1 that nothing listens on any more.
    quint16 closedPort = 0;
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        closedPort = server.serverPort();
    }
    account.extensions.insert(QStringLiteral("pdsUrl"), QStringLiteral("http://127.0.0.1:%1").arg(closedPort));
    const QJsonObject secrets = *m_service->vault().readSecrets(account);
    QVERIFY(m_service->vault().saveConnection(account, secrets));

    QSignalSpy changed(m_connector.get(), &BlueskyConnector::accountChanged);
    Outcome checked;
    QVERIFY(checkConnection(account.id, checked));
    QCOMPARE(checked.error->code, ErrorCode::NetworkError);
    QVERIFY2(checked.error->detail.contains(QLatin1StringView("ConnectionRefused")), qPrintable(checked.error->detail));
    QCOMPARE(changed.count(), 0);
    QCOMPARE(m_service->account(account.id)->status, AccountStatus::Connected);
    QVERIFY(m_service->events()->isEmpty());
}

void TestBlueskyConnect::invalidIdentifierSendsNothing_data()
{
    QTest::addColumn<QString>("identifier");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QUrl>("service");

    const QUrl local(QStringLiteral("http://127.0.0.1:9"));
    const QString password = QStringLiteral("abcd-efgh-ijkl-mnop");
    QTest::newRow("at sign") << QStringLiteral("jo@hn.test") << password << local;
    QTest::newRow("empty label") << QStringLiteral("john..test") << password << local;
    QTest::newRow("single label") << QStringLiteral("org") << password << local;
    QTest::newRow("numeric tld") << QStringLiteral("john.0") << password << local;
    QTest::newRow("empty") << QString() << password << local;
    QTest::newRow("unsupported did") << QStringLiteral("did:key:zQ3shZc2QzApp2oymGvQbzP8eKheVshBHbU4") << password
                                     << local;
    QTest::newRow("no password") << QStringLiteral("alice.test") << QString() << local;
    QTest::newRow("plain http elsewhere")
        << QStringLiteral("alice.test") << password << QUrl(QStringLiteral("http://example.com"));
    QTest::newRow("not a url") << QStringLiteral("alice.test") << password << QUrl(QStringLiteral("bsky.social"));
}

void TestBlueskyConnect::invalidIdentifierSendsNothing()
{
    QFETCH(QString, identifier);
    QFETCH(QString, password);
    QFETCH(QUrl, service);

    ConnectRequest connect = request(identifier, password);
    connect.service = service;
    QSignalSpy errors(m_connector.get(), &BlueskyConnector::errorOccurred);
    m_connector->connectAccount(connect);
    // Reported before the call returns, without a single request.
    QCOMPARE(errors.count(), 1);
    QCOMPARE(errors.first().first().value<Error>().code, ErrorCode::InvalidInput);
    QVERIFY(!errors.first().first().value<Error>().detail.isEmpty());
    QVERIFY(!m_connector->isBusy());
    QVERIFY(m_network->exchanges.isEmpty());
    QCOMPARE(m_service->accounts()->size(), 0);
}

void TestBlueskyConnect::cancelDuringConnect()
{
    const PdsPeer::TestAccount pdsAccount = newAccount();
    QVERIFY(!pdsAccount.did.isEmpty());

    // Cancel as soon as the password is on its way.
    QSignalSpy errors(m_connector.get(), &BlueskyConnector::errorOccurred);
    QSignalSpy connectedSpy(m_connector.get(), &BlueskyConnector::connected);
    connect(m_network.get(), &RecordingNetwork::requestStarted, m_connector.get(), [this](const QString &method) {
        if (method == QLatin1StringView("com.atproto.server.createSession") && m_connector->isBusy())
            QMetaObject::invokeMethod(m_connector.get(), &BlueskyConnector::cancel, Qt::QueuedConnection);
    });
    m_connector->connectAccount(request(pdsAccount.handle, pdsAccount.appPassword));
    QTRY_COMPARE_WITH_TIMEOUT(errors.count(), 1, kWaitMs);
    QCOMPARE(errors.first().first().value<Error>().code, ErrorCode::ConnectCancelled);
    QVERIFY(!m_connector->isBusy());

    // The connector is usable again at once; the cancelled connect never ends twice.
    disconnect(m_network.get(), &RecordingNetwork::requestStarted, m_connector.get(), nullptr);
    m_connector->connectAccount(request(pdsAccount.handle, pdsAccount.appPassword));
    QTRY_COMPARE_WITH_TIMEOUT(connectedSpy.count(), 1, kWaitMs);
    QCOMPARE(errors.count(), 1);
    QCOMPARE(m_service->accounts()->size(), 1);
}

// Answers from a server that misbehaves, for the paths a healthy PDS never takes.
void TestBlueskyConnect::upstreamFailures_data()
{
    QTest::addColumn<QByteArray>("response");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("detailPart");

    const qint64 reset = QDateTime::currentSecsSinceEpoch() + 4 * 60 + 30;
    const QByteArray limited = R"({"error":"RateLimitExceeded","message":"Rate Limit Exceeded"})";
    QTest::newRow("rate limited")
        << QByteArray("HTTP/1.1 429 Too Many Requests\r\nContent-Type: application/json\r\nRateLimit-Reset: "
                      + QByteArray::number(reset) + "\r\nContent-Length: " + QByteArray::number(limited.size())
                      + "\r\nConnection: close\r\n\r\n" + limited)
        << int(ErrorCode::NetworkError) << QStringLiteral("try again in 5 minute");
    QTest::newRow("server error")
        << QByteArray("HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
        << int(ErrorCode::NetworkError) << QStringLiteral("HTTP 502");
    QTest::newRow("malformed json")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 9\r\n"
                      "Connection: close\r\n\r\n{\"did\":tr")
        << int(ErrorCode::UpstreamInvalidResponse) << QStringLiteral("HTTP 200");

    // An empty response stands for a server that accepts the request and never answers.
    QTest::newRow("no answer") << QByteArray() << int(ErrorCode::NetworkError)
                               << QStringLiteral("did not answer within 1 seconds");
    QTest::newRow("truncated body")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 400\r\n"
                      "Connection: close\r\n\r\n{\"did\":\"did:plc:")
        << int(ErrorCode::NetworkError) << QStringLiteral("RemoteHostClosed");
    const QByteArray huge = "{\"did\":\"" + QByteArray(2 << 20, 'a') + "\"}";
    QTest::newRow("2 MB body with length")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                      + QByteArray::number(huge.size()) + "\r\nConnection: close\r\n\r\n" + huge)
        << int(ErrorCode::UpstreamInvalidResponse) << QStringLiteral("larger than 1 MB");
    QTest::newRow("2 MB body without length")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n" + huge)
        << int(ErrorCode::UpstreamInvalidResponse) << QStringLiteral("larger than 1 MB");
    const QByteArray invalidUtf8 = "{\"did\":\"did:plc:\xff\xfe\xc3\"}";
    QTest::newRow("invalid utf-8")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                      + QByteArray::number(invalidUtf8.size()) + "\r\nConnection: close\r\n\r\n" + invalidUtf8)
        << int(ErrorCode::UpstreamInvalidResponse) << QStringLiteral("HTTP 200");
    const QByteArray invalidError = "{\"error\":\"Expired\xffToken\",\"message\":\"\xc0\xaf\"}";
    QTest::newRow("invalid utf-8 in error")
        << QByteArray("HTTP/1.1 400 Bad Request\r\nContent-Type: application/json\r\nContent-Length: "
                      + QByteArray::number(invalidError.size()) + "\r\nConnection: close\r\n\r\n" + invalidError)
        << int(ErrorCode::UpstreamInvalidResponse) << QStringLiteral("HTTP 400");
}

void TestBlueskyConnect::upstreamFailures()
{
    QFETCH(QByteArray, response);
    QFETCH(int, code);
    QFETCH(QString, detailPart);

    // The first connect stores a real account; then its PDS address is
    // pointed at a server on 127.0.0.1 that sends one canned response.
    const PdsPeer::TestAccount pdsAccount = newAccount();
    QVERIFY(!pdsAccount.did.isEmpty());
    Outcome connected;
    QVERIFY(connectAccount(request(pdsAccount.handle, pdsAccount.appPassword), connected));
    QVERIFY(connected.account);
    Account account = *connected.account;

    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    connect(&server, &QTcpServer::newConnection, this, [&server, response] {
        QTcpSocket *socket = server.nextPendingConnection();
        connect(socket, &QTcpSocket::readyRead, socket, [socket, response] {
            if (socket->readAll().contains("\r\n\r\n") && !response.isEmpty()) {
                socket->write(response);
                socket->disconnectFromHost();
            }
        });
    });
    account.extensions.insert(QStringLiteral("pdsUrl"), QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort()));
    QVERIFY(m_service->vault().saveConnection(account, *m_service->vault().readSecrets(account)));

    Outcome checked;
    m_connector->setRequestTimeout(std::chrono::seconds(1));
    QVERIFY(checkConnection(account.id, checked));
    QVERIFY(checked.error);
    QCOMPARE(int(checked.error->code), code);
    QVERIFY2(checked.error->detail.contains(detailPart), qPrintable(checked.error->detail));
    // The stored account is left as it was, secrets included.
    QCOMPARE(m_service->account(account.id)->status, AccountStatus::Connected);
    QVERIFY(m_service->events()->isEmpty());
    const Expected<QJsonObject> secrets = m_service->vault().readSecrets(account);
    QVERIFY2(secrets, qPrintable(secrets ? QString() : errorMessage(secrets.error())));
    QVERIFY(!secrets->value(QStringLiteral("refreshJwt")).toString().isEmpty());
    // One request: no retry loop on a rate limit or a server error.
    QCOMPARE(m_network->count(QStringLiteral("com.atproto.server.getSession")), 1);
}

void TestBlueskyConnect::untrustedTlsServiceStoresNothing()
{
    QVERIFY(QSslSocket::supportsSsl());
    QTemporaryDir certificateDir;
    QVERIFY(certificateDir.isValid());
    QString certificateError;
    const std::optional<QSslConfiguration> tls =
        test::selfSignedServerConfiguration(certificateDir.path(), &certificateError);
    QVERIFY2(tls, qPrintable(certificateError));

    // A service on 127.0.0.1 whose certificate no trusted CA signed, as a
    // man in the middle would present. It counts handshakes that completed
    // and ones that failed.
    QSslServer server;
    server.setSslConfiguration(*tls);
    int encrypted = 0;
    int failed = 0;
    connect(&server, &QSslServer::pendingConnectionAvailable, this, [&encrypted] { ++encrypted; });
    connect(&server, &QSslServer::errorOccurred, this,
            [&failed](QSslSocket *, QAbstractSocket::SocketError) { ++failed; });
    QVERIFY(server.listen(QHostAddress(QHostAddress::LocalHost), 0));

    const PdsPeer::TestAccount pdsAccount = newAccount();
    QVERIFY(!pdsAccount.did.isEmpty());
    ConnectRequest tlsRequest = request(pdsAccount.handle, pdsAccount.appPassword);
    tlsRequest.service = QUrl(QStringLiteral("https://127.0.0.1:%1").arg(server.serverPort()));

    Outcome outcome;
    QVERIFY(connectAccount(tlsRequest, outcome));
    QCOMPARE(outcome.endings, 1);
    QVERIFY(!outcome.account);
    QVERIFY(outcome.error);
    QCOMPARE(outcome.error->code, ErrorCode::NetworkError);
    QVERIFY2(outcome.error->detail.contains(QLatin1StringView("certificate")), qPrintable(outcome.error->detail));
    QVERIFY2(outcome.error->detail.contains(QLatin1StringView("127.0.0.1")), qPrintable(outcome.error->detail));

    // No handshake completed, so no request (and no app password) reached
    // the server, and nothing was stored.
    QTRY_VERIFY_WITH_TIMEOUT(failed >= 1, kWaitMs);
    QCOMPARE(encrypted, 0);
    QCOMPARE(m_service->accounts()->size(), 0);
    QVERIFY(m_service->events()->isEmpty());
    QCOMPARE(leakedInto({pdsAccount.appPassword.toUtf8()}), QStringList());
}

QTEST_GUILESS_MAIN(TestBlueskyConnect)
#include "tst_blueskyconnect.moc"
