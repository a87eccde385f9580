// The token scheduler against the real store, vault and keychain, the real
// OAuth connector and a local token endpoint that rotates refresh tokens the
// way X does. Time is the wall clock plus an offset the test moves.

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "app/core/event.h"
#include "app/oauth/oauthconnector.h"
#include "app/providers/providerconfig.h"
#include "app/service/accountservice.h"
#include "app/service/scheduler.h"
#include "app/store/accountstore.h"
#include "app/vault/vault.h"
#include "tests/support/tokenendpoint.h"

using namespace fanout;
using namespace std::chrono_literals;

namespace {

constexpr int kRefreshTimeoutMs = 30'000;

QByteArray oauthErrorBody(const char *error)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("error"), QLatin1StringView(error)}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

class tst_Scheduler final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void leadTimes_data();
    void leadTimes();
    void idleArmsNoTimer();
    void rotatedTokenCommittedFirst();
    void authErrorMarksRevoked();
    void transientKeepsStatus_data();
    void transientKeepsStatus();
    void repeatedFailureNearExpiryWarns();
    void linkedInWarnsOnce();
    void overdueAfterWeekInExpiryOrder();
    void oneTimerForTenThousand();

private:
    QString addAccount(Platform platform, const QString &user, const QDateTime &expiresAt,
                       const QString &refreshToken = {});
    QList<AccountEvent> eventsOf(const QString &accountId, QLatin1StringView type) const;
    [[nodiscard]] QDateTime now() const { return QDateTime::currentDateTimeUtc().addMSecs(m_offsetMs); }

    test::TokenEndpoint m_endpoint;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AccountService> m_service;
    qint64 m_offsetMs = 0;
};

void tst_Scheduler::initTestCase()
{
    QVERIFY(m_endpoint.start());
}

void tst_Scheduler::init()
{
    m_offsetMs = 0;
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    Expected<std::unique_ptr<AccountService>> service =
        AccountService::open(m_dir->filePath(QStringLiteral("data")), AccountService::Access::Exclusive);
    QVERIFY2(service, service ? "" : qPrintable(errorMessage(service.error())));
    m_service = std::move(*service);

    const QJsonObject twitter{
        {QStringLiteral("clientId"), m_endpoint.clientId()},
        {QStringLiteral("tokenUrl"), m_endpoint.tokenUrl().toString()},
    };
    const QByteArray providers =
        QJsonDocument(QJsonObject{{QStringLiteral("providers"), QJsonObject{{QStringLiteral("twitter"), twitter}}}})
            .toJson();
    const Expected<ProviderStore::ImportResult> imported = m_service->providers().importJson(providers);
    QVERIFY2(imported, imported ? "" : qPrintable(errorMessage(imported.error())));

    m_service->scheduler().setClock([this] { return now(); });
    // The lower end of the jitter range, so retry times are exact.
    m_service->scheduler().setRandom([] { return 0.0; });
}

void tst_Scheduler::cleanup()
{
    m_service.reset();
    m_dir.reset();
}

QString tst_Scheduler::addAccount(Platform platform, const QString &user, const QDateTime &expiresAt,
                                  const QString &refreshToken)
{
    Account account;
    account.platform = platform;
    account.platformUserId = user;
    account.handle = user;
    account.displayName = user;
    account.tokenExpiresAt = expiresAt;
    QJsonObject secrets{{QStringLiteral("accessToken"), QString(QStringLiteral("at-initial-") + user)}};
    if (!refreshToken.isEmpty())
        secrets.insert(QStringLiteral("refreshToken"), refreshToken);
    const Expected<Account> saved = m_service->vault().saveConnection(account, secrets);
    if (!saved) {
        qWarning("saving %s failed: %s", qPrintable(user), qPrintable(errorMessage(saved.error())));
        return {};
    }
    return saved->id;
}

