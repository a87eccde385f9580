// The avatar cache against a small HTTP server inside the test, on
// 127.0.0.1, and a real data directory.
#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QImage>
#include <QPointer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "app/service/accountservice.h"
#include "app/service/avatarcache.h"
#include "app/store/accountstore.h"
#include "tests/support/logcapture.h"

using namespace fanout;

namespace {

constexpr QFile::Permissions kOwnerReadWrite = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser;
constexpr QFile::Permissions kOwnerOnlyFolder = kOwnerReadWrite | QFile::ExeOwner | QFile::ExeUser;
constexpr qint64 kThreeMegabytes = 3 * 1024 * 1024;

QByteArray pngOf(const QSize &size, const QColor &colour)
{
    QImage image(size, QImage::Format_ARGB32);
    image.fill(colour);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

// An HTTP/1.1 server for a few fixed paths. Every response closes its
// connection, so the number of open connections is the number of requests
// in progress.
//   /avatar.png    a 600×300 red PNG        /other.png   a 40×40 blue PNG
//   /slow.png      the red PNG after slowDelayMs
//   /not-image     200 with a text body     /big         3 MB with Content-Length
//   /big-unsized   3 MB without Content-Length
//   /stall         headers never sent
//   /redirect      302 to 127.0.0.2, which is loopback but not an allowed http host
//   anything else: 404
class AvatarServer final : public QObject
{
public:
    AvatarServer()
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, &AvatarServer::accept);
    }

    [[nodiscard]] QString url(const QString &pathAndQuery) const
    {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(pathAndQuery);
    }
    // Requests received for a path, query ignored.
    [[nodiscard]] int requestCount(const QByteArray &path) const { return m_requests.value(path); }
    [[nodiscard]] int totalRequests() const
    {
        int total = 0;
        for (int count : m_requests)
            total += count;
        return total;
    }
    [[nodiscard]] int maxOpenConnections() const { return m_maxOpen; }

    static inline const QByteArray redPng = pngOf(QSize(600, 300), Qt::red);
    static inline const QByteArray bluePng = pngOf(QSize(40, 40), Qt::blue);
    int slowDelayMs = 150;

private:
    void accept()
    {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            ++m_open;
            m_maxOpen = qMax(m_maxOpen, m_open);
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                --m_open;
                socket->deleteLater();
            });
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readRequest(socket); });
        }
    }

    void readRequest(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        if (!buffer.contains("\r\n\r\n"))
            return;
        const QByteArray target = buffer.split(' ').value(1);
        m_buffers.remove(socket);
        const QByteArray path = target.left(target.indexOf('?') < 0 ? target.size() : target.indexOf('?'));
        ++m_requests[path];

        if (path == "/avatar.png")
            respond(socket, "200 OK", "image/png", redPng);
        else if (path == "/other.png")
            respond(socket, "200 OK", "image/png", bluePng);
        else if (path == "/slow.png")
            QTimer::singleShot(slowDelayMs, socket,
                               [this, socket] { respond(socket, "200 OK", "image/png", redPng); });
        else if (path == "/not-image")
            respond(socket, "200 OK", "image/png", QByteArrayLiteral("this is plain text, not a PNG"));
        else if (path == "/big")
            respond(socket, "200 OK", "image/png", QByteArray(kThreeMegabytes, 'x'));
        else if (path == "/big-unsized")
            respond(socket, "200 OK", "image/png", QByteArray(kThreeMegabytes, 'x'), false);
        else if (path == "/stall")
            return;
        else if (path == "/redirect")
            respond(socket, "302 Found\r\nLocation: http://127.0.0.2:" + QByteArray::number(m_server.serverPort())
                        + "/avatar.png",
                    "text/plain", QByteArray());
        else
            respond(socket, "404 Not Found", "text/plain", QByteArrayLiteral("not found"));
    }

    static void respond(QTcpSocket *socket, const QByteArray &status, const QByteArray &type, const QByteArray &body,
                        bool sendLength = true)
    {
        QByteArray head = "HTTP/1.1 " + status + "\r\nContent-Type: " + type + "\r\nConnection: close\r\n";
        if (sendLength)
            head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
        socket->write(head + "\r\n");
        socket->write(body);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QHash<QByteArray, int> m_requests;
    int m_open = 0;
    int m_maxOpen = 0;
};

} // namespace

class tst_AvatarCache final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void allowedUrls_data();
    void allowedUrls();
    void downloadStoresAvatar();
    void secondRequestUsesCache();
    void failedDownloadLeavesNoAvatar_data();
    void failedDownloadLeavesNoAvatar();
    void removalDeletesFile();
    void changedUrlRefetches();
    void downloadsAreLimitedToFour();

private:
    // Adds an account whose avatarUrl is `avatarUrl`, or updates the one with the same user id.
    QString addAccount(const QString &userId, const QString &avatarUrl);
    AvatarCache &avatars() { return m_service->avatars(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AvatarServer> m_server;
    std::unique_ptr<AccountService> m_service;
};

void tst_AvatarCache::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_server = std::make_unique<AvatarServer>();
    Expected<std::unique_ptr<AccountService>> service =
        AccountService::open(m_dir->path(), AccountService::Access::Exclusive);
    QVERIFY2(service, service ? "" : qPrintable(errorMessage(service.error())));
    m_service = std::move(*service);
}

