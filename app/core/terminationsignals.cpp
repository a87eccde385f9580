#include "app/core/terminationsignals.h"

#include <QtGlobal>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>

#include <fcntl.h>
#include <unistd.h>

#include <QCoreApplication>
#include <QSocketNotifier>

#include "app/core/logging.h"
#endif

namespace fanout {

#ifdef Q_OS_UNIX

namespace {

// A signal handler may only call async-signal-safe functions, so it writes
// the signal number into a pipe and the event loop does the rest.
int g_signalPipe[2] = {-1, -1};

extern "C" void writeSignalNumber(int signalNumber)
{
    const int savedErrno = errno;
    const auto byte = static_cast<unsigned char>(signalNumber);
    // The write end is non-blocking, because a full pipe already holds a pending quit.
    [[maybe_unused]] const ssize_t written = ::write(g_signalPipe[1], &byte, 1);
    errno = savedErrno;
}

} // namespace

void quitOnTerminationSignals()
{
    if (g_signalPipe[0] != -1)
        return;
    if (::pipe2(g_signalPipe, O_CLOEXEC | O_NONBLOCK) != 0) {
        qCWarning(lcUi) << "cannot create the signal pipe, errno" << errno << "; SIGTERM ends Fanout abruptly";
        return;
    }

    // Parented to the application, so it is deleted with it.
    auto *notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, QCoreApplication::instance());
    QObject::connect(notifier, &QSocketNotifier::activated, notifier, [] {
        unsigned char signalNumber = 0;
        while (::read(g_signalPipe[0], &signalNumber, 1) == 1)
            qCInfo(lcUi) << "signal" << signalNumber << "received, quitting";
        // exit() rather than quit(): quit() does nothing while only a nested
        // loop runs, such as a message box shown before the main loop starts.
        QCoreApplication::exit(0);
    });

    struct sigaction action = {};
    action.sa_handler = writeSignalNumber;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (const int signalNumber : {SIGTERM, SIGINT}) {
        if (::sigaction(signalNumber, &action, nullptr) != 0)
            qCWarning(lcUi) << "cannot handle signal" << signalNumber << ", errno" << errno;
    }
}

#else

void quitOnTerminationSignals() {}

#endif

} // namespace fanout
