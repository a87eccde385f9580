#include "app/service/avatarcache.h"

#include <cstdio>

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QImageReader>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include "app/core/logging.h"
#include "app/store/accountstore.h"

namespace fanout {

namespace {

constexpr auto kAvatarFolder = "avatars";
constexpr auto kSourceSuffix = ".source";
constexpr auto kPartialSuffix = ".part";
constexpr int kMaxQueued = 256;
constexpr int kMaxRedirects = 5;
constexpr int kMemoryCostKiB = 16 * 1024;
constexpr int kDecodeAllocationLimitMiB = 64;
constexpr qint64 kRetryAfterFailureMs = 5 * 60 * 1000;

constexpr QFile::Permissions kOwnerReadWrite =
    QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser;
constexpr QFile::Permissions kOwnerOnlyFolder = kOwnerReadWrite | QFile::ExeOwner | QFile::ExeUser;

// Account ids become file names, so only the characters the store generates
// ("acc_" and hex digits) and a few harmless ones are accepted.
bool isSafeFileName(const QString &accountId)
{
    if (accountId.isEmpty() || accountId.size() > 128)
        return false;
    for (QChar c : accountId) {
        const bool allowed = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
            || c == u'_' || c == u'-';
        if (!allowed)
            return false;
    }
    return true;
}

// The URL for log lines: no user info, query or fragment, because the query
// names the account (did) and blob (cid).
QString loggableUrl(const QString &url)
{
    return QUrl(url).toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
}

// The content of the .source file beside an avatar: the SHA-256 of the URL it
// was downloaded from, so a changed avatarUrl is noticed even when another
// Fanout process changed it.
QByteArray sourceKey(const QString &url)
{
    return QCryptographicHash::hash(url.toUtf8(), QCryptographicHash::Sha256).toHex();
}

// Decodes PNG, JPEG, WebP or GIF data, scaled down to kMaxImageSide. Other
// formats (SVG among them) are rejected so that downloaded bytes only reach
// the raster decoders. Returns a null image on failure.
QImage decodeImage(const QByteArray &bytes)
{
    static const QList<QByteArray> allowedFormats{"png", "jpeg", "jpg", "webp", "gif"};

    QBuffer buffer;
    buffer.setData(bytes);
    if (!buffer.open(QIODevice::ReadOnly))
        return {};
    QImageReader reader(&buffer);
    reader.setAllocationLimit(kDecodeAllocationLimitMiB);
    reader.setAutoTransform(true);
    if (!reader.canRead() || !allowedFormats.contains(reader.format().toLower()))
        return {};

    const int maxSide = AvatarCache::kMaxImageSide;
    const QSize size = reader.size();
    if (size.isValid() && (size.width() > maxSide || size.height() > maxSide))
        reader.setScaledSize(size.scaled(maxSide, maxSide, Qt::KeepAspectRatio));
    QImage image = reader.read();
    if (image.isNull())
        return {};
    if (image.width() > maxSide || image.height() > maxSide)
        image = image.scaled(maxSide, maxSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return image;
}

int costOf(const QImage &image)
{
    return int(qMax<qsizetype>(1, image.sizeInBytes() / 1024));
}

// Writes through a temporary file that is created 0600, then renames it over
// the target, so a reader never sees a half-written file.
bool writeFileAtomically(const QString &path, const QByteArray &bytes)
{
    const QString partialPath = path + QLatin1StringView(kPartialSuffix);
    QFile::remove(partialPath);
    QFile partial(partialPath);
    if (!partial.open(QIODevice::WriteOnly | QIODevice::NewOnly, kOwnerReadWrite)) {
        qCWarning(lcAvatar) << "could not create" << partialPath << partial.errorString();
        return false;
    }
    const bool written = partial.write(bytes) == bytes.size() && partial.flush();
    partial.close();
    if (!written) {
        qCWarning(lcAvatar) << "could not write" << partialPath << partial.errorString();
        QFile::remove(partialPath);
        return false;
    }
    // POSIX rename replaces the target in one step, but QFile::rename rejects an existing target.
    if (std::rename(QFile::encodeName(partialPath).constData(), QFile::encodeName(path).constData()) != 0) {
        qCWarning(lcAvatar) << "could not rename" << partialPath << "to" << path;
        QFile::remove(partialPath);
        return false;
    }
    return true;
}

} // namespace

AvatarCache::AvatarCache(AccountStore &store, QNetworkAccessManager &network, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_network(network)
    , m_memory(kMemoryCostKiB)
{
}

AvatarCache::~AvatarCache()
{
    const QList<QNetworkReply *> replies = m_running.keys();
    m_running.clear();
    for (QNetworkReply *reply : replies) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

bool AvatarCache::isAllowedUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty() || !url.userInfo().isEmpty())
        return false;
    const QString scheme = url.scheme().toLower();
    if (scheme == u"https")
        return true;
    if (scheme != u"http")
        return false;
    const QString host = url.host().toLower();
    return host == u"127.0.0.1" || host == u"localhost";
}

void AvatarCache::setMaxBytes(qint64 maxBytes)
{
    m_maxBytes = maxBytes;
}

void AvatarCache::setTransferTimeout(int milliseconds)
{
    m_transferTimeoutMs = milliseconds;
}

QString AvatarCache::avatarDir() const
{
    return QDir(m_store.dataDir()).filePath(QLatin1StringView(kAvatarFolder));
}

QString AvatarCache::filePath(const QString &accountId) const
{
    return QDir(avatarDir()).filePath(accountId);
}

QString AvatarCache::sourcePath(const QString &accountId) const
{
    return filePath(accountId) + QLatin1StringView(kSourceSuffix);
}

std::optional<QString> AvatarCache::currentAvatarUrl(const QString &accountId) const
{
    Expected<std::optional<Account>> account = m_store.account(accountId);
    if (!account) {
        qCWarning(lcAvatar) << "could not read account" << accountId << "error"
                            << errorCodeName(account.error().code);
        return std::nullopt;
    }
    if (!account->has_value())
        return std::nullopt;
    return (*account)->avatarUrl;
}

void AvatarCache::request(const QString &accountId)
{
    if (!isSafeFileName(accountId))
        return;

    if (cachedAvatar(accountId)) {
        // Queued, so a caller that paints can request without a signal arriving mid-paint.
        QMetaObject::invokeMethod(this, [this, accountId] { Q_EMIT avatarReady(accountId); }, Qt::QueuedConnection);
        return;
    }

    for (const Download &download : std::as_const(m_running)) {
        if (download.accountId == accountId)
            return;
    }
    if (m_queue.removeOne(accountId)) {
        // Already waiting: move it to the front, because it was just painted again.
        m_queue.append(accountId);
        return;
    }

    const std::optional<QString> url = currentAvatarUrl(accountId);
    if (!url || url->isEmpty())
        return;
    if (auto failed = m_failed.constFind(accountId); failed != m_failed.constEnd()) {
        if (failed->first == *url && !failed->second.hasExpired())
            return;
        m_failed.erase(failed);
    }
    if (!isAllowedUrl(QUrl(*url))) {
        qCWarning(lcAvatar) << "avatar URL of account" << accountId
                            << "rejected: only https, or http on 127.0.0.1 and localhost, is allowed"
                            << loggableUrl(*url);
        markFailed(accountId, *url);
        return;
    }

    m_queue.append(accountId);
    // Rows scrolled past long ago drop out. Painting them again requests them again.
    while (m_queue.size() > kMaxQueued)
        m_queue.removeFirst();
    startDownloads();
}

std::optional<QImage> AvatarCache::cachedAvatar(const QString &accountId)
{
    if (!isSafeFileName(accountId))
        return std::nullopt;
    if (const CachedImage *cached = m_memory.object(accountId))
        return cached->image;
    if (!QFile::exists(filePath(accountId)))
        return std::nullopt;

    const std::optional<QString> url = currentAvatarUrl(accountId);
    if (!url)
        return std::nullopt;
    return loadFromDisk(accountId, *url);
}

std::optional<QImage> AvatarCache::loadFromDisk(const QString &accountId, const QString &url)
{
    const auto discard = [this, &accountId] {
        QFile::remove(filePath(accountId));
        QFile::remove(sourcePath(accountId));
    };

    QFile source(sourcePath(accountId));
    const bool sourceMatches = !url.isEmpty() && source.open(QIODevice::ReadOnly) && source.read(128) == sourceKey(url);
    source.close();
    if (!sourceMatches) {
        qCDebug(lcAvatar) << "discarding the cached avatar of account" << accountId << "because its URL changed";
        discard();
        return std::nullopt;
    }

    QFile file(filePath(accountId));
    if (!file.open(QIODevice::ReadOnly) || file.size() > m_maxBytes) {
        discard();
        return std::nullopt;
    }
    const QImage image = decodeImage(file.readAll());
    if (image.isNull()) {
        qCWarning(lcAvatar) << "discarding the cached avatar of account" << accountId << "because it is not an image";
        discard();
        return std::nullopt;
    }
    insertImage(accountId, url, image);
    return image;
}

void AvatarCache::startDownloads()
{
    while (m_running.size() < kMaxConcurrentDownloads && !m_queue.isEmpty())
        startDownload(m_queue.takeLast());
}

void AvatarCache::startDownload(const QString &accountId)
{
    // The account may have changed or gone while it waited.
    const std::optional<QString> url = currentAvatarUrl(accountId);
    if (!url || url->isEmpty() || !isAllowedUrl(QUrl(*url)))
        return;

    QNetworkRequest request{QUrl(*url)};
    request.setTransferTimeout(m_transferTimeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::UserVerifiedRedirectPolicy);
    request.setMaximumRedirectsAllowed(kMaxRedirects);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("image/*"));

