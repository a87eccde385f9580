#include "tests/support/graphpeer.h"

#include <memory>

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace fanout::test {

GraphPeer::GraphPeer()
    : m_node({.name = QStringLiteral("graph"),
              .description = QStringLiteral("the fake Graph API"),
              .installedPath = {}, // no npm packages
              .startTimeoutMs = 30'000})
{
}

GraphPeer::~GraphPeer() = default;

bool GraphPeer::start()
{
    const std::optional<QJsonObject> ready = m_node.start();
    if (!ready) {
        m_error = m_node.errorString();
        return false;
    }
    m_url = QUrl(ready->value(QLatin1StringView("url")).toString(), QUrl::StrictMode);
    m_clientId = ready->value(QLatin1StringView("clientId")).toString();
    m_clientSecret = ready->value(QLatin1StringView("clientSecret")).toString().toUtf8();
    if (!NodePeer::isLoopback(m_url) || m_clientId.isEmpty() || m_clientSecret.isEmpty()) {
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
