#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QUrl>

class QTcpServer;
class QTcpSocket;

namespace fanout::test {

// A local OAuth 2.0 token endpoint that behaves like X's
// (POST /2/oauth2/token, grant_type=refresh_token + client_id): every
// refresh returns a new access token valid for expiresIn seconds and a new
// refresh token, and the old refresh token is spent. Replaying a spent one
// returns 400 invalid_grant and revokes the whole grant, as X and
// oidc-provider do. It listens on 127.0.0.1 only, on a random port.
//
// GET /ping answers 200 with a small JSON body: the bare round-trip the
// benchmark compares a refresh with.
class TokenEndpoint final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenEndpoint)

public:
    explicit TokenEndpoint(QObject *parent = nullptr);
    ~TokenEndpoint() override;

    [[nodiscard]] bool start();
    [[nodiscard]] QUrl tokenUrl() const;
    [[nodiscard]] QUrl pingUrl() const;
    [[nodiscard]] QString clientId() const { return QStringLiteral("fanout-test-client"); }

    // Opens a grant for a subject and returns its first refresh token.
    QString issueGrant(const QString &subject);
    // The refresh token that works now for the subject, or empty when the
    // grant was revoked.
    [[nodiscard]] QString currentRefreshToken(const QString &subject) const;
    [[nodiscard]] bool isRevoked(const QString &subject) const;

    // The next count refresh requests get this HTTP status and body instead
    // of being served; the grant is left untouched.
    void failNext(int count, int status, const QByteArray &body = {});
    void setExpiresIn(int seconds) { m_expiresIn = seconds; }
    // Delays each token reply by this many milliseconds.
    void setDelay(int milliseconds) { m_delayMs = milliseconds; }

    // One rotation of a grant, recorded when the new pair was issued.
    struct Refresh {
        QString subject;
        qint64 repliedAtMs = 0; // wall clock when the reply was written; 0 if it never was
    };
    [[nodiscard]] const QList<Refresh> &refreshes() const { return m_refreshes; }
    [[nodiscard]] int requestCount() const { return m_requests; }
    [[nodiscard]] int replayCount() const { return m_replays; }

Q_SIGNALS:
    void refreshServed(const QString &subject);

private:
    void handleConnection();
    void handleData(QTcpSocket *socket);
    void answer(QTcpSocket *socket, const QByteArray &method, const QByteArray &path, const QByteArray &body);
    QByteArray refresh(const QByteArray &body, int &status, QString &subject);
    static void write(QTcpSocket *socket, int status, const QByteArray &body);

    QTcpServer *m_server = nullptr;
    QHash<QString, QString> m_current;   // subject -> refresh token that works
    QHash<QString, QString> m_subjectOf; // every refresh token ever issued -> subject
    QSet<QString> m_revoked;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<Refresh> m_refreshes;
    int m_failCount = 0;
    int m_failStatus = 0;
    QByteArray m_failBody;
    int m_expiresIn = 7200;
    int m_delayMs = 0;
    int m_requests = 0;
    int m_replays = 0;
    quint64 m_serial = 0;
};

} // namespace fanout::test
