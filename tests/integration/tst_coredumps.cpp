// The fanout executable turns core dumps off before it handles any secret:
// a core file limit of 0 and a non-dumpable process.
//
// The limit is read from /proc/PID/limits of a real `fanout` process, which
// waits for an app password on standard input. Whether a process is dumpable
// cannot be read from outside: no /proc field shows it, and the owner of
// /proc/PID, which becomes root, tells nothing when the test runs as root. So
// the last slot calls the function main() calls in this test's own process
// and reads the flag back with PR_GET_DUMPABLE.

#include <sys/prctl.h>
#include <sys/resource.h>

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "app/core/coredumps.h"

namespace {

constexpr int kWaitMs = 20'000;

// The "Max core file size" soft and hard limits of a process, as
// /proc/PID/limits prints them ("0", "unlimited", a number of bytes), or
// an empty pair when the file cannot be read.
[[nodiscard]] std::pair<QString, QString> coreLimit(qint64 pid)
{
    QFile limits(QStringLiteral("/proc/%1/limits").arg(pid));
    if (!limits.open(QIODevice::ReadOnly))
        return {};
    static const QRegularExpression line(QStringLiteral("^Max core file size\\s+(\\S+)\\s+(\\S+)"),
                                         QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = line.match(QString::fromLatin1(limits.readAll()));
    if (!match.hasMatch())
        return {};
    return {match.captured(1), match.captured(2)};
}

} // namespace

class tst_CoreDumps final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void appSetsCoreLimitToZero();
    void environmentKeepsCoreLimit();
    void processIsNotDumpable();

private:
    // Starts `fanout connect bluesky`, which reads the app password from
    // standard input before it touches the keychain or the network, and
    // returns the core limits /proc shows while it waits. An empty pair
    // means the process never got that far.
    std::pair<QString, QString> limitsOfWaitingApp(const QProcessEnvironment &environment);

    QTemporaryDir m_dir;
};

void tst_CoreDumps::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(!qEnvironmentVariable("FANOUT_EXECUTABLE").isEmpty(), "FANOUT_EXECUTABLE is not set; run through CTest");
    // Children inherit this process's limits. Raise the soft limit to the
    // hard one, so a zero limit in the child can only come from Fanout.
    rlimit limit{};
    QCOMPARE(::getrlimit(RLIMIT_CORE, &limit), 0);
    QVERIFY2(limit.rlim_max != 0, "the hard core file size limit is already 0; the test cannot tell anything apart");
    limit.rlim_cur = limit.rlim_max;
    QCOMPARE(::setrlimit(RLIMIT_CORE, &limit), 0);
}

std::pair<QString, QString> tst_CoreDumps::limitsOfWaitingApp(const QProcessEnvironment &environment)
{
    QProcess app;
    app.setProcessEnvironment(environment);
    app.start(qEnvironmentVariable("FANOUT_EXECUTABLE"),
              {QStringLiteral("--data-dir"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("connect"),
               QStringLiteral("bluesky"), QStringLiteral("--handle"), QStringLiteral("alice.test"),
               QStringLiteral("--service"), QStringLiteral("http://127.0.0.1:1")});
    if (!app.waitForStarted(kWaitMs))
        return {};
    // /proc shows the limits from the start; main() changes them within
    // milliseconds. Give it time to get there, then read them.
    std::pair<QString, QString> limits;
    const bool zero = QTest::qWaitFor(
        [&] {
            limits = coreLimit(app.processId());
            // ASan zeroes the soft limit itself at start, so wait for both.
            return limits.first == u"0" && limits.second == u"0";
        },
        2'000);
    if (!zero)
        limits = coreLimit(app.processId());
    // An empty line for a password ends the command with a usage error.
    app.write("\n");
    app.closeWriteChannel();
    if (!app.waitForFinished(kWaitMs))
        app.kill();
    return limits;
}

void tst_CoreDumps::appSetsCoreLimitToZero()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("FANOUT_ALLOW_CORE_DUMPS"));
    const auto [soft, hard] = limitsOfWaitingApp(environment);
    QCOMPARE(soft, QStringLiteral("0"));
    QCOMPARE(hard, QStringLiteral("0"));
}

void tst_CoreDumps::environmentKeepsCoreLimit()
{
    rlimit own{};
    QCOMPARE(::getrlimit(RLIMIT_CORE, &own), 0);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("FANOUT_ALLOW_CORE_DUMPS"), QStringLiteral("1"));
    // Only the hard limit is compared: an ASan build lowers the soft limit
    // by itself at start.
    const auto [soft, hard] = limitsOfWaitingApp(environment);
    QVERIFY2(!soft.isEmpty(), "the app's limits could not be read");
    QCOMPARE(hard, own.rlim_max == RLIM_INFINITY ? QStringLiteral("unlimited") : QString::number(own.rlim_max));
}

// Runs last: it changes this test process for good.
void tst_CoreDumps::processIsNotDumpable()
{
    qunsetenv("FANOUT_ALLOW_CORE_DUMPS");
    QCOMPARE(::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 1);
    QVERIFY(fanout::disableCoreDumps());
    QCOMPARE(::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 0);
    rlimit limit{};
    QCOMPARE(::getrlimit(RLIMIT_CORE, &limit), 0);
    QCOMPARE(limit.rlim_cur, rlim_t(0));
    QCOMPARE(limit.rlim_max, rlim_t(0));
}

QTEST_GUILESS_MAIN(tst_CoreDumps)
#include "tst_coredumps.moc"
