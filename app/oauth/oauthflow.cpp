#include "app/oauth/oauthflow.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QOAuth2AuthorizationCodeFlow>
#include <QOAuthHttpServerReplyHandler>
#include <QTimer>

#include "app/core/logging.h"
#include "app/oauth/pkce.h"

namespace fanout::oauth {

namespace {

constexpr qsizetype kMaxReplyBytes = 64 * 1024;
constexpr int kHandlerLingerMs = 3000;
constexpr int kRejectionsLoggedEach = 3;
// How long an error outcome waits for its page to reach the browser over loopback.
constexpr int kPageFlushMs = 100;

// The platform's error_description for the user's sentence, when it reads as
// a sentence: not JSON or markup, and without control characters.
[[nodiscard]] std::optional<QString> readableDescription(const QString &description)
{
    QString text = description.simplified();
    if (text.isEmpty() || text.startsWith(u'{') || text.startsWith(u'[') || text.contains(u'<'))
        return std::nullopt;
    for (QChar &c : text) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            c = QChar::ReplacementCharacter;
    }
    return text;
}

[[nodiscard]] QString displayName(const ProviderConfig &config)
{
    return QString::fromLatin1(platformInfo(config.platform).displayName);
}

} // namespace

TokenRequest makeTokenRequest(const ProviderConfig &config, const std::optional<QByteArray> &clientSecret,
                              QList<std::pair<QString, QString>> form)
{
    TokenRequest result;
    result.request = QNetworkRequest(config.tokenUrl);
    result.request.setHeader(QNetworkRequest::ContentTypeHeader,
                             QByteArrayLiteral("application/x-www-form-urlencoded"));
    result.request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    result.request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    result.request.setTransferTimeout(30'000);
    const bool hasSecret = clientSecret && !clientSecret->isEmpty();
    if (hasSecret && config.clientAuth == ClientAuth::HttpBasic) {
        // RFC 6749 2.3.1: both parts form-encoded before base64.
        const QByteArray credentials = QUrl::toPercentEncoding(config.clientId) + ':'
                                       + QUrl::toPercentEncoding(QString::fromUtf8(*clientSecret));
        result.request.setRawHeader(QByteArrayLiteral("Authorization"),
                                    QByteArrayLiteral("Basic ") + credentials.toBase64());
    } else if (hasSecret) {
        form.append({QStringLiteral("client_secret"), QString::fromUtf8(*clientSecret)});
    }
    // A public client (and X's refresh) names itself with client_id.
    form.append({QStringLiteral("client_id"), config.clientId});
    for (const auto &[key, value] : std::as_const(form)) {
        if (!result.body.isEmpty())
            result.body += '&';
        // Every reserved character is encoded, so a '+' in a code is never read as a space.
        result.body += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    return result;
}

OAuthFlow::OAuthFlow(ProviderConfig config, std::optional<QByteArray> clientSecret, QNetworkAccessManager &network,
                     FlowOptions options, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_clientSecret(std::move(clientSecret))
    , m_network(network)
    , m_options(std::move(options))
{
}

OAuthFlow::~OAuthFlow()
{
    if (m_reply) {
        disconnect(m_reply, nullptr, this, nullptr);
        m_reply->abort();
        m_reply->deleteLater();
    }
    closeListener();
}

bool OAuthFlow::isListening() const
{
    return m_handler && m_handler->isListening();
}

void OAuthFlow::start()
{
    m_state = m_options.forcedState.isEmpty() ? generateState() : m_options.forcedState;
    m_verifier = generateCodeVerifier();

    // 127.0.0.1 only, on the port registered with the platform.
    m_handler = std::make_unique<QOAuthHttpServerReplyHandler>(QHostAddress(QHostAddress::LocalHost),
                                                               m_config.redirectPort);
    if (!m_handler->isListening()) {
        finish(std::nullopt,
               Error{ErrorCode::NetworkError,
                     tr("Port %1 on 127.0.0.1, where %2 sends the browser back, is in use by another program. "
                        "Close it, or set another redirect port in File → Settings (it must match the "
                        "port registered with %2).")
                         .arg(m_config.redirectPort)
                         .arg(displayName(m_config))});
        return;
    }
    m_handler->setCallbackPath(ProviderConfig::kCallbackPath);

    m_flow = std::make_unique<QOAuth2AuthorizationCodeFlow>();
    m_flow->setAuthorizationUrl(m_config.authorizeUrl);
    m_flow->setAccessTokenUrl(m_config.tokenUrl);
    m_flow->setClientIdentifier(m_config.clientId);
    m_flow->setScope(m_config.scopes.join(m_config.scopeSeparator));
    m_flow->setState(m_state);
    m_flow->setReplyHandler(m_handler.get());
    const QByteArray challenge = codeChallengeS256(m_verifier);
    const QString verifier = QString::fromLatin1(m_verifier);
    const QString redirectUri = m_config.redirectUri().toString();
    m_flow->setModifyParametersFunction(
        [challenge, verifier, redirectUri](QAbstractOAuth::Stage stage, QMultiMap<QString, QVariant> *parameters) {
            if (stage == QAbstractOAuth::Stage::RequestingAuthorization) {
                // The reply handler names the loopback listener; a relay page replaces it.
                parameters->replace(QStringLiteral("redirect_uri"), redirectUri);
                parameters->insert(QStringLiteral("code_challenge"), QString::fromLatin1(challenge));
                parameters->insert(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
                // The handler names its loopback address; a relay page takes its place when one is set.
                parameters->replace(QStringLiteral("redirect_uri"), redirectUri);
                // QUrlQuery would pass '+' and '%' through raw; encoded values
                // are kept as they are, so state and scope reach the server intact.
                for (auto it = parameters->begin(); it != parameters->end(); ++it)
                    it.value() = encodeQueryValue(it.value().toString());
            } else if (stage == QAbstractOAuth::Stage::RequestingAccessToken) {
                parameters->insert(QStringLiteral("code_verifier"), verifier);
            }
        });

    QUrl authorizationUrl;
    const QMetaObject::Connection capture =
        connect(m_flow.get(), &QAbstractOAuth::authorizeWithBrowser, this,
                [&authorizationUrl](const QUrl &url) { authorizationUrl = url; });
    m_flow->grant();
    disconnect(capture);
    // The flow's own callback handling is replaced by handleCallback().
    disconnect(m_handler.get(), &QAbstractOAuthReplyHandler::callbackReceived, m_flow.get(), nullptr);
    connect(m_handler.get(), &QAbstractOAuthReplyHandler::callbackReceived, this, &OAuthFlow::handleCallback);

    m_timer = std::make_unique<QTimer>();
    m_timer->setSingleShot(true);
    connect(m_timer.get(), &QTimer::timeout, this, [this] {
        qCInfo(lcOAuth) << "no answer from the browser in time; the listener on port" << m_config.redirectPort
                        << "is closed";
        finish(std::nullopt, Error{ErrorCode::ConnectTimeout, {}});
    });
    m_timer->start(m_options.timeout);

    qCInfo(lcOAuth) << "authorization URL generated for" << platformId(m_config.platform) << "; listening on port"
                    << m_config.redirectPort;
    Q_EMIT authorizationUrlReady(authorizationUrl);
}

void OAuthFlow::cancel()
{
    finish(std::nullopt, Error{ErrorCode::ConnectCancelled,
                               tr("The connection to %1 was cancelled; nothing was stored.").arg(displayName(m_config))});
}

void OAuthFlow::handleCallback(const QVariantMap &values)
{
    if (m_finished || m_reply || m_outcomePending)
        return;
    // The handler sends its callback text to the browser right after this
    // slot returns, so each outcome sets the page the user then reads.
    const QString state = decodeCallbackValue(values.value(QStringLiteral("state")).toString());
    if (state.isEmpty() || state != m_state) {
        m_handler->setCallbackText(tr("Fanout was not expecting this sign-in reply and ignored it. Return to "
                                      "Fanout; if it is still waiting, finish the sign-in in the tab it opened."));
        // A forged or stale redirect: never reaches the token endpoint, and
        // the listener keeps waiting for the real one. A flood of them logs
        // the first few and then one line per hundred.
        ++m_rejectedCallbacks;
        if (m_rejectedCallbacks <= kRejectionsLoggedEach)
            qCWarning(lcOAuth) << "callback rejected:" << (state.isEmpty() ? "no state" : "the state does not match");
        else if (m_rejectedCallbacks % 100 == 0)
            qCWarning(lcOAuth) << m_rejectedCallbacks << "callbacks rejected so far; still waiting for the browser";
        return;
    }
    const QString error = decodeCallbackValue(values.value(QStringLiteral("error")).toString());
    if (!error.isEmpty()) {
        const QString description =
            decodeCallbackValue(values.value(QStringLiteral("error_description")).toString()).left(300);
        qCInfo(lcOAuth) << "the platform returned the consent with error" << error.left(60);
        const QString upstream = readableDescription(description).value_or(error.left(60));
        const bool denied = error == u"access_denied";
        m_handler->setCallbackText(denied ? tr("%1 did not grant access, so nothing was connected. You can close "
                                               "this tab and return to Fanout.")
                                                .arg(displayName(m_config))
                                          : tr("%1 turned down the connection, so nothing was connected. You can "
                                               "close this tab; Fanout says what to do next.")
                                                .arg(displayName(m_config)));
        finishAfterPage(Error{ErrorCode::PlatformRejected,
                              denied ? tr("%1 did not grant access (%2). Connect again and approve the request.")
                                           .arg(displayName(m_config), upstream)
                                     : tr("%1 rejected the connection (%2). Check the client id, redirect port and "
                                          "scopes in File → Settings, then connect again.")
                                           .arg(displayName(m_config), upstream)});
        return;
    }
    const QString code = decodeCallbackValue(values.value(QStringLiteral("code")).toString());
    if (code.isEmpty()) {
        m_handler->setCallbackText(tr("%1 sent no authorization code, so nothing was connected. You can close "
                                      "this tab; Fanout says what to do next.")
                                       .arg(displayName(m_config)));
        finishAfterPage(Error{ErrorCode::UpstreamInvalidResponse,
                              tr("%1 sent the browser back without an authorization code.")
                                  .arg(displayName(m_config))});
        return;
    }
    m_handler->setCallbackText(tr("Fanout received the sign-in. You can close this tab."));
    qCInfo(lcOAuth) << "authorization code received; the listener is closed";
    closeListener();
    exchangeCode(code);
}

void OAuthFlow::finishAfterPage(const Error &error)
{
    // The page is only queued on the browser's socket when this returns. A
    // command that exits on the error would quit before it is sent, and the
    // browser would show an empty response, so the outcome waits a moment.
    m_outcomePending = true;
    closeListener();
    QTimer::singleShot(kPageFlushMs, this, [this, error] { finish(std::nullopt, error); });
}

void OAuthFlow::exchangeCode(const QString &code)
{
    QMultiMap<QString, QVariant> parameters{
        {QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
        {QStringLiteral("code"), code},
        {QStringLiteral("redirect_uri"), m_config.redirectUri().toString()},
    };
    m_flow->modifyParametersFunction()(QAbstractOAuth::Stage::RequestingAccessToken, &parameters);
    QList<std::pair<QString, QString>> form;
    for (auto it = parameters.cbegin(); it != parameters.cend(); ++it)
        form.append({it.key(), it.value().toString()});
    const TokenRequest request = makeTokenRequest(m_config, m_clientSecret, form);
    m_reply = m_network.post(request.request, request.body);
    connect(m_reply, &QNetworkReply::finished, this, [this, reply = m_reply] {
        reply->deleteLater();
        if (m_reply != reply)
            return;
        m_reply = nullptr;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->read(kMaxReplyBytes);
        if (status == 200) {
            Expected<TokenSet> tokens = parseTokenReply(body, m_config.scopes);
            qCInfo(lcOAuth) << "code exchange answered" << (tokens ? "with tokens" : "without usable tokens");
            if (!tokens)
                finish(std::nullopt, tokens.error());
            else
                finish(*tokens, {});
            return;
        }
        if (const std::optional<OAuthError> oauthError = parseOAuthError(body); oauthError && status >= 400
                                                                                && status < 500) {
            qCInfo(lcOAuth) << "code exchange rejected:" << oauthError->error;
            finish(std::nullopt,
                   Error{ErrorCode::PlatformRejected,
                         tr("%1 rejected the code exchange (%2). Check the client id and secret in File → "
                            "Settings, then connect again.")
                             .arg(displayName(m_config),
                                  oauthError->description.isEmpty() ? oauthError->error : oauthError->description)});
            return;
        }
        qCInfo(lcOAuth) << "code exchange failed: HTTP" << status << reply->error();
        finish(std::nullopt, exchangeError(status, *reply));
    });
}

Error OAuthFlow::exchangeError(int status, const QNetworkReply &reply) const
{
    const QString host = m_config.tokenUrl.host();
    if (status == 0 && reply.error() == QNetworkReply::SslHandshakeFailedError) {
        // Qt's default verification rejected the certificate (self-signed,
        // expired, another host's): the request, and the code in it, was
        // never sent.
        return {ErrorCode::NetworkError,
                tr("The TLS certificate of %1 is not trusted (%2), so Fanout did not send the authorization code. "
                   "Check the token URL in File → Settings.")
                    .arg(host, reply.errorString())};
    }
    if (status == 0) {
        return {ErrorCode::NetworkError,
                tr("Could not reach the token endpoint at %1 (%2).").arg(host, reply.errorString())};
    }
    if (status >= 500)
        return {ErrorCode::NetworkError, tr("%1 (HTTP %2).").arg(host).arg(status)};
    return {ErrorCode::UpstreamInvalidResponse, tr("The token endpoint returned HTTP %1.").arg(status)};
}

void OAuthFlow::finish(const std::optional<TokenSet> &tokens, const Error &error)
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_timer)
        m_timer->stop();
    if (m_reply) {
        QNetworkReply *reply = std::exchange(m_reply, nullptr);
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
        reply->deleteLater();
    }
    closeListener();
    if (tokens)
        Q_EMIT granted(*tokens);
    else
        Q_EMIT errorOccurred(error);
}

void OAuthFlow::closeListener()
{
    if (!m_handler)
        return;
    // The flow refers to the handler: detach it first.
    if (m_flow)
        m_flow->setReplyHandler(nullptr);
    // Closing frees the port at once. The handler itself may be inside its own
    // callbackReceived() emission, about to answer the browser, and deleting it
    // would drop that page unsent (the tab shows an empty response), so it
    // goes a few seconds later.
    m_handler->close();
    QOAuthHttpServerReplyHandler *handler = m_handler.release();
    QTimer::singleShot(kHandlerLingerMs, handler, &QObject::deleteLater);
}

} // namespace fanout::oauth
