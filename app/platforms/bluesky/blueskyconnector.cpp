#include "app/platforms/bluesky/blueskyconnector.h"

#include <chrono>
#include <utility>

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

#include "app/core/event.h"
#include "app/core/logging.h"
#include "app/core/logscrubber.h"
#include "app/platforms/bluesky/didoc.h"
#include "app/platforms/bluesky/handle.h"
#include "app/platforms/bluesky/jwt.h"
#include "app/platforms/bluesky/xrpc.h"
#include "app/store/accountstore.h"
#include "app/vault/vault.h"

namespace fanout::bluesky {

namespace {

constexpr QLatin1StringView kAccessJwt("accessJwt");
constexpr QLatin1StringView kRefreshJwt("refreshJwt");
constexpr QLatin1StringView kAppPassword("appPassword");
constexpr QLatin1StringView kPdsUrl("pdsUrl");
constexpr QLatin1StringView kService("service");

// Upstream messages are quoted in error details only up to this length.
constexpr qsizetype kMaxMessageLength = 200;

// The CID of a profile's avatar blob, in the current ({"ref": {"$link": CID}})
// or the legacy ({"cid": CID}) blob format.
[[nodiscard]] QString blobCid(const QJsonObject &blob)
{
    const QString link = blob.value(QLatin1StringView("ref")).toObject().value(QLatin1StringView("$link")).toString();
    if (!link.isEmpty())
        return link;
    return blob.value(QLatin1StringView("cid")).toString();
}

[[nodiscard]] bool isCidText(const QString &cid)
{
    if (cid.isEmpty() || cid.size() > 256)
        return false;
    for (QChar c : cid) {
        if (!((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')))
            return false;
    }
    return true;
}

// Whether an XRPC error means that the presented token is expired, invalid or revoked.
[[nodiscard]] bool isTokenRejected(const XrpcReply &reply)
{
    return reply.isError(QLatin1StringView("ExpiredToken")) || reply.isError(QLatin1StringView("InvalidToken"))
           || reply.isError(QLatin1StringView("AuthenticationRequired"));
}

} // namespace

struct BlueskyConnector::Operation {
    enum class Kind { Connect, Check };

    quint64 serial = 0;
    Kind kind = Kind::Connect;
    QNetworkReply *reply = nullptr;

    // Identity of the account, filled in as it is resolved.
    QUrl service;
    QUrl plcDirectory;
    QString handle; // empty when connecting by DID
    QString did;
    QString expectedDid; // set for a reconnect
    QUrl pdsUrl;

    // Session tokens and the app password that created them.
    QString appPassword;
    QString accessJwt;
    QString refreshJwt;
    QDateTime refreshExpiresAt;
    // A session created upstream during a connect that is not stored yet.
    bool sessionUnstored = false;

    // Check only.
    Account account;
    bool refreshed = false;
    bool recreated = false;
};

BlueskyConnector::BlueskyConnector(Vault &vault, AccountStore &store, QNetworkAccessManager &network,
                                   QObject *parent)
    : QObject(parent)
    , m_vault(vault)
    , m_store(store)
    , m_network(network)
    , m_requestTimeout(kRequestTimeout)
{
}

void BlueskyConnector::setRequestTimeout(std::chrono::milliseconds timeout)
{
    m_requestTimeout = timeout;
}

BlueskyConnector::~BlueskyConnector()
{
    if (m_operation && m_operation->reply) {
        QNetworkReply *reply = std::exchange(m_operation->reply, nullptr);
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
        reply->deleteLater();
    }
}

bool BlueskyConnector::isBusy() const
{
    return m_operation != nullptr;
}

bool BlueskyConnector::isCurrent(quint64 serial) const
{
    return m_operation && m_operation->serial == serial;
}

bool BlueskyConnector::begin(std::unique_ptr<Operation> operation)
{
    if (m_operation) {
        Q_EMIT errorOccurred(Error{ErrorCode::InvalidInput,
                                   tr("Another Bluesky connection is still in progress; wait for it to finish "
                                      "or cancel it first.")});
        return false;
    }
    operation->serial = m_nextSerial++;
    m_operation = std::move(operation);
    return true;
}

// ---- requests -----------------------------------------------------------

void BlueskyConnector::get(const QUrl &url, const QString &bearerToken, ReplyHandler handler)
{
    track(m_network.get(xrpcRequest(url, bearerToken, m_requestTimeout)), std::move(handler));
}

void BlueskyConnector::post(const QUrl &url, const QString &bearerToken, const QJsonObject &body,
                            ReplyHandler handler)
{
    track(m_network.post(xrpcRequest(url, bearerToken, m_requestTimeout), QJsonDocument(body).toJson(QJsonDocument::Compact)),
          std::move(handler));
}

void BlueskyConnector::track(QNetworkReply *reply, ReplyHandler handler)
{
    Q_ASSERT(m_operation && !m_operation->reply);
    m_operation->reply = reply;
    limitResponseSize(*reply);
    const quint64 serial = m_operation->serial;
    connect(reply, &QNetworkReply::finished, this, [this, reply, serial, handler = std::move(handler)] {
        reply->deleteLater();
        if (!isCurrent(serial) || m_operation->reply != reply)
            return;
        m_operation->reply = nullptr;
        const XrpcReply result = readReply(*reply);
        handler(result);
    });
}

// ---- connect ------------------------------------------------------------

void BlueskyConnector::connectAccount(const ConnectRequest &request)
{
    auto operation = std::make_unique<Operation>();
    operation->kind = Operation::Kind::Connect;
    operation->service = request.service;
    operation->plcDirectory = request.plcDirectory;
    operation->expectedDid = request.expectedDid;
    operation->appPassword = request.appPassword;
    logscrubber::registerSecret(request.appPassword);
    if (!begin(std::move(operation)))
        return;

    if (!isAcceptableServiceUrl(request.service)) {
        finishWithError({ErrorCode::InvalidInput,
                         tr("The Bluesky service address must be an https:// URL (plain http only for this "
                            "computer), such as https://bsky.social.")});
        return;
    }
    if (!isAcceptableServiceUrl(request.plcDirectory)) {
        finishWithError({ErrorCode::InvalidInput,
                         tr("The PLC directory address must be an https:// URL (plain http only for this "
                            "computer), such as https://plc.directory.")});
        return;
    }
    if (request.appPassword.isEmpty()) {
        finishWithError({ErrorCode::InvalidInput,
                         tr("Enter an app password. Create one in Bluesky under Settings → Privacy and "
                            "security → App passwords.")});
        return;
    }

    const QString identifier = request.identifier.trimmed();
    if (identifier.startsWith(QLatin1StringView("did:"))) {
        if (!isSupportedAccountDid(identifier)) {
            finishWithError({ErrorCode::InvalidInput, unsupportedDidMessage(identifier)});
            return;
        }
        m_operation->did = identifier;
        if (!ensureVaultWritable())
            return;
        qCInfo(lcBluesky) << "connecting account" << identifier;
        fetchDidDocument();
        return;
    }

    const QString handle = normalizeHandle(identifier);
    if (!isValidHandle(handle)) {
        finishWithError({ErrorCode::InvalidInput,
                         tr("“%1” is not a valid Bluesky handle. A handle looks like alice.bsky.social: "
                            "letters, digits and hyphens in two or more parts separated by dots.")
                             .arg(identifier.left(100))});
        return;
    }
    m_operation->handle = handle;
    if (!ensureVaultWritable())
        return;
    qCInfo(lcBluesky) << "connecting handle" << handle;
    resolveHandle();
}

bool BlueskyConnector::ensureVaultWritable()
{
    // Without a keychain nothing could be stored: fail before any request,
    // so no session is created upstream only to be thrown away.
    const quint64 serial = m_operation->serial;
    Expected<void> unlocked = m_vault.unlockForWriting();
    // A keychain prompt runs a nested event loop, in which cancel() may have run.
    if (!isCurrent(serial))
        return false;
    if (!unlocked) {
        finishWithError(unlocked.error());
        return false;
    }
    return true;
}

void BlueskyConnector::resolveHandle()
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("handle"), m_operation->handle);
    const QUrl url = xrpcUrl(m_operation->service, QLatin1StringView("com.atproto.identity.resolveHandle"), query);
    get(url, {}, [this, url](const XrpcReply &reply) {
        if (reply.succeeded()) {
            const QString did = reply.json ? reply.json->value(QLatin1StringView("did")).toString() : QString();
            if (isSupportedAccountDid(did)) {
                m_operation->did = did;
                fetchDidDocument();
                return;
            }
            finishWithError({ErrorCode::UpstreamInvalidResponse,
                             tr("%1 resolved the handle to something that is not an account DID.")
                                 .arg(url.host())});
            return;
        }
        qCInfo(lcBluesky) << "resolveHandle failed:" << (reply.answered() ? reply.errorName
                                                                          : networkErrorName(reply.networkError));
        Error error = replyError(reply, url);
        if (reply.answered() && reply.httpStatus < 500 && reply.httpStatus != 429) {
            error = {ErrorCode::InvalidInput,
                     tr("No Bluesky account has the handle %1 (%2). Check the spelling and the service "
                        "address.")
                         .arg(m_operation->handle, upstreamText(reply))};
        }
        resolveHandleWellKnown(error);
    });
}

void BlueskyConnector::resolveHandleWellKnown(const Error &resolveError)
{
    // A handle under a reserved top-level domain (.test, .local, …) has no
    // public web server to ask.
    if (hasReservedTld(m_operation->handle)) {
        finishWithError(resolveError);
        return;
    }
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(m_operation->handle);
    url.setPath(QStringLiteral("/.well-known/atproto-did"));
    QNetworkRequest request = xrpcRequest(url, {}, m_requestTimeout);
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("text/plain"));
    // Only the handle's own host may vouch for it, so redirects are not followed.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    track(m_network.get(request), [this, resolveError](const XrpcReply &reply) {
        const QString did = QString::fromUtf8(reply.body.left(2048)).trimmed();
        if (reply.succeeded() && isSupportedAccountDid(did)) {
            m_operation->did = did;
            fetchDidDocument();
            return;
        }
        finishWithError(resolveError);
    });
}

