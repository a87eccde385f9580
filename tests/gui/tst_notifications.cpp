// Token events raised as desktop notifications: the real DBusNotificationSink
// talks to a fake org.freedesktop.Notifications server on the test's private
// session bus (run-in-session.sh), which records each Notify call and sends
// ActionInvoked the way a notification server does when the user clicks.
// It proves one Notify per account and event across restarts, that an
// event is kept when no server takes it, that a click opens the window on
// that account, and that the tray icon counts accounts needing attention.
// It does not prove how a real server (dunst, GNOME Shell) renders it.

#include <memory>

#include <QApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QListView>
#include <QMutex>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include "app/core/event.h"
#include "app/service/accountservice.h"
#include "app/service/scheduler.h"
#include "app/store/accountstore.h"
#include "app/vault/vault.h"
#include "ui/accountlistmodel.h"
#include "ui/mainwindow.h"
#include "ui/notifications.h"
#include "ui/trayicon.h"

using namespace fanout;

namespace {

const QString kBusName = QStringLiteral("fake-notification-server");

struct Notification {
    uint id = 0;
    QString summary;
    QString body;
    QStringList actions;
};

// Lives in its own thread: DBusNotificationSink blocks the main thread while
// it waits for the reply.
class FakeNotificationServer final : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    [[nodiscard]] QList<Notification> received() const
    {
        const QMutexLocker lock(&m_mutex);
        return m_received;
    }

    void setCapabilities(const QStringList &capabilities)
    {
        const QMutexLocker lock(&m_mutex);
        m_capabilities = capabilities;
    }

public Q_SLOTS:
    QStringList GetCapabilities()
    {
        const QMutexLocker lock(&m_mutex);
        return m_capabilities;
    }

    uint Notify(const QString &appName, uint replacesId, const QString &appIcon, const QString &summary,
                const QString &body, const QStringList &actions, const QVariantMap &hints, int expireTimeout)
    {
        Q_UNUSED(appName)
        Q_UNUSED(replacesId)
        Q_UNUSED(appIcon)
        Q_UNUSED(hints)
        Q_UNUSED(expireTimeout)
        const QMutexLocker lock(&m_mutex);
        const uint id = uint(m_received.size()) + 1;
        m_received.append({id, summary, body, actions});
        return id;
    }

private:
    mutable QMutex m_mutex;
    QList<Notification> m_received;
    QStringList m_capabilities{QStringLiteral("actions"), QStringLiteral("body")};
};

} // namespace

class tst_Notifications final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void oncePerEventAcrossRestarts();
    void keptWhenNoServer();
    void bodyShowsAsTyped();

private:
    [[nodiscard]] bool registerServer();
    void unregisterServer();
    [[nodiscard]] QString addLinkedIn(const QString &user, const QDateTime &expiresAt);
    [[nodiscard]] QString currentAccountId() const;

    QThread m_serverThread;
    FakeNotificationServer *m_server = nullptr;
    QTemporaryDir m_dir;
    std::unique_ptr<AccountService> m_service;
    std::unique_ptr<ui::MainWindow> m_window;
};

bool tst_Notifications::registerServer()
{
    QDBusConnection bus = QDBusConnection::connectToBus(QDBusConnection::SessionBus, kBusName);
    return bus.registerObject(QStringLiteral("/org/freedesktop/Notifications"), m_server,
                              QDBusConnection::ExportAllSlots)
        && bus.registerService(QStringLiteral("org.freedesktop.Notifications"));
}

void tst_Notifications::unregisterServer()
{
    QDBusConnection bus = QDBusConnection::connectToBus(QDBusConnection::SessionBus, kBusName);
    bus.unregisterService(QStringLiteral("org.freedesktop.Notifications"));
    bus.unregisterObject(QStringLiteral("/org/freedesktop/Notifications"));
}

