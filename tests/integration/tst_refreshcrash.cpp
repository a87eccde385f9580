// Kill -9 in the middle of `fanout accounts refresh --all` over 200 X
// accounts against a local token endpoint that rotates refresh tokens and
// revokes a grant whose spent token comes back (X's documented behaviour).
// Afterwards every account must still hold the refresh token the endpoint
// accepts, except accounts whose reply had been sent when the process died
// and whose new pair was not committed yet. That window is measured from
// fanout.refresh debug lines and printed.

#include <algorithm>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "app/oauth/tokenreply.h"
#include "app/providers/providerconfig.h"
#include "app/service/accountservice.h"
#include "app/service/scheduler.h"
#include "app/vault/vault.h"
#include "tests/support/tokenendpoint.h"

using namespace fanout;

namespace {

constexpr int kAccounts = 200;
// Refreshes served before the kill: far enough in for several to be in flight.
constexpr int kKillAfter = 80;

struct Timing {
    QHash<QString, qint64> receivedMs;  // account id -> reply read by fanout
    QHash<QString, qint64> committedMs; // account id -> rotated pair committed
};

// Reads the "token reply received" and "committed rotated tokens" debug
// lines, stamped with epoch milliseconds by QT_MESSAGE_PATTERN.
Timing parseTiming(const QByteArray &log)
{
    static const QRegularExpression line(
        QStringLiteral("^(\\d+) (token reply received for account|committed rotated tokens of account) \"?"
                       "(acc_[0-9a-f]+)"),
        QRegularExpression::MultilineOption);
    Timing timing;
    QRegularExpressionMatchIterator it = line.globalMatch(QString::fromUtf8(log));
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const qint64 time = match.captured(1).toLongLong();
        if (match.captured(2).startsWith(u"token"))
            timing.receivedMs.insert(match.captured(3), time);
        else
            timing.committedMs.insert(match.captured(3), time);
    }
    return timing;
}

QString describe(QList<qint64> samples)
{
    if (samples.isEmpty())
        return QStringLiteral("no samples");
    std::sort(samples.begin(), samples.end());
    const auto at = [&samples](double quantile) { return samples.at(qsizetype(quantile * double(samples.size() - 1))); };
    return QStringLiteral("n=%1 min=%2 ms median=%3 ms p95=%4 ms max=%5 ms")
        .arg(samples.size())
        .arg(samples.first())
        .arg(at(0.5))
        .arg(at(0.95))
        .arg(samples.last());
}

} // namespace

class tst_RefreshCrash final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void killDuringRefreshes();

private:
    QProcess *startRefreshAll();
    [[nodiscard]] QHash<QString, QString> storedRefreshTokens();

    test::TokenEndpoint m_endpoint;
    QTemporaryDir m_dir;
    QString m_dataDir;
    QHash<QString, QString> m_subjectOf; // account id -> endpoint subject
};

void tst_RefreshCrash::initTestCase()
{
    QVERIFY(m_endpoint.start());
    QVERIFY(m_dir.isValid());
    m_dataDir = m_dir.filePath(QStringLiteral("data"));
    Expected<std::unique_ptr<AccountService>> service = AccountService::open(m_dataDir, AccountService::Access::Exclusive);
    QVERIFY2(service, service ? "" : qPrintable(errorMessage(service.error())));
    const QJsonObject twitter{
        {QStringLiteral("clientId"), m_endpoint.clientId()},
        {QStringLiteral("tokenUrl"), m_endpoint.tokenUrl().toString()},
    };
    const QByteArray providers =
        QJsonDocument(QJsonObject{{QStringLiteral("providers"), QJsonObject{{QStringLiteral("twitter"), twitter}}}})
            .toJson();
    QVERIFY((*service)->providers().importJson(providers));

    for (int i = 0; i < kAccounts; ++i) {
        const QString subject = QStringLiteral("crash%1").arg(i);
        Account account;
        account.platform = Platform::Twitter;
        account.platformUserId = subject;
        account.handle = subject;
        account.tokenExpiresAt = QDateTime::currentDateTimeUtc().addSecs(3600 + i);
        const QJsonObject secrets{{QString(oauth::kAccessTokenKey), QStringLiteral("at-initial")},
                                  {QString(oauth::kRefreshTokenKey), m_endpoint.issueGrant(subject)}};
        const Expected<Account> saved = (*service)->vault().saveConnection(account, secrets);
        QVERIFY2(saved, saved ? "" : qPrintable(errorMessage(saved.error())));
        m_subjectOf.insert(saved->id, subject);
    }
}

QProcess *tst_RefreshCrash::startRefreshAll()
{
    auto *process = new QProcess(this);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("fanout.refresh.debug=true"));
    environment.insert(QStringLiteral("QT_MESSAGE_PATTERN"), QStringLiteral("%{time yyyyMMddHHmmsszzz} %{message}"));
    process->setProcessEnvironment(environment);
    process->start(qEnvironmentVariable("FANOUT_EXECUTABLE"),
                   {QStringLiteral("--data-dir"), m_dataDir, QStringLiteral("accounts"), QStringLiteral("refresh"),
                    QStringLiteral("--all"), QStringLiteral("--json")});
    return process;
}

