// A second start of the window on the same data folder brings the running
// window forward. The first half drives InstanceChannel in a thread of its
// own, because requestActivation() blocks the caller. The second half starts
// the real fanout binary twice (offscreen) and reads what each one logged.

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocalSocket>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include "app/store/instancechannel.h"

using namespace fanout;

namespace {

constexpr int kWaitMs = 20000;

} // namespace

class tst_InstanceChannel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();
    void noWindowReturnsFalse();
    void showAndSettingsReachWindow();
    void nameIgnoresPathSpelling();
    void unknownRequestIgnored();
    void leftoverSocketReplaced();
    void secondStartRaisesFirst();
    void simultaneousStartsOpenOneWindow();

private:
    [[nodiscard]] InstanceChannel *startChannel(const QString &dataDir);

    QTemporaryDir m_dir;
    QThread m_thread;
    InstanceChannel *m_channel = nullptr;
};

void tst_InstanceChannel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // The socket goes to XDG_RUNTIME_DIR, here a folder of this test's own.
    QVERIFY(QDir(m_dir.path()).mkdir(QStringLiteral("runtime")));
    qputenv("XDG_RUNTIME_DIR", m_dir.filePath(QStringLiteral("runtime")).toUtf8());
    QVERIFY(QDir(m_dir.path()).mkdir(QStringLiteral("data")));
    m_thread.start();
}

void tst_InstanceChannel::cleanupTestCase()
{
    m_thread.quit();
    m_thread.wait();
}

void tst_InstanceChannel::cleanup()
{
    if (m_channel) {
        QMetaObject::invokeMethod(m_channel, &QObject::deleteLater);
        QTRY_VERIFY(!QFileInfo::exists(InstanceChannel::serverName(m_dir.filePath(QStringLiteral("data")))));
        m_channel = nullptr;
    }
}

InstanceChannel *tst_InstanceChannel::startChannel(const QString &dataDir)
{
    auto *channel = new InstanceChannel(dataDir);
    channel->moveToThread(&m_thread);
    bool listening = false;
    QMetaObject::invokeMethod(
        channel, [channel, &listening] { listening = channel->listen(); }, Qt::BlockingQueuedConnection);
    if (!listening) {
        QMetaObject::invokeMethod(channel, &QObject::deleteLater);
        return nullptr;
    }
    return channel;
}

void tst_InstanceChannel::noWindowReturnsFalse()
{
    QVERIFY(!InstanceChannel::requestActivation(m_dir.filePath(QStringLiteral("data"))));
    QVERIFY(!InstanceChannel::requestActivation(m_dir.filePath(QStringLiteral("data")), QStringLiteral("general")));
}

void tst_InstanceChannel::showAndSettingsReachWindow()
{
    const QString dataDir = m_dir.filePath(QStringLiteral("data"));
    m_channel = startChannel(dataDir);
    QVERIFY(m_channel);
    QSignalSpy requested(m_channel, &InstanceChannel::activationRequested);

    QVERIFY(InstanceChannel::requestActivation(dataDir));
    QTRY_COMPARE(requested.size(), 1);
    QCOMPARE(requested.at(0).at(0).toBool(), false);

    QVERIFY(InstanceChannel::requestActivation(dataDir, QStringLiteral("twitter")));
    QTRY_COMPARE(requested.size(), 2);
    QCOMPARE(requested.at(1).at(0).toBool(), true);
    QCOMPARE(requested.at(1).at(1).toString(), QStringLiteral("twitter"));

    // A line break in the page cannot add a second request.
    QVERIFY(InstanceChannel::requestActivation(dataDir, QStringLiteral("general\nshow")));
    QTRY_COMPARE(requested.size(), 3);
    QCOMPARE(requested.at(2).at(1).toString(), QStringLiteral("general show"));
    QTest::qWait(100);
    QCOMPARE(requested.size(), 3);

    // An overlong page is cut to a length that still fits one request.
    QVERIFY(InstanceChannel::requestActivation(dataDir, QString(300, u'x')));
    QTRY_COMPARE(requested.size(), 4);
    QCOMPARE(requested.at(3).at(1).toString(), QString(60, u'x'));

    // Another data folder has no window.
    QVERIFY(QDir(m_dir.path()).mkdir(QStringLiteral("other")));
    QVERIFY(!InstanceChannel::requestActivation(m_dir.filePath(QStringLiteral("other"))));

    // Only the user can connect to the socket.
    const QFileInfo socket(InstanceChannel::serverName(dataDir));
    QVERIFY2(socket.exists(), qPrintable(socket.filePath()));
    QCOMPARE(socket.permissions() & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther),
             QFile::Permissions());
}

