#!/usr/bin/env bash
# Install the local OAuth test peer's npm packages (oidc-provider and
# playwright-core) into node_modules/ beside this script (npm ci from
# package-lock.json, cached as tests/peers/npm-install.sh describes). It works
# from any directory.
#
# Needs: node + npm (Node 20). Chromium itself comes from Debian (package
# chromium, see packaging/install-deps.sh --tests); playwright-core downloads
# no browser. Network: the npm registry only.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here"
# shellcheck source=../npm-install.sh
source ../npm-install.sh

skip_browser_download() {
    # playwright-core never downloads a browser; this keeps any install hook quiet.
    export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
}

install_npm_peer oidc "import('oidc-provider').then(() => import('playwright-core'))" skip_browser_download
