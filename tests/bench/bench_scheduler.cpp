// Scheduler benchmark, against a local token endpoint in the same process
// (tests/support/tokenendpoint, X's rotation rules) and the real store,
// vault and keychain. Run it inside tests/support/run-in-session.sh.
//
//   bench_scheduler [ACCOUNTS=10000] [DUE=1000] [IDLE_SECONDS=60]
//
// 1. Scheduling: Scheduler::start() over ACCOUNTS rows, none due.
// 2. Refreshing: DUE of them due at once, until every refresh ended,
//    against DUE bare HTTP round-trips (GET /ping) to the same endpoint with
//    the same concurrency, in the same run.
// 3. Idle: wake-ups of the scheduler's timer and voluntary context switches
//    of the main thread over IDLE_SECONDS with nothing due.
#include <cstdio>
#include <cstdlib>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>

#include "app/oauth/tokenreply.h"
#include "app/providers/providerconfig.h"
#include "app/service/accountservice.h"
#include "app/service/scheduler.h"
#include "app/store/accountstore.h"
#include "app/vault/vault.h"
#include "tests/support/tokenendpoint.h"

using namespace fanout;

namespace {

// Inserts rows with a placeholder blob in one transaction: these accounts
// are scheduled but never refreshed, so their secrets are never opened.
bool bulkInsert(const QString &databasePath, int count, Platform platform, qint64 firstExpiryMs, qint64 stepMs)
{
    const QString connection = QStringLiteral("bench-bulk");
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(databasePath);
        ok = db.open() && db.transaction();
        QSqlQuery insert(db);
        ok = ok
            && insert.prepare(QStringLiteral(
                "INSERT INTO platform_accounts (id, platform, platform_user_id, token_expires_at, secrets, "
                "created_at, updated_at, connected_at) VALUES (?, ?, ?, ?, x'00', ?, ?, ?)"));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (int i = 0; ok && i < count; ++i) {
            insert.addBindValue(QStringLiteral("acc_bulk%1%2").arg(platformId(platform)).arg(i));
            insert.addBindValue(platformId(platform));
            insert.addBindValue(QStringLiteral("bulk%1").arg(i));
            insert.addBindValue(firstExpiryMs > 0 ? QVariant(firstExpiryMs + stepMs * i)
                                                  : QVariant(QMetaType::fromType<qint64>()));
            insert.addBindValue(now);
            insert.addBindValue(now);
            insert.addBindValue(now);
            ok = insert.exec();
        }
        ok = ok && db.commit();
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}

std::unique_ptr<AccountService> openService(const QString &dataDir, const test::TokenEndpoint &endpoint)
{
    Expected<std::unique_ptr<AccountService>> service = AccountService::open(dataDir, AccountService::Access::Exclusive);
    if (!service) {
        std::fprintf(stderr, "cannot open the data folder: %s\n", qPrintable(errorMessage(service.error())));
        return nullptr;
    }
    const QJsonObject twitter{{QStringLiteral("clientId"), endpoint.clientId()},
                              {QStringLiteral("tokenUrl"), endpoint.tokenUrl().toString()}};
    const QByteArray providers =
        QJsonDocument(QJsonObject{{QStringLiteral("providers"), QJsonObject{{QStringLiteral("twitter"), twitter}}}})
            .toJson();
    if (!(*service)->providers().importJson(providers)) {
        std::fprintf(stderr, "cannot configure the token endpoint\n");
        return nullptr;
    }
    return std::move(*service);
}

// Voluntary context switches of the calling thread: each is a sleep that
// something woke.
long voluntarySwitches()
{
    QFile status(QStringLiteral("/proc/thread-self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("voluntary_ctxt_switches:"))
            return line.mid(line.indexOf(':') + 1).trimmed().toLong();
    }
    return -1;
}

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int accounts = argc > 1 ? std::atoi(argv[1]) : 10000;
    const int due = argc > 2 ? std::atoi(argv[2]) : 1000;
    const int idleSeconds = argc > 3 ? std::atoi(argv[3]) : 60;
    if (due > accounts) {
        std::fprintf(stderr, "DUE must not exceed ACCOUNTS\n");
        return 2;
    }

    test::TokenEndpoint endpoint;
    if (!endpoint.start()) {
        std::fprintf(stderr, "cannot start the token endpoint\n");
        return 1;
    }
    QTemporaryDir dir;
    std::unique_ptr<AccountService> service = openService(dir.filePath(QStringLiteral("data")), endpoint);
    if (!service)
        return 1;

    // DUE X accounts with real secrets, expiring in 2 to 4 minutes (inside
    // X's 5-minute lead); the rest expire in 1 to 60 days.
    QElapsedTimer fill;
    fill.start();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < due; ++i) {
        Account account;
        account.platform = Platform::Twitter;
        account.platformUserId = QStringLiteral("due%1").arg(i);
        account.handle = account.platformUserId;
        account.tokenExpiresAt = now.addSecs(120 + (i % 120));
        const QJsonObject secrets{{QString(oauth::kAccessTokenKey), QStringLiteral("at-initial")},
                                  {QString(oauth::kRefreshTokenKey), endpoint.issueGrant(account.platformUserId)}};
        if (!service->vault().saveConnection(account, secrets)) {
            std::fprintf(stderr, "cannot store account %d\n", i);
            return 1;
        }
    }
    const int rest = accounts - due;
    const qint64 day = 24LL * 3600 * 1000;
    if (!bulkInsert(service->store().databasePath(), rest, Platform::Twitter, now.toMSecsSinceEpoch() + day,
                    rest > 0 ? 59 * day / rest : 0)) {
        std::fprintf(stderr, "cannot insert the other accounts\n");
        return 1;
    }
    std::printf("filled %d accounts (%d with secrets) in %.1f s\n", accounts, due, double(fill.elapsed()) / 1000.0);

