// OAuthFlow against a callback sender and a token endpoint that the test
// controls, all on 127.0.0.1: a port already in use, a replayed callback, a
// flood of forged callbacks, and a token endpoint whose TLS certificate is
// self-signed. No keychain and no browser: the flow stores nothing itself, so
// "nothing stored" means it never emits granted().

#if defined(__SANITIZE_ADDRESS__)
#include <cstddef>
// GCC ships no sanitizer/allocator_interface.h, but its libasan exports this.
extern "C" std::size_t __sanitizer_get_current_allocated_bytes();
#else
#include <malloc.h>
#endif

#include <QDir>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include "app/oauth/oauthflow.h"
#include "app/providers/providerconfig.h"
#include "tests/support/logcapture.h"
#include "tests/support/ports.h"
#include "tests/support/selfsigned.h"

using namespace fanout;
using fanout::test::freePort;
using fanout::test::portIsFree;
using namespace std::chrono_literals;

namespace {

constexpr int kWaitMs = 20'000;

const QByteArray kTokenReply = QByteArrayLiteral(
    R"({"access_token":"flow-access-token","refresh_token":"flow-refresh-token","token_type":"bearer","expires_in":7200,"scope":"tweet.read users.read"})");

// Open file descriptors of this process: every socket the listener keeps
// open shows up here.
[[nodiscard]] qsizetype openDescriptors()
{
    return QDir(QStringLiteral("/proc/self/fd")).entryList(QDir::Files | QDir::System | QDir::NoDotAndDotDot).size();
}

// Heap bytes this process has allocated and not freed. Under ASan, freed
// blocks wait in its quarantine and the resident size keeps growing, so its
// allocator's own count is used there.
[[nodiscard]] qint64 liveHeapBytes()
{
#if defined(__SANITIZE_ADDRESS__)
    return qint64(__sanitizer_get_current_allocated_bytes());
#else
    const struct mallinfo2 info = mallinfo2();
    return qint64(info.uordblks + info.hblkhd);
#endif
}

// A token endpoint on 127.0.0.1 that records the body of every request and
// responds to each with kTokenReply. With a certificate and key it speaks HTTPS.
class FakeTokenEndpoint final : public QObject
{
public:
    explicit FakeTokenEndpoint(const QSslConfiguration *tls = nullptr)
    {
        if (tls) {
            auto *server = new QSslServer(this);
            server->setSslConfiguration(*tls);
            connect(server, &QSslServer::errorOccurred, this,
                    [this](QSslSocket *, QAbstractSocket::SocketError) { ++m_handshakeFailures; });
            m_server = server;
        } else {
            m_server = new QTcpServer(this);
        }
        connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &FakeTokenEndpoint::accept);
    }

    [[nodiscard]] bool listen() { return m_server->listen(QHostAddress(QHostAddress::LocalHost), 0); }
    [[nodiscard]] QUrl url(const QString &scheme) const
    {
        return QUrl(QStringLiteral("%1://127.0.0.1:%2/token").arg(scheme).arg(m_server->serverPort()));
    }
    [[nodiscard]] const QList<QByteArray> &bodies() const { return m_bodies; }
    [[nodiscard]] int connections() const { return m_connections; }
    [[nodiscard]] int handshakeFailures() const { return m_handshakeFailures; }

private:
    void accept()
    {
        while (QTcpSocket *socket = m_server->nextPendingConnection()) {
            ++m_connections;
            socket->setParent(this);
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
        }
    }

    void read(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        qsizetype length = 0;
        for (const QByteArray &line : buffer.first(headerEnd).split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (buffer.size() < headerEnd + 4 + length)
            return;
        m_bodies.append(buffer.sliced(headerEnd + 4, length));
        m_buffers.remove(socket);
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: "
                      + QByteArray::number(kTokenReply.size()) + "\r\n\r\n" + kTokenReply);
        socket->disconnectFromHost();
    }

    QTcpServer *m_server = nullptr;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<QByteArray> m_bodies;
    int m_connections = 0;
    int m_handshakeFailures = 0;
};

// A flow for X with the token endpoint at tokenUrl and a free redirect port.
[[nodiscard]] ProviderConfig twitterConfig(const QUrl &tokenUrl, quint16 redirectPort)
{
    ProviderConfig config = *defaultProviderConfig(Platform::Twitter);
    config.clientId = QStringLiteral("flow-test-client");
    config.authorizeUrl = QUrl(QStringLiteral("http://127.0.0.1:1/authorize"));
    config.tokenUrl = tokenUrl;
    config.redirectPort = redirectPort;
    return config;
}

