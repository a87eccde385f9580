#include "tests/support/oidcpeer.h"

#include <algorithm>

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QStandardPaths>

namespace fanout::test {

namespace {

constexpr int kStartTimeoutMs = 60'000;
constexpr int kInstallTimeoutMs = 5 * 60'000;

[[nodiscard]] QString peerDirectory()
{
    const QString source = qEnvironmentVariable("FANOUT_SOURCE_DIR");
    return source.isEmpty() ? QString() : QDir(source).filePath(QStringLiteral("tests/peers/oidc"));
}

[[nodiscard]] QString tail(const QByteArray &output)
{
    const QString text = QString::fromUtf8(output).trimmed();
    return text.size() > 2000 ? text.right(2000) : text;
}

[[nodiscard]] OidcClient clientFromJson(const QJsonValue &json)
{
    const QJsonObject object = json.toObject();
    return {object.value(QLatin1StringView("clientId")).toString(),
            object.value(QLatin1StringView("clientSecret")).toString().toUtf8()};
}

[[nodiscard]] bool isLoopback(const QUrl &url)
{
    return url.isValid() && url.host() == QLatin1StringView("127.0.0.1");
}

} // namespace

OidcPeer::OidcPeer() = default;

OidcPeer::~OidcPeer()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    // start.mjs stops when its standard input closes.
    m_process.closeWriteChannel();
    if (!m_process.waitForFinished(10'000)) {
        m_process.terminate();
        if (!m_process.waitForFinished(5'000)) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }
}

bool OidcPeer::start()
{
    const QString directory = peerDirectory();
    if (directory.isEmpty()) {
        m_error = QStringLiteral("FANOUT_SOURCE_DIR is not set; run the test through CTest");
        return false;
    }
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    if (node.isEmpty()) {
        m_error = QStringLiteral("node is not installed (Node 20 runs the local OAuth test peer)");
        return false;
    }
    if (!QFileInfo::exists(QStringLiteral("/usr/bin/chromium"))) {
        m_error = QStringLiteral("/usr/bin/chromium is missing (packaging/install-deps.sh --tests)");
        return false;
    }
    if (!QFileInfo::exists(QDir(directory).filePath(QStringLiteral("node_modules/oidc-provider")))) {
        QProcess install;
        install.setWorkingDirectory(directory);
        install.start(QStringLiteral("bash"), {QDir(directory).filePath(QStringLiteral("install.sh"))});
        if (!install.waitForFinished(kInstallTimeoutMs) || install.exitStatus() != QProcess::NormalExit
            || install.exitCode() != 0) {
            install.kill();
            m_error = QStringLiteral("tests/peers/oidc/install.sh failed: ") + tail(install.readAllStandardError());
            return false;
        }
    }

    m_process.setWorkingDirectory(directory);
    m_process.start(node, {QDir(directory).filePath(QStringLiteral("start.mjs"))});
    if (!m_process.waitForStarted(kStartTimeoutMs)) {
        m_error = QStringLiteral("could not run node: ") + m_process.errorString();
        return false;
    }
    QElapsedTimer timer;
    timer.start();
    while (!m_process.canReadLine()) {
        const qint64 left = kStartTimeoutMs - timer.elapsed();
        if (left <= 0 || m_process.state() == QProcess::NotRunning) {
            m_error = QStringLiteral("the OAuth peer did not start: ") + tail(m_process.readAllStandardError());
            return false;
        }
        m_process.waitForReadyRead(int(std::min<qint64>(left, 1000)));
    }
    const QJsonObject ready = QJsonDocument::fromJson(m_process.readLine()).object();
    m_issuer = QUrl(ready.value(QLatin1StringView("issuer")).toString(), QUrl::StrictMode);
    m_authorizeUrl = QUrl(ready.value(QLatin1StringView("authorizeUrl")).toString(), QUrl::StrictMode);
    m_tokenUrl = QUrl(ready.value(QLatin1StringView("tokenUrl")).toString(), QUrl::StrictMode);
    m_xApiUrl = QUrl(ready.value(QLatin1StringView("xApiUrl")).toString(), QUrl::StrictMode);
    m_clientId = ready.value(QLatin1StringView("clientId")).toString();
    if (!isLoopback(m_issuer) || !isLoopback(m_authorizeUrl) || !isLoopback(m_tokenUrl) || !isLoopback(m_xApiUrl)
        || m_clientId.isEmpty()) {
        m_error = QStringLiteral("the OAuth peer printed no usable 127.0.0.1 addresses");
        return false;
    }
    const QJsonObject confidential = ready.value(QLatin1StringView("confidentialClients")).toObject();
    m_basicClient = clientFromJson(confidential.value(QLatin1StringView("basic")));
    m_postClient = clientFromJson(confidential.value(QLatin1StringView("post")));
    if (m_basicClient.clientSecret.isEmpty() || m_postClient.clientSecret.isEmpty()) {
        m_error = QStringLiteral("the OAuth peer printed no confidential clients");
        return false;
    }
    return true;
}

QJsonObject OidcPeer::stats() const
{
    QNetworkAccessManager network;
    QUrl url = m_xApiUrl;
    url.setPath(QStringLiteral("/_fanout/stats"));
    std::unique_ptr<QNetworkReply> reply(network.get(QNetworkRequest(url)));
    QEventLoop loop;
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    return QJsonDocument::fromJson(reply->readAll()).object();
}

std::unique_ptr<QProcess> OidcPeer::startConsent(const QUrl &url, bool deny) const
{
    auto process = std::make_unique<QProcess>();
    process->setWorkingDirectory(peerDirectory());
    QStringList arguments{QDir(peerDirectory()).filePath(QStringLiteral("consent.mjs")),
                          url.toString(QUrl::FullyEncoded)};
    if (deny)
        arguments.append(QStringLiteral("--deny"));
    process->start(QStandardPaths::findExecutable(QStringLiteral("node")), arguments);
    return process;
}

} // namespace fanout::test