QList<AccountEvent> tst_Scheduler::eventsOf(const QString &accountId, QLatin1StringView type) const
{
    QList<AccountEvent> result;
    const Expected<QList<AccountEvent>> events = m_service->events();
    if (!events)
        return result;
    for (const AccountEvent &event : *events) {
        if (event.accountId == accountId && event.type == type)
            result.append(event);
    }
    return result;
}

void tst_Scheduler::leadTimes_data()
{
    QTest::addColumn<Platform>("platform");
    QTest::addColumn<qint64>("expiresInSeconds"); // 0: no expiry stored
    QTest::addColumn<qint64>("dueBeforeExpirySeconds"); // -1: never scheduled

    constexpr qint64 day = 24 * 3600;
    QTest::addRow("x_5min") << Platform::Twitter << qint64(7200) << qint64(300);
    QTest::addRow("pinterest_24h") << Platform::Pinterest << 30 * day << day;
    QTest::addRow("threads_7d") << Platform::Threads << 60 * day << 7 * day;
    QTest::addRow("linkedin_7d") << Platform::LinkedIn << 60 * day << 7 * day;
    QTest::addRow("facebook_7d") << Platform::Facebook << 60 * day << 7 * day;
    QTest::addRow("instagram_7d") << Platform::Instagram << 60 * day << 7 * day;
    QTest::addRow("facebook_page_no_expiry") << Platform::Facebook << qint64(0) << qint64(-1);
    QTest::addRow("bluesky_never") << Platform::Bluesky << qint64(7200) << qint64(-1);
    QTest::addRow("x_no_expiry") << Platform::Twitter << qint64(0) << qint64(-1);
}

void tst_Scheduler::leadTimes()
{
    QFETCH(Platform, platform);
    QFETCH(qint64, expiresInSeconds);
    QFETCH(qint64, dueBeforeExpirySeconds);

    const QDateTime expiresAt = expiresInSeconds > 0 ? now().addSecs(expiresInSeconds) : QDateTime();
    const QString id = addAccount(platform, QStringLiteral("lead"), expiresAt, QStringLiteral("unused"));
    QVERIFY(!id.isEmpty());
    Scheduler &scheduler = m_service->scheduler();
    scheduler.start();

    const std::optional<QDateTime> due = scheduler.dueTime(id);
    if (dueBeforeExpirySeconds < 0) {
        QVERIFY(!due.has_value());
        QCOMPARE(scheduler.scheduledCount(), 0);
        QVERIFY(!scheduler.timer().isActive());
        return;
    }
    QVERIFY(due.has_value());
    QCOMPARE(due->secsTo(expiresAt), dueBeforeExpirySeconds);
    QVERIFY(scheduler.timer().isActive());
    // Nothing was due yet: no request, no event.
    QCOMPARE(scheduler.inFlightCount(), 0);
    QVERIFY(m_service->events()->isEmpty());
}

void tst_Scheduler::idleArmsNoTimer()
{
    addAccount(Platform::Bluesky, QStringLiteral("sky"), now().addSecs(600));
    addAccount(Platform::Facebook, QStringLiteral("page"), QDateTime());
    Scheduler &scheduler = m_service->scheduler();
    scheduler.start();
    QCOMPARE(scheduler.scheduledCount(), 0);
    QVERIFY(!scheduler.nextDue().has_value());
    QVERIFY(!scheduler.timer().isActive());

    // A far expiry arms the timer, capped at kMaxSleep.
    addAccount(Platform::LinkedIn, QStringLiteral("far"), now().addDays(50));
    scheduler.reschedule();
    QVERIFY(scheduler.timer().isActive());
    QCOMPARE(std::chrono::milliseconds(scheduler.timer().interval()), Scheduler::kMaxSleep);
}

