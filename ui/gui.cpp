#include "ui/gui.h"

#include <cstdio>
#include <memory>

#include <QApplication>
#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QIcon>
#include <QMessageBox>
#include <QSystemTrayIcon>
#include <QThread>

#include "app/core/application.h"
#include "app/core/appsettings.h"
#include "app/core/logging.h"
#include "app/core/platform.h"
#include "app/core/terminationsignals.h"
#include "app/core/translations.h"
#include "app/service/accountservice.h"
#include "app/service/scheduler.h"
#include "app/store/datadir.h"
#include "app/store/instancechannel.h"
#include "app/store/instancelock.h"
#include "ui/accountpresentation.h"
#include "ui/mainwindow.h"
#include "ui/notifications.h"
#include "ui/theme.h"
#include "ui/trayicon.h"

namespace fanout::ui {

namespace {

// How long a start that lost the lock race waits for the other start's window.
constexpr qint64 kWaitForOtherStartMs = 10000;

// Whether a window can open: without a display Qt aborts inside the
// QApplication constructor, before any message could say why.
[[nodiscard]] bool hasDisplay(int argc, char *argv[])
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "-platform") == 0)
            return true;
    }
    return !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") || !qEnvironmentVariableIsEmpty("DISPLAY")
        || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
#else
    Q_UNUSED(argc)
    Q_UNUSED(argv)
    return true;
#endif
}

// Requests the window of the start that holds the folder's lock, for up to
// kWaitForOtherStartMs. Two starts at once (a double click on a launcher)
// both find no window, and the one that loses the lock waits for the other's.
// A command-line command that holds the lock has no window, so the wait ends
// in false.
[[nodiscard]] bool waitForRunningWindow(const QString &dataDir, const std::optional<QString> &settingsPage)
{
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < kWaitForOtherStartMs) {
        if (InstanceChannel::requestActivation(dataDir, settingsPage, 500))
            return true;
        QThread::msleep(100);
    }
    return false;
}

void printLine(const QString &text)
{
    std::fputs(qPrintable(text + u'\n'), stderr);
}

} // namespace

