#include "ui/accountdelegate.h"

#include <QApplication>
#include <QDateTime>
#include <QPainter>
#include <QPainterPath>

#include "app/service/avatarcache.h"
#include "ui/accountlistmodel.h"
#include "ui/accountpresentation.h"

namespace fanout::ui {

namespace {

constexpr int kMargin = 12;
constexpr int kIconSize = 36;
constexpr int kLineGap = 3;
constexpr int kBadgePaddingX = 8;
constexpr int kBadgePaddingY = 2;
constexpr int kPlatformBadgeSize = 16;

QFont titleFont(const QFont &base)
{
    QFont font = base;
    font.setBold(true);
    return font;
}

QFont smallFont(const QFont &base)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * 0.9);
    return font;
}

// A colour halfway between the text and the background, for secondary text.
QColor mutedTextColor(const QStyleOptionViewItem &option, bool selected)
{
    const QPalette::ColorRole textRole = selected ? QPalette::HighlightedText : QPalette::Text;
    const QPalette::ColorRole backgroundRole = selected ? QPalette::Highlight : QPalette::Base;
    const QColor text = option.palette.color(textRole);
    const QColor background = option.palette.color(backgroundRole);
    return QColor((text.red() * 2 + background.red()) / 3, (text.green() * 2 + background.green()) / 3,
                  (text.blue() * 2 + background.blue()) / 3);
}

// Draws the badge with its right edge at `right` and returns its rectangle.
QRect paintBadge(QPainter *painter, const QFont &font, const StatusBadge &badge, const QPalette &palette, int right,
                 int centerY)
{
    const QString &text = badge.text;
    const QFontMetrics metrics(font);
    const int width = metrics.horizontalAdvance(text) + 2 * kBadgePaddingX;
    const int height = metrics.height() + 2 * kBadgePaddingY;
    const QRect rect(right - width, centerY - height / 2, width, height);
    const BadgeColors colors = AccountPresentation::urgencyColors(badge.urgency, palette);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(colors.background);
    painter->drawRoundedRect(rect, height / 2.0, height / 2.0);
    painter->setFont(font);
    painter->setPen(colors.foreground);
    painter->drawText(rect, Qt::AlignCenter, text);
    painter->restore();
    return rect;
}

} // namespace

AccountDelegate::AccountDelegate(AvatarCache *avatars, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_avatars(avatars)
{
}

AccountDelegate::~AccountDelegate() = default;

QSize AccountDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Q_UNUSED(index)
    const int textHeight = QFontMetrics(titleFont(option.font)).height() + kLineGap
        + QFontMetrics(option.font).height();
    const int height = qMax(kIconSize, textHeight) + 2 * kMargin;
    return {20 * QFontMetrics(option.font).averageCharWidth(), height};
}

void AccountDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    background.icon = QIcon();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    const auto account = index.data(AccountListModel::AccountRole).value<Account>();
    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const QRect content = option.rect.adjusted(kMargin, kMargin, -kMargin, -kMargin);

    painter->save();

    // Avatar or platform icon, vertically centred.
    const QRect iconRect(content.left(), content.center().y() - kIconSize / 2, kIconSize, kIconSize);
    paintPicture(painter, option, index, iconRect);

    // Right column: the status badge above the token expiry.
    const QFont title = titleFont(option.font);
    const QFont small = smallFont(option.font);
    const QFontMetrics titleMetrics(title);
    const QFontMetrics bodyMetrics(option.font);
    const int firstLineTop = content.center().y() - (titleMetrics.height() + kLineGap + bodyMetrics.height()) / 2;
    const int secondLineTop = firstLineTop + titleMetrics.height() + kLineGap;

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QRect badge = paintBadge(painter, small, AccountPresentation::statusBadge(account, now), option.palette,
                                   content.right(), firstLineTop + titleMetrics.height() / 2);
    const QString expiry = AccountPresentation::expiryText(account, now);
    const QFontMetrics smallMetrics(small);
    // One pixel more than the advance, so rounding does not elide a text that fits.
    const int expiryWidth = qMin(smallMetrics.horizontalAdvance(expiry) + 1, content.width() / 2);
    const QRect expiryRect(content.right() - expiryWidth, secondLineTop, expiryWidth, bodyMetrics.height());
    painter->setFont(small);
    painter->setPen(mutedTextColor(option, selected));
    painter->drawText(expiryRect, Qt::AlignRight | Qt::AlignVCenter,
                      smallMetrics.elidedText(expiry, Qt::ElideRight, expiryWidth));

    // Left column: display name and handle, elided before the right column.
    const int textLeft = iconRect.right() + 1 + kMargin;
    const int textRight = qMin(badge.left(), expiryRect.left()) - kMargin;
    const int textWidth = qMax(0, textRight - textLeft);

    painter->setFont(title);
    painter->setPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(QRect(textLeft, firstLineTop, textWidth, titleMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      titleMetrics.elidedText(AccountPresentation::title(account), Qt::ElideRight, textWidth));

    painter->setFont(option.font);
    painter->setPen(mutedTextColor(option, selected));
    const QString handle = AccountPresentation::handle(account) + QStringLiteral(" · ")
        + QString::fromUtf8(platformInfo(account.platform).displayName);
    painter->drawText(QRect(textLeft, secondLineTop, textWidth, bodyMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      bodyMetrics.elidedText(handle, Qt::ElideRight, textWidth));

    // A hairline between rows; the selection highlight covers it.
    if (!selected) {
        QColor line = option.palette.color(QPalette::Text);
        line.setAlphaF(0.1f);
        painter->setPen(line);
        painter->drawLine(option.rect.left() + kMargin, option.rect.bottom(), option.rect.right() - kMargin,
                          option.rect.bottom());
    }

    painter->restore();
}

void AccountDelegate::paintPicture(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index,
                                   const QRect &rect) const
{
    const auto platform = index.data(AccountListModel::PlatformRole).value<Platform>();
    const auto avatar = index.data(AccountListModel::AvatarRole).value<QImage>();
    if (avatar.isNull()) {
        AccountPresentation::platformIcon(platform).paint(painter, rect);
        if (m_avatars && !index.data(AccountListModel::AvatarUrlRole).toUrl().isEmpty())
            m_avatars->request(index.data(AccountListModel::IdRole).toString());
        return;
    }

    const qreal devicePixelRatio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    painter->drawPixmap(rect.topLeft(), AccountPresentation::avatarPixmap(avatar, rect.width(), devicePixelRatio));

    // The platform icon on a disc of the row's background, at the avatar's lower right.
    const QRect badge(rect.right() + 1 - kPlatformBadgeSize + 2, rect.bottom() + 1 - kPlatformBadgeSize + 2,
                      kPlatformBadgeSize, kPlatformBadgeSize);
    const bool selected = option.state.testFlag(QStyle::State_Selected);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(option.palette.color(selected ? QPalette::Highlight : QPalette::Base));
    painter->drawEllipse(badge);
    painter->restore();
    AccountPresentation::platformIcon(platform).paint(painter, badge.adjusted(2, 2, -2, -2));
}

} // namespace fanout::ui
