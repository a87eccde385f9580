#include "tests/support/fanoutprocess.h"

#include <QFile>
#include <QProcess>
#include <QTest>

namespace fanout::test {

ProcessResult runFanout(const QStringList &arguments, const QByteArray &input,
                        const QProcessEnvironment &environment, int timeoutMs)
{
    ProcessResult result;
    const QString executable = qEnvironmentVariable("FANOUT_EXECUTABLE");
    if (executable.isEmpty()) {
        qWarning("FANOUT_EXECUTABLE is not set; run the test through CTest");
        return result;
    }
    QProcess process;
    // The command line hides its diagnostic log by default; tests read all of
    // it, so a secret in any message is found.
    QProcessEnvironment withLog = environment;
    if (!withLog.contains(QStringLiteral("QT_LOGGING_RULES")))
        withLog.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("fanout.*=true"));
    process.setProcessEnvironment(withLog);
    process.start(executable, arguments);
    if (!process.waitForStarted(timeoutMs))
        return result;
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.standardOutput = process.readAllStandardOutput();
    result.standardError = process.readAllStandardError();

    const QString logPath = qEnvironmentVariable("FANOUT_TEST_LOG");
    if (!logPath.isEmpty()) {
        QFile log(logPath);
        if (log.open(QIODevice::Append)) {
            log.write(result.standardOutput);
            log.write(result.standardError);
        }
    }
    return result;
}

} // namespace fanout::test
