#include "tests/support/platformfake.h"

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

// Runs the request to its end in a local event loop.
QByteArray await(QNetworkReply *reply, int *status = nullptr)
{
    const std::unique_ptr<QNetworkReply> owner(reply);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    if (status)
        *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    return reply->readAll();
}

} // namespace

PlatformFake::PlatformFake(QString name)
    : m_name(std::move(name))
{
}

PlatformFake::~PlatformFake()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    // The fake stops when its standard input closes.
    m_process.closeWriteChannel();
    if (!m_process.waitForFinished(5'000)) {
        m_process.kill();
        m_process.waitForFinished();
    }
}

bool PlatformFake::start()
{
    const QString source = qEnvironmentVariable("FANOUT_SOURCE_DIR");
    if (source.isEmpty()) {
        m_error = QStringLiteral("FANOUT_SOURCE_DIR is not set; run the test through CTest");
        return false;
    }
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    if (node.isEmpty()) {
        m_error = QStringLiteral("node is not installed (it runs the platform fakes)");
        return false;
    }
    m_process.start(node, {QDir(source).filePath(QStringLiteral("tests/peers/fakes/%1.mjs").arg(m_name))});
    if (!m_process.waitForStarted(kStartTimeoutMs)) {
        m_error = QStringLiteral("could not run node: ") + m_process.errorString();
        return false;
    }
    QElapsedTimer timer;
    timer.start();
    while (!m_process.canReadLine()) {
        const qint64 left = kStartTimeoutMs - timer.elapsed();
        if (left <= 0 || m_process.state() == QProcess::NotRunning) {
            m_error = QStringLiteral("the %1 fake did not start: %2")
                          .arg(m_name, QString::fromUtf8(m_process.readAllStandardError()).right(2000));
            return false;
        }
        m_process.waitForReadyRead(int(std::min<qint64>(left, 1000)));
    }
    const QJsonObject ready = QJsonDocument::fromJson(m_process.readLine()).object();
    m_baseUrl = QUrl(ready.value(QLatin1StringView("baseUrl")).toString(), QUrl::StrictMode);
    if (!m_baseUrl.isValid() || m_baseUrl.host() != u"127.0.0.1") {
        m_error = QStringLiteral("the %1 fake printed no 127.0.0.1 address").arg(m_name);
        return false;
    }
    return true;
}

QUrl PlatformFake::url(const QString &path) const
{
    QUrl url = m_baseUrl;
    url.setPath(path);
    return url;
}

QJsonObject PlatformFake::control(const QString &path, const QJsonObject &body) const
{
    QNetworkAccessManager network;
    QNetworkRequest request(url(path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    return QJsonDocument::fromJson(await(network.post(request, QJsonDocument(body).toJson()))).object();
}

QJsonObject PlatformFake::stats() const
{
    QNetworkAccessManager network;
    return QJsonDocument::fromJson(await(network.get(QNetworkRequest(url(QStringLiteral("/_fake/stats")))))).object();
}

int PlatformFake::followConsent(const QUrl &consentUrl) const
{
    QNetworkAccessManager network;
    // http → http redirects on 127.0.0.1 only, as a browser would follow them.
    network.setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
    int status = 0;
    await(network.get(QNetworkRequest(consentUrl)), &status);
    return status;
}

} // namespace fanout::test
