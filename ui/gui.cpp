#include "ui/gui.h"

#include <memory>

#include <QApplication>
#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QSystemTrayIcon>
#include <QTranslator>

#include "app/core/application.h"
#include "app/core/logging.h"
#include "app/service/accountservice.h"
#include "app/store/datadir.h"
#include "ui/mainwindow.h"
#include "ui/trayicon.h"

namespace fanout::ui {

namespace {

const char *const kContext = "fanout::ui";

// Installs Qt's own translations (standard buttons) and Fanout's, which
// qt_add_translations compiles into the executable's :/i18n folder.
void installTranslations(QApplication &app)
{
    const QLocale locale;
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);

    auto *translator = new QTranslator(&app);
    if (translator->load(locale, QStringLiteral("fanout"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(translator);
    else
        qCDebug(lcUi) << "no translation for locale" << locale.name();
}

} // namespace

int run(int argc, char *argv[])
{
    QApplication app(argc, argv);
    setApplicationIdentity();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/fanout.svg")));
    installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        kContext, "Keeps your social media account connections alive on this computer."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDirOption(
        QStringList{QStringLiteral("data-dir")},
        QCoreApplication::translate(kContext, "Stores accounts in DIR instead of the default data folder "
                                              "(also settable with FANOUT_DATA_DIR)."),
        QCoreApplication::translate(kContext, "DIR"));
    parser.addOption(dataDirOption);
    parser.process(app);

    const QString dataDir = resolveDataDir(parser.value(dataDirOption));
    Expected<std::unique_ptr<AccountService>> service = AccountService::open(dataDir, AccountService::Access::Exclusive);
    if (!service) {
        qCWarning(lcUi) << "could not open the data folder, error" << errorCodeName(service.error().code);
        QMessageBox::critical(nullptr, QCoreApplication::translate(kContext, "Fanout Cannot Start"),
                              errorMessage(service.error()));
        return 1;
    }

    MainWindow window(**service);

    // Without a tray there is no way back to a hidden window, so closing it quits.
    std::unique_ptr<TrayIcon> tray;
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        tray = std::make_unique<TrayIcon>(window);
        tray->show();
        QApplication::setQuitOnLastWindowClosed(false);
    }

    window.show();
    const int exitCode = QApplication::exec();
    qCInfo(lcUi) << "window closed, exit code" << exitCode;
    return exitCode;
}

} // namespace fanout::ui
