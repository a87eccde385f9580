#include "tests/support/pdspeer.h"

#include <QJsonDocument>
#include <QRandomGenerator>

namespace fanout::test {

namespace {

constexpr int kAdminTimeoutMs = 60'000;

[[nodiscard]] QString randomPassword()
{
    QString password;
    for (int i = 0; i < 3; ++i)
        password += QString::number(QRandomGenerator::system()->generate64(), 36);
    return password;
}

} // namespace

PdsPeer::PdsPeer()
    : m_node({.name = QStringLiteral("pds"),
              .description = QStringLiteral("the PDS peer"),
              .installedPath = QStringLiteral("node_modules/@atproto/pds"),
              // better-sqlite3 compiles from source on a fresh install.
              .installTimeoutMs = 15 * 60'000,
              .startTimeoutMs = 60'000})
{
}

PdsPeer::~PdsPeer() = default;

bool PdsPeer::start()
{
    const std::optional<QJsonObject> ready = m_node.start();
    if (!ready) {
        m_error = m_node.errorString();
        return false;
    }
    m_pdsUrl = QUrl(ready->value(QLatin1StringView("pdsUrl")).toString(), QUrl::StrictMode);
    m_plcUrl = QUrl(ready->value(QLatin1StringView("plcUrl")).toString(), QUrl::StrictMode);
    m_jwtSecret = ready->value(QLatin1StringView("jwtSecret")).toString().toUtf8();
    if (!NodePeer::isLoopback(m_pdsUrl) || !NodePeer::isLoopback(m_plcUrl) || m_jwtSecret.isEmpty()) {
        m_error = QStringLiteral("the PDS peer printed no usable 127.0.0.1 addresses");
        return false;
    }
    return true;
}

QJsonObject PdsPeer::admin(const QStringList &arguments)
{
    const std::unique_ptr<QProcess> process = m_node.startScript(QStringLiteral("admin.mjs"), arguments);
    if (!process->waitForFinished(kAdminTimeoutMs) || process->exitStatus() != QProcess::NormalExit
        || process->exitCode() != 0) {
        process->kill();
        process->waitForFinished();
        m_error = QStringLiteral("admin.mjs %1 failed: %2")
                      .arg(arguments.value(0), NodePeer::tail(process->readAllStandardError()));
        return {};
    }
    const QByteArray output = process->readAllStandardOutput().trimmed();
    const QJsonDocument document = QJsonDocument::fromJson(output);
    if (document.isObject())
        return document.object();
    // mint-expired prints the bare token.
    return QJsonObject{{QStringLiteral("jwt"), QString::fromLatin1(output)}};
}

PdsPeer::TestAccount PdsPeer::createAccount(const QString &handle, const QString &displayName)
{
    TestAccount account;
    const QString password = randomPassword();
    const QString pds = m_pdsUrl.toString();
    QStringList arguments{QStringLiteral("create-account"), pds, handle, password};
    if (!displayName.isEmpty())
        arguments << displayName;
    const QJsonObject created = admin(arguments);
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
