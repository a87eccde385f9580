#pragma once

#include <optional>

#include <QObject>
#include <QString>

class QLocalServer;
class QLocalSocket;

namespace fanout {

// A local socket through which a second start of the window on the same data
// folder requests that the running window come forward. Without it the
// second start could only report that the folder is in use.
//
// The request is one line: "show", or "settings PAGE" to open Settings on
// PAGE. The running window replies "ok". Only the user who runs Fanout can
// connect: the socket is created with QLocalServer::UserAccessOption, and on
// Linux it sits in XDG_RUNTIME_DIR when that is set.
class InstanceChannel final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstanceChannel)

public:
    explicit InstanceChannel(const QString &dataDir, QObject *parent = nullptr);
    ~InstanceChannel() override;

    // Starts listening. Call it only while holding the data folder's
    // InstanceLock: a socket left behind by a crashed window is removed first.
    [[nodiscard]] bool listen();

    // Requests that the window running on dataDir show itself, and Settings on
    // settingsPage when one is given. Returns whether a window replied
    // within timeoutMs.
    [[nodiscard]] static bool requestActivation(const QString &dataDir,
                                                const std::optional<QString> &settingsPage = std::nullopt,
                                                int timeoutMs = 2000);

    // The local socket name for dataDir, the same for every spelling of the path.
    [[nodiscard]] static QString serverName(const QString &dataDir);

    // A request as read from the socket.
    struct Request {
        bool openSettings = false;
        QString settingsPage;
    };
    // Parses one request line without its line break. Returns nothing for
    // anything but "show" and "settings PAGE", for control characters and
    // for lines longer than a request can be.
    [[nodiscard]] static std::optional<Request> parseRequest(QByteArrayView line);
    // Builds the line, line break included, that parseRequest() reads back.
    [[nodiscard]] static QByteArray requestLine(const std::optional<QString> &settingsPage);

Q_SIGNALS:
    // A second start requested the window, and Settings on
    // settingsPage when openSettings is true.
    void activationRequested(bool openSettings, const QString &settingsPage);

private:
    void readRequest(QLocalSocket *socket);

    QString m_name;
    QLocalServer *m_server = nullptr;
};

} // namespace fanout