void tst_AvatarCache::cleanup()
{
    m_service.reset();
    m_server.reset();
    m_dir.reset();
}

QString tst_AvatarCache::addAccount(const QString &userId, const QString &avatarUrl)
{
    Account draft;
    draft.platform = Platform::Bluesky;
    draft.platformUserId = QStringLiteral("did:plc:") + userId;
    draft.handle = userId + QStringLiteral(".test");
    draft.avatarUrl = avatarUrl;
    // The cache never reads the secrets, so any blob will do.
    Expected<Account> stored = m_service->store().upsert(
        draft, [](const QString &) -> Expected<QByteArray> { return QByteArrayLiteral("unused"); });
    if (!stored) {
        qWarning("could not store account: %s", qPrintable(errorMessage(stored.error())));
        return {};
    }
    return stored->id;
}

void tst_AvatarCache::allowedUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowed");

    QTest::addRow("https") << QStringLiteral("https://pds.example/xrpc/com.atproto.sync.getBlob?did=d&cid=c") << true;
    QTest::addRow("http loopback") << QStringLiteral("http://127.0.0.1:2583/a.png") << true;
    QTest::addRow("http localhost") << QStringLiteral("http://localhost/a.png") << true;
    QTest::addRow("http other host") << QStringLiteral("http://pds.example/a.png") << false;
    QTest::addRow("http metadata address") << QStringLiteral("http://169.254.169.254/latest") << false;
    QTest::addRow("user info") << QStringLiteral("https://user:secret@pds.example/a.png") << false;
    QTest::addRow("file") << QStringLiteral("file:///etc/passwd") << false;
    QTest::addRow("ftp") << QStringLiteral("ftp://pds.example/a.png") << false;
    QTest::addRow("empty") << QString() << false;
}

void tst_AvatarCache::allowedUrls()
{
    QFETCH(QString, url);
    QFETCH(bool, allowed);
    QCOMPARE(AvatarCache::isAllowedUrl(QUrl(url)), allowed);
}

void tst_AvatarCache::downloadStoresAvatar()
{
    const QString id = addAccount(QStringLiteral("alice"), m_server->url(QStringLiteral("/avatar.png?did=x&cid=y")));
    QVERIFY(!id.isEmpty());
    QVERIFY(!avatars().cachedAvatar(id));

    QSignalSpy ready(&avatars(), &AvatarCache::avatarReady);
    avatars().request(id);
    QTRY_COMPARE(ready.count(), 1);
    QCOMPARE(ready.at(0).at(0).toString(), id);

    const std::optional<QImage> avatar = avatars().cachedAvatar(id);
    QVERIFY(avatar);
    // Scaled down to the cache's maximum side, aspect ratio kept.
    QCOMPARE(avatar->size(), QSize(AvatarCache::kMaxImageSide, AvatarCache::kMaxImageSide / 2));
    QCOMPARE(QColor(avatar->pixel(10, 10)), QColor(Qt::red));

    QFile file(avatars().filePath(id));
    QCOMPARE(file.fileName(), QDir(m_dir->path()).filePath(QStringLiteral("avatars/") + id));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), AvatarServer::redPng);
    QCOMPARE(file.permissions(), kOwnerReadWrite);
    QCOMPARE(QFile::permissions(QDir(m_dir->path()).filePath(QStringLiteral("avatars"))), kOwnerOnlyFolder);
    QCOMPARE(m_server->requestCount("/avatar.png"), 1);
}

void tst_AvatarCache::secondRequestUsesCache()
{
    const QString id = addAccount(QStringLiteral("alice"), m_server->url(QStringLiteral("/avatar.png?cid=1")));
    QSignalSpy ready(&avatars(), &AvatarCache::avatarReady);
    avatars().request(id);
    QTRY_COMPARE(ready.count(), 1);

    // From memory: avatarReady again, no request.
    avatars().request(id);
    QTRY_COMPARE(ready.count(), 2);
    QCOMPARE(m_server->requestCount("/avatar.png"), 1);

    // From disk, in a new service with an empty memory cache.
    m_service.reset();
    Expected<std::unique_ptr<AccountService>> reopened =
        AccountService::open(m_dir->path(), AccountService::Access::Exclusive);
    QVERIFY2(reopened, reopened ? "" : qPrintable(errorMessage(reopened.error())));
    m_service = std::move(*reopened);
    QSignalSpy readyAfterReopen(&avatars(), &AvatarCache::avatarReady);
    const std::optional<QImage> avatar = avatars().cachedAvatar(id);
    QVERIFY(avatar);
    QCOMPARE(avatar->width(), AvatarCache::kMaxImageSide);
    avatars().request(id);
    QTRY_COMPARE(readyAfterReopen.count(), 1);
    QCOMPARE(m_server->requestCount("/avatar.png"), 1);
}

