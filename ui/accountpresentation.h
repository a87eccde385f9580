#pragma once

#include <optional>

#include <QColor>
#include <QCoreApplication>
#include <QIcon>
#include <QImage>
#include <QPalette>
#include <QPixmap>
#include <QString>

#include "app/core/account.h"
#include "app/core/error.h"
#include "app/core/platform.h"

namespace fanout::ui {

// Colours of a status badge: text on a tinted background.
struct BadgeColors {
    QColor foreground;
    QColor background;
};

// How much a badge or a timeline mark asks for attention.
enum class Urgency {
    None,     // connected, or a token that renews without the user
    Soon,     // a token that cannot be renewed expires within 30 days
    Critical, // within 7 days, already expired, or the platform rejects the sign-in
    Unknown,  // the stored status is not one Fanout knows
};

// The status badge of a row: its words and how urgent it is.
struct StatusBadge {
    QString text;
    Urgency urgency = Urgency::None;
};

// The words and pictures the list, the detail pane and the menus use for an
// account, so every place names a status or an expiry the same way.
class AccountPresentation final
{
    Q_DECLARE_TR_FUNCTIONS(fanout::ui::AccountPresentation)

public:
    AccountPresentation() = delete;

    // The platform's SVG icon from the resources (":/icons/<platform id>.svg").
    [[nodiscard]] static QIcon platformIcon(Platform platform);

    // The avatar cropped to a circle of `size` device-independent pixels,
    // rendered for devicePixelRatio. Results are kept in QPixmapCache.
    [[nodiscard]] static QPixmap avatarPixmap(const QImage &avatar, int size, qreal devicePixelRatio);

    // The display name, or the handle when the account has no display name.
    [[nodiscard]] static QString title(const Account &account);
    // "@alice.bsky.social" for handle-based platforms, the bare handle otherwise.
    [[nodiscard]] static QString handle(const Account &account);
    // Wraps a name for a place inside a sentence in U+2068 and U+2069 (first
    // strong isolate, pop directional isolate). A right-to-left name then
    // keeps its own direction without reordering the words around it.
    [[nodiscard]] static QString isolated(const QString &name);

    // "Connected", "Expiring soon", "Needs reconnect", "Key mismatch", "Unknown status".
    [[nodiscard]] static QString statusLabel(AccountStatus status);
    // What the user should do about the status; empty when nothing is needed.
    [[nodiscard]] static QString statusHint(AccountStatus status);

    // The badge of the list row and the detail pane. A token that cannot be
    // renewed (LinkedIn) and expires within kExpiryWarningDays reads
    // "Expires in N days" even while the stored status is still connected.
    // Tokens that Fanout renews by itself (Bluesky's last minutes) stay
    // "Connected", because their expiry needs nothing from the user.
    [[nodiscard]] static StatusBadge statusBadge(const Account &account, const QDateTime &now);
    // Badge colours derived from `palette`, so they read on light and dark backgrounds.
    [[nodiscard]] static BadgeColors urgencyColors(Urgency urgency, const QPalette &palette);
    // How soon the user must act on the token expiry alone, ignoring the status.
    [[nodiscard]] static Urgency expiryUrgency(const Account &account, const QDateTime &now);

    static constexpr int kExpiryWarningDays = 7;
    static constexpr int kExpiryNoticeDays = 30;

    // When the access token expires, in words: "Token valid until …",
    // "Token renews on next use", …
    [[nodiscard]] static QString expiryText(const Account &account, const QDateTime &now);

    // The platform whose connect renews an account of `platform`: the same
    // one for Bluesky and the OAuth platforms, Facebook for Instagram rows,
    // nothing while Fanout cannot connect the platform.
    [[nodiscard]] static std::optional<Platform> reconnectPlatform(Platform platform);

    // The sentence the window shows for an error: errorMessage() without the
    // detail of network_error and upstream_invalid_response. That detail
    // names hosts, steps and HTTP statuses, so it goes to the log instead.
    [[nodiscard]] static QString errorText(const Error &error);
};

} // namespace fanout::ui