void tst_Scheduler::rotatedTokenCommittedFirst()
{
    const QString first = m_endpoint.issueGrant(QStringLiteral("rotate"));
    const QString id = addAccount(Platform::Twitter, QStringLiteral("rotate"), now().addSecs(120), first);
    Scheduler &scheduler = m_service->scheduler();
    QSignalSpy finished(&scheduler, &Scheduler::refreshFinished);
    QSignalSpy changed(m_service.get(), &AccountService::accountChanged);
    const int replaysBefore = m_endpoint.replayCount();

    // Due now (2 min left, lead 5 min): the start refreshes it.
    scheduler.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kRefreshTimeoutMs);
    QVERIFY(!finished.at(0).at(1).value<std::optional<Error>>().has_value());
    QVERIFY(!changed.isEmpty());

    // The stored refresh token is the one the endpoint handed out last.
    const Account account = *m_service->account(id);
    const Expected<QJsonObject> secrets = m_service->vault().readSecrets(account);
    QVERIFY(secrets);
    QCOMPARE(secrets->value(QLatin1StringView("refreshToken")).toString(),
             m_endpoint.currentRefreshToken(QStringLiteral("rotate")));
    QVERIFY(secrets->value(QLatin1StringView("refreshToken")).toString() != first);
    QVERIFY(account.tokenExpiresAt > now().addSecs(7000));
    QCOMPARE(*scheduler.dueTime(id), account.tokenExpiresAt.addSecs(-300));

    // Refreshing again at once works only if the rotated token was stored
    // before anything else: the endpoint revokes the grant on a reused one.
    for (int round = 0; round < 3; ++round) {
        QCOMPARE(scheduler.refreshNow({id}), QStringList{id});
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), round + 2, kRefreshTimeoutMs);
        QVERIFY(!finished.last().at(1).value<std::optional<Error>>().has_value());
    }
    QCOMPARE(m_endpoint.replayCount(), replaysBefore);
    QVERIFY(!m_endpoint.isRevoked(QStringLiteral("rotate")));
    QCOMPARE(m_service->account(id)->status, AccountStatus::Connected);
}

void tst_Scheduler::authErrorMarksRevoked()
{
    const QString id = addAccount(Platform::Twitter, QStringLiteral("revoked"), now().addSecs(60),
                                  m_endpoint.issueGrant(QStringLiteral("revoked")));
    Scheduler &scheduler = m_service->scheduler();
    QSignalSpy finished(&scheduler, &Scheduler::refreshFinished);
    QSignalSpy recorded(m_service.get(), &AccountService::eventRecorded);
    m_endpoint.failNext(1, 400, oauthErrorBody("invalid_grant"));

    scheduler.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kRefreshTimeoutMs);
    QCOMPARE(finished.at(0).at(1).value<std::optional<Error>>()->code, ErrorCode::PlatformAuthFailed);
    QCOMPARE(m_service->account(id)->status, AccountStatus::AuthFailed);
    QCOMPARE(eventsOf(id, kTokenRevoked).size(), 1);
    QCOMPARE(recorded.size(), 1);
    QCOMPARE(recorded.at(0).at(0).value<AccountEvent>().type, QString(kTokenRevoked));

    // It waits for the user now: no retry, however often it is rescheduled.
    const int requests = m_endpoint.requestCount();
    QVERIFY(!scheduler.dueTime(id).has_value());
    m_offsetMs = 3600'000;
    scheduler.reschedule();
    QTest::qWait(200);
    QCOMPARE(m_endpoint.requestCount(), requests);
    QCOMPARE(eventsOf(id, kTokenRevoked).size(), 1);
}

void tst_Scheduler::transientKeepsStatus_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<ErrorCode>("code");

    QTest::addRow("503") << 503 << QByteArray() << ErrorCode::NetworkError;
    QTest::addRow("502_html") << 502 << QByteArrayLiteral("<html>bad gateway</html>") << ErrorCode::NetworkError;
    QTest::addRow("429") << 429 << oauthErrorBody("rate_limited") << ErrorCode::UpstreamInvalidResponse;
    // A 400 whose error is not a rejected grant says nothing about the token.
    QTest::addRow("400_temporarily_unavailable") << 400 << oauthErrorBody("temporarily_unavailable")
                                                 << ErrorCode::UpstreamInvalidResponse;
}

