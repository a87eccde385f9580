#pragma once

#include <chrono>
#include <functional>
#include <memory>

#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QUrl>

#include "app/core/account.h"
#include "app/core/error.h"

class QNetworkAccessManager;
class QNetworkReply;

namespace fanout {
class AccountStore;
class Vault;
} // namespace fanout

namespace fanout::bluesky {

struct XrpcReply;

struct ConnectRequest {
    QString identifier;  // a handle (alice.bsky.social) or a DID (did:plc:…, did:web:…)
    QString appPassword; // xxxx-xxxx-xxxx-xxxx; never logged
    QUrl service = QUrl(QStringLiteral("https://bsky.social"));
    QUrl plcDirectory = QUrl(QStringLiteral("https://plc.directory"));
    // For a reconnect, the DID of the account being renewed. A handle that
    // now resolves to another DID stops the connect before any session is
    // created, so a reconnect never adds a second account.
    QString expectedDid;
};

// Connects Bluesky accounts with an app password and keeps their AT Protocol
// sessions alive. One operation runs at a time, and each ends with exactly one
// of connected(), checked() or errorOccurred(). Invalid input (a malformed
// handle, a busy connector) is reported with errorOccurred() before the call
// returns, without any request.
//
// Nothing is stored unless the whole connect succeeded. A main account
// password is rejected, and its session is deleted upstream, never stored.
class BlueskyConnector final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BlueskyConnector)

public:
    BlueskyConnector(Vault &vault, AccountStore &store, QNetworkAccessManager &network,
                     QObject *parent = nullptr);
    ~BlueskyConnector() override;

    // Resolves the identifier to its PDS, creates a session there and stores
    // it encrypted. Reconnecting the same DID updates the existing row.
    void connectAccount(const ConnectRequest &request);
    // Makes one authenticated call for a stored account, refreshing an
    // expired session first.
    void checkConnection(const QString &accountId);
    // Ends the stored account's session on its PDS (deleteSession with the
    // refresh token), so the tokens stop working upstream too. Independent of
    // the running operation; done receives whether the PDS confirmed it.
    // NOTE: the app password itself can only be revoked in Bluesky's settings.
    void signOut(const Account &account, std::function<void(bool signedOut)> done);
    // Aborts the running operation; errorOccurred(ConnectCancelled) follows.
    void cancel();
    [[nodiscard]] bool isBusy() const;
    // How long each request may go without receiving data (kRequestTimeout
    // unless changed), for tests of a server that stops answering.
    void setRequestTimeout(std::chrono::milliseconds timeout);

Q_SIGNALS:
    void connected(const fanout::Account &account);
    void checked(const fanout::Account &account);
    void errorOccurred(const fanout::Error &error);
    // A stored account's row changed (status, tokens, profile).
    void accountChanged(const QString &accountId);

private:
    struct Operation;
    using ReplyHandler = std::function<void(const XrpcReply &)>;

    [[nodiscard]] bool begin(std::unique_ptr<Operation> operation);
    void get(const QUrl &url, const QString &bearerToken, ReplyHandler handler);
    void post(const QUrl &url, const QString &bearerToken, const QJsonObject &body, ReplyHandler handler);
    void track(QNetworkReply *reply, ReplyHandler handler);
    // Whether the operation with this serial number is still the running one
    // (a keychain prompt runs a nested event loop in which cancel() may run).
    [[nodiscard]] bool isCurrent(quint64 serial) const;

    // Connect: resolve, sign in, read the profile, store.
    [[nodiscard]] bool ensureVaultWritable();
    void resolveHandle();
    void resolveHandleWellKnown(const Error &resolveError);
    void fetchDidDocument();
    void createSession();
    void rejectMainPassword();
    void fetchProfile();
    void saveConnection(const QString &displayName, const QString &avatarUrl);

    // Check: getSession, refreshing or signing in again when needed.
    void getSession();
    void refreshSession();
    void recreateSession();
    [[nodiscard]] bool storeSession(const QJsonObject &session);
    void markRevoked(const QString &detail);
    void finishChecked();

    void finishConnected(const Account &account);
    void finishWithError(const Error &error);
    // Deletes a session created during a connect that did not finish, without waiting.
    void abandonSession(const QUrl &pdsUrl, const QString &refreshJwt);
    [[nodiscard]] Error replyError(const XrpcReply &reply, const QUrl &url) const;
    [[nodiscard]] QString upstreamText(const XrpcReply &reply) const;

    Vault &m_vault;
    AccountStore &m_store;
    QNetworkAccessManager &m_network;
    std::unique_ptr<Operation> m_operation;
    quint64 m_nextSerial = 1;
    std::chrono::milliseconds m_requestTimeout;
};

} // namespace fanout::bluesky
