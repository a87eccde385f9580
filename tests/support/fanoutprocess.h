#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QStringList>

namespace fanout::test {

struct ProcessResult {
    int exitCode = -1;
    QByteArray standardOutput;
    QByteArray standardError;

    [[nodiscard]] QJsonDocument json() const { return QJsonDocument::fromJson(standardOutput); }
};

// Runs the built fanout executable (FANOUT_EXECUTABLE) with arguments and
// the given standard input, and waits for it. Output of every run is also
// appended to FANOUT_TEST_LOG when set, so tests can search it for secrets.
[[nodiscard]] ProcessResult runFanout(const QStringList &arguments, const QByteArray &input = {},
                                      const QProcessEnvironment &environment =
                                          QProcessEnvironment::systemEnvironment(),
                                      int timeoutMs = 60000);

} // namespace fanout::test
