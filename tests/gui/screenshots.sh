#!/usr/bin/env bash
# Takes docs/screenshots/*.png from sample data under Xvfb:
#   tests/gui/screenshots.sh [BUILD_DIR]   (default build/dev)
# Needs xvfb-run (Debian: xvfb). The X server listens on a local socket only.
set -euo pipefail
source_dir=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$source_dir/build/dev}
cmake --build "$build" --target fanout_screenshots
export QT_QPA_PLATFORM=xcb
xvfb-run --auto-servernum --server-args="-screen 0 1600x1000x24 -nolisten tcp" \
    "$build/tests/fanout_screenshots" "$source_dir/docs/screenshots"