void BlueskyConnector::fetchDidDocument()
{
    const QString &did = m_operation->did;
    QUrl url;
    if (did.startsWith(QLatin1StringView("did:plc:"))) {
        url = m_operation->plcDirectory;
        QString path = url.path();
        if (!path.endsWith(u'/'))
            path += u'/';
        url.setPath(path + did);
    } else {
        // did:web:host or, for local testing only, did:web:localhost%3A2583.
        const QString host = QUrl::fromPercentEncoding(did.sliced(8).toLatin1());
        const qsizetype colon = host.indexOf(u':');
        url.setHost(colon < 0 ? host : host.first(colon));
        if (colon >= 0)
            url.setPort(host.sliced(colon + 1).toInt());
        url.setScheme(url.host() == QLatin1StringView("localhost") ? QStringLiteral("http")
                                                                     : QStringLiteral("https"));
        url.setPath(QStringLiteral("/.well-known/did.json"));
    }
    get(url, {}, [this, url](const XrpcReply &reply) {
        if (!reply.succeeded()) {
            if (reply.httpStatus == 404) {
                finishWithError({ErrorCode::InvalidInput,
                                 tr("The account %1 is not registered with %2. Check the DID, or connect with "
                                    "the handle instead.")
                                     .arg(m_operation->did, url.host())});
            } else if (reply.httpStatus == 410) {
                finishWithError({ErrorCode::PlatformRejected,
                                 tr("The account %1 has been deleted or deactivated.").arg(m_operation->did)});
            } else {
                finishWithError(replyError(reply, url));
            }
            return;
        }
        if (!reply.json || reply.json->value(QLatin1StringView("id")).toString() != m_operation->did) {
            finishWithError({ErrorCode::UpstreamInvalidResponse,
                             tr("%1 sent a DID document that does not describe %2.").arg(url.host(), m_operation->did)});
            return;
        }
        const QUrl pds = pdsEndpoint(*reply.json, m_operation->did);
        if (!isAcceptableServiceUrl(pds)) {
            finishWithError({ErrorCode::UpstreamInvalidResponse,
                             tr("The DID document of %1 names no usable personal data server (an https:// "
                                "address under #atproto_pds).")
                                 .arg(m_operation->did)});
            return;
        }
        m_operation->pdsUrl = pds;
        qCInfo(lcBluesky) << "account" << m_operation->did << "lives on" << pds.host();
        createSession();
    });
}

