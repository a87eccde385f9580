#!/usr/bin/env bash
# One entry point for working on Fanout from a fresh Debian 12 machine.
#
#   ./dev.sh run     install what the app needs, build it, open the window
#   ./dev.sh test    install what the tests need too, build, run every test
#   ./dev.sh test-asan  the same on the asan build (ASan + UBSan)
#   ./dev.sh fuzz [SECONDS]  build the libFuzzer targets, fuzz each for SECONDS (15)
#   ./dev.sh pds     start a local Bluesky server with a demo account
#   ./dev.sh bench   build in release mode and run the benchmarks
#
# Extra arguments after `run` go to the app, after `test` and `test-asan` to ctest.
set -euo pipefail

cd "$(dirname "$0")"
command=${1:-}
shift || true
# `./dev.sh run -- --data-dir DIR` and `./dev.sh run --data-dir DIR` mean the same.
if [ "${1:-}" = "--" ]; then
    shift
fi

# build PRESET [TARGET]: configures and builds everything, or only TARGET.
build() {
    local preset=$1
    cmake --preset "$preset" >/dev/null
    cmake --build --preset "$preset" ${2:+--target "$2"}
}

case "$command" in
    run)
        packaging/install-deps.sh
        # The window alone: the test programs are built by `./dev.sh test`.
        build dev fanout
        exec build/dev/fanout "$@"
        ;;
    test)
        packaging/install-deps.sh --tests
        tests/peers/pds/install.sh
        tests/peers/oidc/install.sh
        build dev
        exec ctest --preset dev "$@"
        ;;
    test-asan)
        packaging/install-deps.sh --tests
        tests/peers/pds/install.sh
        tests/peers/oidc/install.sh
        build asan
        exec ctest --preset asan "$@"
        ;;
    fuzz)
        # Every target with a seed corpus in tests/fuzz/corpus/ runs, one
        # after the other, so a new target needs no change here.
        seconds=${1:-15}
        packaging/install-deps.sh --tests
        cmake --preset fuzz >/dev/null
        cmake --build --preset fuzz --target fuzz_all
        exec tests/fuzz/run.sh build/fuzz "$seconds"
        ;;
    pds)
        # Only the server's JSON line goes to standard output, so it can be piped to jq.
        packaging/install-deps.sh --tests >&2
        tests/peers/pds/install.sh >&2
        exec node tests/peers/pds/start.mjs --seed
        ;;
    bench)
        packaging/install-deps.sh --tests
        cmake --preset release -DBUILD_TESTING=ON >/dev/null
        cmake --build --preset release
        exec tests/bench/run.sh build/release "$@"
        ;;
    *)
        sed -n '2,12p' "$0"
        exit 2
        ;;
esac
