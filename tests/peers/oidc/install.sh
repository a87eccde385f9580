#!/usr/bin/env bash
# Install the local OAuth test peer's npm packages (oidc-provider and
# playwright-core) into node_modules/ beside this script, with npm ci from
# package-lock.json. It works from any directory.
#
# It skips the install when node_modules/ holds a stamp that matches the
# sha256 of package-lock.json and the Node ABI. A finished install is kept
# in the cache folder too (as for tests/peers/pds), so a fresh clone links it.
#
# Needs: node + npm (Node 20). Chromium itself comes from Debian (package
# chromium, see packaging/install-deps.sh --tests); playwright-core downloads
# no browser. Network: the npm registry only.
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

cache_root="${FANOUT_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/fanout}"
cached="$cache_root/oidc-$(printf '%s' "$want" | sha256sum | cut -c1-16)/node_modules"
if [ -f "$cached/.fanout-install-stamp" ] && [ "$(cat "$cached/.fanout-install-stamp")" = "$want" ]; then
    rm -rf node_modules
    ln -s "$cached" node_modules
    echo "install.sh: linked the cached install in $cached"
    exit 0
fi

# playwright-core never downloads a browser; this keeps any install hook quiet.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

echo "install.sh: npm ci in $here" >&2
[ -L node_modules ] && rm node_modules
npm ci --no-audit --no-fund

node -e "import('oidc-provider').then(() => import('playwright-core'))" \
    || die "the installed packages do not load: delete $here/node_modules and rerun"

echo "$want" > "$stamp"

if mkdir -p "$(dirname "$cached")" 2>/dev/null; then
    rm -rf "$cached"
    mv node_modules "$cached"
    ln -s "$cached" node_modules
    echo "install.sh: cached the install in $cached"
fi
echo "install.sh: done"
