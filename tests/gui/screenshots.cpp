// Takes the screenshots in docs/screenshots from sample data: a fresh data
// folder per picture, accounts written straight into the store with a
// placeholder secrets blob (the window never decrypts to show the list), and
// QWidget::grab of the real window. Run it under Xvfb with
// tests/gui/screenshots.sh so fonts and scaling match a desktop.
//
//   fanout_screenshots OUTPUT_DIR
#include <cstdio>
#include <functional>
#include <memory>

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QLibraryInfo>
#include <QListView>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTranslator>

#include "app/core/application.h"
#include "app/service/accountservice.h"
#include "app/store/accountstore.h"
#include "ui/accountfiltermodel.h"
#include "ui/accountlistmodel.h"
#include "ui/expirytimeline.h"
#include "ui/mainwindow.h"
#include "ui/theme.h"

using namespace fanout;
using fanout::ui::MainWindow;

namespace {

struct Sample {
    Platform platform;
    QString userId;
    QString handle;
    QString displayName;
    qint64 expiresInHours;
    QString status; // stored as is, so an unknown status can be shown too
};

// Sample data, not real accounts.
const QList<Sample> kSamples = {
    {Platform::Bluesky, QStringLiteral("did:plc:7iza6de2dwap2sbkpav7c6c6"), QStringLiteral("maya.bsky.social"),
     QStringLiteral("Maya Chen"), 2, QStringLiteral("connected")},
    {Platform::Twitter, QStringLiteral("1460283925"), QStringLiteral("@northwindcoffee"),
     QStringLiteral("Northwind Coffee"), 1, QStringLiteral("connected")},
    {Platform::LinkedIn, QStringLiteral("urn:li:person:8f3kq2"), QStringLiteral("maya-chen"),
     QStringLiteral("Maya Chen"), 3 * 24 + 5, QStringLiteral("connected")},
    {Platform::LinkedIn, QStringLiteral("urn:li:organization:2414183"), QStringLiteral("northwind-coffee-co"),
     QStringLiteral("Northwind Coffee Company"), 24 * 24, QStringLiteral("expiring")},
    {Platform::Facebook, QStringLiteral("104839201938471"), QStringLiteral("northwindcoffee"),
     QStringLiteral("Northwind Coffee"), 40 * 24, QStringLiteral("platform_auth_failed")},
    {Platform::Instagram, QStringLiteral("17841400283746"), QStringLiteral("@northwind.coffee"),
     QStringLiteral("northwind.coffee"), 52 * 24, QStringLiteral("connected")},
    {Platform::Threads, QStringLiteral("26382910473"), QStringLiteral("@northwind.coffee"),
     QStringLiteral("Northwind on Threads"), 12 * 24, QStringLiteral("vault_key_mismatch")},
    {Platform::Pinterest, QStringLiteral("549755813888"), QStringLiteral("northwindrecipes"),
     QStringLiteral("Northwind Recipes"), 28 * 24, QStringLiteral("suspended")},
};

// Waits for the window system to map and paint the window.
void settle(int milliseconds = 400)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < milliseconds)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
}

bool seed(AccountService &service, const QList<Sample> &samples)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const Sample &sample : samples) {
        Account account;
        account.platform = sample.platform;
        account.platformUserId = sample.userId;
        account.handle = sample.handle;
        account.displayName = sample.displayName;
        account.tokenExpiresAt = now.addSecs(sample.expiresInHours * 60 * 60);
        const Expected<Account> saved = service.store().upsert(
            account, [](const QString &) -> Expected<QByteArray> { return QByteArrayLiteral("sample"); });
        if (!saved) {
            std::fprintf(stderr, "cannot store a sample: %s\n", qPrintable(errorMessage(saved.error())));
            return false;
        }
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("screenshots"));
        raw.setDatabaseName(service.store().databasePath());
        bool updated = raw.open();
        if (updated) {
            QSqlQuery query(raw);
            updated = query.prepare(QStringLiteral("UPDATE platform_accounts SET status = ? WHERE id = ?"));
            query.addBindValue(sample.status);
            query.addBindValue(saved->id);
            updated = updated && query.exec();
        }
        raw.close();
        raw = {};
        QSqlDatabase::removeDatabase(QStringLiteral("screenshots"));
        if (!updated) {
            std::fprintf(stderr, "cannot set the sample status %s\n", qPrintable(sample.status));
            return false;
        }
    }
    return true;
}

