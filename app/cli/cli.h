#pragma once

namespace fanout::cli {

// Whether the arguments hold a command word (accounts, connect, events,
// vault) or --help / --version, so the window is not wanted.
[[nodiscard]] bool wantsCommandLine(int argc, char *argv[]);

// Creates a QCoreApplication, runs one command and returns the exit code.
int run(int argc, char *argv[]);

} // namespace fanout::cli