void BlueskyConnector::createSession()
{
    if (!m_operation->expectedDid.isEmpty() && m_operation->did != m_operation->expectedDid) {
        finishWithError({ErrorCode::InvalidInput,
                         tr("%1 now belongs to another Bluesky account (%2), not to the account being "
                            "reconnected (%3). Connect it as a new account, or reconnect with the handle the "
                            "account uses now.")
                             .arg(m_operation->handle.isEmpty() ? m_operation->did : m_operation->handle,
                                  m_operation->did, m_operation->expectedDid)});
        return;
    }
    const QUrl url = xrpcUrl(m_operation->pdsUrl, QLatin1StringView("com.atproto.server.createSession"));
    const QJsonObject body{
        {QStringLiteral("identifier"), m_operation->did},
        {QStringLiteral("password"), m_operation->appPassword},
    };
    post(url, {}, body, [this, url](const XrpcReply &reply) {
        if (reply.isError(QLatin1StringView("AuthFactorTokenRequired"))) {
            // The PDS returns this error only for a main password with two-factor sign-in.
            finishWithError({ErrorCode::PlatformRejected,
                             tr("This is the account's main password, which asks for a sign-in code. Fanout "
                                "needs an app password: create one in Bluesky under Settings → Privacy and "
                                "security → App passwords, then connect with it.")});
            return;
        }
        if (reply.httpStatus == 401) {
            finishWithError({ErrorCode::PlatformAuthFailed,
                             tr("Bluesky did not accept this handle and app password (%1). Check both, or "
                                "create a new app password under Settings → Privacy and security → App "
                                "passwords.")
                                 .arg(upstreamText(reply))});
            return;
        }
        if (!reply.succeeded() || !reply.json) {
            finishWithError(replyError(reply, url));
            return;
        }
        if (!storeSession(*reply.json)) {
            finishWithError({ErrorCode::UpstreamInvalidResponse,
                             tr("%1 answered the sign-in without a usable session.").arg(url.host())});
            return;
        }
        m_operation->sessionUnstored = true;
        const QJsonObject &session = *reply.json;
        if (session.value(QLatin1StringView("did")).toString() != m_operation->did) {
            finishWithError({ErrorCode::UpstreamInvalidResponse,
                             tr("%1 signed in a different account than %2.").arg(url.host(), m_operation->did)});
            return;
        }
        const QString sessionHandle = normalizeHandle(session.value(QLatin1StringView("handle")).toString());
        if (isValidHandle(sessionHandle))
            m_operation->handle = sessionHandle;

        const std::optional<QJsonObject> claims = jwtClaims(m_operation->accessJwt);
        const SessionScope scope = claims ? sessionScope(*claims) : SessionScope::Other;
        if (scope == SessionScope::MainPassword) {
            rejectMainPassword();
            return;
        }
        if (scope != SessionScope::AppPassword && scope != SessionScope::PrivilegedAppPassword) {
            finishWithError({ErrorCode::UpstreamInvalidResponse,
                             tr("%1 issued a session of an unknown kind.").arg(url.host())});
            return;
        }
        const QJsonValue active = session.value(QLatin1StringView("active"));
        if (active.isBool() && !active.toBool()) {
            finishWithError({ErrorCode::PlatformRejected,
                             tr("The Bluesky account is not active (%1).")
                                 .arg(session.value(QLatin1StringView("status")).toString().left(40))});
            return;
        }
        qCInfo(lcBluesky) << "created an app-password session for" << m_operation->did;
        fetchProfile();
    });
}

