// Window benchmark. It measures the time from process start to the first
// painted window with stored accounts against two baselines, each a fresh
// process of this binary in the same run, and the peak RSS of all three at
// that moment. The baselines: a bare QWidget window, and a plain window of
// stock Qt widgets (menu bar, tool bar, search field, list with icons) that
// lists the same accounts through a plain SQL query. Then it scrolls a
// 10,000-account list from top to bottom while a local server on 127.0.0.1
// counts the avatar downloads.
//
//   bench_window [ACCOUNTS=1000] [ROUNDS=11] [SCROLL_ACCOUNTS=10000]
//   bench_window --child fanout|plain DATA_DIR | --child bare   (internal)
//   bench_window --seed DATA_DIR ACCOUNTS                 (fills a folder for profiling)
//
// FANOUT_BENCH_PHASES=1 makes each child print when each step of its start
// finished, counted from the moment the parent started it.
#include <algorithm>
#include <cstdio>
#include <vector>

#include <time.h>

#include <QAbstractItemView>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMainWindow>
#include <QMenuBar>
#include <QProcess>
#include <QScrollBar>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

#include "app/core/application.h"
#include "app/core/platform.h"
#include "app/core/translations.h"
#include "app/service/accountservice.h"
#include "app/store/accountstore.h"
#include "ui/mainwindow.h"

using namespace fanout;

namespace {

constexpr QSize kWindowSize(980, 640);

// The process's high-water mark of resident memory, VmHWM. Not getrusage's
// ru_maxrss: that survives exec, so a child would start from the size of
// the benchmark process that forked it.
long peakRssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    }
    return 0;
}

// Milliseconds since the parent started this child, from the CLOCK_MONOTONIC
// time the parent passes in FANOUT_BENCH_T0_NS.
double sinceStartMs()
{
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    const qint64 nowNs = qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
    return double(nowNs - qEnvironmentVariable("FANOUT_BENCH_T0_NS").toLongLong()) / 1e6;
}

// With FANOUT_BENCH_PHASES=1, prints when a step of the start finished.
void phase(const char *name)
{
    static const bool enabled = qEnvironmentVariableIsSet("FANOUT_BENCH_PHASES");
    if (enabled)
        std::fprintf(stderr, "phase %-14s %6.1f ms %6.1f MiB\n", name, sinceStartMs(), double(peakRssKiB()) / 1024);
}

// Prints "painted <peak RSS KiB>" once the window's first paint is done,
// then quits: the parent stops its clock on that line.
class FirstPaintReporter final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            // Queued: runs after the whole window has been painted and flushed.
            phase("paint event");
            QTimer::singleShot(0, qApp, [] {
                phase("painted");
                std::printf("painted %ld\n", peakRssKiB());
                std::fflush(stdout);
                QCoreApplication::exit(0);
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_seen = false;
};

// The same accounts in stock Qt widgets: what a window with a menu bar, a
// tool bar, a search field and a list of 1,000 named rows with icons costs
// before any of Fanout's code runs.
class PlainWindow final : public QMainWindow
{
public:
    explicit PlainWindow(const QString &dataDir)
    {
        menuBar()->addMenu(QStringLiteral("&File"))->addAction(QStringLiteral("&Quit"));
        menuBar()->addMenu(QStringLiteral("&Help"))->addAction(QStringLiteral("&About"));
        QToolBar *tools = addToolBar(QStringLiteral("Main"));
        tools->addAction(QIcon(QStringLiteral(":/icons/bluesky.svg")), QStringLiteral("Connect"));
        auto *central = new QWidget(this);
        auto *layout = new QVBoxLayout(central);
        layout->addWidget(new QLineEdit(central));
        auto *list = new QListWidget(central);
        list->setUniformItemSizes(true);
        layout->addWidget(list);
        setCentralWidget(central);
        statusBar()->showMessage(QStringLiteral("Accounts"));

        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("plain"));
        database.setDatabaseName(dataDir + QStringLiteral("/fanout.sqlite"));
        database.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!database.open())
            return;
        QSqlQuery query(database);
        query.setForwardOnly(true);
        query.exec(QStringLiteral("SELECT display_name, handle, platform FROM platform_accounts "
                                  "ORDER BY display_name"));
        QHash<QString, QIcon> icons;
        while (query.next()) {
            const QString platform = query.value(2).toString();
            auto icon = icons.constFind(platform);
            if (icon == icons.constEnd())
                icon = icons.insert(platform, QIcon(QStringLiteral(":/icons/%1.svg").arg(platform)));
            list->addItem(new QListWidgetItem(*icon, query.value(0).toString() + QStringLiteral("\n")
                                                         + query.value(1).toString()));
        }
    }
};