    QNetworkReply *reply = m_network.get(request);
    m_running.insert(reply, Download{accountId, *url, {}});
    qCDebug(lcAvatar) << "downloading the avatar of account" << accountId;

    connect(reply, &QNetworkReply::redirected, this, [reply](const QUrl &target) {
        if (isAllowedUrl(target)) {
            Q_EMIT reply->redirectAllowed();
            return;
        }
        qCWarning(lcAvatar) << "avatar redirect rejected: only https, or http on 127.0.0.1 and localhost, is allowed"
                            << loggableUrl(target.toString());
        reply->abort();
    });
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > m_maxBytes)
            reply->abort();
    });
    connect(reply, &QNetworkReply::readyRead, this, [this, reply] { handleReadyRead(reply); });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { handleFinished(reply); });
}

void AvatarCache::handleReadyRead(QNetworkReply *reply)
{
    auto running = m_running.find(reply);
    if (running == m_running.end())
        return;
    running->body += reply->read(m_maxBytes + 1 - running->body.size());
    if (running->body.size() > m_maxBytes)
        reply->abort();
}

void AvatarCache::handleFinished(QNetworkReply *reply)
{
    reply->deleteLater();
    auto running = m_running.find(reply);
    if (running == m_running.end())
        return; // forgotten because the account was removed or its URL changed
    Download download = std::move(*running);
    m_running.erase(running);

    const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
    const bool tooLarge = download.body.size() > m_maxBytes || (length.isValid() && length.toLongLong() > m_maxBytes);
    if (tooLarge) {
        qCWarning(lcAvatar) << "avatar of account" << download.accountId << "is larger than" << m_maxBytes
                            << "bytes, download aborted" << loggableUrl(download.url);
        markFailed(download.accountId, download.url);
    } else if (reply->error() != QNetworkReply::NoError) {
        qCWarning(lcAvatar) << "avatar download failed for account" << download.accountId << reply->error()
                            << "HTTP status" << reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt()
                            << loggableUrl(download.url);
        markFailed(download.accountId, download.url);
    } else {
        download.body += reply->read(m_maxBytes + 1 - download.body.size());
        finishDownload(download, download.body);
    }
    startDownloads();
}

