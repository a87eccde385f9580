#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QIcon>
#include <QImage>
#include <QPixmap>
#include <QString>

#include "app/core/account.h"
#include "app/core/platform.h"

namespace fanout::ui {

// Colours of a status badge: text on a tinted background.
struct BadgeColors {
    QColor foreground;
    QColor background;
};

// The words and pictures the list, the detail pane and the menus use for an
// account, so every place names a status or an expiry the same way.
class AccountPresentation final
{
    Q_DECLARE_TR_FUNCTIONS(fanout::ui::AccountPresentation)

public:
    AccountPresentation() = delete;

    // The Bluesky butterfly from the resources, or a lettered disc for
    // platforms that have no icon of their own yet.
    [[nodiscard]] static QIcon platformIcon(Platform platform);

    // The avatar cropped to a circle of `size` device-independent pixels,
    // rendered for devicePixelRatio. Results are kept in QPixmapCache.
    [[nodiscard]] static QPixmap avatarPixmap(const QImage &avatar, int size, qreal devicePixelRatio);

    // The display name, or the handle when the account has no display name.
    [[nodiscard]] static QString title(const Account &account);
    // "@alice.bsky.social" for handle-based platforms, the bare handle otherwise.
    [[nodiscard]] static QString handle(const Account &account);

    // "Connected", "Expiring soon", "Needs reconnect", "Key mismatch".
    [[nodiscard]] static QString statusLabel(AccountStatus status);
    // What the user should do about the status; empty when nothing is needed.
    [[nodiscard]] static QString statusHint(AccountStatus status);
    [[nodiscard]] static BadgeColors statusColors(AccountStatus status);

    // When the access token expires, in words: "Token valid until …",
    // "Token renews on next use", …
    [[nodiscard]] static QString expiryText(const Account &account, const QDateTime &now);
};

} // namespace fanout::ui
