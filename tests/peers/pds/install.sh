#!/usr/bin/env bash
# Install the local PDS test peer's npm packages into node_modules/ beside
# this script (npm ci from package-lock.json, cached as tests/peers/npm-install.sh
# describes). It works from any directory.
#
# better-sqlite3 is a native module, built here from source against
# /usr/include/node. Needs: node + npm (Node 20), g++, make, python3, Node
# headers in /usr/include/node (Debian: nodejs from NodeSource or
# libnode-dev). Network: the npm registry only.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here"
# shellcheck source=../npm-install.sh
source ../npm-install.sh

prepare_native_build() {
    local tool
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
}

install_npm_peer pds "new (require('better-sqlite3'))(':memory:').close()" prepare_native_build