void BlueskyConnector::rejectMainPassword()
{
    qCWarning(lcBluesky) << "a main account password was entered; deleting its session and storing nothing";
    const Error rejected{ErrorCode::PlatformRejected,
                        tr("This is the account's main password. Fanout only stores app passwords, which "
                           "you can revoke on their own: create one in Bluesky under Settings → Privacy "
                           "and security → App passwords, then connect with it. Nothing was stored.")};
    const QUrl url = xrpcUrl(m_operation->pdsUrl, QLatin1StringView("com.atproto.server.deleteSession"));
    // deleteSession takes no body because the refresh token in the header names the session.
    QNetworkReply *reply = m_network.post(xrpcRequest(url, m_operation->refreshJwt, m_requestTimeout), QByteArray());
    track(reply, [this, rejected](const XrpcReply &deleted) {
        if (deleted.succeeded()) {
            m_operation->sessionUnstored = false;
        } else {
            qCWarning(lcBluesky) << "deleteSession failed:"
                                 << (deleted.answered() ? deleted.errorName : networkErrorName(deleted.networkError));
        }
        finishWithError(rejected);
    });
}

void BlueskyConnector::fetchProfile()
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("repo"), m_operation->did);
    query.addQueryItem(QStringLiteral("collection"), QStringLiteral("app.bsky.actor.profile"));
    query.addQueryItem(QStringLiteral("rkey"), QStringLiteral("self"));
    const QUrl url = xrpcUrl(m_operation->pdsUrl, QLatin1StringView("com.atproto.repo.getRecord"), query);
    get(url, {}, [this, url](const XrpcReply &reply) {
        if (reply.isError(QLatin1StringView("RecordNotFound")) || reply.httpStatus == 404) {
            // Without a profile record, the handle is used as the display name.
            saveConnection({}, {});
            return;
        }
        if (!reply.succeeded() || !reply.json) {
            finishWithError(replyError(reply, url));
            return;
        }
        const QJsonObject value = reply.json->value(QLatin1StringView("value")).toObject();
        const QString displayName = value.value(QLatin1StringView("displayName")).toString().trimmed().left(640);
        QString avatarUrl;
        const QString cid = blobCid(value.value(QLatin1StringView("avatar")).toObject());
        if (isCidText(cid)) {
            QUrlQuery blobQuery;
            blobQuery.addQueryItem(QStringLiteral("did"), m_operation->did);
            blobQuery.addQueryItem(QStringLiteral("cid"), cid);
            avatarUrl = xrpcUrl(m_operation->pdsUrl, QLatin1StringView("com.atproto.sync.getBlob"), blobQuery)
                            .toString(QUrl::FullyEncoded);
        }
        saveConnection(displayName, avatarUrl);
    });
}

