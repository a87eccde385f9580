#pragma once

namespace fanout {

// Keeps the vault key and decrypted tokens in this process's memory out of
// core files and away from other processes of the same user. On Linux it
// sets the core file size limit (soft and hard) to 0 and marks the process
// non-dumpable, which also makes ptrace attach and /proc/PID/mem reads need
// CAP_SYS_PTRACE. Programs Fanout starts inherit the zero limit.
//
// FANOUT_ALLOW_CORE_DUMPS=1 skips both, to debug a crash or attach gdb.
// Returns false when a call failed; elsewhere than Linux it does nothing and
// returns true.
[[nodiscard]] bool disableCoreDumps();

} // namespace fanout