struct Shot {
    QString file;
    ui::Theme theme = ui::Theme::Light;
    QString language; // empty: English
    bool withAccounts = true;
    QString selectHandle;
    // Prepares the window and returns the widget to grab.
    std::function<QWidget *(MainWindow &)> prepare;
};

bool take(const Shot &shot, const QDir &output)
{
    QTemporaryDir dataDir;
    Expected<std::unique_ptr<AccountService>> service =
        AccountService::open(dataDir.path(), AccountService::Access::Exclusive);
    if (!service) {
        std::fprintf(stderr, "cannot open a data folder: %s\n", qPrintable(errorMessage(service.error())));
        return false;
    }
    if (shot.withAccounts && !seed(**service, kSamples))
        return false;

    ui::applyTheme(shot.theme);
    QTranslator translator;
    if (!shot.language.isEmpty()) {
        QLocale::setDefault(QLocale(shot.language));
        if (!translator.load(QStringLiteral("fanout_") + shot.language, QStringLiteral(FANOUT_QM_DIR))) {
            std::fprintf(stderr, "cannot load fanout_%s.qm from %s\n", qPrintable(shot.language), FANOUT_QM_DIR);
            return false;
        }
        QCoreApplication::installTranslator(&translator);
    }

    bool saved = false;
    {
        MainWindow window(**service);
        window.resize(1120, 720);
        if (!shot.selectHandle.isEmpty()) {
            auto *list = window.findChild<QListView *>(QStringLiteral("accountList"));
            for (int row = 0; row < list->model()->rowCount(); ++row) {
                const QModelIndex index = list->model()->index(row, 0);
                if (index.data(ui::AccountListModel::HandleRole).toString() == shot.selectHandle)
                    list->setCurrentIndex(index);
            }
        }
        window.show();
        settle();
        QWidget *target = shot.prepare ? shot.prepare(window) : &window;
        settle();
        const QString path = output.filePath(shot.file);
        saved = target->grab().save(path);
        std::printf("%s %s\n", saved ? "wrote" : "could not write", qPrintable(path));
    }

    if (!shot.language.isEmpty()) {
        QCoreApplication::removeTranslator(&translator);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
    return saved;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    setApplicationIdentity();
    if (argc < 2) {
        std::fprintf(stderr, "usage: fanout_screenshots OUTPUT_DIR\n");
        return 2;
    }
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const QDir output(QString::fromLocal8Bit(argv[1]));
    if (!output.exists()) {
        std::fprintf(stderr, "output folder %s does not exist\n", argv[1]);
        return 2;
    }

    const auto timelineRow = [](MainWindow &window) {
        return window.findChild<ui::ExpiryTimeline *>(QStringLiteral("expiryTimeline"))->parentWidget();
    };
    const auto detailPane = [](MainWindow &window) {
        return window.findChild<QWidget *>(QStringLiteral("accountDetailPane"));
    };
    const auto unconfiguredConnect = [](MainWindow &window) -> QWidget * {
        window.connectOAuth(Platform::Twitter);
        return &window;
    };

    const QList<Shot> shots = {
        {QStringLiteral("empty-state.png"), ui::Theme::Light, {}, false, {}, {}},
        {QStringLiteral("accounts.png"), ui::Theme::Light, {}, true, QStringLiteral("maya-chen"), {}},
        {QStringLiteral("detail-pane.png"), ui::Theme::Light, {}, true, QStringLiteral("northwindcoffee"),
         detailPane},
        {QStringLiteral("timeline.png"), ui::Theme::Light, {}, true, {}, timelineRow},
        {QStringLiteral("error.png"), ui::Theme::Light, {}, true, QStringLiteral("maya.bsky.social"),
         unconfiguredConnect},
        {QStringLiteral("dark.png"), ui::Theme::Dark, {}, true, QStringLiteral("maya-chen"), {}},
        {QStringLiteral("german.png"), ui::Theme::Light, QStringLiteral("de"), true, QStringLiteral("maya-chen"), {}},
    };
    bool allSaved = true;
    for (const Shot &shot : shots)
        allSaved = take(shot, output) && allSaved;
    return allSaved ? 0 : 1;
}
