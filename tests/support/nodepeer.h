#pragma once

#include <memory>
#include <optional>

#include <QByteArray>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace fanout::test {

// One Node.js test peer from tests/peers/NAME. Its start.mjs runs for the
// lifetime of this object and prints one JSON line on standard output once
// it accepts requests. PdsPeer, OidcPeer and GraphPeer are built on it.
class NodePeer final
{
public:
    struct Options {
        QString name;        // the folder under tests/peers
        QString description; // the subject of error messages, e.g. "the PDS peer"
        // A path inside the peer folder that exists once its npm packages are
        // installed; while it is missing, start() runs install.sh first.
        // Empty for a peer without packages.
        QString installedPath;
        int installTimeoutMs = 5 * 60'000;
        int startTimeoutMs = 60'000;
    };

    explicit NodePeer(Options options);
    // Closes start.mjs's standard input, which stops it, then sends SIGTERM
    // and finally SIGKILL if it keeps running.
    ~NodePeer();
    NodePeer(const NodePeer &) = delete;
    NodePeer &operator=(const NodePeer &) = delete;

    // Installs the packages when needed, starts start.mjs and returns its
    // ready line; nullopt with a reason in errorString().
    [[nodiscard]] std::optional<QJsonObject> start();
    [[nodiscard]] QString errorString() const { return m_error; }

    // The absolute peer folder, empty when FANOUT_SOURCE_DIR is not set.
    [[nodiscard]] QString directory() const;
    // Starts another script of the peer folder with node and returns it running.
    [[nodiscard]] std::unique_ptr<QProcess> startScript(const QString &script, const QStringList &arguments) const;

    // The last 2000 characters of a child's error output, for a failure message.
    [[nodiscard]] static QString tail(const QByteArray &output);
    [[nodiscard]] static bool isLoopback(const QUrl &url);

private:
    [[nodiscard]] bool install(const QString &directory);

    Options m_options;
    QProcess m_process;
    QString m_error;
};

} // namespace fanout::test
