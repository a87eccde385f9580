// Entry point: command words run the command-line interface, anything else
// opens the window.
#include <QtGlobal>

#include "app/cli/cli.h"
#include "app/core/coredumps.h"
#include "app/core/logscrubber.h"
#include "ui/gui.h"

int main(int argc, char *argv[])
{
    // Before anything can log: every message is scrubbed of registered secrets.
    fanout::logscrubber::install();
    // Before any key or token is in memory.
    if (!fanout::disableCoreDumps())
        qWarning("could not disable core dumps; a crash may write secrets to a core file");
    if (fanout::cli::wantsCommandLine(argc, argv))
        return fanout::cli::run(argc, argv);
    return fanout::ui::run(argc, argv);
}
