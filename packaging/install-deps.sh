#!/usr/bin/env bash
# Installs every Debian 12 package that building, running and testing Fanout
# needs. Safe to re-run: apt-get skips what is already installed.
#
#   packaging/install-deps.sh            build + run
#   packaging/install-deps.sh --tests    also the test peers' toolchain
set -euo pipefail

with_tests=0
for arg in "$@"; do
    case "$arg" in
        --tests) with_tests=1 ;;
        -h|--help) sed -n '2,7p' "$0"; exit 0 ;;
        *) echo "install-deps.sh: unknown option '$arg'" >&2; exit 2 ;;
    esac
done

build_and_run=(
    cmake ninja-build g++ pkg-config ccache
    qt6-base-dev qt6-base-dev-tools qt6-networkauth-dev qt6-svg-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qtkeychain-qt6-dev libssl-dev libgl-dev
    libqt6sql6-sqlite libqt6svg6 qt6-qpa-plugins qt6-image-formats-plugins
    qt6-translations-l10n
    gnome-keyring libsecret-tools dbus dbus-x11
    fonts-dejavu-core
)

tests=(
    xvfb xauth x11-apps imagemagick
    python3 make
    chromium
    sqlite3 psmisc procps
    rpm rpmlint lintian desktop-file-utils appstream dpkg-dev
    clang-16 libclang-rt-16-dev
)

packages=("${build_and_run[@]}")
if [ "$with_tests" = 1 ]; then
    packages+=("${tests[@]}")
    # Node.js 20 may come from another apt source whose nodejs bundles npm;
    # Debian's separate npm package conflicts with it, so ask only for what is missing.
    command -v node >/dev/null || packages+=(nodejs)
    command -v npm >/dev/null || packages+=(npm)
fi

sudo_cmd=()
if [ "$(id -u)" != 0 ]; then
    sudo_cmd=(sudo)
fi

missing=()
for pkg in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$pkg")
    fi
done

if [ "${#missing[@]}" = 0 ]; then
    echo "install-deps.sh: all ${#packages[@]} packages already installed"
    exit 0
fi

echo "install-deps.sh: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -q
"${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
