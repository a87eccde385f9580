#include "app/store/instancechannel.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QTimer>

#include "app/core/logging.h"

namespace fanout {

namespace {

// A request is a word and a settings page id, far shorter than this.
constexpr qint64 kMaxRequestBytes = 256;
// Characters of a settings page id that are sent. Ids are single words.
constexpr qsizetype kMaxPageChars = 60;
// How long the window waits for a connected client to send its line.
constexpr int kReadTimeoutMs = 2000;

const QByteArray kShow = QByteArrayLiteral("show");
const QByteArray kSettings = QByteArrayLiteral("settings");
const QByteArray kReply = QByteArrayLiteral("ok\n");

} // namespace

InstanceChannel::InstanceChannel(const QString &dataDir, QObject *parent)
    : QObject(parent)
    , m_name(serverName(dataDir))
{
}

InstanceChannel::~InstanceChannel() = default;

QString InstanceChannel::serverName(const QString &dataDir)
{
    const QFileInfo info(dataDir);
    const QString canonical = info.canonicalFilePath();
    const QString path = canonical.isEmpty() ? QDir::cleanPath(info.absoluteFilePath()) : canonical;
    // The home folder is in the hash so two users of one shared folder get
    // two names. Sixteen hex digits keep the socket path short.
    const QByteArray hash = QCryptographicHash::hash((QDir::homePath() + u'\n' + path).toUtf8(),
                                                     QCryptographicHash::Sha256)
                                .toHex()
                                .left(16);
    const QString name = QStringLiteral("fanout-") + QString::fromLatin1(hash);
#if defined(Q_OS_LINUX)
    // XDG_RUNTIME_DIR belongs to the user alone. Without it, Qt puts the
    // socket in the temporary folder.
    const QString runtimeDir = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!runtimeDir.isEmpty() && QFileInfo(runtimeDir).isDir())
        return QDir(runtimeDir).filePath(name);
#endif
    return name;
}

bool InstanceChannel::listen()
{
    if (m_server)
        return m_server->isListening();
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    // The caller holds the instance lock, so a socket that exists was left by
    // a window that crashed.
    QLocalServer::removeServer(m_name);
    if (!m_server->listen(m_name)) {
        qCWarning(lcUi) << "a second start cannot reach this window:" << m_server->errorString();
        return false;
    }
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] { readRequest(socket); });
            // A client that sends no complete line within kReadTimeoutMs is dropped.
            QTimer::singleShot(kReadTimeoutMs, socket, [socket] { socket->abort(); });
            readRequest(socket);
        }
    });
    return true;
}

void InstanceChannel::readRequest(QLocalSocket *socket)
{
    if (!socket->canReadLine()) {
        if (socket->bytesAvailable() > kMaxRequestBytes)
            socket->abort();
        return;
    }
    // One request per connection: whatever follows the first line is not read.
    socket->disconnect(this);
    const QByteArray line = socket->readLine(kMaxRequestBytes + 1);
    const std::optional<Request> request = parseRequest(QByteArrayView(line).chopped(line.endsWith('\n') ? 1 : 0));
    if (!request) {
        qCWarning(lcUi) << "ignored a request on the window's local socket that is not show or settings";
        socket->disconnectFromServer();
        return;
    }
    socket->write(kReply);
    socket->disconnectFromServer();
    // Bringing the window forward can run events (opening Settings does on
    // X11), in which the socket may be deleted. So the window is asked once
    // the socket is done with, from the event loop.
    QMetaObject::invokeMethod(
        this, [this, request = *request] { Q_EMIT activationRequested(request.openSettings, request.settingsPage); },
        Qt::QueuedConnection);
}

std::optional<InstanceChannel::Request> InstanceChannel::parseRequest(QByteArrayView line)
{
    line = line.trimmed();
    if (line.size() > kMaxRequestBytes)
        return std::nullopt;
    for (const char c : line) {
        if (uchar(c) < 0x20 || c == 0x7f)
            return std::nullopt;
    }
    const qsizetype space = line.indexOf(' ');
    const QByteArrayView word = space < 0 ? line : line.first(space);
    if (word == kShow && space < 0)
        return Request{};
    if (word == kSettings)
        return Request{true, space < 0 ? QString() : QString::fromUtf8(line.sliced(space + 1))};
    return std::nullopt;
}

QByteArray InstanceChannel::requestLine(const std::optional<QString> &settingsPage)
{
    if (!settingsPage)
        return kShow + '\n';
    // A control character in the page would end or spoil the request, and
    // no page id comes near this length, which keeps the line within
    // kMaxRequestBytes (at most four bytes per character).
    QString page = settingsPage->left(kMaxPageChars);
    for (QChar &c : page) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            c = u' ';
    }
    return kSettings + ' ' + page.toUtf8() + '\n';
}

bool InstanceChannel::requestActivation(const QString &dataDir, const std::optional<QString> &settingsPage,
                                        int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(serverName(dataDir));
    if (!socket.waitForConnected(timeoutMs))
        return false; // no window runs on this folder, the usual case
    socket.write(requestLine(settingsPage));
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    while (!socket.canReadLine()) {
        if (!socket.waitForReadyRead(timeoutMs))
            return false;
    }
    return socket.readLine(kMaxRequestBytes) == kReply;
}

} // namespace fanout
