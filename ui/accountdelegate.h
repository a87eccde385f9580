#pragma once

#include <QStyledItemDelegate>

namespace fanout::ui {

// Paints one account row of AccountListModel: platform icon, display name in
// bold, handle, a status badge and when the token expires.
class AccountDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountDelegate)

public:
    explicit AccountDelegate(QObject *parent = nullptr);
    ~AccountDelegate() override;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    [[nodiscard]] QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace fanout::ui
