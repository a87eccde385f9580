#pragma once

#include <QStyledItemDelegate>

namespace fanout {
class AvatarCache;
}

namespace fanout::ui {

// Paints one account row of AccountListModel: the avatar in a circle with a
// small platform icon on it, display name in bold, handle, a status badge and
// when the token expires. Until the avatar is cached the platform icon stands
// in, and painting the row requests the avatar from `avatars`, so only rows
// that are shown download theirs.
class AccountDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountDelegate)

public:
    // `avatars` may be null, and then only platform icons are painted.
    explicit AccountDelegate(AvatarCache *avatars, QObject *parent = nullptr);
    ~AccountDelegate() override;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    [[nodiscard]] QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    void paintPicture(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index,
                      const QRect &rect) const;

    AvatarCache *m_avatars = nullptr;
};

} // namespace fanout::ui