// The window the way `fanout` opens it (ui/gui.cpp), minus the tray icon.
int runChild(const QString &mode, const QString &dataDir, int argc, char *argv[])
{
    phase("main");
    QApplication app(argc, argv);
    setApplicationIdentity();
    phase("QApplication");
    FirstPaintReporter reporter;
    if (mode == u"bare") {
        QWidget window;
        window.resize(kWindowSize);
        window.installEventFilter(&reporter);
        window.show();
        return QApplication::exec();
    }
    if (mode == u"plain") {
        PlainWindow window(dataDir);
        window.resize(kWindowSize);
        phase("window built");
        window.installEventFilter(&reporter);
        window.show();
        return QApplication::exec();
    }

    installTranslations(app);
    Expected<std::unique_ptr<AccountService>> service =
        AccountService::open(dataDir, AccountService::Access::Exclusive);
    if (!service) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(dataDir), qPrintable(errorMessage(service.error())));
        return 1;
    }
    phase("service open");
    ui::MainWindow window(**service);
    window.resize(kWindowSize);
    phase("window built");
    window.installEventFilter(&reporter);
    window.show();
    return QApplication::exec();
}

struct Sample {
    double milliseconds = 0;
    long rssKiB = 0;
};

// Starts this binary as a child and waits for its "painted" line.
Sample startChild(const QStringList &arguments)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    timespec start{};
    clock_gettime(CLOCK_MONOTONIC, &start);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("FANOUT_BENCH_T0_NS"),
                       QString::number(qint64(start.tv_sec) * 1'000'000'000 + start.tv_nsec));
    child.setProcessEnvironment(environment);
    QElapsedTimer timer;
    timer.start();
    child.start(QCoreApplication::applicationFilePath(), arguments);
    Sample sample;
    while (child.waitForReadyRead(30'000)) {
        const QByteArray line = child.readLine().trimmed();
        if (line.startsWith("painted ")) {
            sample.milliseconds = double(timer.nsecsElapsed()) / 1e6;
            sample.rssKiB = line.mid(8).toLong();
            break;
        }
    }
    child.waitForFinished(30'000);
    if (sample.rssKiB == 0)
        std::fprintf(stderr, "child %s did not report a paint\n", qPrintable(arguments.join(u' ')));
    return sample;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

// Stores accounts across every platform with spread expiries, and an avatar
// URL on the local server when avatarBase is set.
bool seed(AccountStore &store, int count, const QString &avatarBase)
{
    // A store whose accounts the vault sealed contains the vault's id. Without
    // it, the Vault constructor draws a new id from OpenSSL, which a real
    // start with stored accounts never does.
    if (!store.setMeta(QStringLiteral("vault.id"), QStringLiteral("0123456789abcdef0123456789abcdef")))
        return false;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const std::span<const PlatformInfo> platforms = platformTable();
    for (int i = 0; i < count; ++i) {
        Account account;
        account.platform = platforms[size_t(i) % platforms.size()].platform;
        account.platformUserId = QStringLiteral("bench-user-%1").arg(i);
        account.handle = QStringLiteral("user%1.example").arg(i);
        account.displayName = QStringLiteral("Bench user %1").arg(i);
        account.tokenExpiresAt = now.addSecs(qint64(i % 90) * 24 * 60 * 60 + 3600);
        if (!avatarBase.isEmpty())
            account.avatarUrl = avatarBase + QStringLiteral("/avatar/%1.png").arg(i);
        const auto saved = store.upsert(account, [](const QString &) -> Expected<QByteArray> {
            return QByteArrayLiteral("placeholder secrets blob");
        });
        if (!saved) {
            std::fprintf(stderr, "insert failed: %s\n", qPrintable(errorMessage(saved.error())));
            return false;
        }
    }
    return true;
}

// Serves the same 1×1 PNG for every GET and counts the distinct paths.
class AvatarServer final : public QObject
{
public:
    AvatarServer()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { answer(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

    [[nodiscard]] bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    [[nodiscard]] QString baseUrl() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()); }
    [[nodiscard]] qsizetype distinctRequests() const { return m_paths.size(); }

private:
    void answer(QTcpSocket *socket)
    {
        const QByteArray request = socket->readAll();
        const qsizetype end = request.indexOf(' ', 4);
        if (request.startsWith("GET ") && end > 4)
            m_paths.insert(request.mid(4, end - 4));
        static const QByteArray png = QByteArray::fromBase64(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nConnection: close\r\nContent-Length: "
                      + QByteArray::number(png.size()) + "\r\n\r\n" + png);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QSet<QByteArray> m_paths;
};

void waitMs(int milliseconds)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < milliseconds)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
}

// Scrolls the list from top to bottom a page at a time and reports how many
// avatars were downloaded and how long each page took to repaint.
int scrollBenchmark(int accounts)
{
    AvatarServer server;
    if (!server.listen()) {
        std::fprintf(stderr, "cannot listen on 127.0.0.1\n");
        return 1;
    }
    QTemporaryDir dir;
    {
        Expected<std::unique_ptr<AccountStore>> store = AccountStore::open(dir.path());
        if (!store || !seed(**store, accounts, server.baseUrl()))
            return 1;
    }
    Expected<std::unique_ptr<AccountService>> service =
        AccountService::open(dir.path(), AccountService::Access::Exclusive);
    if (!service) {
        std::fprintf(stderr, "cannot open the service: %s\n", qPrintable(errorMessage(service.error())));
        return 1;
    }
    ui::MainWindow window(**service);
    window.resize(kWindowSize);
    window.show();
    // Time for the downloads of the first page's avatars to finish.
    waitMs(2000);
    const qsizetype afterShow = server.distinctRequests();

    auto *list = window.findChild<QListView *>(QStringLiteral("accountList"));
    QScrollBar *bar = list->verticalScrollBar();
    const int rowsPerPage = list->viewport()->height() / qMax(1, list->sizeHintForRow(0));
    std::vector<double> pageMs;
    int pages = 0;
    while (true) {
        QElapsedTimer timer;
        timer.start();
        list->viewport()->repaint();
        pageMs.push_back(double(timer.nsecsElapsed()) / 1e6);
        ++pages;
        QCoreApplication::processEvents();
        if (bar->value() >= bar->maximum())
            break;
        bar->setValue(bar->value() + bar->pageStep());
    }
    // Let queued downloads finish, so the count includes every request the scroll started.
    waitMs(3000);

    std::printf("scroll: %d accounts, %lld avatars downloaded after the first paint (%d rows visible)\n", accounts,
                qlonglong(afterShow), rowsPerPage);
    std::printf("scroll: %d pages top to bottom, median repaint %.2f ms per page, %lld avatars downloaded in all "
                "(%.1f%% of the accounts)\n",
                pages, median(pageMs), qlonglong(server.distinctRequests()),
                100.0 * double(server.distinctRequests()) / accounts);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc >= 3 && qstrcmp(argv[1], "--child") == 0)
        return runChild(QString::fromLocal8Bit(argv[2]), argc >= 4 ? QString::fromLocal8Bit(argv[3]) : QString(),
                        argc, argv);
    if (argc == 4 && qstrcmp(argv[1], "--seed") == 0) {
        // Fills an existing folder, to profile one child with perf.
        QCoreApplication seeding(argc, argv);
        Expected<std::unique_ptr<AccountStore>> store = AccountStore::open(QString::fromLocal8Bit(argv[2]));
        return store && seed(**store, std::atoi(argv[3]), {}) ? 0 : 1;
    }

    QApplication app(argc, argv);
    setApplicationIdentity();
    const int accounts = argc > 1 ? std::atoi(argv[1]) : 1000;
    const int rounds = argc > 2 ? std::atoi(argv[2]) : 11;
    const int scrollAccounts = argc > 3 ? std::atoi(argv[3]) : 10000;

    QTemporaryDir dir;
    {
        Expected<std::unique_ptr<AccountStore>> store = AccountStore::open(dir.path());
        if (!store) {
            std::fprintf(stderr, "cannot open the store: %s\n", qPrintable(errorMessage(store.error())));
            return 1;
        }
        if (!seed(**store, accounts, {}))
            return 1;
    }

    const QStringList fanoutArguments{QStringLiteral("--child"), QStringLiteral("fanout"), dir.path()};
    const QStringList plainArguments{QStringLiteral("--child"), QStringLiteral("plain"), dir.path()};
    const QStringList bareArguments{QStringLiteral("--child"), QStringLiteral("bare")};
    const QStringList *kinds[] = {&fanoutArguments, &plainArguments, &bareArguments};
    std::vector<double> milliseconds[3], rssKiB[3];
    for (int round = 0; round < rounds; ++round) {
        // Rotate which goes first, so none profits from a warmer cache.
        for (int step = 0; step < 3; ++step) {
            const int kind = (round + step) % 3;
            const Sample sample = startChild(*kinds[kind]);
            if (sample.rssKiB == 0)
                return 1;
            milliseconds[kind].push_back(sample.milliseconds);
            rssKiB[kind].push_back(double(sample.rssKiB));
        }
    }

    const double fanoutMs = median(milliseconds[0]), plainMs = median(milliseconds[1]), bareMs = median(milliseconds[2]);
    const double fanoutMiB = median(rssKiB[0]) / 1024.0, plainMiB = median(rssKiB[1]) / 1024.0,
                 bareMiB = median(rssKiB[2]) / 1024.0;
    std::printf("median of %d rounds, %d stored accounts, platform %s\n", rounds, accounts,
                qPrintable(QGuiApplication::platformName()));
    std::printf("first paint: fanout %.1f ms, plain Qt window %.1f ms, bare QWidget %.1f ms\n", fanoutMs, plainMs,
                bareMs);
    std::printf("  fanout / bare QWidget %.2fx (target <= 1.25x) %s; fanout / plain Qt window %.2fx; "
                "plain Qt window / bare QWidget %.2fx\n",
                fanoutMs / bareMs, fanoutMs / bareMs <= 1.25 ? "ok" : "OVER", fanoutMs / plainMs, plainMs / bareMs);
    std::printf("peak RSS: fanout %.1f MiB, plain Qt window %.1f MiB, bare QWidget %.1f MiB\n", fanoutMiB, plainMiB,
                bareMiB);
    std::printf("  fanout - bare QWidget %+.1f MiB (target <= +15 MiB) %s; fanout - plain Qt window %+.1f MiB\n",
                fanoutMiB - bareMiB, fanoutMiB - bareMiB <= 15.0 ? "ok" : "OVER", fanoutMiB - plainMiB);
    std::fflush(stdout);
    return scrollAccounts > 0 ? scrollBenchmark(scrollAccounts) : 0;
}