void tst_Notifications::initTestCase()
{
    QVERIFY2(QDBusConnection::sessionBus().isConnected(), "needs the private session bus of run-in-session.sh");
    m_server = new FakeNotificationServer;
    m_server->moveToThread(&m_serverThread);
    connect(&m_serverThread, &QThread::finished, m_server, &QObject::deleteLater);
    m_serverThread.start();
    QVERIFY(m_dir.isValid());
    Expected<std::unique_ptr<AccountService>> service =
        AccountService::open(m_dir.filePath(QStringLiteral("data")), AccountService::Access::Exclusive);
    QVERIFY2(service, service ? "" : qPrintable(errorMessage(service.error())));
    m_service = std::move(*service);
}

void tst_Notifications::cleanupTestCase()
{
    m_window.reset();
    m_service.reset();
    m_serverThread.quit();
    m_serverThread.wait();
    QDBusConnection::disconnectFromBus(kBusName);
}

QString tst_Notifications::addLinkedIn(const QString &user, const QDateTime &expiresAt)
{
    Account account;
    account.platform = Platform::LinkedIn;
    account.platformUserId = user;
    account.handle = user;
    account.displayName = user;
    account.tokenExpiresAt = expiresAt;
    const Expected<Account> saved =
        m_service->vault().saveConnection(account, QJsonObject{{QStringLiteral("accessToken"), QStringLiteral("x")}});
    return saved ? saved->id : QString();
}

QString tst_Notifications::currentAccountId() const
{
    const auto *view = m_window->findChild<QListView *>();
    return view ? view->currentIndex().data(ui::AccountListModel::IdRole).toString() : QString();
}

void tst_Notifications::oncePerEventAcrossRestarts()
{
    QVERIFY(registerServer());
    const QString first = addLinkedIn(QStringLiteral("first"), QDateTime::currentDateTimeUtc().addDays(3));
    const QString second = addLinkedIn(QStringLiteral("second"), QDateTime::currentDateTimeUtc().addDays(30));
    QVERIFY(!first.isEmpty());
    QVERIFY(!second.isEmpty());
    m_window = std::make_unique<ui::MainWindow>(*m_service);
    m_window->show();
    ui::TrayIcon tray(*m_window, *m_service);
    QCOMPARE(tray.attentionCount(), 0);

    auto sink = std::make_unique<ui::DBusNotificationSink>();
    auto notifier = std::make_unique<ui::EventNotifier>(*m_service, *sink);
    connect(notifier.get(), &ui::EventNotifier::accountActivated, m_window.get(), &ui::MainWindow::showAccount);
    notifier->notifyPending();
    QCOMPARE(m_server->received().size(), 0);

    // The scheduler records the 7-day warning for the first account.
    m_service->scheduler().start();
    QCOMPARE(m_server->received().size(), 1);
    const Notification shown = m_server->received().constFirst();
    QVERIFY2(shown.summary.contains(u"first"), qPrintable(shown.summary));
    QCOMPARE(shown.body, m_service->events()->constFirst().detail);
    QVERIFY(shown.actions.contains(QStringLiteral("default")));
    QVERIFY(m_service->unnotifiedEvents()->isEmpty());
    QCOMPARE(tray.attentionCount(), 1);
    QVERIFY(tray.systemTrayIcon().toolTip().contains(u'1'));

    // Rescheduling and a restart of the notifier raise nothing again.
    m_service->scheduler().reschedule();
    notifier->notifyPending();
    notifier.reset();
    sink.reset();
    sink = std::make_unique<ui::DBusNotificationSink>();
    notifier = std::make_unique<ui::EventNotifier>(*m_service, *sink);
    connect(notifier.get(), &ui::EventNotifier::accountActivated, m_window.get(), &ui::MainWindow::showAccount);
    notifier->notifyPending();
    QCOMPARE(m_server->received().size(), 1);

    // A revocation recorded elsewhere (here: straight into the store) is
    // announced through the service's signal.
    QVERIFY(m_service->store().recordEvent(second, QString(kTokenRevoked), QStringLiteral("rejected")).value());
    QCOMPARE(m_server->received().size(), 2);
    QVERIFY(m_server->received().at(1).summary.contains(u"second"));

    // A click on the latest notification opens the window on its account.
    m_window->showAccount(first);
    m_window->hide();
    QDBusMessage clicked = QDBusMessage::createSignal(QStringLiteral("/org/freedesktop/Notifications"),
                                                      QStringLiteral("org.freedesktop.Notifications"),
                                                      QStringLiteral("ActionInvoked"));
    clicked << m_server->received().at(1).id << QStringLiteral("default");
    QSignalSpy activated(notifier.get(), &ui::EventNotifier::accountActivated);
    QVERIFY(QDBusConnection::connectToBus(QDBusConnection::SessionBus, kBusName).send(clicked));
    QTRY_COMPARE(activated.size(), 1);
    QCOMPARE(activated.at(0).at(0).toString(), second);
    QVERIFY(m_window->isVisible());
    QCOMPARE(currentAccountId(), second);
    unregisterServer();
}

