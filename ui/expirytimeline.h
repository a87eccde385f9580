#pragma once

#include <QDateTime>
#include <QList>
#include <QPointer>
#include <QString>
#include <QWidget>

#include "ui/accountpresentation.h"

class QAbstractItemModel;

namespace fanout::ui {

// A strip of the next kDays days with one mark per account whose token
// expires in that time (or already has), coloured by urgency: the user sees
// at a glance which connection needs attention and when.
//
// It reads AccountListModel's roles from any model over it (the window gives
// it the filtered list). Hovering a mark shows its account, clicking it or
// pressing Enter on the focused mark emits accountActivated. summaryText()
// is the same picture in words, also set as the accessible description.
class ExpiryTimeline final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExpiryTimeline)

public:
    static constexpr int kDays = 60;

    struct Mark {
        QString accountId;
        QString title;
        QDateTime expiresAt; // UTC
        Urgency urgency = Urgency::None;
        bool renewable = false; // Fanout renews this token without the user
    };

    explicit ExpiryTimeline(QWidget *parent = nullptr);
    ~ExpiryTimeline() override;

    void setModel(QAbstractItemModel *model);

    // Sets the time the strip starts at, so tests and screenshots can pin it.
    // An invalid time (the default) means the current time at each update.
    void setReferenceTime(const QDateTime &now);

    // Marks in time order, tokens that have already expired first.
    [[nodiscard]] QList<Mark> marks() const;
    // The centre of a mark in widget coordinates.
    [[nodiscard]] QPointF markCenter(int markIndex) const;
    [[nodiscard]] QString summaryText() const;

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

Q_SIGNALS:
    void accountActivated(const QString &accountId);
    void summaryChanged(const QString &summary);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void scheduleRebuild();
    // Rebuilds the marks if the model changed. It is const so that accessors can call it.
    void ensureBuilt() const;
    void rebuild() const;
    [[nodiscard]] QDateTime now() const;
    [[nodiscard]] QRectF stripRect() const;
    [[nodiscard]] qreal xForTime(const QDateTime &time) const;
    [[nodiscard]] QList<int> marksAt(const QPointF &position) const;
    [[nodiscard]] QString markDescription(const Mark &mark) const;
    void setFocusedMark(int markIndex);

    QPointer<QAbstractItemModel> m_model;
    QDateTime m_referenceTime;
    // Built lazily from the model: a burst of row changes costs one rebuild.
    mutable QList<Mark> m_marks;
    mutable QList<int> m_lanes; // vertical lane of each mark, so marks on the same day stay apart
    mutable QString m_summary;
    mutable bool m_dirty = true;
    int m_focusedMark = -1;
    bool m_rebuildQueued = false;
};

} // namespace fanout::ui
