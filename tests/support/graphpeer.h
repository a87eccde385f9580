#pragma once

#include <QJsonObject>
#include <QString>
#include <QUrl>

#include "tests/support/nodepeer.h"

namespace fanout::test {

// The fake Facebook Graph API from tests/peers/graph on 127.0.0.1, for the
// lifetime of this object. It needs node and nothing else.
class GraphPeer final
{
public:
    GraphPeer();
    ~GraphPeer();
    GraphPeer(const GraphPeer &) = delete;
    GraphPeer &operator=(const GraphPeer &) = delete;

    // Starts the peer and waits for its ready line; false with a reason in errorString().
    [[nodiscard]] bool start();
    [[nodiscard]] QString errorString() const { return m_error; }

    // http://127.0.0.1:PORT, without the Graph API version.
    [[nodiscard]] QUrl url() const { return m_url; }
    [[nodiscard]] QString clientId() const { return m_clientId; }
    [[nodiscard]] QByteArray clientSecret() const { return m_clientSecret; }

    // The providers-file entry for facebook that points at this peer.
    [[nodiscard]] QJsonObject providerEntry(quint16 redirectPort) const;

    // The user the next consent signs in as: Page count, which Pages have
    // Instagram, declined permissions, a denied consent, Pages per list part.
    [[nodiscard]] bool setScenario(const QJsonObject &scenario) const;
    // Every Page token issued so far gets Graph error 190 with this subcode.
    [[nodiscard]] bool revokePageTokens(int subcode) const;
    [[nodiscard]] QJsonObject stats() const;

private:
    [[nodiscard]] QJsonObject call(const QString &path, const QJsonObject *body) const;

    NodePeer m_node;
    QUrl m_url;
    QString m_clientId;
    QByteArray m_clientSecret;
    QString m_error;
};

} // namespace fanout::test
