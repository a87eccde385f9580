#include "tests/support/nodepeer.h"

#include <algorithm>

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QStandardPaths>

namespace fanout::test {

NodePeer::NodePeer(Options options)
    : m_options(std::move(options))
{
}

NodePeer::~NodePeer()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.closeWriteChannel();
    if (!m_process.waitForFinished(10'000)) {
        m_process.terminate();
        if (!m_process.waitForFinished(5'000)) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }
}

QString NodePeer::directory() const
{
    const QString source = qEnvironmentVariable("FANOUT_SOURCE_DIR");
    if (source.isEmpty())
        return {};
    return QDir(source).filePath(QStringLiteral("tests/peers/") + m_options.name);
}

QString NodePeer::tail(const QByteArray &output)
{
    const QString text = QString::fromUtf8(output).trimmed();
    return text.size() > 2000 ? text.right(2000) : text;
}

bool NodePeer::isLoopback(const QUrl &url)
{
    return url.isValid() && url.host() == QLatin1StringView("127.0.0.1");
}

bool NodePeer::install(const QString &directory)
{
    // One-time npm install of the pinned packages (npm registry only).
    QProcess installer;
    installer.setWorkingDirectory(directory);
    installer.start(QStringLiteral("bash"), {QDir(directory).filePath(QStringLiteral("install.sh"))});
    if (!installer.waitForFinished(m_options.installTimeoutMs) || installer.exitStatus() != QProcess::NormalExit
        || installer.exitCode() != 0) {
        installer.kill();
        installer.waitForFinished();
        m_error = QStringLiteral("the packages of %1 are missing and tests/peers/%2/install.sh failed: %3")
                      .arg(m_options.description, m_options.name, tail(installer.readAllStandardError()));
        return false;
    }
    return true;
}

std::optional<QJsonObject> NodePeer::start()
{
    const QString folder = directory();
    if (folder.isEmpty()) {
        m_error = QStringLiteral("FANOUT_SOURCE_DIR is not set; run the test through CTest");
        return std::nullopt;
    }
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    if (node.isEmpty()) {
        m_error = QStringLiteral("node is not installed (Node 20 runs %1)").arg(m_options.description);
        return std::nullopt;
    }
    if (!m_options.installedPath.isEmpty() && !QFileInfo::exists(QDir(folder).filePath(m_options.installedPath))
        && !install(folder))
        return std::nullopt;

    m_process.setWorkingDirectory(folder);
    m_process.start(node, {QDir(folder).filePath(QStringLiteral("start.mjs"))});
    if (!m_process.waitForStarted(m_options.startTimeoutMs)) {
        m_error = QStringLiteral("could not run node: ") + m_process.errorString();
        return std::nullopt;
    }
    QElapsedTimer timer;
    timer.start();
    while (!m_process.canReadLine()) {
        const qint64 left = m_options.startTimeoutMs - timer.elapsed();
        if (left <= 0 || m_process.state() == QProcess::NotRunning) {
            m_error = QStringLiteral("%1 did not start: %2")
                          .arg(m_options.description, tail(m_process.readAllStandardError()));
            return std::nullopt;
        }
        m_process.waitForReadyRead(int(std::min<qint64>(left, 1000)));
    }
    const QJsonDocument ready = QJsonDocument::fromJson(m_process.readLine());
    if (!ready.isObject()) {
        m_error = QStringLiteral("%1 printed no JSON object as its ready line").arg(m_options.description);
        return std::nullopt;
    }
    return ready.object();
}

std::unique_ptr<QProcess> NodePeer::startScript(const QString &script, const QStringList &arguments) const
{
    auto process = std::make_unique<QProcess>();
    process->setWorkingDirectory(directory());
    process->start(QStandardPaths::findExecutable(QStringLiteral("node")),
                   QStringList{QDir(directory()).filePath(script)} + arguments);
    return process;
}

} // namespace fanout::test
