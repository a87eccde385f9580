#pragma once

#include <QJsonObject>
#include <QString>
#include <QUrl>

#include "tests/support/nodepeer.h"

namespace fanout::test {

// A real @atproto/pds with an in-process PLC directory, started from
// tests/peers/pds/start.mjs on 127.0.0.1 for the lifetime of this object.
class PdsPeer final
{
public:
    PdsPeer();
    ~PdsPeer();
    PdsPeer(const PdsPeer &) = delete;
    PdsPeer &operator=(const PdsPeer &) = delete;

    // Starts the servers and waits until they answer; false with a reason in
    // errorString() when node or the installed peer is missing.
    [[nodiscard]] bool start();
    [[nodiscard]] QString errorString() const { return m_error; }

    [[nodiscard]] QUrl pdsUrl() const { return m_pdsUrl; }
    [[nodiscard]] QUrl plcUrl() const { return m_plcUrl; }
    [[nodiscard]] QByteArray jwtSecret() const { return m_jwtSecret; }

    struct TestAccount {
        QString did;
        QString handle;
        QString password;    // the main account password
        QString appPassword; // xxxx-xxxx-xxxx-xxxx
    };
    // Creates an account with a profile record (displayName, or "Display
    // <handle>" when it is empty) and one app password named "fanout".
    [[nodiscard]] TestAccount createAccount(const QString &handle, const QString &displayName = {});
    [[nodiscard]] bool revokeAppPassword(const TestAccount &account, const QString &name = QStringLiteral("fanout"));
    // An HS256 access token for the DID whose expiry lies in the past.
    [[nodiscard]] QByteArray mintExpiredAccessToken(const QString &did);

private:
    [[nodiscard]] QJsonObject admin(const QStringList &arguments);

    NodePeer m_node;
    QUrl m_pdsUrl;
    QUrl m_plcUrl;
    QByteArray m_jwtSecret;
    QString m_error;
};

} // namespace fanout::test
