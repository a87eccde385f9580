#pragma once

#include <QDialog>
#include <QList>
#include <QStringList>

#include "app/platforms/facebook/facebookfanout.h"

class QListWidget;
class QPushButton;

namespace fanout::ui {

// Lets the user tick the Facebook Pages to connect, each with a note when an
// Instagram account comes with it. Every Page starts ticked; Connect stays
// disabled while none is. Space toggles the current Page, Ctrl+A ticks all.
class FacebookPagePicker final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FacebookPagePicker)

public:
    explicit FacebookPagePicker(const QList<facebook::PageChoice> &pages, QWidget *parent = nullptr);
    ~FacebookPagePicker() override;

    // The ids of the ticked Pages, in the order offered.
    [[nodiscard]] QStringList chosenPageIds() const;

private:
    void updateConnectButton();

    QListWidget *m_list = nullptr;
    QPushButton *m_connectButton = nullptr;
};

} // namespace fanout::ui
