#include "tests/support/logcapture.h"

#include <QMutex>

namespace fanout::test {

namespace {
QMutex captureMutex;
QByteArray captured;
QtMessageHandler previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker locker(&captureMutex);
        captured += QByteArray(context.category ? context.category : "default") + ": " + message.toUtf8() + '\n';
    }
    if (previousHandler)
        previousHandler(type, context, message);
}
} // namespace

LogCapture::LogCapture()
{
    QMutexLocker locker(&captureMutex);
    captured.clear();
    previousHandler = qInstallMessageHandler(captureMessage);
}

LogCapture::~LogCapture()
{
    qInstallMessageHandler(previousHandler);
}

QByteArray LogCapture::text() const
{
    QMutexLocker locker(&captureMutex);
    return captured;
}

QList<QByteArray> LogCapture::leaked(const QList<QByteArray> &needles) const
{
    const QByteArray content = text();
    QList<QByteArray> found;
    for (const QByteArray &needle : needles) {
        if (needle.isEmpty())
            continue;
        for (const QByteArray &form : {needle, needle.toBase64(), needle.toHex()}) {
            if (content.contains(form)) {
                found << needle;
                break;
            }
        }
    }
    return found;
}

} // namespace fanout::test