void BlueskyConnector::saveConnection(const QString &displayName, const QString &avatarUrl)
{
    Operation &operation = *m_operation;
    Account account;
    account.platform = Platform::Bluesky;
    account.platformUserId = operation.did;
    account.handle = operation.handle.isEmpty() ? operation.did : operation.handle;
    account.displayName = displayName.isEmpty() ? account.handle : displayName;
    account.avatarUrl = avatarUrl;
    account.tokenExpiresAt = operation.refreshExpiresAt;
    account.status = AccountStatus::Connected;
    account.extensions = QJsonObject{
        {kPdsUrl, operation.pdsUrl.toString()},
        {kService, operation.service.toString()},
    };
    const QJsonObject secrets{
        {kAccessJwt, operation.accessJwt},
        {kRefreshJwt, operation.refreshJwt},
        {kAppPassword, operation.appPassword},
    };

    const quint64 serial = operation.serial;
    const Expected<Account> saved = m_vault.saveConnection(account, secrets);
    if (!isCurrent(serial)) {
        // NOTE: cancel() ran inside the keychain's nested event loop after the
        // save had started. The row may be stored although ConnectCancelled
        // was reported, so accountChanged() asks listeners to reload it.
        if (saved)
            Q_EMIT accountChanged(saved->id);
        return;
    }
    if (!saved) {
        finishWithError(saved.error());
        return;
    }
    m_operation->sessionUnstored = false;
    finishConnected(*saved);
}

// ---- check --------------------------------------------------------------

void BlueskyConnector::checkConnection(const QString &accountId)
{
    auto operation = std::make_unique<Operation>();
    operation->kind = Operation::Kind::Check;
    if (!begin(std::move(operation)))
        return;
    const quint64 serial = m_operation->serial;

    const Expected<std::optional<Account>> found = m_store.account(accountId);
    if (!found) {
        finishWithError(found.error());
        return;
    }
    if (!found->has_value() || (*found)->platform != Platform::Bluesky) {
        finishWithError({ErrorCode::InvalidInput, tr("No Bluesky account has the id %1.").arg(accountId)});
        return;
    }
    Operation &op = *m_operation;
    op.account = **found;
    op.did = op.account.platformUserId;
    op.pdsUrl = QUrl(op.account.extensions.value(kPdsUrl).toString(), QUrl::StrictMode);
    op.service = QUrl(op.account.extensions.value(kService).toString(), QUrl::StrictMode);
    if (!isAcceptableServiceUrl(op.pdsUrl)) {
        finishWithError({ErrorCode::InvalidInput,
                         tr("The account %1 has no usable server address stored; reconnect it.").arg(accountId)});
        return;
    }

    const Expected<QJsonObject> secrets = m_vault.readSecrets(op.account);
    if (!isCurrent(serial))
        return;
    if (!secrets) {
        if (secrets.error().code == ErrorCode::VaultKeyMismatch)
            Q_EMIT accountChanged(accountId); // the vault marked the row
        finishWithError(secrets.error());
        return;
    }
    m_operation->accessJwt = secrets->value(kAccessJwt).toString();
    m_operation->refreshJwt = secrets->value(kRefreshJwt).toString();
    m_operation->appPassword = secrets->value(kAppPassword).toString();
    qCDebug(lcBluesky) << "checking account" << accountId;
    getSession();
}