void tst_Scheduler::transientKeepsStatus()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(ErrorCode, code);

    const QString id = addAccount(Platform::Twitter, QStringLiteral("flaky"), now().addSecs(240),
                                  m_endpoint.issueGrant(QStringLiteral("flaky")));
    Scheduler &scheduler = m_service->scheduler();
    QSignalSpy finished(&scheduler, &Scheduler::refreshFinished);
    m_endpoint.failNext(2, status, body);

    scheduler.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kRefreshTimeoutMs);
    QCOMPARE(finished.at(0).at(1).value<std::optional<Error>>()->code, code);
    QCOMPARE(m_service->account(id)->status, AccountStatus::Connected);
    QVERIFY(m_service->events()->isEmpty());
    QCOMPARE(scheduler.failureCount(id), 1);
    // First retry: kFirstRetry with the jitter at its lower end (half).
    const qint64 firstRetry = now().secsTo(*scheduler.dueTime(id));
    QVERIFY2(firstRetry >= 13 && firstRetry <= 15, qPrintable(QString::number(firstRetry)));

    m_offsetMs += 16'000;
    scheduler.reschedule();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, kRefreshTimeoutMs);
    QCOMPARE(scheduler.failureCount(id), 2);
    const qint64 secondRetry = now().secsTo(*scheduler.dueTime(id));
    QVERIFY2(secondRetry >= 28 && secondRetry <= 30, qPrintable(QString::number(secondRetry)));
    QCOMPARE(m_service->account(id)->status, AccountStatus::Connected);

    // The endpoint recovered: the next try succeeds and the backoff resets.
    m_offsetMs += 31'000;
    scheduler.reschedule();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 3, kRefreshTimeoutMs);
    QVERIFY(!finished.at(2).at(1).value<std::optional<Error>>().has_value());
    QCOMPARE(scheduler.failureCount(id), 0);
    QCOMPARE(m_service->account(id)->status, AccountStatus::Connected);
    QVERIFY(m_service->events()->isEmpty());
    QVERIFY(!m_endpoint.isRevoked(QStringLiteral("flaky")));
}

void tst_Scheduler::repeatedFailureNearExpiryWarns()
{
    const QString id = addAccount(Platform::Twitter, QStringLiteral("failing"), now().addSecs(280),
                                  m_endpoint.issueGrant(QStringLiteral("failing")));
    Scheduler &scheduler = m_service->scheduler();
    QSignalSpy finished(&scheduler, &Scheduler::refreshFinished);
    m_endpoint.failNext(5, 503);

    scheduler.start();
    for (int attempt = 1; attempt <= 5; ++attempt) {
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), attempt, kRefreshTimeoutMs);
        QCOMPARE(scheduler.failureCount(id), attempt);
        const int expected = attempt >= Scheduler::kFailuresBeforeWarning ? 1 : 0;
        QCOMPARE(eventsOf(id, kTokenExpiring).size(), expected);
        QCOMPARE(m_service->account(id)->status, AccountStatus::Connected);
        m_offsetMs = now().msecsTo(*scheduler.dueTime(id)) + m_offsetMs + 1000;
        scheduler.reschedule();
    }
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 6, kRefreshTimeoutMs);
    QVERIFY(!finished.at(5).at(1).value<std::optional<Error>>().has_value());
    QCOMPARE(eventsOf(id, kTokenExpiring).size(), 1);
    QCOMPARE(eventsOf(id, kTokenRevoked).size(), 0);
}