// The redirect the browser would make after consent: the flow's redirect_uri
// with code and state appended.
[[nodiscard]] QUrl callbackUrl(const QUrl &authorizationUrl, const QString &code, const QString &state)
{
    const QUrlQuery sent(authorizationUrl);
    QUrl redirect(sent.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("code"), code);
    query.addQueryItem(QStringLiteral("state"), state);
    redirect.setQuery(query);
    return redirect;
}

// Sends a GET request to every url, as many at once as QNetworkAccessManager
// allows per host, and returns the network error of each once all have
// finished.
QList<QNetworkReply::NetworkError> sendAll(QNetworkAccessManager &network, const QList<QUrl> &urls)
{
    QList<QNetworkReply::NetworkError> errors(urls.size(), QNetworkReply::UnknownNetworkError);
    int finished = 0;
    for (qsizetype i = 0; i < urls.size(); ++i) {
        QNetworkReply *reply = network.get(QNetworkRequest(urls.at(i)));
        QObject::connect(reply, &QNetworkReply::finished, reply, [reply, i, &errors, &finished] {
            errors[i] = reply->error();
            ++finished;
            reply->deleteLater();
        });
    }
    if (!QTest::qWaitFor([&] { return finished == urls.size(); }, kWaitMs * 3))
        qWarning("only %d of %lld callbacks were answered", finished, qlonglong(urls.size()));
    return errors;
}

} // namespace

class tst_OAuthFlow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void portInUseGivesClearError();
    void codeIsExchangedOnce();
    void callbackPagesExplainOutcome();
    void callbackFloodKeepsFlowUsable();
    void untrustedTlsTokenEndpoint();

private:
    QNetworkAccessManager m_network;
};

void tst_OAuthFlow::portInUseGivesClearError()
{
    QTcpServer occupant;
    QVERIFY(occupant.listen(QHostAddress(QHostAddress::LocalHost), 0));
    const quint16 port = occupant.serverPort();

    oauth::OAuthFlow flow(twitterConfig(QUrl(QStringLiteral("http://127.0.0.1:1/token")), port), std::nullopt,
                          m_network);
    QSignalSpy urlReady(&flow, &oauth::OAuthFlow::authorizationUrlReady);
    QSignalSpy failed(&flow, &oauth::OAuthFlow::errorOccurred);
    flow.start();

    QCOMPARE(failed.size(), 1);
    const auto error = failed.at(0).at(0).value<Error>();
    QCOMPARE(error.code, ErrorCode::NetworkError);
    const QString message = errorMessage(error);
    QVERIFY2(message.contains(QString::number(port)), qPrintable(message));
    QVERIFY2(message.contains(QLatin1StringView("127.0.0.1")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1StringView("in use")), qPrintable(message));
    QCOMPARE(urlReady.size(), 0);
    QVERIFY(!flow.isListening());
    // The other program keeps its port: Fanout did not take it over.
    QVERIFY(occupant.isListening());
    QVERIFY(!portIsFree(port));
}

void tst_OAuthFlow::codeIsExchangedOnce()
{
    FakeTokenEndpoint endpoint;
    QVERIFY(endpoint.listen());
    const quint16 port = freePort();
    QVERIFY(port);
    oauth::FlowOptions options;
    options.forcedState = QStringLiteral("replay-state");
    oauth::OAuthFlow flow(twitterConfig(endpoint.url(QStringLiteral("http")), port), std::nullopt, m_network,
                          options);
    QSignalSpy urlReady(&flow, &oauth::OAuthFlow::authorizationUrlReady);
    QSignalSpy granted(&flow, &oauth::OAuthFlow::granted);
    QSignalSpy failed(&flow, &oauth::OAuthFlow::errorOccurred);
    flow.start();
    QCOMPARE(urlReady.size(), 1);

    // The browser's redirect and a copy of it sent at the same moment (a
    // reload, or a local process that read the code): both reach the
    // listener before it closes.
    const QUrl callback = callbackUrl(urlReady.at(0).at(0).toUrl(), QStringLiteral("one-time-code"),
                                      options.forcedState);
    QNetworkAccessManager browser;
    const QList<QNetworkReply::NetworkError> first = sendAll(browser, {callback, callback});
    QTRY_COMPARE_WITH_TIMEOUT(granted.size() + failed.size(), 1, kWaitMs);
    QCOMPARE(failed.size(), 0);
    QCOMPARE(granted.at(0).at(0).value<oauth::TokenSet>().accessToken, QStringLiteral("flow-access-token"));
    QVERIFY2(first.contains(QNetworkReply::NoError), "neither callback was answered");

    // A replay after the exchange finds the port closed.
    const QList<QNetworkReply::NetworkError> replay = sendAll(browser, {callback});
    QCOMPARE(replay.at(0), QNetworkReply::ConnectionRefusedError);
    QVERIFY(portIsFree(port));

    // One token request, with the code: never a second one.
    QTest::qWait(200);
    QCOMPARE(endpoint.bodies().size(), 1);
    const QUrlQuery form(QString::fromUtf8(endpoint.bodies().at(0)));
    QCOMPARE(form.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded), QStringLiteral("one-time-code"));
    QCOMPARE(form.queryItemValue(QStringLiteral("grant_type")), QStringLiteral("authorization_code"));
    QVERIFY(!form.queryItemValue(QStringLiteral("code_verifier")).isEmpty());
    QCOMPARE(granted.size(), 1);
}