int run(int argc, char *argv[])
{
    if (!hasDisplay(argc, argv)) {
        QCoreApplication core(argc, argv);
        setApplicationIdentity();
        installTranslations(core);
        printLine(QCoreApplication::translate(
            "fanout::ui", "Fanout cannot open its window: there is no display (neither DISPLAY nor "
                          "WAYLAND_DISPLAY is set). Start it from your desktop session, or use the "
                          "commands shown by `fanout --help`."));
        return 1;
    }

    QApplication app(argc, argv);
    quitOnTerminationSignals();
    setApplicationIdentity();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/fanout.svg")));
    // Wayland compositors match the window to org.fanout.Fanout.desktop by this id.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.fanout.Fanout"));
    installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "fanout::ui", "Keeps your social media account connections alive on this computer."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDirOption(
        QStringList{QStringLiteral("data-dir")},
        QCoreApplication::translate("fanout::ui", "Stores accounts in DIR instead of the default data folder "
                                                  "(also settable with FANOUT_DATA_DIR)."),
        QCoreApplication::translate("fanout::ui", "DIR"));
    parser.addOption(dataDirOption);
    const QCommandLineOption themeOption(
        QStringList{QStringLiteral("theme")},
        QCoreApplication::translate("fanout::ui", "Colours of the window: system, light or dark (default: "
                                                  "FANOUT_THEME, else the theme chosen in Settings)."),
        QCoreApplication::translate("fanout::ui", "THEME"));
    parser.addOption(themeOption);
    const QCommandLineOption settingsOption(
        QStringList{QStringLiteral("settings")},
        QCoreApplication::translate("fanout::ui", "Opens Settings on PAGE: general, or a platform such as twitter."),
        QCoreApplication::translate("fanout::ui", "PAGE"));
    parser.addOption(settingsOption);
    if (!parser.parse(QApplication::arguments())) {
        printLine(QStringLiteral("fanout: ")
                  + QCoreApplication::translate("fanout::cli", "%1 Run `fanout --help` for the options.")
                        .arg(parser.errorText()));
        return 2;
    }
    if (const std::optional<Error> blank = blankDataDirError(parser.isSet(dataDirOption), parser.value(dataDirOption))) {
        printLine(QStringLiteral("fanout: %1").arg(errorMessage(*blank)));
        return 2;
    }

    const Theme chosen = AppSettings().theme();
    const QString themeName = parser.isSet(themeOption) ? parser.value(themeOption)
                                                        : qEnvironmentVariable("FANOUT_THEME");
    const std::optional<Theme> theme = themeName.isEmpty() ? chosen : themeFromName(themeName);
    if (!theme) {
        qCWarning(lcUi) << "unknown theme" << themeName << "- expected system, light or dark; using Settings";
    }
    applyTheme(theme.value_or(chosen));

    const QString dataDir = resolveDataDir(parser.value(dataDirOption));
    const std::optional<QString> settingsPage =
        parser.isSet(settingsOption) ? std::optional<QString>(parser.value(settingsOption)) : std::nullopt;
    // A window already open on this folder comes forward instead of this
    // start failing on the folder's lock.
    if (InstanceChannel::requestActivation(dataDir, settingsPage)) {
        qCInfo(lcUi) << "Fanout already runs on data folder" << dataDir << "- brought its window forward";
        return 0;
    }
    Expected<std::unique_ptr<AccountService>> service = AccountService::open(dataDir, AccountService::Access::Exclusive);
    if (!service && InstanceLock::isHeldElsewhere(dataDir) && waitForRunningWindow(dataDir, settingsPage)) {
        qCInfo(lcUi) << "Fanout started on data folder" << dataDir << "at the same time - brought that window forward";
        return 0;
    }
    if (!service) {
        qCWarning(lcUi) << "could not open the data folder, error" << errorCodeName(service.error().code);
        QMessageBox::critical(nullptr, QCoreApplication::translate("fanout::ui", "Fanout Cannot Start"),
                              AccountPresentation::errorText(service.error()));
        return 1;
    }

    MainWindow window(**service);
    QObject::connect(&window, &MainWindow::quitRequested, &app, &QApplication::quit, Qt::QueuedConnection);

    // Without a tray there is no way back to a hidden window, so closing it quits.
    std::unique_ptr<TrayIcon> tray;
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        tray = std::make_unique<TrayIcon>(window, **service);
        tray->show();
        window.setTrayAvailable(true);
        QApplication::setQuitOnLastWindowClosed(false);
    }

    std::unique_ptr<NotificationSink> sink;
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    if (DBusNotificationSink::isAvailable())
        sink = std::make_unique<DBusNotificationSink>();
#endif
    if (!sink && tray)
        sink = std::make_unique<TrayNotificationSink>(tray->systemTrayIcon());
    std::unique_ptr<EventNotifier> notifier;
    if (sink) {
        notifier = std::make_unique<EventNotifier>(**service, *sink);
        QObject::connect(notifier.get(), &EventNotifier::accountActivated, &window, &MainWindow::showAccount);
        // Events recorded while Fanout was closed (or by the command line);
        // the ones the scheduler records from here on arrive as signals.
        notifier->notifyPending();
    } else {
        qCInfo(lcUi) << "no notification server and no tray: events stay in the list until one is available";
    }

    Scheduler &scheduler = (*service)->scheduler();
    scheduler.followNetworkChanges();
    scheduler.start();

    InstanceChannel channel(dataDir);
    QObject::connect(&channel, &InstanceChannel::activationRequested, &window, &MainWindow::bringForward);
    (void)channel.listen();

    window.show();
    qCInfo(lcUi) << "window shown, data folder" << dataDir;
    if (settingsPage)
        window.openSettingsPage(*settingsPage);
    const int exitCode = QApplication::exec();
    qCInfo(lcUi) << "window closed, exit code" << exitCode;
    return exitCode;
}

} // namespace fanout::ui
