# shellcheck shell=bash
# Shared by tests/peers/*/install.sh, which source it. install_npm_peer
# installs a test peer's pinned npm packages into node_modules/ in the
# current folder with npm ci from package-lock.json.
#
#   install_npm_peer NAME LOAD_CHECK [PREPARE]
#
# NAME names the peer's cache folder. LOAD_CHECK is JavaScript that node runs
# after npm ci, and the install counts only when it succeeds. PREPARE is a
# shell function that runs just before npm ci, for the checks and settings
# that only a fresh install needs.
#
# The install is skipped when node_modules/ has a stamp that matches the
# sha256 of package-lock.json and the Node ABI, because a new Node needs its
# native modules rebuilt. A finished install is kept outside the checkout in
# a cache folder keyed by the stamp, so a fresh clone (as CI makes for every
# run) links it instead of installing again.
#
# Needs: node + npm (Node 20). Network: the npm registry only.

die() {
    echo "install.sh: $*" >&2
    exit 1
}

install_npm_peer() {
    local name=$1 load_check=$2 prepare=${3:-}
    local stamp=node_modules/.fanout-install-stamp

    command -v node >/dev/null || die "node not found: install Node.js 20"
    command -v npm >/dev/null || die "npm not found: install Node.js 20 with its npm"
    local node_major
    node_major="$(node -p 'process.versions.node.split(".")[0]')"
    [ "$node_major" -ge 20 ] || die "Node >= 20 required, found $(node --version)"

    local want
    want="$(sha256sum package-lock.json | cut -d' ' -f1) node-abi=$(node -p process.versions.modules)"
    if [ -d node_modules ] && [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
        echo "install.sh: node_modules up to date"
        return 0
    fi

    local cache_root="${FANOUT_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/fanout}"
    local cached
    cached="$cache_root/$name-$(printf '%s' "$want" | sha256sum | cut -c1-16)/node_modules"
    if [ -f "$cached/.fanout-install-stamp" ] && [ "$(cat "$cached/.fanout-install-stamp")" = "$want" ]; then
        rm -rf node_modules
        ln -s "$cached" node_modules
        echo "install.sh: linked the cached install in $cached"
        return 0
    fi

    if [ -n "$prepare" ]; then
        "$prepare"
    fi

    echo "install.sh: npm ci in $PWD" >&2
    if [ -L node_modules ]; then
        rm node_modules
    fi
    npm ci --no-audit --no-fund

    node -e "$load_check" || die "the installed packages do not load: delete $PWD/node_modules and rerun"
    echo "$want" >"$stamp"

    if mkdir -p "$(dirname "$cached")" 2>/dev/null; then
        rm -rf "$cached"
        mv node_modules "$cached"
        ln -s "$cached" node_modules
        echo "install.sh: cached the install in $cached"
    fi
    echo "install.sh: done"
}