void tst_InstanceChannel::nameIgnoresPathSpelling()
{
    const QString dataDir = m_dir.filePath(QStringLiteral("data"));
    const QString name = InstanceChannel::serverName(dataDir);
    QCOMPARE(InstanceChannel::serverName(dataDir + u'/'), name);
    QCOMPARE(InstanceChannel::serverName(m_dir.filePath(QStringLiteral("other/../data"))), name);
    QVERIFY(QFile::link(dataDir, m_dir.filePath(QStringLiteral("link"))));
    QCOMPARE(InstanceChannel::serverName(m_dir.filePath(QStringLiteral("link"))), name);
    QVERIFY(InstanceChannel::serverName(m_dir.filePath(QStringLiteral("other"))) != name);
    QVERIFY2(name.startsWith(m_dir.filePath(QStringLiteral("runtime/fanout-"))), qPrintable(name));
}

void tst_InstanceChannel::unknownRequestIgnored()
{
    const QString dataDir = m_dir.filePath(QStringLiteral("data"));
    m_channel = startChannel(dataDir);
    QVERIFY(m_channel);
    QSignalSpy requested(m_channel, &InstanceChannel::activationRequested);

    QLocalSocket socket;
    socket.connectToServer(InstanceChannel::serverName(dataDir));
    QVERIFY(socket.waitForConnected(kWaitMs));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("not show or settings")));
    socket.write("quit\n");
    QVERIFY(socket.waitForDisconnected(kWaitMs));
    QCOMPARE(socket.readAll(), QByteArray());
    QCOMPARE(requested.size(), 0);

    // A client that never ends its line is dropped, and the window still
    // replies to the next one.
    QLocalSocket silent;
    silent.connectToServer(InstanceChannel::serverName(dataDir));
    QVERIFY(silent.waitForConnected(kWaitMs));
    silent.write("show");
    QVERIFY(silent.waitForDisconnected(kWaitMs));
    QCOMPARE(requested.size(), 0);
    QVERIFY(InstanceChannel::requestActivation(dataDir));
    QTRY_COMPARE(requested.size(), 1);
}

void tst_InstanceChannel::leftoverSocketReplaced()
{
    // A window that crashed leaves its socket file behind.
    const QString dataDir = m_dir.filePath(QStringLiteral("data"));
    QFile leftover(InstanceChannel::serverName(dataDir));
    QVERIFY(leftover.open(QIODevice::WriteOnly));
    leftover.close();
    QVERIFY(!InstanceChannel::requestActivation(dataDir));

    m_channel = startChannel(dataDir);
    QVERIFY(m_channel);
    QVERIFY(InstanceChannel::requestActivation(dataDir));
}

