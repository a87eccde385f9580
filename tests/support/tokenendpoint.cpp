#include "tests/support/tokenendpoint.h"

#include <QDateTime>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

namespace fanout::test {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 404:
        return "Not Found";
    case 429:
        return "Too Many Requests";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

QByteArray oauthError(const char *error)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("error"), QLatin1StringView(error)}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

TokenEndpoint::TokenEndpoint(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &TokenEndpoint::handleConnection);
}

TokenEndpoint::~TokenEndpoint() = default;

bool TokenEndpoint::start()
{
    return m_server->listen(QHostAddress::LocalHost, 0);
}

QUrl TokenEndpoint::tokenUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/2/oauth2/token").arg(m_server->serverPort()));
}

QUrl TokenEndpoint::pingUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/ping").arg(m_server->serverPort()));
}

QString TokenEndpoint::issueGrant(const QString &subject)
{
    const QString token = QStringLiteral("rt-%1-%2").arg(++m_serial).arg(QRandomGenerator::global()->generate64(), 0, 16);
    m_current.insert(subject, token);
    m_subjectOf.insert(token, subject);
    m_revoked.remove(subject);
    return token;
}

QString TokenEndpoint::currentRefreshToken(const QString &subject) const
{
    return m_current.value(subject);
}

bool TokenEndpoint::isRevoked(const QString &subject) const
{
    return m_revoked.contains(subject);
}

void TokenEndpoint::failNext(int count, int status, const QByteArray &body)
{
    m_failCount = count;
    m_failStatus = status;
    m_failBody = body;
}

void TokenEndpoint::handleConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { handleData(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void TokenEndpoint::handleData(QTcpSocket *socket)
{
    struct Request {
        QByteArray method;
        QByteArray path;
        QByteArray body;
    };
    // Complete requests are taken out of the buffer before any is answered:
    // answering may disconnect the socket, which drops its buffer.
    QByteArray buffer = m_buffers.value(socket) + socket->readAll();
    QList<Request> requests;
    // Keep-alive: one connection may carry several requests in a row.
    for (;;) {
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            break;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        qsizetype contentLength = 0;
        for (const QByteArray &line : lines.mid(1)) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().toLower() == "content-length")
                contentLength = line.mid(colon + 1).trimmed().toLongLong();
        }
        if (buffer.size() < headerEnd + 4 + contentLength)
            break;
        requests.append({requestLine.value(0), requestLine.value(1), buffer.mid(headerEnd + 4, contentLength)});
        buffer.remove(0, headerEnd + 4 + contentLength);
    }
    m_buffers.insert(socket, buffer);

    const QPointer<QTcpSocket> alive(socket);
    for (const Request &request : std::as_const(requests)) {
        if (!alive || alive->state() != QAbstractSocket::ConnectedState)
            return;
        answer(socket, request.method, request.path, request.body);
    }
}

void TokenEndpoint::answer(QTcpSocket *socket, const QByteArray &method, const QByteArray &path,
                           const QByteArray &body)
{
    if (method == "GET" && path == "/ping") {
        write(socket, 200, QByteArrayLiteral("{\"ok\":true}"));
        return;
    }
    if (method != "POST" || path != "/2/oauth2/token") {
        write(socket, 404, oauthError("not_found"));
        return;
    }
    ++m_requests;
    int status = 200;
    QString subject;
    const QByteArray reply = refresh(body, status, subject);
    // The grant rotated here, whether or not the reply reaches the client.
    const qsizetype index = m_refreshes.size();
    if (status == 200)
        m_refreshes.append({subject, 0});
    const auto send = [this, socket = QPointer<QTcpSocket>(socket), status, reply, subject, index] {
        if (!socket || socket->state() != QAbstractSocket::ConnectedState)
            return;
        write(socket, status, reply);
        socket->flush();
        if (status == 200) {
            m_refreshes[index].repliedAtMs = QDateTime::currentMSecsSinceEpoch();
            Q_EMIT refreshServed(subject);
        }
    };
    if (m_delayMs > 0)
        QTimer::singleShot(m_delayMs, this, send);
    else
        send();
}

QByteArray TokenEndpoint::refresh(const QByteArray &body, int &status, QString &subject)
{
    if (m_failCount > 0) {
        --m_failCount;
        status = m_failStatus;
        return m_failBody;
    }
    const QUrlQuery form(QString::fromUtf8(body));
    if (form.queryItemValue(QStringLiteral("grant_type")) != u"refresh_token"
        || form.queryItemValue(QStringLiteral("client_id")) != clientId()) {
        status = 400;
        return oauthError("invalid_request");
    }
    const QString token = form.queryItemValue(QStringLiteral("refresh_token"), QUrl::FullyDecoded);
    subject = m_subjectOf.value(token);
    if (subject.isEmpty() || m_revoked.contains(subject)) {
        status = 400;
        return oauthError("invalid_grant");
    }
    if (m_current.value(subject) != token) {
        // A spent token came back: someone replayed it, so the grant dies.
        ++m_replays;
        m_revoked.insert(subject);
        m_current.remove(subject);
        status = 400;
        return oauthError("invalid_grant");
    }
    const QString next = issueGrant(subject);
    const QJsonObject reply{
        {QStringLiteral("token_type"), QStringLiteral("bearer")},
        {QStringLiteral("access_token"), QStringLiteral("at-%1").arg(m_serial)},
        {QStringLiteral("refresh_token"), next},
        {QStringLiteral("expires_in"), m_expiresIn},
        {QStringLiteral("scope"), QStringLiteral("tweet.read tweet.write users.read offline.access")},
    };
    return QJsonDocument(reply).toJson(QJsonDocument::Compact);
}

void TokenEndpoint::write(QTcpSocket *socket, int status, const QByteArray &body)
{
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    response += "Content-Type: application/json\r\n";
    response += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    response += "Connection: keep-alive\r\n\r\n";
    response += body;
    socket->write(response);
}

} // namespace fanout::test
