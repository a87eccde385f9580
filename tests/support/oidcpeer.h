#pragma once

#include <memory>

#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace fanout::test {

// The local OAuth peer from tests/peers/oidc: a real oidc-provider and a fake
// X API on 127.0.0.1, for the lifetime of this object, plus the headless
// Chromium consent driver.
class OidcPeer final
{
public:
    OidcPeer();
    ~OidcPeer();
    OidcPeer(const OidcPeer &) = delete;
    OidcPeer &operator=(const OidcPeer &) = delete;

    // Installs the pinned packages when missing, starts the peer and waits
    // for its ready line; false with a reason in errorString().
    [[nodiscard]] bool start();
    [[nodiscard]] QString errorString() const { return m_error; }

    [[nodiscard]] QUrl authorizeUrl() const { return m_authorizeUrl; }
    [[nodiscard]] QUrl tokenUrl() const { return m_tokenUrl; }
    [[nodiscard]] QUrl issuer() const { return m_issuer; }
    [[nodiscard]] QUrl xApiUrl() const { return m_xApiUrl; }
    [[nodiscard]] QString clientId() const { return m_clientId; }

    // {"tokenRequests": N, "refreshTokens": [sha256, …]} from the fake X API.
    [[nodiscard]] QJsonObject stats() const;

    // Starts consent.mjs for the URL; it signs in and approves (or denies).
    // The process is returned running; wait on it with waitForFinished().
    [[nodiscard]] std::unique_ptr<QProcess> startConsent(const QUrl &url, bool deny = false) const;

private:
    QProcess m_process;
    QUrl m_issuer;
    QUrl m_authorizeUrl;
    QUrl m_tokenUrl;
    QUrl m_xApiUrl;
    QString m_clientId;
    QString m_error;
};

} // namespace fanout::test
