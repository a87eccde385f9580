#include "tests/support/graphpeer.h"

#include <algorithm>
#include <memory>

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QStandardPaths>

namespace fanout::test {

namespace {

constexpr int kStartTimeoutMs = 30'000;

} // namespace

GraphPeer::GraphPeer() = default;

GraphPeer::~GraphPeer()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    // start.mjs stops when its standard input closes.
    m_process.closeWriteChannel();
    if (!m_process.waitForFinished(10'000)) {
        m_process.kill();
        m_process.waitForFinished();
    }
}

bool GraphPeer::start()
{
    const QString source = qEnvironmentVariable("FANOUT_SOURCE_DIR");
    if (source.isEmpty()) {
        m_error = QStringLiteral("FANOUT_SOURCE_DIR is not set; run the test through CTest");
        return false;
    }
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    if (node.isEmpty()) {
        m_error = QStringLiteral("node is not installed (it runs the fake Graph API)");
        return false;
    }
    m_process.start(node, {QDir(source).filePath(QStringLiteral("tests/peers/graph/start.mjs"))});
    if (!m_process.waitForStarted(kStartTimeoutMs)) {
        m_error = QStringLiteral("could not run node: ") + m_process.errorString();
        return false;
    }
    QElapsedTimer timer;
    timer.start();
    while (!m_process.canReadLine()) {
        const qint64 left = kStartTimeoutMs - timer.elapsed();
        if (left <= 0 || m_process.state() == QProcess::NotRunning) {
            m_error = QStringLiteral("the fake Graph API did not start: ")
                      + QString::fromUtf8(m_process.readAllStandardError()).right(2000);
            return false;
        }
        m_process.waitForReadyRead(int(std::min<qint64>(left, 1000)));
    }
    const QJsonObject ready = QJsonDocument::fromJson(m_process.readLine()).object();
    m_url = QUrl(ready.value(QLatin1StringView("url")).toString(), QUrl::StrictMode);
    m_clientId = ready.value(QLatin1StringView("clientId")).toString();
    m_clientSecret = ready.value(QLatin1StringView("clientSecret")).toString().toUtf8();
    if (!m_url.isValid() || m_url.host() != QLatin1StringView("127.0.0.1") || m_clientId.isEmpty()
        || m_clientSecret.isEmpty()) {
        m_error = QStringLiteral("the fake Graph API printed no usable 127.0.0.1 address");
        return false;
    }
    return true;
}

QJsonObject GraphPeer::providerEntry(quint16 redirectPort) const
{
    return QJsonObject{
        {QStringLiteral("clientId"), m_clientId},
        {QStringLiteral("clientSecret"), QString::fromUtf8(m_clientSecret)},
        {QStringLiteral("authorizeUrl"), QString(m_url.toString() + QStringLiteral("/dialog/oauth"))},
        {QStringLiteral("tokenUrl"), QString(m_url.toString() + QStringLiteral("/oauth/access_token"))},
        {QStringLiteral("apiBaseUrl"), m_url.toString()},
        {QStringLiteral("redirectPort"), int(redirectPort)},
    };
}

QJsonObject GraphPeer::call(const QString &path, const QJsonObject *body) const
{
    QNetworkAccessManager network;
    QUrl url = m_url;
    url.setPath(path);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    std::unique_ptr<QNetworkReply> reply(body ? network.post(request, QJsonDocument(*body).toJson())
                                              : network.get(request));
    QEventLoop loop;
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    if (reply->error() != QNetworkReply::NoError)
        return {};
    return QJsonDocument::fromJson(reply->readAll()).object();
}

bool GraphPeer::setScenario(const QJsonObject &scenario) const
{
    return !call(QStringLiteral("/_fanout/scenario"), &scenario).isEmpty();
}

bool GraphPeer::revokePageTokens(int subcode) const
{
    const QJsonObject body{{QStringLiteral("subcode"), subcode}};
    return !call(QStringLiteral("/_fanout/revoke"), &body).isEmpty();
}

QJsonObject GraphPeer::stats() const
{
    return call(QStringLiteral("/_fanout/stats"), nullptr);
}

} // namespace fanout::test
