#pragma once

#include <optional>

#include <QCache>
#include <QDeadlineTimer>
#include <QHash>
#include <QImage>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace fanout {

class AccountStore;

// Account avatars, downloaded from each account's avatarUrl on request and
// kept in <dataDir>/avatars/<accountId> (folder 0700, file 0600) and in a small
// in-memory cache. The window never downloads an avatar itself. It calls
// request() for the rows it paints and reads cachedAvatar().
//
// A download that fails (HTTP error, too large, timed out, not an image) leaves
// the account without an avatar and never changes its status.
class AvatarCache final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AvatarCache)

public:
    static constexpr qint64 kDefaultMaxBytes = 2 * 1024 * 1024;
    static constexpr int kDefaultTransferTimeoutMs = 30'000;
    static constexpr int kMaxConcurrentDownloads = 4;
    // Maximum width and height of a decoded avatar. Larger images are scaled down.
    static constexpr int kMaxImageSide = 256;

    AvatarCache(AccountStore &store, QNetworkAccessManager &network, QObject *parent = nullptr);
    ~AvatarCache() override;

    // Starts downloading the account's avatar unless it is cached, already
    // queued or downloading, recently failed, or the account has no usable
    // avatarUrl. At most kMaxConcurrentDownloads run at once and the rest
    // wait, newest request first. avatarReady follows once the avatar is
    // cached, and is queued at once when it already was.
    void request(const QString &accountId);

    // Returns the avatar from memory, else from disk, or std::nullopt when
    // neither contains one for the account's current avatarUrl. Never touches
    // the network.
    [[nodiscard]] std::optional<QImage> cachedAvatar(const QString &accountId);

    // The file that contains the downloaded bytes, whether or not it exists.
    [[nodiscard]] QString filePath(const QString &accountId) const;

    // Set limits for tests. The defaults are kDefaultMaxBytes and kDefaultTransferTimeoutMs.
    void setMaxBytes(qint64 maxBytes);
    void setTransferTimeout(int milliseconds);

    // Accepts https URLs, and http only on 127.0.0.1 or localhost.
    [[nodiscard]] static bool isAllowedUrl(const QUrl &url);

    // Slots for AccountService's accountChanged and accountRemoved. A changed
    // avatarUrl drops the cached avatar and downloads the new one if the old
    // one was cached. A removed account loses its files.
    void handleAccountChanged(const QString &accountId);
    void handleAccountRemoved(const QString &accountId);

Q_SIGNALS:
    // The account's avatar is now in the cache.
    void avatarReady(const QString &accountId);

private:
    struct CachedImage {
        QImage image;
        QString sourceUrl;
    };
    struct Download {
        QString accountId;
        QString url;
        QByteArray body;
    };

    [[nodiscard]] QString avatarDir() const;
    [[nodiscard]] QString sourcePath(const QString &accountId) const;
    [[nodiscard]] std::optional<QString> currentAvatarUrl(const QString &accountId) const;
    [[nodiscard]] std::optional<QImage> loadFromDisk(const QString &accountId, const QString &url);
    void startDownloads();
    void startDownload(const QString &accountId);
    void handleReadyRead(QNetworkReply *reply);
    void handleFinished(QNetworkReply *reply);
    void finishDownload(const Download &download, const QByteArray &body);
    [[nodiscard]] bool writeFiles(const QString &accountId, const QString &url, const QByteArray &bytes);
    void insertImage(const QString &accountId, const QString &url, const QImage &image);
    void markFailed(const QString &accountId, const QString &url);
    void forget(const QString &accountId);

    AccountStore &m_store;
    QNetworkAccessManager &m_network;
    qint64 m_maxBytes = kDefaultMaxBytes;
    int m_transferTimeoutMs = kDefaultTransferTimeoutMs;

    // Cost is the decoded image's size in KiB.
    QCache<QString, CachedImage> m_memory;
    // Waiting account ids; the newest is taken first.
    QList<QString> m_queue;
    QHash<QNetworkReply *, Download> m_running;
    // Account id → the URL whose download failed, and when it may be tried again.
    QHash<QString, std::pair<QString, QDeadlineTimer>> m_failed;
};

} // namespace fanout
