#include "tests/support/oidcpeer.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace fanout::test {

namespace {

[[nodiscard]] OidcClient clientFromJson(const QJsonValue &json)
{
    const QJsonObject object = json.toObject();
    return {object.value(QLatin1StringView("clientId")).toString(),
            object.value(QLatin1StringView("clientSecret")).toString().toUtf8()};
}

} // namespace

OidcPeer::OidcPeer()
    : m_node({.name = QStringLiteral("oidc"),
              .description = QStringLiteral("the OAuth peer"),
              .installedPath = QStringLiteral("node_modules/oidc-provider"),
              .installTimeoutMs = 5 * 60'000,
              .startTimeoutMs = 60'000})
{
}

OidcPeer::~OidcPeer() = default;

bool OidcPeer::start()
{
    if (!QFileInfo::exists(QStringLiteral("/usr/bin/chromium"))) {
        m_error = QStringLiteral("/usr/bin/chromium is missing (packaging/install-deps.sh --tests)");
        return false;
    }
    const std::optional<QJsonObject> ready = m_node.start();
    if (!ready) {
        m_error = m_node.errorString();
        return false;
    }
    m_issuer = QUrl(ready->value(QLatin1StringView("issuer")).toString(), QUrl::StrictMode);
    m_authorizeUrl = QUrl(ready->value(QLatin1StringView("authorizeUrl")).toString(), QUrl::StrictMode);
    m_tokenUrl = QUrl(ready->value(QLatin1StringView("tokenUrl")).toString(), QUrl::StrictMode);
    m_xApiUrl = QUrl(ready->value(QLatin1StringView("xApiUrl")).toString(), QUrl::StrictMode);
    m_clientId = ready->value(QLatin1StringView("clientId")).toString();
    if (!NodePeer::isLoopback(m_issuer) || !NodePeer::isLoopback(m_authorizeUrl) || !NodePeer::isLoopback(m_tokenUrl)
        || !NodePeer::isLoopback(m_xApiUrl) || m_clientId.isEmpty()) {
        m_error = QStringLiteral("the OAuth peer printed no usable 127.0.0.1 addresses");
        return false;
    }
    const QJsonObject confidential = ready->value(QLatin1StringView("confidentialClients")).toObject();
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
    QStringList arguments{url.toString(QUrl::FullyEncoded)};
    if (deny)
        arguments.append(QStringLiteral("--deny"));
    return m_node.startScript(QStringLiteral("consent.mjs"), arguments);
}

} // namespace fanout::test