void tst_OAuthFlow::callbackPagesExplainOutcome()
{
    FakeTokenEndpoint endpoint;
    QVERIFY(endpoint.listen());
    const quint16 port = freePort();
    QVERIFY(port);
    oauth::FlowOptions options;
    options.forcedState = QStringLiteral("page-state");
    oauth::OAuthFlow flow(twitterConfig(endpoint.url(QStringLiteral("http")), port), std::nullopt, m_network,
                          options);
    QSignalSpy urlReady(&flow, &oauth::OAuthFlow::authorizationUrlReady);
    QSignalSpy failed(&flow, &oauth::OAuthFlow::errorOccurred);
    flow.start();
    QCOMPARE(urlReady.size(), 1);
    const QUrl genuine = callbackUrl(urlReady.at(0).at(0).toUrl(), QStringLiteral("unused"), options.forcedState);

    // The page the browser shows for a request to the listener.
    QNetworkAccessManager browser;
    const auto page = [&browser](const QUrl &url) {
        QNetworkReply *reply = browser.get(QNetworkRequest(url));
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, kWaitMs))
            reply->abort();
        reply->deleteLater();
        return std::pair(reply->error(), QString::fromUtf8(reply->readAll()));
    };

    // Not the sign-in Fanout waits for: the page explains it, and the flow keeps waiting.
    QUrl bare = genuine;
    bare.setQuery(QString());
    QUrl forged = genuine;
    forged.setQuery(QStringLiteral("code=x&state=forged"));
    for (const QUrl &url : {bare, forged}) {
        const auto [error, body] = page(url);
        QCOMPARE(error, QNetworkReply::NoError);
        QVERIFY2(body.contains(u"not expecting this sign-in reply"), qPrintable(body));
        QVERIFY2(!body.contains(u"close this tab"), qPrintable(body));
    }
    QCOMPARE(failed.size(), 0);

    // Denied consent: the browser gets the page before the flow reports the
    // error, whose sentence leaves out a description that is JSON.
    QUrl denied = genuine;
    denied.setQuery(QStringLiteral("error=access_denied&error_description=%7B%22raw%22%3A1%7D&state=")
                    + options.forcedState);
    const auto [error, body] = page(denied);
    QCOMPARE(error, QNetworkReply::NoError);
    QVERIFY2(body.contains(u"did not grant access, so nothing was connected"), qPrintable(body));
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, kWaitMs);
    const Error rejected = failed.at(0).at(0).value<Error>();
    QCOMPARE(rejected.code, ErrorCode::PlatformRejected);
    QVERIFY2(rejected.detail.contains(u"(access_denied)"), qPrintable(rejected.detail));
    QVERIFY2(!rejected.detail.contains(u'{'), qPrintable(rejected.detail));
    QVERIFY(portIsFree(port));
    QCOMPARE(endpoint.bodies().size(), 0);
}

