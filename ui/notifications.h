#pragma once

#include <QHash>
#include <QObject>
#include <QString>

#include "app/core/event.h"

class QSystemTrayIcon;

namespace fanout {
class AccountService;
}

namespace fanout::ui {

// A destination for notifications: the desktop's notification server or the
// tray icon's message balloon.
class NotificationSink : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotificationSink)

public:
    using QObject::QObject;
    ~NotificationSink() override;

    // Shows one notification about the account; returns false when it
    // could not be shown, so the event stays pending.
    [[nodiscard]] virtual bool show(const QString &title, const QString &body, const QString &accountId) = 0;

Q_SIGNALS:
    // The user clicked the notification about this account.
    void activated(const QString &accountId);
};

#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
// org.freedesktop.Notifications on the session bus, which works without a
// tray host and reports which notification was clicked (its "default" action).
class DBusNotificationSink final : public NotificationSink
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DBusNotificationSink)

public:
    explicit DBusNotificationSink(QObject *parent = nullptr);
    ~DBusNotificationSink() override;

    // Whether a session bus is there to carry notifications.
    [[nodiscard]] static bool isAvailable();
    [[nodiscard]] bool show(const QString &title, const QString &body, const QString &accountId) override;

private Q_SLOTS:
    // Connected by name, which QDBusConnection::connect requires.
    void handleActionInvoked(uint notificationId, const QString &actionKey);
    void handleNotificationClosed(uint notificationId, uint reason);

private:
    QHash<uint, QString> m_accountOf; // notification id -> account id
};
#endif

// QSystemTrayIcon::showMessage, for systems without a notification server
// on D-Bus. Its click signal does not say which message was clicked, so it
// opens the account of the last one shown.
class TrayNotificationSink final : public NotificationSink
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayNotificationSink)

public:
    explicit TrayNotificationSink(QSystemTrayIcon &icon, QObject *parent = nullptr);
    ~TrayNotificationSink() override;

    [[nodiscard]] bool show(const QString &title, const QString &body, const QString &accountId) override;

private:
    QSystemTrayIcon &m_icon;
    QString m_lastAccountId;
};

// Raises one notification per account and event: each event not yet marked
// as notified in the store, at start and whenever one is recorded. An event
// is marked only after its notification was shown, so one that could not be
// shown is tried again at the next start. While notifications are off in
// Settings, events are marked without one.
class EventNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventNotifier)

public:
    EventNotifier(AccountService &service, NotificationSink &sink, QObject *parent = nullptr);
    ~EventNotifier() override;

    // Shows every event still pending in the store, oldest first.
    void notifyPending();
    [[nodiscard]] int shownCount() const { return m_shown; }

Q_SIGNALS:
    void accountActivated(const QString &accountId);

private:
    void notify(const AccountEvent &event);

    AccountService &m_service;
    NotificationSink &m_sink;
    int m_shown = 0;
};

} // namespace fanout::ui
