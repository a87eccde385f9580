#!/usr/bin/env bash
# Install the local PDS test peer's npm packages into node_modules/ beside
# this script (npm ci from package-lock.json). It works from any directory.
#
# It skips the install when node_modules/ contains a stamp that matches the
# sha256 of package-lock.json and the Node ABI: better-sqlite3 is a native
# module, built here from source against /usr/include/node, so a new Node
# needs a rebuild too.
#
# Needs: node + npm (Node 20), g++, make, python3, Node headers in
# /usr/include/node (Debian: nodejs from NodeSource or libnode-dev).
# Network: the npm registry only.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here"

stamp="node_modules/.fanout-install-stamp"

die() { echo "install.sh: $*" >&2; exit 1; }

command -v node >/dev/null || die "node not found: install Node.js 20"
command -v npm >/dev/null || die "npm not found: install Node.js 20 with its npm"
node_major="$(node -p 'process.versions.node.split(".")[0]')"
[ "$node_major" -ge 20 ] || die "Node >= 20 required, found $(node --version)"

want="$(sha256sum package-lock.json | cut -d' ' -f1) node-abi=$(node -p process.versions.modules)"

if [ -d node_modules ] && [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
    echo "install.sh: node_modules up to date"
    exit 0
fi

# A finished install is kept outside the checkout, keyed by the stamp, so a
# fresh clone (as CI makes for every run) links it instead of compiling again.
cache_root="${FANOUT_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/fanout}"
cached="$cache_root/pds-$(printf '%s' "$want" | sha256sum | cut -c1-16)/node_modules"
if [ -f "$cached/.fanout-install-stamp" ] && [ "$(cat "$cached/.fanout-install-stamp")" = "$want" ]; then
    rm -rf node_modules
    ln -s "$cached" node_modules
    echo "install.sh: linked the cached install in $cached"
    exit 0
fi

for tool in g++ make python3; do
    command -v "$tool" >/dev/null || die "$tool not found: it is required to build better-sqlite3 (apt-get install g++ make python3)"
done
[ -f /usr/include/node/node_api.h ] || die "Node headers missing in /usr/include/node: install the nodejs package that ships them (NodeSource nodejs, or Debian libnode-dev)"

# nodedir=/usr: node-gyp uses the local headers instead of downloading them.
# build_from_source: better-sqlite3's prebuild-install skips its download of a
# prebuilt binary from outside the npm registry.
export npm_config_nodedir=/usr
export npm_config_build_from_source=true
export JOBS="${JOBS:-max}"

echo "install.sh: npm ci in $here" >&2
[ -L node_modules ] && rm node_modules
npm ci --no-audit --no-fund

# Check that the native module loads before writing the stamp.
node -e "new (require('better-sqlite3'))(':memory:').close()" \
    || die "better-sqlite3 failed to load: delete $here/node_modules and rerun"

echo "$want" > "$stamp"

if mkdir -p "$(dirname "$cached")" 2>/dev/null; then
    rm -rf "$cached"
    mv node_modules "$cached"
    ln -s "$cached" node_modules
    echo "install.sh: cached the install in $cached"
fi
echo "install.sh: done"
