#include "tests/support/pdspeer.h"

#include <algorithm>

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QStandardPaths>

namespace fanout::test {

namespace {

constexpr int kStartTimeoutMs = 60'000;
constexpr int kInstallTimeoutMs = 15 * 60'000;
constexpr int kAdminTimeoutMs = 60'000;

[[nodiscard]] QString peerDirectory()
{
    const QString source = qEnvironmentVariable("FANOUT_SOURCE_DIR");
    if (source.isEmpty())
        return {};
    return QDir(source).filePath(QStringLiteral("tests/peers/pds"));
}

[[nodiscard]] QString randomPassword()
{
    QString password;
    for (int i = 0; i < 3; ++i)
        password += QString::number(QRandomGenerator::system()->generate64(), 36);
    return password;
}

// The last lines of a child's error output, for a failure message.
[[nodiscard]] QString tail(const QByteArray &output)
{
    const QString text = QString::fromUtf8(output).trimmed();
    return text.size() > 2000 ? text.right(2000) : text;
}

} // namespace

PdsPeer::PdsPeer() = default;

PdsPeer::~PdsPeer()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    // start.mjs stops when its standard input closes. SIGTERM follows if it keeps running.
    m_process.closeWriteChannel();
    if (!m_process.waitForFinished(10'000)) {
        m_process.terminate();
        if (!m_process.waitForFinished(5'000)) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }
}

bool PdsPeer::start()
{
    const QString directory = peerDirectory();
    if (directory.isEmpty()) {
        m_error = QStringLiteral("FANOUT_SOURCE_DIR is not set; run the test through CTest");
        return false;
    }
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    if (node.isEmpty()) {
        m_error = QStringLiteral("node is not installed (Node 20 runs the local PDS test peer)");
        return false;
    }
    if (!QFileInfo::exists(QDir(directory).filePath(QStringLiteral("node_modules/@atproto/pds")))) {
        // One-time npm install of the pinned peer (npm registry only).
        QProcess install;
        install.setWorkingDirectory(directory);
        install.start(QStringLiteral("bash"), {QDir(directory).filePath(QStringLiteral("install.sh"))});
        if (!install.waitForFinished(kInstallTimeoutMs) || install.exitStatus() != QProcess::NormalExit
            || install.exitCode() != 0) {
            install.kill();
            m_error = QStringLiteral("the PDS peer's packages are missing and tests/peers/pds/install.sh failed: ")
                      + tail(install.readAllStandardError());
            return false;
        }
    }

    m_process.setWorkingDirectory(directory);
    m_process.setProgram(node);
    m_process.setArguments({QDir(directory).filePath(QStringLiteral("start.mjs"))});
    m_process.start();
    if (!m_process.waitForStarted(kStartTimeoutMs)) {
        m_error = QStringLiteral("could not run node: ") + m_process.errorString();
        return false;
    }

    // The peer prints exactly one JSON line on stdout once it answers.
    QElapsedTimer timer;
    timer.start();
    while (!m_process.canReadLine()) {
        const qint64 left = kStartTimeoutMs - timer.elapsed();
        if (left <= 0 || m_process.state() == QProcess::NotRunning) {
            m_error = QStringLiteral("the PDS peer did not start: ") + tail(m_process.readAllStandardError());
            return false;
        }
        m_process.waitForReadyRead(int(std::min<qint64>(left, 1000)));
    }
    const QJsonObject ready = QJsonDocument::fromJson(m_process.readLine()).object();
    m_pdsUrl = QUrl(ready.value(QLatin1StringView("pdsUrl")).toString(), QUrl::StrictMode);
    m_plcUrl = QUrl(ready.value(QLatin1StringView("plcUrl")).toString(), QUrl::StrictMode);
    m_jwtSecret = ready.value(QLatin1StringView("jwtSecret")).toString().toUtf8();
    if (!m_pdsUrl.isValid() || !m_plcUrl.isValid() || m_jwtSecret.isEmpty()
        || m_pdsUrl.host() != QLatin1StringView("127.0.0.1") || m_plcUrl.host() != QLatin1StringView("127.0.0.1")) {
        m_error = QStringLiteral("the PDS peer printed no usable 127.0.0.1 addresses");
        return false;
    }
    return true;
}

QJsonObject PdsPeer::admin(const QStringList &arguments)
{
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    QProcess process;
    process.setWorkingDirectory(peerDirectory());
    process.start(node, QStringList{QDir(peerDirectory()).filePath(QStringLiteral("admin.mjs"))} + arguments);
    if (!process.waitForFinished(kAdminTimeoutMs) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        process.kill();
        process.waitForFinished();
        m_error = QStringLiteral("admin.mjs %1 failed: %2").arg(arguments.value(0), tail(process.readAllStandardError()));
        return {};
    }
    const QByteArray output = process.readAllStandardOutput().trimmed();
    const QJsonDocument document = QJsonDocument::fromJson(output);
    if (document.isObject())
        return document.object();
    // mint-expired prints the bare token.
    return QJsonObject{{QStringLiteral("jwt"), QString::fromLatin1(output)}};
}

PdsPeer::TestAccount PdsPeer::createAccount(const QString &handle)
{
    TestAccount account;
    const QString password = randomPassword();
    const QString pds = m_pdsUrl.toString();
    const QJsonObject created = admin({QStringLiteral("create-account"), pds, handle, password});
    if (created.isEmpty())
        return account;
    const QJsonObject app = admin({QStringLiteral("create-app-password"), pds, handle, password, QStringLiteral("fanout")});
    if (app.isEmpty())
        return account;
    account.did = created.value(QLatin1StringView("did")).toString();
    account.handle = created.value(QLatin1StringView("handle")).toString();
    account.password = password;
    account.appPassword = app.value(QLatin1StringView("password")).toString();
    return account;
}

bool PdsPeer::revokeAppPassword(const TestAccount &account, const QString &name)
{
    return !admin({QStringLiteral("revoke-app-password"), m_pdsUrl.toString(), account.handle, account.password, name})
                .isEmpty();
}

QByteArray PdsPeer::mintExpiredAccessToken(const QString &did)
{
    return admin({QStringLiteral("mint-expired"), QString::fromUtf8(m_jwtSecret), did})
        .value(QLatin1StringView("jwt"))
        .toString()
        .toLatin1();
}

} // namespace fanout::test
