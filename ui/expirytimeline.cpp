#include "ui/expirytimeline.h"

#include <algorithm>

#include <QAbstractItemModel>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QSet>
#include <QStyle>
#include <QStyleOptionFocusRect>
#include <QTextDocument>
#include <QToolTip>

#include "app/core/account.h"
#include "ui/accountlistmodel.h"

namespace fanout::ui {

namespace {

constexpr qint64 kSecondsPerDay = 24 * 60 * 60;
constexpr int kMarkRadius = 5;
constexpr int kLaneCount = 3;
constexpr int kPadding = 8;
constexpr int kStripHeight = 3 * kLaneCount * kMarkRadius + 6;
constexpr int kHitSlop = 3;
// Ticks under the strip, in days from now.
constexpr int kTickDays[] = {0, 7, 14, 30, 45, 60};

QColor withAlpha(QColor color, qreal alpha)
{
    color.setAlphaF(float(alpha));
    return color;
}

} // namespace

ExpiryTimeline::ExpiryTimeline(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("expiryTimeline"));
    setAccessibleName(tr("Token expiry timeline"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

ExpiryTimeline::~ExpiryTimeline() = default;

void ExpiryTimeline::setModel(QAbstractItemModel *model)
{
    if (m_model)
        m_model->disconnect(this);
    m_model = model;
    if (model) {
        connect(model, &QAbstractItemModel::modelReset, this, &ExpiryTimeline::scheduleRebuild);
        connect(model, &QAbstractItemModel::rowsInserted, this, &ExpiryTimeline::scheduleRebuild);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &ExpiryTimeline::scheduleRebuild);
        connect(model, &QAbstractItemModel::layoutChanged, this, &ExpiryTimeline::scheduleRebuild);
        connect(model, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
                    // A downloaded avatar changes nothing on the strip.
                    const bool avatarOnly = !roles.isEmpty()
                        && std::all_of(roles.begin(), roles.end(), [](int role) {
                               return role == Qt::DecorationRole || role == AccountListModel::AvatarRole;
                           });
                    if (!avatarOnly)
                        scheduleRebuild();
                });
    }
    scheduleRebuild();
}

void ExpiryTimeline::setReferenceTime(const QDateTime &now)
{
    m_referenceTime = now;
    scheduleRebuild();
}

QDateTime ExpiryTimeline::now() const
{
    return m_referenceTime.isValid() ? m_referenceTime : QDateTime::currentDateTimeUtc();
}

QList<ExpiryTimeline::Mark> ExpiryTimeline::marks() const
{
    ensureBuilt();
    return m_marks;
}

QString ExpiryTimeline::summaryText() const
{
    ensureBuilt();
    return m_summary;
}

void ExpiryTimeline::scheduleRebuild()
{
    m_dirty = true;
    update();
    if (m_rebuildQueued)
        return;
    m_rebuildQueued = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_rebuildQueued = false;
            const QString before = m_summary;
            ensureBuilt();
            if (m_focusedMark >= m_marks.size())
                m_focusedMark = int(m_marks.size()) - 1;
            setAccessibleDescription(m_summary);
            if (m_summary != before)
                Q_EMIT summaryChanged(m_summary);
        },
        Qt::QueuedConnection);
}

void ExpiryTimeline::ensureBuilt() const
{
    if (m_dirty)
        rebuild();
}

void ExpiryTimeline::rebuild() const
{
    m_dirty = false;
    m_marks.clear();
    m_lanes.clear();

    const QDateTime start = now();
    const QDateTime end = start.addDays(kDays);
    int critical = 0;
    int soon = 0;
    int renewing = 0;
    const int rows = m_model ? m_model->rowCount() : 0;
    for (int row = 0; row < rows; ++row) {
        const auto account = m_model->index(row, 0).data(AccountListModel::AccountRole).value<Account>();
        if (!account.tokenExpiresAt.isValid() || account.tokenExpiresAt > end)
            continue;
        Mark mark;
        mark.accountId = account.id;
        mark.title = AccountPresentation::title(account);
        mark.expiresAt = account.tokenExpiresAt;
        mark.renewable = platformInfo(account.platform).refreshable;
        // The status counts too: a rejected sign-in is urgent whatever its expiry.
        const Urgency statusUrgency = AccountPresentation::statusBadge(account, start).urgency;
        mark.urgency = statusUrgency == Urgency::Critical || statusUrgency == Urgency::Unknown
            ? statusUrgency
            : AccountPresentation::expiryUrgency(account, start);
        if (mark.urgency == Urgency::Critical || mark.urgency == Urgency::Unknown)
            ++critical;
        else if (mark.urgency == Urgency::Soon)
            ++soon;
        else if (mark.renewable)
            ++renewing;
        m_marks.append(mark);
    }
    std::stable_sort(m_marks.begin(), m_marks.end(),
                     [](const Mark &a, const Mark &b) { return a.expiresAt < b.expiresAt; });

    // Marks closer than a mark's width share a lane only when they must.
    QList<qreal> laneEnds(kLaneCount, -1e9);
    for (const Mark &mark : std::as_const(m_marks)) {
        const qreal x = xForTime(mark.expiresAt);
        int lane = 0;
        while (lane < kLaneCount - 1 && x - laneEnds[lane] < 2 * kMarkRadius + 1)
            ++lane;
        laneEnds[lane] = x;
        m_lanes.append(lane);
    }

    // Separate singulars keep English right without an English translation file.
    if (m_marks.isEmpty()) {
        m_summary = tr("No token expires in the next %n days.", nullptr, kDays);
        return;
    }
    QStringList parts;
    if (critical > 0) {
        parts.append(critical == 1 ? tr("1 needs attention now") : tr("%n need attention now", nullptr, critical));
    }
    if (soon > 0)
        parts.append(tr("%n within 30 days", nullptr, soon));
    if (renewing > 0) {
        parts.append(renewing == 1 ? tr("1 renews automatically")
                                   : tr("%n renew automatically", nullptr, renewing));
    }
    const int count = int(m_marks.size());
    const QString lead = count == 1 ? tr("1 token expires in the next %1 days").arg(kDays)
                                    : tr("%n tokens expire in the next %1 days", nullptr, count).arg(kDays);
    m_summary = parts.isEmpty() ? lead + u'.' : tr("%1: %2.").arg(lead, QLocale().createSeparatedList(parts));
}