QHash<QString, QString> tst_RefreshCrash::storedRefreshTokens()
{
    QHash<QString, QString> tokens;
    Expected<std::unique_ptr<AccountService>> service = AccountService::open(m_dataDir, AccountService::Access::Exclusive);
    if (!service)
        return tokens;
    const Expected<QList<Account>> accounts = (*service)->accounts();
    if (!accounts)
        return tokens;
    for (const Account &account : *accounts) {
        const Expected<QJsonObject> secrets = (*service)->vault().readSecrets(account);
        if (secrets)
            tokens.insert(account.id, secrets->value(oauth::kRefreshTokenKey).toString());
    }
    return tokens;
}

// The pattern's time is local wall-clock time with milliseconds.
static qint64 patternTimeToMs(qint64 stamp)
{
    const QDateTime time = QDateTime::fromString(QString::number(stamp), QStringLiteral("yyyyMMddHHmmsszzz"));
    return time.toMSecsSinceEpoch();
}

void tst_RefreshCrash::killDuringRefreshes()
{
    QProcess *killed = startRefreshAll();
    QVERIFY(killed->waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(m_endpoint.refreshes().size() >= kKillAfter || killed->state() == QProcess::NotRunning,
                             120'000);
    QCOMPARE(killed->state(), QProcess::Running);
    killed->kill(); // SIGKILL
    QVERIFY(killed->waitForFinished());
    QCOMPARE(killed->exitStatus(), QProcess::CrashExit);
    const int servedBeforeKill = int(m_endpoint.refreshes().size());
    const Timing killedTiming = parseTiming(killed->readAllStandardError());
    QVERIFY2(servedBeforeKill < kAccounts, "the kill came after every refresh");

    // Every account stores the token the endpoint accepts now, except those
    // whose new pair was sent but never committed.
    const QHash<QString, QString> stored = storedRefreshTokens();
    QCOMPARE(stored.size(), kAccounts);
    QSet<QString> served;
    for (const test::TokenEndpoint::Refresh &refresh : m_endpoint.refreshes())
        served.insert(refresh.subject);
    QStringList lost;
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        const QString subject = m_subjectOf.value(it.key());
        if (it.value() == m_endpoint.currentRefreshToken(subject))
            continue;
        lost.append(it.key());
        QVERIFY2(served.contains(subject), qPrintable(subject + QStringLiteral(" lost a token it never refreshed")));
        QVERIFY2(!killedTiming.committedMs.contains(it.key()),
                 qPrintable(subject + QStringLiteral(" logged a commit but holds a spent token")));
    }
    QCOMPARE(m_endpoint.replayCount(), 0);
    QVERIFY2(lost.size() <= Scheduler::kMaxInFlight, qPrintable(QString::number(lost.size())));
    qInfo("killed after %d of %d refreshes were served; %lld account(s) lost their refresh token in the "
          "reply-to-commit window",
          servedBeforeKill, kAccounts, qlonglong(lost.size()));

    // A full run afterwards: every other account refreshes with what it holds.
    const qsizetype servedBeforeRerun = m_endpoint.refreshes().size();
    QProcess *rerun = startRefreshAll();
    QVERIFY(rerun->waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(rerun->state() == QProcess::NotRunning, 180'000);
    const QByteArray log = rerun->readAllStandardError();
    const QJsonObject result = QJsonDocument::fromJson(rerun->readAllStandardOutput()).object();
    QCOMPARE(result.value(QLatin1StringView("refreshed")).toArray().size(), kAccounts - lost.size());
    const QJsonArray failed = result.value(QLatin1StringView("failed")).toArray();
    QCOMPARE(failed.size(), lost.size());
    for (const QJsonValue &entry : failed) {
        QVERIFY(lost.contains(entry.toObject().value(QLatin1StringView("id")).toString()));
        QCOMPARE(entry.toObject().value(QLatin1StringView("error")).toObject().value(QLatin1StringView("code")).toString(),
                 QStringLiteral("platform_auth_failed"));
    }
    QCOMPARE(rerun->exitCode(), lost.isEmpty() ? 0 : 1);

    // The window: from the endpoint writing the reply to fanout logging the
    // commit, and the part of it inside fanout (reply read -> commit).
    const Timing timing = parseTiming(log);
    QHash<QString, qint64> repliedMs;
    for (qsizetype i = servedBeforeRerun; i < m_endpoint.refreshes().size(); ++i) {
        if (m_endpoint.refreshes().at(i).repliedAtMs > 0)
            repliedMs.insert(m_endpoint.refreshes().at(i).subject, m_endpoint.refreshes().at(i).repliedAtMs);
    }
    QList<qint64> fullWindow;
    QList<qint64> insideFanout;
    for (auto it = timing.committedMs.cbegin(); it != timing.committedMs.cend(); ++it) {
        const qint64 committed = patternTimeToMs(it.value());
        if (timing.receivedMs.contains(it.key()))
            insideFanout.append(committed - patternTimeToMs(timing.receivedMs.value(it.key())));
        const QString subject = m_subjectOf.value(it.key());
        if (repliedMs.contains(subject))
            fullWindow.append(committed - repliedMs.value(subject));
    }
    QCOMPARE(insideFanout.size(), kAccounts - lost.size());
    qInfo("reply written -> commit logged: %s", qPrintable(describe(fullWindow)));
    qInfo("reply read by fanout -> commit logged: %s", qPrintable(describe(insideFanout)));
}

QTEST_GUILESS_MAIN(tst_RefreshCrash)
#include "tst_refreshcrash.moc"