    // 1. Scheduling, with the clock an hour back so nothing is due yet.
    Scheduler &scheduler = service->scheduler();
    scheduler.setClock([] { return QDateTime::currentDateTimeUtc().addSecs(-3600); });
    QElapsedTimer scheduling;
    scheduling.start();
    scheduler.start();
    const double scheduleMs = msSince(scheduling);
    std::printf("schedule %d accounts: %.1f ms (%d scheduled, %lld timer(s), next due in %.0f s)\n", accounts,
                scheduleMs, scheduler.scheduledCount(), qlonglong(scheduler.findChildren<QTimer *>().size()),
                double(QDateTime::currentDateTimeUtc().addSecs(-3600).msecsTo(*scheduler.nextDue())) / 1000.0);
    scheduler.stop();

    // 2. Refreshing the due accounts against bare round-trips, twice each,
    // alternating which goes first. Each refresh rotates the token, so the
    // second refresh round works on the rotated pairs.
    scheduler.setClock([] { return QDateTime::currentDateTimeUtc(); });
    QNetworkAccessManager network;
    int finished = 0;
    int failures = 0;
    QEventLoop *refreshLoop = nullptr;
    QObject::connect(&scheduler, &Scheduler::refreshFinished, &app,
                     [&](const QString &, const std::optional<Error> &error) {
                         ++finished;
                         failures += error ? 1 : 0;
                         if (finished >= due && refreshLoop)
                             refreshLoop->quit();
                     });
    QStringList dueIds;
    const Expected<QList<Account>> stored = service->accounts();
    if (!stored)
        return 1;
    for (const Account &account : *stored) {
        if (account.platformUserId.startsWith(u"due"))
            dueIds.append(account.id);
    }
    const auto refreshRound = [&] {
        finished = 0;
        QElapsedTimer timer;
        timer.start();
        if (!scheduler.isRunning())
            scheduler.start(); // picks up the due accounts itself
        else
            scheduler.refreshNow(dueIds);
        QEventLoop loop;
        refreshLoop = &loop;
        if (finished < due)
            loop.exec();
        refreshLoop = nullptr;
        return msSince(timer);
    };
    const auto bareRound = [&] {
        QElapsedTimer timer;
        timer.start();
        int started = 0;
        int done = 0;
        QEventLoop loop;
        std::function<void()> next = [&] {
            QNetworkReply *reply = network.get(QNetworkRequest(endpoint.pingUrl()));
            ++started;
            QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply] {
                reply->readAll();
                reply->deleteLater();
                if (++done == due)
                    loop.quit();
                else if (started < due)
                    next();
            });
        };
        for (int i = 0; i < Scheduler::kMaxInFlight && started < due; ++i)
            next();
        loop.exec();
        return msSince(timer);
    };
    double refreshMs[2] = {};
    double bareMs[2] = {};
    refreshMs[0] = refreshRound();
    bareMs[0] = bareRound();
    bareMs[1] = bareRound();
    refreshMs[1] = refreshRound();
    if (failures > 0 || endpoint.replayCount() > 0) {
        std::fprintf(stderr, "%d refreshes failed, %d refresh tokens were replayed\n", failures,
                     endpoint.replayCount());
        return 1;
    }
    const double refresh = (refreshMs[0] + refreshMs[1]) / 2;
    const double bare = (bareMs[0] + bareMs[1]) / 2;
    std::printf("%d refreshes: %.0f ms and %.0f ms (%.2f ms each)\n", due, refreshMs[0], refreshMs[1],
                refresh / due);
    std::printf("%d bare round-trips: %.0f ms and %.0f ms (%.2f ms each)\n", due, bareMs[0], bareMs[1], bare / due);
    std::printf("refresh / bare round-trip ratio: %.1fx\n", refresh / bare);
    scheduler.stop();
    service.reset();

    // 3. Idle: accounts that are never scheduled (Bluesky, Facebook Pages
    // without expiry), so no timer should be armed at all.
    QTemporaryDir idleDir;
    std::unique_ptr<AccountService> idle = openService(idleDir.filePath(QStringLiteral("data")), endpoint);
    if (!idle || !bulkInsert(idle->store().databasePath(), accounts / 2, Platform::Bluesky, now.toMSecsSinceEpoch(), 1000)
        || !bulkInsert(idle->store().databasePath(), accounts - accounts / 2, Platform::Facebook, 0, 0))
        return 1;
    Scheduler &idleScheduler = idle->scheduler();
    int timeouts = 0;
    QObject::connect(&idleScheduler.timer(), &QTimer::timeout, &app, [&timeouts] { ++timeouts; });
    idleScheduler.start();
    const long switchesBefore = voluntarySwitches();
    QEventLoop loop;
    QTimer::singleShot(std::chrono::seconds(idleSeconds), &loop, &QEventLoop::quit);
    loop.exec();
    const long switches = voluntarySwitches() - switchesBefore;
    const double minutes = idleSeconds / 60.0;
    std::printf("idle %d s with %d accounts, none due: timer armed %s, %d scheduler wake-ups (%.1f per minute), "
                "%ld voluntary context switches of the main thread (%.1f per minute, 1 is the end of the wait)\n",
                idleSeconds, accounts, idleScheduler.timer().isActive() ? "yes" : "no", timeouts, timeouts / minutes,
                switches, double(switches) / minutes);
    return 0;
}