QRectF ExpiryTimeline::stripRect() const
{
    return QRectF(kPadding, kPadding, qMax(1, width() - 2 * kPadding), kStripHeight);
}

qreal ExpiryTimeline::xForTime(const QDateTime &time) const
{
    const QRectF strip(kPadding, 0, qMax(1, width() - 2 * kPadding), 1);
    const qreal inner = strip.width() - 2 * kMarkRadius;
    const qreal days = qBound<qreal>(0, qreal(now().secsTo(time)) / kSecondsPerDay, kDays);
    return strip.left() + kMarkRadius + inner * days / kDays;
}

QPointF ExpiryTimeline::markCenter(int markIndex) const
{
    ensureBuilt();
    if (markIndex < 0 || markIndex >= m_marks.size())
        return {};
    const QRectF strip = stripRect();
    const qreal laneHeight = strip.height() / kLaneCount;
    return {xForTime(m_marks.at(markIndex).expiresAt),
            strip.top() + laneHeight * (m_lanes.at(markIndex) + 0.5)};
}

QList<int> ExpiryTimeline::marksAt(const QPointF &position) const
{
    ensureBuilt();
    QList<int> found;
    const qreal reach = kMarkRadius + kHitSlop;
    for (int i = 0; i < m_marks.size(); ++i) {
        const QPointF center = markCenter(i);
        if (qAbs(center.x() - position.x()) <= reach && qAbs(center.y() - position.y()) <= reach)
            found.append(i);
    }
    return found;
}

QString ExpiryTimeline::markDescription(const Mark &mark) const
{
    const QLocale locale;
    const QString when = locale.toString(mark.expiresAt.toLocalTime(), QLocale::ShortFormat);
    if (mark.expiresAt <= now()) {
        return mark.renewable ? tr("%1: token expired on %2, renews on next use").arg(mark.title, when)
                              : tr("%1: token expired on %2").arg(mark.title, when);
    }
    return mark.renewable ? tr("%1: token expires on %2 and renews automatically").arg(mark.title, when)
                          : tr("%1: token expires on %2").arg(mark.title, when);
}

QSize ExpiryTimeline::sizeHint() const
{
    const QFontMetrics metrics(font());
    return {400, 2 * kPadding + kStripHeight + metrics.height() + 2};
}

QSize ExpiryTimeline::minimumSizeHint() const
{
    return {160, sizeHint().height()};
}

bool ExpiryTimeline::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QList<int> hits = marksAt(help->pos());
        if (hits.isEmpty()) {
            QToolTip::showText(help->globalPos(), Qt::convertFromPlainText(summaryText()), this);
        } else {
            QStringList lines;
            for (int i : hits)
                lines.append(markDescription(m_marks.at(i)));
            // Account names come from the platforms: shown as typed, never as markup.
            QToolTip::showText(help->globalPos(), Qt::convertFromPlainText(lines.join(u'\n')), this);
        }
        return true;
    }
    return QWidget::event(event);
}