void BlueskyConnector::getSession()
{
    const QUrl url = xrpcUrl(m_operation->pdsUrl, QLatin1StringView("com.atproto.server.getSession"));
    get(url, m_operation->accessJwt, [this, url](const XrpcReply &reply) {
        if (reply.succeeded() && reply.json) {
            if (reply.json->value(QLatin1StringView("did")).toString() != m_operation->did) {
                finishWithError({ErrorCode::UpstreamInvalidResponse,
                                 tr("%1 answered for a different account than %2.").arg(url.host(), m_operation->did)});
                return;
            }
            finishChecked();
            return;
        }
        if (isTokenRejected(reply) || reply.isError(QLatin1StringView("AuthMissing"))) {
            qCInfo(lcBluesky) << "access token rejected:" << reply.errorName;
            if (!m_operation->refreshed && !m_operation->recreated)
                refreshSession();
            else if (!m_operation->recreated)
                recreateSession();
            else
                finishWithError({ErrorCode::PlatformAuthFailed,
                                 tr("Bluesky rejected a session it had just issued (%1).").arg(upstreamText(reply))});
            return;
        }
        finishWithError(replyError(reply, url));
    });
}

void BlueskyConnector::refreshSession()
{
    m_operation->refreshed = true;
    if (m_operation->refreshJwt.isEmpty()) {
        recreateSession();
        return;
    }
    const QUrl url = xrpcUrl(m_operation->pdsUrl, QLatin1StringView("com.atproto.server.refreshSession"));
    QNetworkReply *reply = m_network.post(xrpcRequest(url, m_operation->refreshJwt, m_requestTimeout), QByteArray());
    track(reply, [this, url](const XrpcReply &refreshed) {
        if (refreshed.succeeded() && refreshed.json) {
            const quint64 serial = m_operation->serial;
            if (!storeSession(*refreshed.json)
                || refreshed.json->value(QLatin1StringView("did")).toString() != m_operation->did) {
                finishWithError({ErrorCode::UpstreamInvalidResponse,
                                 tr("%1 answered the session refresh without a usable session.").arg(url.host())});
                return;
            }
            // The old refresh token is spent: store the new pair before anything else.
            const QJsonObject secrets{
                {kAccessJwt, m_operation->accessJwt},
                {kRefreshJwt, m_operation->refreshJwt},
                {kAppPassword, m_operation->appPassword},
            };
            const Expected<void> stored =
                m_vault.updateSecrets(m_operation->account, secrets, m_operation->refreshExpiresAt);
            if (!isCurrent(serial))
                return;
            if (!stored) {
                qCWarning(lcBluesky) << "could not store the refreshed session of" << m_operation->account.id;
                finishWithError(stored.error());
                return;
            }
            qCInfo(lcBluesky) << "refreshed the session of account" << m_operation->account.id;
            Q_EMIT accountChanged(m_operation->account.id);
            if (isCurrent(serial))
                getSession();
            return;
        }
        if (isTokenRejected(refreshed)) {
            qCInfo(lcBluesky) << "refresh token rejected:" << refreshed.errorName;
            recreateSession();
            return;
        }
        finishWithError(replyError(refreshed, url));
    });
}

void BlueskyConnector::recreateSession()
{
    m_operation->recreated = true;
    if (m_operation->appPassword.isEmpty()) {
        markRevoked(tr("The session expired and no app password is stored to sign in again."));
        return;
    }
    const QUrl url = xrpcUrl(m_operation->pdsUrl, QLatin1StringView("com.atproto.server.createSession"));
    const QJsonObject body{
        {QStringLiteral("identifier"), m_operation->did},
        {QStringLiteral("password"), m_operation->appPassword},
    };
    post(url, {}, body, [this, url](const XrpcReply &reply) {
        if (reply.isError(QLatin1StringView("AuthenticationRequired"))) {
            markRevoked(tr("Bluesky no longer accepts the stored app password (%1); it was probably revoked. "
                           "Reconnect the account with a new app password.")
                            .arg(upstreamText(reply)));
            return;
        }
        if (!reply.succeeded() || !reply.json) {
            finishWithError(replyError(reply, url));
            return;
        }
        const quint64 serial = m_operation->serial;

        const std::optional<QJsonObject> claims =
            storeSession(*reply.json) ? jwtClaims(m_operation->accessJwt) : std::nullopt;
        if (!claims || reply.json->value(QLatin1StringView("did")).toString() != m_operation->did) {
            finishWithError({ErrorCode::UpstreamInvalidResponse,
                             tr("%1 answered the sign-in without a usable session.").arg(url.host())});
            return;
        }
        const QJsonObject secrets{
            {kAccessJwt, m_operation->accessJwt},
            {kRefreshJwt, m_operation->refreshJwt},
            {kAppPassword, m_operation->appPassword},
        };
        const Expected<void> stored = m_vault.updateSecrets(m_operation->account, secrets, m_operation->refreshExpiresAt);
        if (!isCurrent(serial))
            return;
        if (!stored) {
            qCWarning(lcBluesky) << "could not store the new session of" << m_operation->account.id;
            finishWithError(stored.error());
            return;
        }

        qCInfo(lcBluesky) << "signed account" << m_operation->account.id << "in again with its app password";
        Q_EMIT accountChanged(m_operation->account.id);
        if (isCurrent(serial))
            finishChecked();
    });
}