void tst_Scheduler::linkedInWarnsOnce()
{
    const QDateTime expiresAt = now().addDays(10);
    const QString id = addAccount(Platform::LinkedIn, QStringLiteral("li"), expiresAt);
    Scheduler &scheduler = m_service->scheduler();
    QSignalSpy recorded(m_service.get(), &AccountService::eventRecorded);
    scheduler.start();
    QCOMPARE(*scheduler.dueTime(id), expiresAt.addDays(-7));
    QVERIFY(eventsOf(id, kTokenExpiring).isEmpty());

    const auto moveTo = [this](const QDateTime &time) {
        m_offsetMs = QDateTime::currentDateTimeUtc().msecsTo(time);
    };
    moveTo(expiresAt.addDays(-7).addSecs(60));
    scheduler.reschedule();
    QCOMPARE(eventsOf(id, kTokenExpiring).size(), 1);
    QCOMPARE(m_service->account(id)->status, AccountStatus::Expiring);
    QCOMPARE(*scheduler.dueTime(id), expiresAt.addDays(-1));

    // Rescheduling, restarting and reopening never repeat it.
    scheduler.reschedule();
    scheduler.stop();
    scheduler.start();
    QCOMPARE(eventsOf(id, kTokenExpiring).size(), 1);

    moveTo(expiresAt.addDays(-1).addSecs(60));
    scheduler.reschedule();
    QCOMPARE(eventsOf(id, kTokenExpiring).size(), 2);
    QVERIFY(!scheduler.dueTime(id).has_value());
    QCOMPARE(recorded.size(), 2);

    const QString dataDir = m_service->dataDir();
    m_service.reset();
    Expected<std::unique_ptr<AccountService>> reopened = AccountService::open(dataDir, AccountService::Access::Exclusive);
    QVERIFY(reopened);
    m_service = std::move(*reopened);
    m_service->scheduler().setClock([this] { return now(); });
    m_service->scheduler().start();
    moveTo(expiresAt.addSecs(3600));
    m_service->scheduler().reschedule();
    QCOMPARE(eventsOf(id, kTokenExpiring).size(), 2);

    // A reconnect with a new expiry starts a new pair.
    const QDateTime renewed = now().addDays(60);
    QVERIFY(!addAccount(Platform::LinkedIn, QStringLiteral("li"), renewed).isEmpty());
    m_service->scheduler().updateAccount(id);
    QCOMPARE(*m_service->scheduler().dueTime(id), renewed.addDays(-7));
    moveTo(renewed.addDays(-7).addSecs(1));
    m_service->scheduler().reschedule();
    QCOMPARE(eventsOf(id, kTokenExpiring).size(), 3);
}

void tst_Scheduler::overdueAfterWeekInExpiryOrder()
{
    // Fanout was closed for a week: every stored expiry lies in the past.
    const QDateTime weekAgo = now().addDays(-7);
    const QStringList subjects{QStringLiteral("x-late"), QStringLiteral("x-early"), QStringLiteral("x-middle")};
    const QList<int> minutes{90, 10, 50};
    QHash<QString, QString> subjectOf;
    for (int i = 0; i < subjects.size(); ++i) {
        const QString id = addAccount(Platform::Twitter, subjects.at(i), weekAgo.addSecs(60 * minutes.at(i)),
                                      m_endpoint.issueGrant(subjects.at(i)));
        QVERIFY(!id.isEmpty());
        subjectOf.insert(id, subjects.at(i));
    }
    // LinkedIn: one expired during the week (only the 1-day warning still
    // applies), one that expires in 2 days (the 7-day warning, now).
    const QString expired = addAccount(Platform::LinkedIn, QStringLiteral("li-expired"), now().addDays(-2));
    const QString soon = addAccount(Platform::LinkedIn, QStringLiteral("li-soon"), now().addDays(2));

    Scheduler &scheduler = m_service->scheduler();
    QSignalSpy started(&scheduler, &Scheduler::refreshStarted);
    QSignalSpy finished(&scheduler, &Scheduler::refreshFinished);
    scheduler.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 3, kRefreshTimeoutMs);

    QStringList order;
    for (const QList<QVariant> &arguments : std::as_const(started))
        order.append(subjectOf.value(arguments.at(0).toString()));
    QCOMPARE(order, (QStringList{QStringLiteral("x-early"), QStringLiteral("x-middle"), QStringLiteral("x-late")}));
    for (const QList<QVariant> &arguments : std::as_const(finished))
        QVERIFY(!arguments.at(1).value<std::optional<Error>>().has_value());

    const QList<AccountEvent> expiredEvents = eventsOf(expired, kTokenExpiring);
    const QList<AccountEvent> soonEvents = eventsOf(soon, kTokenExpiring);
    QCOMPARE(expiredEvents.size(), 1);
    QVERIFY(expiredEvents.at(0).dedupeKey.startsWith(u"1d@"));
    QCOMPARE(soonEvents.size(), 1);
    QVERIFY(soonEvents.at(0).dedupeKey.startsWith(u"7d@"));
    // Recorded in expiry order too.
    QVERIFY(expiredEvents.at(0).id < soonEvents.at(0).id);

    // Each X token is fresh again and next due 5 minutes before its new expiry.
    for (auto it = subjectOf.cbegin(); it != subjectOf.cend(); ++it) {
        const Account account = *m_service->account(it.key());
        QVERIFY(account.tokenExpiresAt > now());
        QCOMPARE(*scheduler.dueTime(it.key()), account.tokenExpiresAt.addSecs(-300));
    }
}