void AvatarCache::finishDownload(const Download &download, const QByteArray &body)
{
    if (body.size() > m_maxBytes) {
        qCWarning(lcAvatar) << "avatar of account" << download.accountId << "is larger than" << m_maxBytes
                            << "bytes, download aborted" << loggableUrl(download.url);
        markFailed(download.accountId, download.url);
        return;
    }
    const QImage image = decodeImage(body);
    if (image.isNull()) {
        qCWarning(lcAvatar) << "avatar of account" << download.accountId
                            << "is not a PNG, JPEG, WebP or GIF image" << loggableUrl(download.url);
        markFailed(download.accountId, download.url);
        return;
    }

    // A failed write still shows the avatar for this session.
    if (!writeFiles(download.accountId, download.url, body))
        qCWarning(lcAvatar) << "could not store the avatar of account" << download.accountId << "on disk";
    insertImage(download.accountId, download.url, image);
    qCDebug(lcAvatar) << "avatar of account" << download.accountId << "cached";
    Q_EMIT avatarReady(download.accountId);
}

bool AvatarCache::writeFiles(const QString &accountId, const QString &url, const QByteArray &bytes)
{
    const QString dir = avatarDir();
    if (!QDir().mkpath(dir))
        return false;
    if (QFile::permissions(dir) != kOwnerOnlyFolder && !QFile::setPermissions(dir, kOwnerOnlyFolder))
        qCWarning(lcAvatar) << "could not restrict the avatar folder to its owner" << dir;

    // The .source file goes last: without a matching one the bytes are discarded on load.
    QFile::remove(sourcePath(accountId));
    return writeFileAtomically(filePath(accountId), bytes) && writeFileAtomically(sourcePath(accountId), sourceKey(url));
}

