// Window benchmark. It measures the time from process start to the first
// painted window with stored accounts against a bare QWidget window, each a
// fresh process of this binary in the same run, and the peak RSS of both at
// that moment. Then it scrolls a 10,000-account list from top to bottom
// while a local server on 127.0.0.1 counts the avatar downloads.
//
//   bench_window [ACCOUNTS=1000] [ROUNDS=11] [SCROLL_ACCOUNTS=10000]
//   bench_window --child fanout DATA_DIR | --child bare   (internal)
//   bench_window --seed DATA_DIR ACCOUNTS                 (fills a folder for profiling)
//
// FANOUT_BENCH_PHASES=1 makes the Fanout child print how long opening the
// service and building the window took.
#include <algorithm>
#include <cstdio>
#include <vector>

#include <sys/resource.h>

#include <QAbstractItemView>
#include <QApplication>
#include <QElapsedTimer>
#include <QListView>
#include <QProcess>
#include <QScrollBar>
#include <QSet>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>

#include "app/core/application.h"
#include "app/core/translations.h"
#include "app/service/accountservice.h"
#include "app/store/accountstore.h"
#include "ui/mainwindow.h"

using namespace fanout;

namespace {

constexpr QSize kWindowSize(980, 640);

long peakRssKiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss; // KiB on Linux
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
            QTimer::singleShot(0, qApp, [] {
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

// The window the way `fanout` opens it (ui/gui.cpp), minus the tray icon.
int runChild(const QString &mode, const QString &dataDir, int argc, char *argv[])
{
    QApplication app(argc, argv);
    setApplicationIdentity();
    FirstPaintReporter reporter;
    if (mode == u"bare") {
        QWidget window;
        window.resize(kWindowSize);
        window.installEventFilter(&reporter);
        window.show();
        return QApplication::exec();
    }

    QElapsedTimer phase;
    phase.start();
    installTranslations(app);
    Expected<std::unique_ptr<AccountService>> service =
        AccountService::open(dataDir, AccountService::Access::Exclusive);
    if (!service) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(dataDir), qPrintable(errorMessage(service.error())));
        return 1;
    }
    const qint64 openedMs = phase.restart();
    ui::MainWindow window(**service);
    window.resize(kWindowSize);
    if (qEnvironmentVariableIsSet("FANOUT_BENCH_PHASES"))
        std::fprintf(stderr, "phases: service open %lld ms, window built %lld ms\n", openedMs, phase.elapsed());
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
    const QStringList bareArguments{QStringLiteral("--child"), QStringLiteral("bare")};
    std::vector<double> fanoutMs, bareMs, fanoutRss, bareRss;
    for (int round = 0; round < rounds; ++round) {
        // Alternate which goes first, so neither profits from a warmer cache.
        const bool fanoutFirst = round % 2 == 0;
        const Sample first = startChild(fanoutFirst ? fanoutArguments : bareArguments);
        const Sample second = startChild(fanoutFirst ? bareArguments : fanoutArguments);
        const Sample &fanout = fanoutFirst ? first : second;
        const Sample &bare = fanoutFirst ? second : first;
        if (fanout.rssKiB == 0 || bare.rssKiB == 0)
            return 1;
        fanoutMs.push_back(fanout.milliseconds);
        bareMs.push_back(bare.milliseconds);
        fanoutRss.push_back(double(fanout.rssKiB));
        bareRss.push_back(double(bare.rssKiB));
    }

    const double startRatio = median(fanoutMs) / median(bareMs);
    const double rssDeltaMiB = (median(fanoutRss) - median(bareRss)) / 1024.0;
    std::printf("median of %d rounds, %d stored accounts, platform %s\n", rounds, accounts,
                qPrintable(QGuiApplication::platformName()));
    std::printf("first paint: fanout %.1f ms, bare QWidget %.1f ms, ratio %.2fx (target <= 1.25x) %s\n",
                median(fanoutMs), median(bareMs), startRatio, startRatio <= 1.25 ? "ok" : "OVER");
    std::printf("peak RSS:    fanout %.1f MiB, bare QWidget %.1f MiB, +%.1f MiB (target <= +15 MiB) %s\n",
                median(fanoutRss) / 1024.0, median(bareRss) / 1024.0, rssDeltaMiB,
                rssDeltaMiB <= 15.0 ? "ok" : "OVER");
    std::fflush(stdout);
    return scrollAccounts > 0 ? scrollBenchmark(scrollAccounts) : 0;
}