void tst_InstanceChannel::secondStartRaisesFirst()
{
    const QString executable = qEnvironmentVariable("FANOUT_EXECUTABLE");
    QVERIFY2(QFileInfo(executable).isExecutable(), "FANOUT_EXECUTABLE names no program; run this through ctest");
    const QString dataDir = m_dir.filePath(QStringLiteral("window"));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir.filePath(QStringLiteral("runtime")));

    QProcess first;
    first.setProcessEnvironment(environment);
    first.setProcessChannelMode(QProcess::MergedChannels);
    first.start(executable, {QStringLiteral("--data-dir"), dataDir});
    QByteArray firstLog;
    QVERIFY(QTest::qWaitFor(
        [&] {
            first.waitForReadyRead(50);
            firstLog += first.readAll();
            return firstLog.contains("window shown") || first.state() == QProcess::NotRunning;
        },
        kWaitMs));
    QVERIFY2(first.state() == QProcess::Running, firstLog.constData());

    for (const QStringList &extra : {QStringList{}, QStringList{QStringLiteral("--settings"), QStringLiteral("general")}}) {
        QProcess second;
        second.setProcessEnvironment(environment);
        second.setProcessChannelMode(QProcess::MergedChannels);
        second.start(executable, QStringList{QStringLiteral("--data-dir"), dataDir} + extra);
        // Before, the second start showed a message box and never exited offscreen.
        QVERIFY(second.waitForFinished(kWaitMs));
        const QByteArray secondLog = second.readAll();
        QVERIFY2(second.exitStatus() == QProcess::NormalExit && second.exitCode() == 0, secondLog.constData());
        QVERIFY2(secondLog.contains("brought its window forward"), secondLog.constData());
        QVERIFY2(!secondLog.contains("window shown"), secondLog.constData());
    }
    QVERIFY(QTest::qWaitFor(
        [&] {
            first.waitForReadyRead(50);
            firstLog += first.readAll();
            return firstLog.count("another start asked for the window") == 2;
        },
        kWaitMs));

    // A killed window leaves its socket behind; the next start takes over.
    first.kill();
    QVERIFY(first.waitForFinished(kWaitMs));
    QVERIFY(QFileInfo::exists(InstanceChannel::serverName(dataDir)));
    QProcess next;
    next.setProcessEnvironment(environment);
    next.setProcessChannelMode(QProcess::MergedChannels);
    next.start(executable, {QStringLiteral("--data-dir"), dataDir});
    QByteArray nextLog;
    QVERIFY(QTest::qWaitFor(
        [&] {
            next.waitForReadyRead(50);
            nextLog += next.readAll();
            return nextLog.contains("window shown") || next.state() == QProcess::NotRunning;
        },
        kWaitMs));
    QVERIFY2(next.state() == QProcess::Running, nextLog.constData());
    QVERIFY(InstanceChannel::requestActivation(dataDir));
    next.terminate();
    QVERIFY(next.waitForFinished(kWaitMs));
    QCOMPARE(next.exitCode(), 0);
}

void tst_InstanceChannel::simultaneousStartsOpenOneWindow()
{
    // A double click on a launcher starts two windows at once. Both find no
    // window to ask, and the one that loses the race for the lock must wait
    // for the other's window instead of reporting the folder as in use.
    const QString executable = qEnvironmentVariable("FANOUT_EXECUTABLE");
    QVERIFY2(QFileInfo(executable).isExecutable(), "FANOUT_EXECUTABLE names no program; run this through ctest");
    const QString dataDir = m_dir.filePath(QStringLiteral("race"));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));

    QProcess starts[2];
    for (QProcess &start : starts) {
        start.setProcessEnvironment(environment);
        start.setProcessChannelMode(QProcess::MergedChannels);
        start.start(executable, {QStringLiteral("--data-dir"), dataDir});
    }
    QByteArray logs[2];
    QVERIFY(QTest::qWaitFor(
        [&] {
            for (int i = 0; i < 2; ++i) {
                starts[i].waitForReadyRead(20);
                logs[i] += starts[i].readAll();
            }
            return starts[0].state() == QProcess::NotRunning || starts[1].state() == QProcess::NotRunning;
        },
        kWaitMs));
    const int ended = starts[0].state() == QProcess::NotRunning ? 0 : 1;
    const int running = 1 - ended;
    logs[ended] += starts[ended].readAll();
    QVERIFY2(starts[ended].exitCode() == 0, logs[ended].constData());
    QVERIFY2(logs[ended].contains("brought"), logs[ended].constData());
    QVERIFY2(!logs[ended].contains("window shown"), logs[ended].constData());
    QVERIFY(QTest::qWaitFor(
        [&] {
            starts[running].waitForReadyRead(20);
            logs[running] += starts[running].readAll();
            return logs[running].contains("another start asked for the window");
        },
        kWaitMs));
    QCOMPARE(starts[running].state(), QProcess::Running);
    starts[running].terminate();
    QVERIFY(starts[running].waitForFinished(kWaitMs));
    QCOMPARE(starts[running].exitCode(), 0);
}

QTEST_GUILESS_MAIN(tst_InstanceChannel)
#include "tst_instancechannel.moc"
