#pragma once

#include <memory>

#include <QIcon>
#include <QObject>

class QMenu;
class QSystemTrayIcon;

namespace fanout {
class AccountService;
}

namespace fanout::ui {

class MainWindow;

// The system tray icon with Open and Quit. While it exists, closing the main
// window hides it and Fanout keeps running. While any account needs the user
// (expiring, revoked, unreadable), the icon carries a badge and the tooltip
// shows how many.
class TrayIcon final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayIcon)

public:
    TrayIcon(MainWindow &window, AccountService &service, QObject *parent = nullptr);
    ~TrayIcon() override;

    void show();
    [[nodiscard]] QSystemTrayIcon &systemTrayIcon() { return *m_icon; }
    // Number of accounts the badge and tooltip currently count.
    [[nodiscard]] int attentionCount() const { return m_attentionCount; }

private:
    void updateAttention();

    MainWindow &m_window;
    AccountService &m_service;
    std::unique_ptr<QMenu> m_menu;
    std::unique_ptr<QSystemTrayIcon> m_icon;
    QIcon m_normalIcon;
    QIcon m_attentionIcon;
    int m_attentionCount = -1;
};

} // namespace fanout::ui