void AvatarCache::insertImage(const QString &accountId, const QString &url, const QImage &image)
{
    m_memory.insert(accountId, new CachedImage{image, url}, costOf(image));
}

void AvatarCache::markFailed(const QString &accountId, const QString &url)
{
    m_failed.insert(accountId, {url, QDeadlineTimer(kRetryAfterFailureMs)});
}

void AvatarCache::forget(const QString &accountId)
{
    m_memory.remove(accountId);
    m_queue.removeAll(accountId);
    m_failed.remove(accountId);
    for (auto running = m_running.begin(); running != m_running.end();) {
        if (running->accountId != accountId) {
            ++running;
            continue;
        }
        QNetworkReply *reply = running.key();
        running = m_running.erase(running);
        reply->abort(); // finished() finds no entry and only deletes the reply
    }
    if (isSafeFileName(accountId)) {
        QFile::remove(filePath(accountId));
        QFile::remove(sourcePath(accountId));
    }
}

void AvatarCache::handleAccountChanged(const QString &accountId)
{
    if (!isSafeFileName(accountId))
        return;
    const std::optional<QString> url = currentAvatarUrl(accountId);
    if (!url)
        return;

    // Whether anything cached or downloading for the account came from another URL.
    bool stale = false;
    if (const CachedImage *cached = m_memory.object(accountId)) {
        stale = cached->sourceUrl != *url;
    } else if (QFile::exists(filePath(accountId))) {
        QFile source(sourcePath(accountId));
        stale = !source.open(QIODevice::ReadOnly) || source.read(128) != sourceKey(*url);
    }
    for (const Download &download : std::as_const(m_running)) {
        if (download.accountId == accountId && download.url != *url)
            stale = true;
    }
    if (auto failed = m_failed.constFind(accountId); failed != m_failed.constEnd() && failed->first != *url)
        m_failed.erase(failed);
    if (!stale)
        return;

    qCDebug(lcAvatar) << "avatar URL of account" << accountId << "changed";
    forget(accountId);
    if (!url->isEmpty())
        request(accountId);
    startDownloads();
}

void AvatarCache::handleAccountRemoved(const QString &accountId)
{
    forget(accountId);
    startDownloads();
}

} // namespace fanout