bool BlueskyConnector::storeSession(const QJsonObject &session)
{
    const QString access = session.value(kAccessJwt).toString();
    const QString refresh = session.value(kRefreshJwt).toString();
    // Registered before anything else can go wrong with them.
    logscrubber::registerSecret(access);
    logscrubber::registerSecret(refresh);
    const std::optional<QJsonObject> refreshClaims = jwtClaims(refresh);
    if (access.isEmpty() || !refreshClaims || !jwtClaims(access))
        return false;
    m_operation->accessJwt = access;
    m_operation->refreshJwt = refresh;
    m_operation->refreshExpiresAt = jwtExpiry(*refreshClaims);
    return true;
}

void BlueskyConnector::markRevoked(const QString &detail)
{
    const QString id = m_operation->account.id;
    qCWarning(lcBluesky) << "account" << id << "lost its Bluesky sign-in; marking it auth_failed";
    const Expected<void> status = m_store.setStatus(id, AccountStatus::AuthFailed);
    const Expected<bool> recorded = m_store.recordEvent(id, QString(kTokenRevoked), detail);
    if (!status || !recorded)
        qCWarning(lcBluesky) << "could not record the lost sign-in of account" << id;
    Q_EMIT accountChanged(id);
    finishWithError({ErrorCode::PlatformAuthFailed, detail});
}

void BlueskyConnector::finishChecked()
{
    const QString id = m_operation->account.id;
    const Expected<std::optional<Account>> account = m_store.account(id);
    if (!account) {
        finishWithError(account.error());
        return;
    }
    if (!account->has_value()) {
        finishWithError({ErrorCode::InvalidInput, tr("The account %1 was removed during the check.").arg(id)});
        return;
    }
    m_operation.reset();
    qCInfo(lcBluesky) << "account" << id << "is connected";
    Q_EMIT checked(**account);
}

// ---- endings ------------------------------------------------------------

void BlueskyConnector::finishConnected(const Account &account)
{
    m_operation.reset();
    qCInfo(lcBluesky) << "connected account" << account.id;
    Q_EMIT connected(account);
}

void BlueskyConnector::finishWithError(const Error &error)
{
    std::unique_ptr<Operation> operation = std::move(m_operation);
    if (operation) {
        if (QNetworkReply *reply = std::exchange(operation->reply, nullptr)) {
            disconnect(reply, nullptr, this, nullptr);
            reply->abort();
            reply->deleteLater();
        }
        if (operation->sessionUnstored)
            abandonSession(operation->pdsUrl, operation->refreshJwt);
    }
    qCInfo(lcBluesky) << "operation failed:" << errorCodeName(error.code);
    Q_EMIT errorOccurred(error);
}

void BlueskyConnector::cancel()
{
    if (!m_operation)
        return;
    qCInfo(lcBluesky) << "operation cancelled";
    finishWithError({ErrorCode::ConnectCancelled, tr("The Bluesky connection was cancelled.")});
}

void BlueskyConnector::signOut(const Account &account, std::function<void(bool signedOut)> done)
{
    const Expected<QJsonObject> secrets = m_vault.readSecrets(account);
    const QString refreshJwt = secrets ? secrets->value(kRefreshJwt).toString() : QString();
    const QUrl pdsUrl(account.extensions.value(kPdsUrl).toString());
    if (refreshJwt.isEmpty() || !pdsUrl.isValid() || !isAcceptableServiceUrl(pdsUrl)) {
        qCInfo(lcBluesky) << "no session to end upstream for account" << account.id;
        done(false);
        return;
    }
    const QUrl url = xrpcUrl(pdsUrl, QLatin1StringView("com.atproto.server.deleteSession"));
    QNetworkReply *reply = m_network.post(xrpcRequest(url, refreshJwt, m_requestTimeout), QByteArray());
    connect(reply, &QNetworkReply::finished, this, [reply, id = account.id, done = std::move(done)] {
        reply->deleteLater();
        const bool ended = reply->error() == QNetworkReply::NoError;
        qCInfo(lcBluesky) << "ending the upstream session of account" << id << (ended ? "succeeded" : "failed");
        done(ended);
    });
}

