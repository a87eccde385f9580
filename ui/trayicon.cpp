#include "ui/trayicon.h"

#include <QApplication>
#include <QMenu>
#include <QSystemTrayIcon>

#include "ui/mainwindow.h"

namespace fanout::ui {

TrayIcon::TrayIcon(MainWindow &window, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_menu(std::make_unique<QMenu>())
    , m_icon(std::make_unique<QSystemTrayIcon>(QApplication::windowIcon()))
{
    QAction *open = m_menu->addAction(tr("&Open Fanout"));
    m_menu->addSeparator();
    QAction *quit = m_menu->addAction(tr("&Quit"));
    connect(open, &QAction::triggered, &m_window, &MainWindow::showAndActivate);
    connect(quit, &QAction::triggered, qApp, &QApplication::quit);

    m_icon->setToolTip(QCoreApplication::applicationName());
    m_icon->setContextMenu(m_menu.get());
    connect(m_icon.get(), &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            m_window.showAndActivate();
    });
    // TODO: raise token.expiring and token.revoked events as tray notifications
    // once the refresh scheduler records them.
}

TrayIcon::~TrayIcon() = default;

void TrayIcon::show()
{
    m_icon->show();
}

} // namespace fanout::ui
