#pragma once

#include <chrono>
#include <memory>
#include <optional>
#include <utility>

#include <QByteArray>
#include <QList>
#include <QNetworkRequest>
#include <QObject>
#include <QString>
#include <QUrl>

#include "app/core/error.h"
#include "app/oauth/tokenreply.h"
#include "app/providers/providerconfig.h"

class QNetworkAccessManager;
class QNetworkReply;
class QOAuth2AuthorizationCodeFlow;
class QOAuthHttpServerReplyHandler;
class QTimer;

namespace fanout::oauth {

struct FlowOptions {
    // How long the loopback listener waits for the browser.
    std::chrono::milliseconds timeout = std::chrono::minutes(5);
    // Test hook: the state value to send instead of 128 random bits.
    QString forcedState;
};

// A token endpoint request: form body plus the client's credentials (HTTP
// Basic or in the body when a secret is configured, else client_id alone).
struct TokenRequest {
    QNetworkRequest request;
    QByteArray body;
};
[[nodiscard]] TokenRequest makeTokenRequest(const ProviderConfig &config, const std::optional<QByteArray> &clientSecret,
                                            QList<std::pair<QString, QString>> form);

// One browser consent: listens on 127.0.0.1:<redirect port>/callback, builds
// the authorization URL (PKCE S256, a 128-bit state), waits for the redirect,
// checks the state exactly and exchanges the code for tokens. Ends with
// exactly one of granted() or errorOccurred(); the listener is closed by then.
//
// QOAuth2AuthorizationCodeFlow builds the authorization URL and
// QOAuthHttpServerReplyHandler runs the listener, but the callback and the
// code exchange are handled here. Qt 6.4's flow logs a failed token request
// (HTTP 400 invalid_grant, a reply without access_token, an OAuth error) as a
// warning and emits nothing, so the connect would hang until the timeout; it
// also compares the state after a lossy decode ('+' stays '+'). The token
// request therefore goes through QNetworkAccessManager, with the same
// modify-parameters function adding code_verifier at RequestingAccessToken.
class OAuthFlow final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OAuthFlow)

public:
    OAuthFlow(ProviderConfig config, std::optional<QByteArray> clientSecret, QNetworkAccessManager &network,
              FlowOptions options = {}, QObject *parent = nullptr);
    ~OAuthFlow() override;

    // Opens the listener and emits authorizationUrlReady(), or errorOccurred()
    // when the redirect port is taken.
    void start();
    // Ends the flow with ConnectCancelled.
    void cancel();
    [[nodiscard]] bool isListening() const;

Q_SIGNALS:
    // The consent URL to open in the browser. It holds the state: never log it.
    void authorizationUrlReady(const QUrl &url);
    void granted(const fanout::oauth::TokenSet &tokens);
    void errorOccurred(const fanout::Error &error);

private:
    void handleCallback(const QVariantMap &values);
    void exchangeCode(const QString &code);
    // Closes the listener and finishes with the error once the browser's page is sent.
    void finishAfterPage(const Error &error);
    [[nodiscard]] Error exchangeError(int status, const QNetworkReply &reply) const;
    void finish(const std::optional<TokenSet> &tokens, const Error &error);
    void closeListener();

    ProviderConfig m_config;
    std::optional<QByteArray> m_clientSecret;
    QNetworkAccessManager &m_network;
    FlowOptions m_options;
    QString m_state;
    QByteArray m_verifier;
    std::unique_ptr<QOAuth2AuthorizationCodeFlow> m_flow;
    std::unique_ptr<QOAuthHttpServerReplyHandler> m_handler;
    std::unique_ptr<QTimer> m_timer;
    QNetworkReply *m_reply = nullptr;
    int m_rejectedCallbacks = 0;
    bool m_outcomePending = false;
    bool m_finished = false;
};

} // namespace fanout::oauth