void tst_Notifications::keptWhenNoServer()
{
    unregisterServer();
    const qsizetype before = m_server->received().size();
    const QString third = addLinkedIn(QStringLiteral("third"), QDateTime::currentDateTimeUtc().addDays(40));
    auto sink = std::make_unique<ui::DBusNotificationSink>();
    ui::EventNotifier notifier(*m_service, *sink);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("notification server did not take")));
    QVERIFY(m_service->store().recordEvent(third, QString(kTokenRevoked), QStringLiteral("rejected")).value());
    QCOMPARE(notifier.shownCount(), 0);
    QCOMPARE(m_service->unnotifiedEvents()->size(), 1);

    // Once a server is there, the next start shows it, once.
    QVERIFY(registerServer());
    notifier.notifyPending();
    notifier.notifyPending();
    QCOMPARE(notifier.shownCount(), 1);
    QCOMPARE(m_server->received().size(), before + 1);
    QVERIFY(m_service->unnotifiedEvents()->isEmpty());
    unregisterServer();
}

void tst_Notifications::bodyShowsAsTyped()
{
    // An upstream's error text ends up in the body. A server with
    // "body-markup" would render it as markup, with links and images.
    QVERIFY(registerServer());
    // One account per event: a second revocation of the same account is
    // not recorded again.
    const QString fourth = addLinkedIn(QStringLiteral("fourth"), QDateTime::currentDateTimeUtc().addDays(40));
    const QString fifth = addLinkedIn(QStringLiteral("fifth"), QDateTime::currentDateTimeUtc().addDays(40));
    const QString detail =
        QStringLiteral("<a href=\"https://127.0.0.1/\">Sign in</a> & <img src=\"file:///tmp/x.png\"> <b>now</b>");
    auto sink = std::make_unique<ui::DBusNotificationSink>();
    ui::EventNotifier notifier(*m_service, *sink);

    m_server->setCapabilities({QStringLiteral("body"), QStringLiteral("body-markup")});
    QVERIFY(m_service->store().recordEvent(fourth, QString(kTokenRevoked), detail).value());
    QCOMPARE(notifier.shownCount(), 1);
    const QString escaped = m_server->received().constLast().body;
    QCOMPARE(escaped, detail.toHtmlEscaped());
    QVERIFY2(!escaped.contains(u'<'), qPrintable(escaped));

    // A server without it shows the body as plain text, so it goes as is.
    m_server->setCapabilities({QStringLiteral("body")});
    QVERIFY(m_service->store().recordEvent(fifth, QString(kTokenRevoked), detail).value());
    QCOMPARE(notifier.shownCount(), 2);
    QCOMPARE(m_server->received().constLast().body, detail);
    unregisterServer();
}

QTEST_MAIN(tst_Notifications)
#include "tst_notifications.moc"
