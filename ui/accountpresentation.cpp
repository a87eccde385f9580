#include "ui/accountpresentation.h"

#include <QHash>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QPixmapCache>
#include <QtMath>

namespace fanout::ui {

namespace {

// A disc in a neutral colour with the platform's initial. Brand logos are not
// drawn here on purpose: each platform's artwork has its own usage rules.
QIcon letterIcon(const PlatformInfo &info)
{
    constexpr int kSize = 64;
    QPixmap pixmap(kSize, kSize);
    pixmap.fill(Qt::transparent);

    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0x5f, 0x6b, 0x7a));
    painter.drawEllipse(QRectF(2, 2, kSize - 4, kSize - 4));

    QFont font = painter.font();
    font.setBold(true);
    font.setPixelSize(kSize / 2);
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(pixmap.rect(), Qt::AlignCenter, QString::fromUtf8(info.displayName).left(1));
    painter.end();

    return QIcon(pixmap);
}

} // namespace

QIcon AccountPresentation::platformIcon(Platform platform)
{
    static QHash<int, QIcon> cache;
    auto found = cache.constFind(int(platform));
    if (found != cache.constEnd())
        return *found;

    QIcon icon;
    if (platform == Platform::Bluesky)
        icon = QIcon(QStringLiteral(":/icons/bluesky.svg"));
    else
        icon = letterIcon(platformInfo(platform));
    cache.insert(int(platform), icon);
    return icon;
}

QPixmap AccountPresentation::avatarPixmap(const QImage &avatar, int size, qreal devicePixelRatio)
{
    const QString key = QStringLiteral("fanout-avatar-%1-%2-%3")
                            .arg(avatar.cacheKey())
                            .arg(size)
                            .arg(devicePixelRatio);
    QPixmap pixmap;
    if (QPixmapCache::find(key, &pixmap))
        return pixmap;

    const int devicePixels = qCeil(size * devicePixelRatio);
    pixmap = QPixmap(devicePixels, devicePixels);
    pixmap.fill(Qt::transparent);

    // Scale so the shorter side fills the circle, then crop the middle.
    const QImage scaled = avatar.scaled(devicePixels, devicePixels, Qt::KeepAspectRatioByExpanding,
                                        Qt::SmoothTransformation);
    const QRect source((scaled.width() - devicePixels) / 2, (scaled.height() - devicePixels) / 2, devicePixels,
                       devicePixels);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    QPainterPath circle;
    circle.addEllipse(QRectF(0, 0, devicePixels, devicePixels));
    painter.setClipPath(circle);
    painter.drawImage(QRect(0, 0, devicePixels, devicePixels), scaled, source);
    painter.end();

    pixmap.setDevicePixelRatio(devicePixelRatio);
    QPixmapCache::insert(key, pixmap);
    return pixmap;
}

QString AccountPresentation::title(const Account &account)
{
    if (!account.displayName.trimmed().isEmpty())
        return account.displayName.trimmed();
    if (!account.handle.isEmpty())
        return account.handle;
    return account.platformUserId;
}

QString AccountPresentation::handle(const Account &account)
{
    if (account.handle.isEmpty())
        return account.platformUserId;
    if (account.platform == Platform::Bluesky && !account.handle.startsWith(u'@'))
        return u'@' + account.handle;
    return account.handle;
}

QString AccountPresentation::statusLabel(AccountStatus status)
{
    switch (status) {
    case AccountStatus::Connected:
        return tr("Connected");
    case AccountStatus::Expiring:
        return tr("Expiring soon");
    case AccountStatus::AuthFailed:
        return tr("Needs reconnect");
    case AccountStatus::KeyMismatch:
        return tr("Key mismatch");
    }
    return {};
}

QString AccountPresentation::statusHint(AccountStatus status)
{
    switch (status) {
    case AccountStatus::Connected:
        return {};
    case AccountStatus::Expiring:
        return tr("This token expires soon and the platform does not let Fanout renew it. "
                  "Reconnect the account before it expires.");
    case AccountStatus::AuthFailed:
        return tr("The platform no longer accepts this sign-in, for example because the app "
                  "password was revoked. Reconnect the account.");
    case AccountStatus::KeyMismatch:
        return tr("The key in the system keychain cannot open this account's stored tokens. "
                  "Reconnect the account to store new ones.");
    }
    return {};
}

BadgeColors AccountPresentation::statusColors(AccountStatus status)
{
    switch (status) {
    case AccountStatus::Connected:
        return {QColor(0x1e, 0x7b, 0x3a), QColor(0xe3, 0xf4, 0xe8)};
    case AccountStatus::Expiring:
        return {QColor(0x8a, 0x5a, 0x00), QColor(0xff, 0xf1, 0xd0)};
    case AccountStatus::AuthFailed:
    case AccountStatus::KeyMismatch:
        return {QColor(0xb4, 0x23, 0x18), QColor(0xfd, 0xe4, 0xe2)};
    }
    return {};
}

QString AccountPresentation::expiryText(const Account &account, const QDateTime &now)
{
    if (!account.tokenExpiresAt.isValid())
        return tr("No token expiry recorded");

    const QLocale locale;
    const QString when = locale.toString(account.tokenExpiresAt.toLocalTime(), QLocale::ShortFormat);
    if (account.tokenExpiresAt > now)
        return tr("Token valid until %1").arg(when);
    if (platformInfo(account.platform).refreshable)
        return tr("Token renews on next use");
    return tr("Token expired on %1").arg(when);
}

} // namespace fanout::ui