void tst_AvatarCache::failedDownloadLeavesNoAvatar_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expectedWarning");

    QTest::addRow("not found") << QStringLiteral("/missing.png") << QStringLiteral("avatar download failed");
    QTest::addRow("not an image") << QStringLiteral("/not-image") << QStringLiteral("is not a PNG, JPEG, WebP or GIF");
    QTest::addRow("3 MB with length") << QStringLiteral("/big") << QStringLiteral("is larger than");
    QTest::addRow("3 MB without length") << QStringLiteral("/big-unsized") << QStringLiteral("is larger than");
    QTest::addRow("stalled") << QStringLiteral("/stall") << QStringLiteral("avatar download failed");
    QTest::addRow("redirect to other host") << QStringLiteral("/redirect") << QStringLiteral("avatar redirect rejected");
}

void tst_AvatarCache::failedDownloadLeavesNoAvatar()
{
    QFETCH(QString, path);
    QFETCH(QString, expectedWarning);

    const QString id = addAccount(QStringLiteral("alice"), m_server->url(path + QStringLiteral("?did=did-secret&cid=c")));
    avatars().setTransferTimeout(500);
    test::LogCapture logs;
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QRegularExpression::escape(expectedWarning)));
    QSignalSpy ready(&avatars(), &AvatarCache::avatarReady);

    avatars().request(id);
    QTRY_VERIFY(logs.text().contains(expectedWarning.toUtf8()));

    QCOMPARE(ready.count(), 0);
    QVERIFY(!avatars().cachedAvatar(id));
    QVERIFY(!QFile::exists(avatars().filePath(id)));
    QVERIFY2(!logs.text().contains("did-secret"), logs.text().constData());
    QVERIFY(logs.text().contains(m_server->url(path).toUtf8()));

    // The failure is remembered: no second download right away, and the account stays connected.
    avatars().request(id);
    QTest::qWait(100);
    QCOMPARE(m_server->requestCount(path.toUtf8()), 1);
    Expected<Account> account = m_service->account(id);
    QVERIFY2(account, account ? "" : qPrintable(errorMessage(account.error())));
    QCOMPARE(account->status, AccountStatus::Connected);
}

void tst_AvatarCache::removalDeletesFile()
{
    const QString id = addAccount(QStringLiteral("alice"), m_server->url(QStringLiteral("/avatar.png")));
    QSignalSpy ready(&avatars(), &AvatarCache::avatarReady);
    avatars().request(id);
    QTRY_COMPARE(ready.count(), 1);
    QVERIFY(QFile::exists(avatars().filePath(id)));

    Expected<void> removed = m_service->disconnectAccount(id);
    QVERIFY2(removed, removed ? "" : qPrintable(errorMessage(removed.error())));

    QVERIFY(!QFile::exists(avatars().filePath(id)));
    QCOMPARE(QDir(QDir(m_dir->path()).filePath(QStringLiteral("avatars"))).entryList(QDir::Files), QStringList());
    QVERIFY(!avatars().cachedAvatar(id));
}

void tst_AvatarCache::changedUrlRefetches()
{
    const QString id = addAccount(QStringLiteral("alice"), m_server->url(QStringLiteral("/avatar.png?cid=1")));
    QSignalSpy ready(&avatars(), &AvatarCache::avatarReady);
    avatars().request(id);
    QTRY_COMPARE(ready.count(), 1);

    QCOMPARE(addAccount(QStringLiteral("alice"), m_server->url(QStringLiteral("/other.png?cid=2"))), id);
    Q_EMIT m_service->accountChanged(id);

    QTRY_COMPARE(ready.count(), 2);
    const std::optional<QImage> avatar = avatars().cachedAvatar(id);
    QVERIFY(avatar);
    QCOMPARE(avatar->size(), QSize(40, 40));
    QCOMPARE(QColor(avatar->pixel(0, 0)), QColor(Qt::blue));
    QFile file(avatars().filePath(id));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), AvatarServer::bluePng);
    QCOMPARE(m_server->requestCount("/other.png"), 1);
}

void tst_AvatarCache::downloadsAreLimitedToFour()
{
    constexpr int kAccounts = 20;
    QStringList ids;
    for (int i = 0; i < kAccounts; ++i) {
        ids << addAccount(QStringLiteral("user%1").arg(i), m_server->url(QStringLiteral("/slow.png?cid=%1").arg(i)));
        QVERIFY(!ids.last().isEmpty());
    }

    QSignalSpy ready(&avatars(), &AvatarCache::avatarReady);
    for (const QString &id : std::as_const(ids))
        avatars().request(id);

    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), kAccounts, 20'000);
    QCOMPARE(m_server->requestCount("/slow.png"), kAccounts);
    QCOMPARE(m_server->maxOpenConnections(), 4);
    for (const QString &id : std::as_const(ids))
        QVERIFY(QFile::exists(avatars().filePath(id)));
}

QTEST_GUILESS_MAIN(tst_AvatarCache)
#include "tst_avatarcache.moc"
