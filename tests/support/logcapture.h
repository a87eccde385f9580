#pragma once

#include <QByteArray>
#include <QList>
#include <QtGlobal>

namespace fanout::test {

// Records every Qt log message of the process (any category, any level)
// while it exists, and still passes each one to the previous handler, so a
// test can check that no secret ever reached a log line.
class LogCapture final
{
public:
    LogCapture();
    ~LogCapture();
    LogCapture(const LogCapture &) = delete;
    LogCapture &operator=(const LogCapture &) = delete;

    [[nodiscard]] QByteArray text() const;
    // The needles (and their base64 and hex forms) found in the captured text.
    [[nodiscard]] QList<QByteArray> leaked(const QList<QByteArray> &needles) const;
};

} // namespace fanout::test
