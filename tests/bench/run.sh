#!/usr/bin/env bash
# Runs every benchmark from a build folder: tests/bench/run.sh BUILD_DIR
set -euo pipefail
build=${1:?usage: tests/bench/run.sh BUILD_DIR}
echo "== bench_vault"
"$build/tests/bench/bench_vault"
echo "== bench_window"
# Offscreen unless the caller chose a platform (for example xcb under Xvfb).
QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} "$build/tests/bench/bench_window"
# The scheduler refreshes through the vault, whose key lives in the keychain.
echo "== bench_scheduler"
"$(dirname "$0")/../support/run-in-session.sh" "$build/tests/bench/bench_scheduler"