void ExpiryTimeline::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    ensureBuilt();

    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &colors = palette();
    const QRectF strip = stripRect();
    const QColor text = colors.color(QPalette::Text);

    // The strip, with the first week tinted as the part that needs action.
    painter.setPen(QPen(withAlpha(text, 0.18), 1));
    painter.setBrush(colors.color(QPalette::Base));
    painter.drawRoundedRect(strip.adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
    const qreal weekEnd = xForTime(now().addDays(AccountPresentation::kExpiryWarningDays));
    const QColor warning = AccountPresentation::urgencyColors(Urgency::Critical, colors).background;
    painter.setPen(Qt::NoPen);
    painter.setBrush(warning);
    QPainterPath week;
    week.addRoundedRect(strip.adjusted(1, 1, -1, -1), 3, 3);
    QPainterPath clip;
    clip.addRect(QRectF(strip.left(), strip.top(), weekEnd - strip.left(), strip.height()));
    painter.drawPath(week.intersected(clip));

    // Day ticks and their labels.
    const QFontMetrics metrics(font());
    painter.setFont(font());
    const QColor muted = withAlpha(text, 0.6);
    for (int day : kTickDays) {
        const qreal x = xForTime(now().addDays(day));
        painter.setPen(QPen(withAlpha(text, 0.15), 1));
        painter.drawLine(QPointF(x, strip.top() + 2), QPointF(x, strip.bottom() - 2));
        const QString label = day == 0 ? tr("Today") : tr("%1 d").arg(day);
        const int labelWidth = metrics.horizontalAdvance(label);
        const qreal left = qBound(0.0, x - labelWidth / 2.0, qreal(width() - labelWidth));
        painter.setPen(muted);
        painter.drawText(QPointF(left, strip.bottom() + 2 + metrics.ascent()), label);
    }

    // Marks: filled by urgency; renewing tokens hollow, because they need nothing.
    // A later mark of the same look on the same spot covers an earlier one
    // exactly, so only the last of each is drawn: with a thousand accounts,
    // most marks share their day with others.
    QList<bool> covered(m_marks.size(), false);
    QSet<quint64> spots;
    for (qsizetype i = m_marks.size() - 1; i >= 0; --i) {
        const Mark &mark = m_marks.at(i);
        const bool hollow = mark.urgency == Urgency::None && mark.renewable;
        const quint64 spot = (quint64(qRound(markCenter(int(i)).x() * 4)) << 16) | (quint64(m_lanes.at(i)) << 8)
            | (quint64(mark.urgency) << 1) | quint64(hollow);
        if (spots.contains(spot))
            covered[i] = true;
        else
            spots.insert(spot);
    }
    for (int i = 0; i < m_marks.size(); ++i) {
        if (covered.at(i) && i != m_focusedMark)
            continue;
        const Mark &mark = m_marks.at(i);
        const QPointF center = markCenter(i);
        const QColor tone = AccountPresentation::urgencyColors(mark.urgency, colors).foreground;
        if (mark.urgency == Urgency::None && mark.renewable) {
            painter.setPen(QPen(withAlpha(text, 0.55), 1.5));
            painter.setBrush(colors.color(QPalette::Base));
        } else {
            painter.setPen(QPen(colors.color(QPalette::Base), 1));
            painter.setBrush(tone);
        }
        painter.drawEllipse(center, kMarkRadius, kMarkRadius);
        if (i == m_focusedMark && hasFocus()) {
            painter.setPen(QPen(colors.color(QPalette::Highlight), 2));
            painter.setBrush(Qt::NoBrush);
            painter.drawEllipse(center, kMarkRadius + 3, kMarkRadius + 3);
        }
    }

    if (hasFocus() && m_focusedMark < 0) {
        QStyleOptionFocusRect option;
        option.initFrom(this);
        option.rect = strip.toAlignedRect();
        style()->drawPrimitive(QStyle::PE_FrameFocusRect, &option, &painter, this);
    }
}

void ExpiryTimeline::mousePressEvent(QMouseEvent *event)
{
    const QList<int> hits = marksAt(event->position());
    if (event->button() != Qt::LeftButton || hits.isEmpty()) {
        QWidget::mousePressEvent(event);
        return;
    }
    setFocusedMark(hits.first());
    Q_EMIT accountActivated(m_marks.at(hits.first()).accountId);
}

void ExpiryTimeline::keyPressEvent(QKeyEvent *event)
{
    ensureBuilt();
    const int count = int(m_marks.size());
    switch (event->key()) {
    case Qt::Key_Left:
        if (count > 0)
            setFocusedMark(m_focusedMark <= 0 ? 0 : m_focusedMark - 1);
        return;
    case Qt::Key_Right:
        if (count > 0)
            setFocusedMark(qMin(count - 1, m_focusedMark + 1));
        return;
    case Qt::Key_Home:
        if (count > 0)
            setFocusedMark(0);
        return;
    case Qt::Key_End:
        if (count > 0)
            setFocusedMark(count - 1);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (m_focusedMark >= 0 && m_focusedMark < count) {
            Q_EMIT accountActivated(m_marks.at(m_focusedMark).accountId);
            return;
        }
        break;
    default:
        break;
    }
    QWidget::keyPressEvent(event);
}

void ExpiryTimeline::setFocusedMark(int markIndex)
{
    m_focusedMark = markIndex;
    if (markIndex >= 0 && markIndex < m_marks.size()) {
        const QString description = markDescription(m_marks.at(markIndex));
        setAccessibleDescription(description);
    }
    update();
}

void ExpiryTimeline::resizeEvent(QResizeEvent *event)
{
    // Which marks share a lane depends on how far apart they are in pixels.
    m_dirty = true;
    QWidget::resizeEvent(event);
}

} // namespace fanout::ui
