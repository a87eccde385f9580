// The log scrubber: whatever reaches the next message handler contains no
// registered secret, in any of the forms it masks, at any level and through
// any category.

#include <QByteArray>
#include <QLoggingCategory>
#include <QMutex>
#include <QTest>
#include <QThread>

#include "app/core/logscrubber.h"

namespace scrubber = fanout::logscrubber;

Q_LOGGING_CATEGORY(lcScrubTest, "fanout.scrubtest", QtDebugMsg)

namespace {

// Stands in for the handler that prints: everything the scrubber passes on.
QMutex g_mutex;
QByteArray g_seen;
int g_count = 0;

void capture(QtMsgType, const QMessageLogContext &, const QString &message)
{
    QMutexLocker locker(&g_mutex);
    g_seen += message.toUtf8() + '\n';
    ++g_count;
}

// Captures while it exists, with the scrubber in front of the capture.
class ScrubbedCapture final
{
public:
    ScrubbedCapture()
    {
        {
            QMutexLocker locker(&g_mutex);
            g_seen.clear();
            g_count = 0;
        }
        m_previous = qInstallMessageHandler(capture);
        scrubber::install();
    }
    ~ScrubbedCapture() { qInstallMessageHandler(m_previous); }
    ScrubbedCapture(const ScrubbedCapture &) = delete;
    ScrubbedCapture &operator=(const ScrubbedCapture &) = delete;

    [[nodiscard]] QByteArray seen() const
    {
        QMutexLocker locker(&g_mutex);
        return g_seen;
    }
    [[nodiscard]] int count() const
    {
        QMutexLocker locker(&g_mutex);
        return g_count;
    }

private:
    QtMessageHandler m_previous = nullptr;
};

// The forms a secret may take in a log line.
QList<QByteArray> formsOf(const QByteArray &secret)
{
    return {secret,
            secret.toBase64(),
            secret.toBase64(QByteArray::Base64UrlEncoding),
            secret.toBase64(QByteArray::Base64Encoding | QByteArray::OmitTrailingEquals),
            secret.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)};
}

QByteArray found(const QByteArray &text, const QByteArray &secret)
{
    for (const QByteArray &form : formsOf(secret)) {
        if (text.contains(form))
            return form;
    }
    return {};
}

} // namespace

class TestLogScrubber final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { scrubber::forgetAllForTesting(); }
    void cleanupTestCase() { scrubber::forgetAllForTesting(); }

    void everyLevelIsScrubbed();
    void encodedFormsAreScrubbed();
    void shortValuesAreIgnored();
    void installingTwiceDoesNotLoop();
    void registersFromManyThreads();
};

void TestLogScrubber::everyLevelIsScrubbed()
{
    // A JWT-shaped token, with the characters "?" and "/" that base64 adds
    // when the token's bytes are encoded.
    const QByteArray token = "eyJhbGciOiJIUzI1NiJ9.eyJzY29wZSI6ImNvbS5hdHByb3RvLmFwcFBhc3MifQ.c2lnbmF0dXJl~?>";
    const QString text = QString::fromLatin1(token);
    scrubber::registerSecret(token);

    ScrubbedCapture capture;
    qCDebug(lcScrubTest) << "debug" << text;
    qCInfo(lcScrubTest) << "info" << text;
    qCWarning(lcScrubTest) << "warning" << text;
    qCCritical(lcScrubTest) << "critical" << text;
    qDebug() << "plain debug" << token;
    qInfo("printf-style %s", token.constData());
    qWarning().noquote() << QStringLiteral("embedded:") + text + QStringLiteral(":end");
    qCritical() << "critical" << text;
    QCOMPARE(capture.count(), 8);

    const QByteArray seen = capture.seen();
    QVERIFY2(found(seen, token).isEmpty(), seen.constData());
    QCOMPARE(seen.count("[redacted]"), 8);
    QVERIFY(seen.contains("embedded:[redacted]:end"));
}

void TestLogScrubber::encodedFormsAreScrubbed()
{
    const QByteArray password = "abcd-efgh-ijkl-mnop";
    // Bytes whose base64 and base64url forms differ ("+/" against "-_").
    const QByteArray key = QByteArray::fromHex("fbff3e00112233445566778899aabbccddeeff0102030405060708090a0b0c0d");
    scrubber::registerSecret(password);
    scrubber::registerSecret(key);

    ScrubbedCapture capture;
    for (const QByteArray &secret : {password, key}) {
        for (const QByteArray &form : formsOf(secret))
            qWarning("form: %s.", form.constData());
    }
    const QByteArray seen = capture.seen();
    QVERIFY2(found(seen, password).isEmpty(), seen.constData());
    QVERIFY2(found(seen, key).isEmpty(), seen.constData());
    QVERIFY(seen.contains("form: [redacted]."));
}

void TestLogScrubber::shortValuesAreIgnored()
{
    scrubber::registerSecret(QByteArrayView("1234567"));
    scrubber::registerSecret(QStringView(u"ok"));
    scrubber::registerSecret(QByteArrayView());
    QCOMPARE(scrubber::secretCount(), 0);

    ScrubbedCapture capture;
    qWarning("status 1234567 ok");
    QVERIFY(capture.seen().contains("status 1234567 ok"));

    scrubber::registerSecret(QByteArrayView("12345678"));
    scrubber::registerSecret(QByteArrayView("12345678")); // once is enough
    QCOMPARE(scrubber::secretCount(), 1);
}

void TestLogScrubber::installingTwiceDoesNotLoop()
{
    scrubber::registerSecret(QByteArrayView("refresh-token-value"));
    ScrubbedCapture capture;
    scrubber::install(); // must not chain to itself
    qWarning("token refresh-token-value");
    QCOMPARE(capture.count(), 1);
    QVERIFY(capture.seen().contains("token [redacted]"));
}

void TestLogScrubber::registersFromManyThreads()
{
    ScrubbedCapture capture;
    constexpr int kThreads = 4;
    constexpr int kPerThread = 50;
    QList<QThread *> threads;
    for (int t = 0; t < kThreads; ++t) {
        threads << QThread::create([t] {
            for (int i = 0; i < kPerThread; ++i) {
                const QByteArray secret = "thread-" + QByteArray::number(t) + "-secret-" + QByteArray::number(i);
                scrubber::registerSecret(secret);
                qWarning("logged %s", secret.constData());
            }
        });
    }
    for (QThread *thread : std::as_const(threads))
        thread->start();
    for (QThread *thread : std::as_const(threads)) {
        QVERIFY(thread->wait(30'000));
        delete thread;
    }
    QCOMPARE(scrubber::secretCount(), kThreads * kPerThread);
    QCOMPARE(capture.count(), kThreads * kPerThread);
    const QByteArray seen = capture.seen();
    QVERIFY2(!seen.contains("-secret-"), seen.left(400).constData());
}

QTEST_GUILESS_MAIN(TestLogScrubber)
#include "tst_logscrubber.moc"
