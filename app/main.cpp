// Entry point: command words run the command-line interface, anything else
// opens the window.
#include "app/cli/cli.h"
#include "ui/gui.h"

int main(int argc, char *argv[])
{
    if (fanout::cli::wantsCommandLine(argc, argv))
        return fanout::cli::run(argc, argv);
    return fanout::ui::run(argc, argv);
}
