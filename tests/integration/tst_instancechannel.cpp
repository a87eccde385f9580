// A second start of the window on the same data folder brings the running
// window forward. The first half drives InstanceChannel in a thread of its
// own, because requestActivation() blocks the caller. The second half starts
// the real fanout binary twice (offscreen) and reads what each one logged.

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QLocalSocket>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include "app/store/instancechannel.h"

using namespace fanout;

namespace {

constexpr int kWaitMs = 20000;

// The fanout binary (FANOUT_EXECUTABLE) started offscreen, with what it has
// logged so far.
struct Fanout {
    QProcess process;
    QByteArray log;

    void start(const QStringList &arguments)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        process.setProcessEnvironment(environment);
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(qEnvironmentVariable("FANOUT_EXECUTABLE"), arguments);
    }

    void read()
    {
        process.waitForReadyRead(20);
        log += process.readAll();
    }

    // Waits until the log contains text `times` times, while the process runs.
    [[nodiscard]] bool waitForLog(const char *text, qsizetype times = 1)
    {
        return QTest::qWaitFor(
                   [&] {
                       read();
                       return log.count(text) >= times || process.state() == QProcess::NotRunning;
                   },
                   kWaitMs)
            && log.count(text) >= times && process.state() == QProcess::Running;
    }
};

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
    void handlerRunningEventsIsSafe();
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
    QVERIFY2(QFileInfo(qEnvironmentVariable("FANOUT_EXECUTABLE")).isExecutable(),
             "FANOUT_EXECUTABLE names no program; run this test through ctest");
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

void tst_InstanceChannel::handlerRunningEventsIsSafe()
{
    // On X11, opening Settings runs events while the window handles the
    // request, and the client's disconnect arrives during them. The socket
    // must not be used after that.
    const QString dataDir = m_dir.filePath(QStringLiteral("data"));
    m_channel = startChannel(dataDir);
    QVERIFY(m_channel);
    QAtomicInt handled = 0;
    connect(
        m_channel, &InstanceChannel::activationRequested, m_channel,
        [&handled] {
            QEventLoop events;
            QTimer::singleShot(300, &events, &QEventLoop::quit);
            events.exec();
            ++handled;
        },
        Qt::DirectConnection);

    for (int i = 0; i < 3; ++i)
        QVERIFY(InstanceChannel::requestActivation(dataDir, QStringLiteral("general")));
    QTRY_COMPARE(handled.loadRelaxed(), 3);
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
    const QString dataDir = m_dir.filePath(QStringLiteral("window"));
    Fanout first;
    first.start({QStringLiteral("--data-dir"), dataDir});
    QVERIFY2(first.waitForLog("window shown"), first.log.constData());

    for (const QStringList &extra : {QStringList{}, QStringList{QStringLiteral("--settings"), QStringLiteral("general")}}) {
        Fanout second;
        second.start(QStringList{QStringLiteral("--data-dir"), dataDir} + extra);
        // A start that showed the folder-in-use box would never exit offscreen.
        QVERIFY(second.process.waitForFinished(kWaitMs));
        second.log += second.process.readAll();
        QVERIFY2(second.process.exitStatus() == QProcess::NormalExit && second.process.exitCode() == 0,
                 second.log.constData());
        QVERIFY2(second.log.contains("brought its window forward"), second.log.constData());
        QVERIFY2(!second.log.contains("window shown"), second.log.constData());
    }
    QVERIFY2(first.waitForLog("another start asked for the window", 2), first.log.constData());

    // A killed window leaves its socket behind; the next start takes over.
    first.process.kill();
    QVERIFY(first.process.waitForFinished(kWaitMs));
    QVERIFY(QFileInfo::exists(InstanceChannel::serverName(dataDir)));
    Fanout next;
    next.start({QStringLiteral("--data-dir"), dataDir});
    QVERIFY2(next.waitForLog("window shown"), next.log.constData());
    QVERIFY(InstanceChannel::requestActivation(dataDir));
    next.process.terminate();
    QVERIFY(next.process.waitForFinished(kWaitMs));
    QCOMPARE(next.process.exitCode(), 0);
}

void tst_InstanceChannel::simultaneousStartsOpenOneWindow()
{
    // A double click on a launcher starts two windows at once. Both find no
    // window to ask, and the one that loses the race for the lock must wait
    // for the other's window instead of reporting the folder as in use.
    const QString dataDir = m_dir.filePath(QStringLiteral("race"));
    Fanout starts[2];
    for (Fanout &start : starts)
        start.start({QStringLiteral("--data-dir"), dataDir});
    QVERIFY(QTest::qWaitFor(
        [&] {
            for (Fanout &start : starts)
                start.read();
            return starts[0].process.state() == QProcess::NotRunning
                || starts[1].process.state() == QProcess::NotRunning;
        },
        kWaitMs));
    Fanout &ended = starts[0].process.state() == QProcess::NotRunning ? starts[0] : starts[1];
    Fanout &running = &ended == &starts[0] ? starts[1] : starts[0];
    ended.read();
    QVERIFY2(ended.process.exitCode() == 0, ended.log.constData());
    QVERIFY2(ended.log.contains("brought"), ended.log.constData());
    QVERIFY2(!ended.log.contains("window shown"), ended.log.constData());
    QVERIFY2(running.waitForLog("another start asked for the window"), running.log.constData());
    QCOMPARE(running.process.state(), QProcess::Running);
    running.process.terminate();
    QVERIFY(running.process.waitForFinished(kWaitMs));
    QCOMPARE(running.process.exitCode(), 0);
}

QTEST_GUILESS_MAIN(tst_InstanceChannel)
#include "tst_instancechannel.moc"
