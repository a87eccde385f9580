#include "ui/trayicon.h"

#include <algorithm>

#include <QApplication>
#include <QMenu>
#include <QPainter>
#include <QSystemTrayIcon>

#include "app/service/accountservice.h"
#include "ui/mainwindow.h"

namespace fanout::ui {

namespace {

// The application icon with a dot in its upper right corner, drawn at each
// size the icon provides so it stays sharp.
QIcon withBadge(const QIcon &icon)
{
    if (icon.isNull())
        return icon;
    QIcon badged;
    QList<QSize> sizes = icon.availableSizes();
    if (sizes.isEmpty())
        sizes = {QSize(16, 16), QSize(22, 22), QSize(32, 32), QSize(48, 48), QSize(64, 64)};
    for (const QSize &size : std::as_const(sizes)) {
        QPixmap pixmap = icon.pixmap(size);
        if (pixmap.isNull())
            continue;
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const qreal diameter = size.width() * 0.45;
        painter.setPen(QPen(Qt::white, qMax(1.0, diameter / 8)));
        painter.setBrush(QColor(0xd9, 0x30, 0x25));
        painter.drawEllipse(QRectF(size.width() - diameter, 0, diameter, diameter));
        painter.end();
        badged.addPixmap(pixmap);
    }
    return badged;
}

} // namespace

TrayIcon::TrayIcon(MainWindow &window, AccountService &service, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_service(service)
    , m_menu(std::make_unique<QMenu>())
    , m_icon(std::make_unique<QSystemTrayIcon>(QApplication::windowIcon()))
    , m_normalIcon(QApplication::windowIcon())
    , m_attentionIcon(withBadge(QApplication::windowIcon()))
{
    QAction *open = m_menu->addAction(tr("&Open Fanout"));
    m_menu->addSeparator();
    QAction *quit = m_menu->addAction(tr("&Quit"));
    connect(open, &QAction::triggered, &m_window, &MainWindow::showAndActivate);
    connect(quit, &QAction::triggered, qApp, &QApplication::quit);

    m_icon->setContextMenu(m_menu.get());
    connect(m_icon.get(), &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            m_window.showAndActivate();
    });
    connect(&m_service, &AccountService::accountChanged, this, &TrayIcon::updateAttention);
    connect(&m_service, &AccountService::accountRemoved, this, &TrayIcon::updateAttention);
    updateAttention();
}

TrayIcon::~TrayIcon() = default;

void TrayIcon::show()
{
    m_icon->show();
}

void TrayIcon::updateAttention()
{
    const Expected<QList<Account>> accounts = m_service.accounts();
    const int count = accounts ? int(std::count_if(accounts->cbegin(), accounts->cend(),
                                                   [](const Account &account) {
                                                       return account.status != AccountStatus::Connected;
                                                   }))
                               : 0;
    if (count == m_attentionCount)
        return;
    m_attentionCount = count;
    m_icon->setIcon(count > 0 ? m_attentionIcon : m_normalIcon);
    m_icon->setToolTip(count > 0 ? tr("Fanout: %n account(s) need attention", nullptr, count)
                                 : QCoreApplication::applicationName());
}

} // namespace fanout::ui