void tst_OAuthFlow::callbackFloodKeepsFlowUsable()
{
    constexpr int kForged = 1000;
    FakeTokenEndpoint endpoint;
    QVERIFY(endpoint.listen());
    const quint16 port = freePort();
    QVERIFY(port);
    oauth::FlowOptions options;
    options.forcedState = QStringLiteral("flood-state");
    oauth::OAuthFlow flow(twitterConfig(endpoint.url(QStringLiteral("http")), port), std::nullopt, m_network,
                          options);
    QSignalSpy urlReady(&flow, &oauth::OAuthFlow::authorizationUrlReady);
    QSignalSpy granted(&flow, &oauth::OAuthFlow::granted);
    QSignalSpy failed(&flow, &oauth::OAuthFlow::errorOccurred);
    flow.start();
    QCOMPARE(urlReady.size(), 1);
    const QUrl authorizationUrl = urlReady.at(0).at(0).toUrl();

    QList<QUrl> forged;
    forged.reserve(kForged);
    for (int i = 0; i < kForged; ++i) {
        forged.append(callbackUrl(authorizationUrl, QStringLiteral("forged-code-%1").arg(i),
                                  QStringLiteral("wrong-state-%1").arg(i)));
    }

    // A short first wave warms up the sockets and allocator, so the memory
    // figure below measures what the flood itself keeps.
    QNetworkAccessManager attacker;
    (void)sendAll(attacker, forged.first(50));
    const qsizetype descriptorsBefore = openDescriptors();
    const qint64 heapBefore = liveHeapBytes();

    test::LogCapture log;
    const QList<QNetworkReply::NetworkError> errors = sendAll(attacker, forged.sliced(50));
    QCOMPARE(errors.count(QNetworkReply::NoError), kForged - 50);
    QVERIFY(flow.isListening());
    QCOMPARE(granted.size(), 0);
    QCOMPARE(failed.size(), 0);
    QCOMPARE(endpoint.connections(), 0);

    // The listener keeps no connection open and no memory per callback once
    // the sockets are gone (the test's own network client included).
    QTRY_VERIFY_WITH_TIMEOUT(openDescriptors() <= descriptorsBefore + 2, kWaitMs);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    const qint64 heapGrowth = liveHeapBytes() - heapBefore;
    qInfo("%d forged callbacks: the heap grew by %lld bytes", kForged - 50, qlonglong(heapGrowth));
    QVERIFY2(heapBefore > 0 && heapGrowth < 512 * 1024,
             qPrintable(QStringLiteral("the heap grew by %1 bytes").arg(heapGrowth)));
    // The log gets a few lines, not one per forged callback.
    const qsizetype logged = log.text().count("callbacks rejected") + log.text().count("callback rejected");
    QVERIFY2(logged > 0 && logged <= 20, qPrintable(QStringLiteral("%1 log lines").arg(logged)));

    // The real redirect still completes the connect, with one token request.
    (void)sendAll(attacker, {callbackUrl(authorizationUrl, QStringLiteral("real-code"), options.forcedState)});
    QTRY_COMPARE_WITH_TIMEOUT(granted.size(), 1, kWaitMs);
    QCOMPARE(failed.size(), 0);
    QCOMPARE(endpoint.bodies().size(), 1);
    const QUrlQuery form(QString::fromUtf8(endpoint.bodies().at(0)));
    QCOMPARE(form.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded), QStringLiteral("real-code"));
    QVERIFY(portIsFree(port));
}

void tst_OAuthFlow::untrustedTlsTokenEndpoint()
{
    QVERIFY(QSslSocket::supportsSsl());
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString certificateError;
    const std::optional<QSslConfiguration> tls = test::selfSignedServerConfiguration(dir.path(), &certificateError);
    QVERIFY2(tls, qPrintable(certificateError));

    FakeTokenEndpoint endpoint(&*tls);
    QVERIFY(endpoint.listen());
    const quint16 port = freePort();
    QVERIFY(port);
    oauth::FlowOptions options;
    options.forcedState = QStringLiteral("tls-state");
    oauth::OAuthFlow flow(twitterConfig(endpoint.url(QStringLiteral("https")), port), std::nullopt, m_network,
                          options);
    QSignalSpy urlReady(&flow, &oauth::OAuthFlow::authorizationUrlReady);
    QSignalSpy granted(&flow, &oauth::OAuthFlow::granted);
    QSignalSpy failed(&flow, &oauth::OAuthFlow::errorOccurred);
    flow.start();
    QCOMPARE(urlReady.size(), 1);

    QNetworkAccessManager browser;
    (void)sendAll(browser, {callbackUrl(urlReady.at(0).at(0).toUrl(), QStringLiteral("tls-code"),
                                        options.forcedState)});
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, kWaitMs);
    QCOMPARE(granted.size(), 0);
    const auto error = failed.at(0).at(0).value<Error>();
    QCOMPARE(error.code, ErrorCode::NetworkError);
    const QString message = errorMessage(error);
    QVERIFY2(message.contains(QLatin1StringView("certificate")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1StringView("127.0.0.1")), qPrintable(message));
    QVERIFY2(message.endsWith(u'.'), qPrintable(message));

    // The TLS handshake failed before any HTTP request: the code never left.
    QTRY_VERIFY_WITH_TIMEOUT(endpoint.handshakeFailures() >= 1, kWaitMs);
    QCOMPARE(endpoint.connections(), 0);
    QCOMPARE(endpoint.bodies().size(), 0);
    QVERIFY(portIsFree(port));
}

QTEST_GUILESS_MAIN(tst_OAuthFlow)
#include "tst_oauthflow.moc"
