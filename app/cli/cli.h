#pragma once

namespace fanout::cli {

// Whether the arguments hold a word (a command such as `accounts list`, or a
// mistyped one) or --help / --version, so the window is not wanted.
[[nodiscard]] bool wantsCommandLine(int argc, char *argv[]);

// Creates a QCoreApplication, runs one command and returns the exit code.
int run(int argc, char *argv[]);

} // namespace fanout::cli
