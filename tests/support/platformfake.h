#pragma once

#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QUrl>

namespace fanout::test {

// One of the platform fakes in tests/peers/fakes (threads, pinterest): a
// Node process serving the platform's documented endpoints on 127.0.0.1 for
// the lifetime of this object.
class PlatformFake final
{
public:
    explicit PlatformFake(QString name);
    ~PlatformFake();
    PlatformFake(const PlatformFake &) = delete;
    PlatformFake &operator=(const PlatformFake &) = delete;

    // Starts the fake and waits for its ready line; false with a reason in errorString().
    [[nodiscard]] bool start();
    [[nodiscard]] QString errorString() const { return m_error; }
    [[nodiscard]] QUrl url(const QString &path) const;

    // POSTs JSON to a /_fake/* control endpoint and returns the reply.
    QJsonObject control(const QString &path, const QJsonObject &body = {}) const;
    [[nodiscard]] QJsonObject stats() const;

    // Plays the browser: GETs the consent URL and follows the fake's
    // redirects to Fanout's loopback listener. Returns the final HTTP status.
    int followConsent(const QUrl &consentUrl) const;

private:
    QString m_name;
    QProcess m_process;
    QUrl m_baseUrl;
    QString m_error;
};

} // namespace fanout::test