void BlueskyConnector::abandonSession(const QUrl &pdsUrl, const QString &refreshJwt)
{
    if (refreshJwt.isEmpty() || !pdsUrl.isValid())
        return;
    qCInfo(lcBluesky) << "deleting a session that was not stored";
    const QUrl url = xrpcUrl(pdsUrl, QLatin1StringView("com.atproto.server.deleteSession"));
    QNetworkReply *reply = m_network.post(xrpcRequest(url, refreshJwt, m_requestTimeout), QByteArray());
    connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
}

// ---- errors -------------------------------------------------------------

QString BlueskyConnector::upstreamText(const XrpcReply &reply) const
{
    QString text = reply.errorName.isEmpty() ? QStringLiteral("HTTP %1").arg(reply.httpStatus) : reply.errorName.left(80);
    QString message = reply.errorMessage.left(kMaxMessageLength);
    // Quote the message only when it repeats nothing secret from this operation.
    if (m_operation) {
        for (const QString *secret : {&m_operation->appPassword, &m_operation->accessJwt, &m_operation->refreshJwt}) {
            if (!secret->isEmpty() && reply.errorMessage.contains(*secret))
                message.clear();
        }
    }
    if (!message.isEmpty())
        text += QLatin1StringView(": ") + message;
    return text;
}

Error BlueskyConnector::replyError(const XrpcReply &reply, const QUrl &url) const
{
    const QString host = url.host();
    if (reply.tooLarge) {
        return {ErrorCode::UpstreamInvalidResponse,
                tr("%1 sent an answer larger than %2 MB, which Fanout does not read.")
                    .arg(host)
                    .arg(kMaxResponseSize / (1 << 20))};
    }
    if (!reply.answered()) {
        if (reply.timedOut) {
            const auto seconds = std::max<qint64>(1, std::chrono::ceil<std::chrono::seconds>(m_requestTimeout).count());
            return {ErrorCode::NetworkError, tr("%1 did not answer within %2 seconds.").arg(host).arg(seconds)};
        }
        if (reply.networkError == QNetworkReply::SslHandshakeFailedError) {
            // Qt's default verification rejected the certificate, so the
            // request was never sent.
            return {ErrorCode::NetworkError,
                    tr("The TLS certificate of %1 is not trusted, so Fanout sent it nothing. Check the service "
                       "address, and the date and certificate store of this computer.")
                        .arg(host)};
        }
        return {ErrorCode::NetworkError,
                tr("Could not reach %1 (%2).").arg(host, networkErrorName(reply.networkError))};
    }
    // Network-layer errors (codes 1 to 99) after the status line: the
    // connection broke before the whole body arrived.
    if (reply.networkError > QNetworkReply::NoError && reply.networkError < 100) {
        return {ErrorCode::NetworkError,
                tr("The answer from %1 broke off before it was complete (%2); try again.")
                    .arg(host, networkErrorName(reply.networkError))};
    }
    if (reply.httpStatus == 429) {
        if (reply.retryAfter) {
            const auto minutes = std::chrono::ceil<std::chrono::minutes>(*reply.retryAfter).count();
            return {ErrorCode::NetworkError,
                    tr("%1 is limiting requests; try again in %n minute(s).", nullptr,
                       int(std::max<qint64>(1, minutes)))
                        .arg(host)};
        }
        return {ErrorCode::NetworkError, tr("%1 is limiting requests; try again later.").arg(host)};
    }
    if (reply.httpStatus >= 500) {
        return {ErrorCode::NetworkError,
                tr("%1 had a problem (%2); try again later.").arg(host, upstreamText(reply))};
    }
    if (reply.succeeded() || reply.errorName.isEmpty()) {
        // A 2xx that did not parse, or an error that is not XRPC.
        return {ErrorCode::UpstreamInvalidResponse,
                tr("%1 sent an unexpected answer (HTTP %2).").arg(host).arg(reply.httpStatus)};
    }
    return {ErrorCode::PlatformRejected,
            tr("The Bluesky server %1 rejected the request (%2). Check that the account still exists and is "
               "active on Bluesky, then reconnect it.")
                .arg(host, upstreamText(reply))};
}

} // namespace fanout::bluesky
