// Entry point: command words run the command-line interface, anything else
// opens the window.
#include "app/cli/cli.h"
#include "app/core/logscrubber.h"
#include "ui/gui.h"

int main(int argc, char *argv[])
{
    // Before anything can log: every message is scrubbed of registered secrets.
    fanout::logscrubber::install();
    if (fanout::cli::wantsCommandLine(argc, argv))
        return fanout::cli::run(argc, argv);
    return fanout::ui::run(argc, argv);
}
