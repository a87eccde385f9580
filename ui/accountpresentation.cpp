#include "ui/accountpresentation.h"

#include <QHash>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QPixmapCache>
#include <QtMath>

#include "app/core/logging.h"
#include "app/providers/providerconfig.h"

namespace fanout::ui {

namespace {

// `share` of `tint` over `base`, for badge backgrounds that follow the palette.
QColor blend(const QColor &tint, const QColor &base, qreal share)
{
    return QColor::fromRgbF(float(tint.redF() * share + base.redF() * (1 - share)),
                            float(tint.greenF() * share + base.greenF() * (1 - share)),
                            float(tint.blueF() * share + base.blueF() * (1 - share)));
}

constexpr qint64 kSecondsPerDay = 24 * 60 * 60;

// Whole days left from `now` to `expiry`, rounded down, so 30 hours read "1 day".
qint64 daysUntil(const QDateTime &expiry, const QDateTime &now)
{
    return now.secsTo(expiry) / kSecondsPerDay;
}

// Whether `expiry` is at most `days` whole days after `now`.
bool expiresWithin(const QDateTime &expiry, const QDateTime &now, int days)
{
    return now.secsTo(expiry) <= days * kSecondsPerDay;
}

} // namespace

QIcon AccountPresentation::platformIcon(Platform platform)
{
    // A lettered disc per platform. Brand logos are not drawn on purpose:
    // each platform's artwork has its own usage rules.
    static QHash<int, QIcon> cache;
    auto found = cache.constFind(int(platform));
    if (found != cache.constEnd())
        return *found;

    const QIcon icon(QStringLiteral(":/icons/%1.svg").arg(platformId(platform)));
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

QString AccountPresentation::isolated(const QString &name)
{
    return QChar(0x2068) + name + QChar(0x2069);
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
    case AccountStatus::Unknown:
        return tr("Unknown status");
    }
    return tr("Unknown status");
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
    case AccountStatus::Unknown:
        return tr("The stored status of this account is not one this version of Fanout knows, for example "
                  "because a newer version wrote it. Check the connection, or reconnect the account.");
    }
    return {};
}

Urgency AccountPresentation::expiryUrgency(const Account &account, const QDateTime &now)
{
    if (!account.tokenExpiresAt.isValid() || platformInfo(account.platform).refreshable)
        return Urgency::None;
    if (expiresWithin(account.tokenExpiresAt, now, kExpiryWarningDays))
        return Urgency::Critical;
    if (expiresWithin(account.tokenExpiresAt, now, kExpiryNoticeDays))
        return Urgency::Soon;
    return Urgency::None;
}

StatusBadge AccountPresentation::statusBadge(const Account &account, const QDateTime &now)
{
    switch (account.status) {
    case AccountStatus::AuthFailed:
    case AccountStatus::KeyMismatch:
        return {statusLabel(account.status), Urgency::Critical};
    case AccountStatus::Unknown:
        return {statusLabel(account.status), Urgency::Unknown};
    case AccountStatus::Connected:
    case AccountStatus::Expiring:
        break;
    }

    const bool expiryKnown = account.tokenExpiresAt.isValid();
    const bool renewable = platformInfo(account.platform).refreshable;
    if (expiryKnown && !renewable && account.tokenExpiresAt <= now)
        return {tr("Expired"), Urgency::Critical};

    const bool withinWarning = expiryKnown && expiresWithin(account.tokenExpiresAt, now, kExpiryWarningDays);
    const bool expiresSoon = !renewable && withinWarning;
    if (expiresSoon || (account.status == AccountStatus::Expiring && expiryKnown && account.tokenExpiresAt > now)) {
        const qint64 days = daysUntil(account.tokenExpiresAt, now);
        // Separate forms for 0 and 1 keep English right without an English translation file.
        QString text;
        if (days == 0)
            text = tr("Expires today");
        else if (days == 1)
            text = tr("Expires in 1 day");
        else
            text = tr("Expires in %n days", nullptr, int(days));
        return {text, withinWarning ? Urgency::Critical : Urgency::Soon};
    }
    if (account.status == AccountStatus::Expiring)
        return {statusLabel(account.status), Urgency::Soon};
    return {statusLabel(account.status), Urgency::None};
}

BadgeColors AccountPresentation::urgencyColors(Urgency urgency, const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const bool dark = base.lightnessF() < 0.5;
    QColor tone;
    switch (urgency) {
    case Urgency::None:
        tone = dark ? QColor(0x7c, 0xd9, 0x98) : QColor(0x1e, 0x7b, 0x3a);
        break;
    case Urgency::Soon:
        tone = dark ? QColor(0xf2, 0xc2, 0x5c) : QColor(0x8a, 0x5a, 0x00);
        break;
    case Urgency::Critical:
        tone = dark ? QColor(0xff, 0x9a, 0x8f) : QColor(0xb4, 0x23, 0x18);
        break;
    case Urgency::Unknown:
        tone = palette.color(QPalette::Text);
        break;
    }
    return {tone, blend(tone, base, dark ? 0.22 : 0.13)};
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

std::optional<Platform> AccountPresentation::reconnectPlatform(Platform platform)
{
    const PlatformInfo &info = platformInfo(platform);
    const Platform connected = info.connectShape == ConnectShape::FromFacebookPage ? Platform::Facebook : platform;
    if (connected == Platform::Bluesky || oauthPlatforms().contains(connected))
        return connected;
    return std::nullopt;
}

QString AccountPresentation::errorText(const Error &error)
{
    if (error.code != ErrorCode::NetworkError && error.code != ErrorCode::UpstreamInvalidResponse)
        return errorMessage(error);
    if (!error.detail.isEmpty())
        qCInfo(lcUi).noquote() << "showing" << errorCodeName(error.code) << "without its detail:" << error.detail;
    return errorMessage(Error{error.code, {}});
}

} // namespace fanout::ui
