#include "ui/notifications.h"

#include <QCoreApplication>
#include <QSystemTrayIcon>

#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
#include <QDBusConnection>
#include <QDBusError>
#include <QDBusMessage>
#include <QDBusVariant>
#endif

#include "app/core/appsettings.h"
#include "app/core/logging.h"
#include "app/service/accountservice.h"
#include "ui/accountpresentation.h"

namespace fanout::ui {

NotificationSink::~NotificationSink() = default;

#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)

namespace {

const QString kNotificationsService = QStringLiteral("org.freedesktop.Notifications");
const QString kNotificationsPath = QStringLiteral("/org/freedesktop/Notifications");
const QString kNotificationsInterface = QStringLiteral("org.freedesktop.Notifications");
// How long show() waits for the notification server, which D-Bus may have
// to start first.
constexpr int kNotifyTimeoutMs = 5000;

// Whether the server reads a notification's body as markup. The
// specification lets a server with the "body-markup" capability interpret
// <b>, <i>, <u>, <a href> and <img src> there. Without a reply, the body is
// escaped anyway, because a stray "&amp;" is harmless and a live link is not.
bool serverReadsMarkup()
{
    const QDBusMessage message = QDBusMessage::createMethodCall(kNotificationsService, kNotificationsPath,
                                                                kNotificationsInterface,
                                                                QStringLiteral("GetCapabilities"));
    const QDBusMessage reply = QDBusConnection::sessionBus().call(message, QDBus::Block, kNotifyTimeoutMs);
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty())
        return true;
    return reply.arguments().constFirst().toStringList().contains(QStringLiteral("body-markup"));
}

} // namespace

DBusNotificationSink::DBusNotificationSink(QObject *parent)
    : NotificationSink(parent)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    const bool connected =
        bus.connect(QString(), kNotificationsPath, kNotificationsInterface, QStringLiteral("ActionInvoked"), this,
                    SLOT(handleActionInvoked(uint, QString)))
        && bus.connect(QString(), kNotificationsPath, kNotificationsInterface, QStringLiteral("NotificationClosed"),
                       this, SLOT(handleNotificationClosed(uint, uint)));
    if (!connected)
        qCWarning(lcUi) << "cannot follow clicks on notifications:" << bus.lastError().message();
}

DBusNotificationSink::~DBusNotificationSink() = default;

bool DBusNotificationSink::isAvailable()
{
    return QDBusConnection::sessionBus().isConnected();
}

bool DBusNotificationSink::show(const QString &title, const QString &body, const QString &accountId)
{
    QDBusMessage message = QDBusMessage::createMethodCall(kNotificationsService, kNotificationsPath,
                                                          kNotificationsInterface, QStringLiteral("Notify"));
    // The "default" action is what a click on the notification invokes.
    const QStringList actions{QStringLiteral("default"), tr("Open")};
    const QVariantMap hints{
        {QStringLiteral("desktop-entry"), QStringLiteral("org.fanout.Fanout")},
        {QStringLiteral("urgency"), QVariant::fromValue(uchar(1))},
    };
    // The body can carry an upstream's error text, which shows as typed.
    const QString shownBody = serverReadsMarkup() ? body.toHtmlEscaped() : body;
    message << QCoreApplication::applicationName() << uint(0) << QStringLiteral("org.fanout.Fanout") << title
            << shownBody << actions << hints << int(-1);
    const QDBusMessage reply = QDBusConnection::sessionBus().call(message, QDBus::Block, kNotifyTimeoutMs);
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty()) {
        qCWarning(lcUi) << "the notification server did not take the notification:" << reply.errorName();
        return false;
    }
    m_accountOf.insert(reply.arguments().constFirst().toUInt(), accountId);
    return true;
}

void DBusNotificationSink::handleActionInvoked(uint notificationId, const QString &actionKey)
{
    const QString accountId = m_accountOf.value(notificationId);
    if (accountId.isEmpty() || actionKey != u"default")
        return;
    Q_EMIT activated(accountId);
}

void DBusNotificationSink::handleNotificationClosed(uint notificationId, uint reason)
{
    Q_UNUSED(reason)
    m_accountOf.remove(notificationId);
}

#endif

TrayNotificationSink::TrayNotificationSink(QSystemTrayIcon &icon, QObject *parent)
    : NotificationSink(parent)
    , m_icon(icon)
{
    connect(&m_icon, &QSystemTrayIcon::messageClicked, this, [this] {
        if (!m_lastAccountId.isEmpty())
            Q_EMIT activated(m_lastAccountId);
    });
}

TrayNotificationSink::~TrayNotificationSink() = default;

bool TrayNotificationSink::show(const QString &title, const QString &body, const QString &accountId)
{
    if (!m_icon.isVisible() || !QSystemTrayIcon::supportsMessages())
        return false;
    m_lastAccountId = accountId;
    m_icon.showMessage(title, body, QSystemTrayIcon::Warning);
    return true;
}

EventNotifier::EventNotifier(AccountService &service, NotificationSink &sink, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_sink(sink)
{
    connect(&m_service, &AccountService::eventRecorded, this, &EventNotifier::notify);
    connect(&m_sink, &NotificationSink::activated, this, &EventNotifier::accountActivated);
}

EventNotifier::~EventNotifier() = default;

void EventNotifier::notifyPending()
{
    const Expected<QList<AccountEvent>> pending = m_service.unnotifiedEvents();
    if (!pending) {
        qCWarning(lcUi) << "could not read the pending events:" << errorCodeName(pending.error().code);
        return;
    }
    for (const AccountEvent &event : *pending)
        notify(event);
}

void EventNotifier::notify(const AccountEvent &event)
{
    const Expected<Account> account = m_service.account(event.accountId);
    if (!account) {
        // The account is gone (its events with it) or unreadable: nothing to open.
        return;
    }
    if (!AppSettings().notificationsEnabled()) {
        // Turned off in Settings: the event counts as handled, so turning
        // notifications on later does not replay old ones.
        if (Expected<void> marked = m_service.markEventNotified(event.id); !marked)
            qCWarning(lcUi) << "could not mark event" << event.id << "as notified";
        return;
    }
    const QString name = AccountPresentation::isolated(AccountPresentation::handle(*account));
    const QString title = event.type == kTokenRevoked ? tr("Reconnect %1").arg(name)
                                                      : tr("%1 expires soon").arg(name);
    if (!m_sink.show(title, event.detail, event.accountId))
        return;
    ++m_shown;
    qCInfo(lcUi) << "notified" << event.type << "for account" << event.accountId;
    if (Expected<void> marked = m_service.markEventNotified(event.id); !marked)
        qCWarning(lcUi) << "could not mark event" << event.id << "as notified";
}

} // namespace fanout::ui
