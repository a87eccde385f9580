#pragma once

#include <memory>

#include <QByteArray>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

#include "tests/support/nodepeer.h"

namespace fanout::test {

// A confidential client registered with the peer, with its per-run secret.
struct OidcClient {
    QString clientId;
    QByteArray clientSecret;
};

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
    // Registered with client_secret_basic, as X's confidential clients are.
    [[nodiscard]] OidcClient basicClient() const { return m_basicClient; }
    // Registered with client_secret_post, as LinkedIn's standard flow is.
    [[nodiscard]] OidcClient postClient() const { return m_postClient; }

    // {"tokenRequests": N, "tokenClientAuth": [{"clientId", "method", "status"}, …],
    //  "refreshTokens": [sha256, …]} from the fake X API. method is "basic",
    // "post" or "none".
    [[nodiscard]] QJsonObject stats() const;

    // Starts consent.mjs for the URL; it signs in and approves (or denies).
    // The process is returned running; wait on it with waitForFinished().
    [[nodiscard]] std::unique_ptr<QProcess> startConsent(const QUrl &url, bool deny = false) const;

private:
    NodePeer m_node;
    QUrl m_issuer;
    QUrl m_authorizeUrl;
    QUrl m_tokenUrl;
    QUrl m_xApiUrl;
    QString m_clientId;
    OidcClient m_basicClient;
    OidcClient m_postClient;
    QString m_error;
};

} // namespace fanout::test
