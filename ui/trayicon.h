#pragma once

#include <memory>

#include <QObject>

class QMenu;
class QSystemTrayIcon;

namespace fanout::ui {

class MainWindow;

// The system tray icon with Open and Quit. While it exists, closing the main
// window hides it and Fanout keeps running.
class TrayIcon final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayIcon)

public:
    explicit TrayIcon(MainWindow &window, QObject *parent = nullptr);
    ~TrayIcon() override;

    void show();

private:
    MainWindow &m_window;
    std::unique_ptr<QMenu> m_menu;
    std::unique_ptr<QSystemTrayIcon> m_icon;
};

} // namespace fanout::ui