void tst_Scheduler::oneTimerForTenThousand()
{
    constexpr int kAccounts = 10'000;
    const QString connection = QStringLiteral("bulk");
    {
        // One transaction for all rows: the secrets are never read here.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(m_service->store().databasePath());
        QVERIFY(db.open());
        QVERIFY(db.transaction());
        QSqlQuery insert(db);
        QVERIFY(insert.prepare(QStringLiteral(
            "INSERT INTO platform_accounts (id, platform, platform_user_id, token_expires_at, secrets, "
            "created_at, updated_at, connected_at) VALUES (?, ?, ?, ?, x'00', ?, ?, ?)")));
        const qint64 created = QDateTime::currentMSecsSinceEpoch();
        const QList<Platform> platforms{Platform::Twitter, Platform::LinkedIn, Platform::Pinterest,
                                        Platform::Bluesky};
        for (int i = 0; i < kAccounts; ++i) {
            const Platform platform = platforms.at(i % platforms.size());
            // Expiries spread over the next 1 to 60 days: nothing is due yet.
            const qint64 expires = now().addSecs(3600LL * 24 + 600LL * i).toMSecsSinceEpoch()
                + (platform == Platform::Twitter ? 0 : 3600LL * 24 * 8 * 1000);
            insert.addBindValue(QStringLiteral("acc_bulk%1").arg(i));
            insert.addBindValue(platformId(platform));
            insert.addBindValue(QStringLiteral("user%1").arg(i));
            insert.addBindValue(expires);
            insert.addBindValue(created);
            insert.addBindValue(created);
            insert.addBindValue(created);
            QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
        }
        QVERIFY(db.commit());
    }
    QSqlDatabase::removeDatabase(connection);

    Scheduler &scheduler = m_service->scheduler();
    scheduler.start();
    QCOMPARE(scheduler.scheduledCount(), kAccounts / 4 * 3); // all but Bluesky
    QCOMPARE(scheduler.inFlightCount(), 0);
    QCOMPARE(scheduler.findChildren<QTimer *>().size(), 1);
    QVERIFY(scheduler.timer().isActive());
    QVERIFY(scheduler.timer().isSingleShot());
    // The one timer is armed for the earliest due time, capped at kMaxSleep.
    // A very coarse timer rounds to whole seconds, hence the extra second.
    const qint64 untilDue = now().msecsTo(*scheduler.nextDue());
    QVERIFY(untilDue > 0);
    const int remaining = scheduler.timer().remainingTime();
    QVERIFY2(remaining <= std::min<qint64>(untilDue, 3600'000) + 1000, qPrintable(QString::number(remaining)));
    QVERIFY(m_service->events()->isEmpty());
}

QTEST_GUILESS_MAIN(tst_Scheduler)
#include "tst_scheduler.moc"
