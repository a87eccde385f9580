#!/usr/bin/env bash
# Runs a command inside a private D-Bus session bus with its own unlocked
# gnome-keyring, so tests use a real Secret Service and never the desktop
# keyring of the person running them. HOME and the XDG folders point into a
# scratch folder that is removed afterwards.
#
#   run-in-session.sh COMMAND [ARGS...]
set -euo pipefail

if [ -z "${FANOUT_TEST_SESSION:-}" ]; then
    export FANOUT_TEST_SESSION=1
    exec dbus-run-session -- "$0" "$@"
fi

scratch=$(mktemp -d "${TMPDIR:-/tmp}/fanout-session.XXXXXX")
keyring_pid=
cleanup() {
    if [ -n "$keyring_pid" ]; then
        kill "$keyring_pid" 2>/dev/null || true
    fi
    rm -rf "$scratch"
}
trap cleanup EXIT

export HOME="$scratch/home"
export XDG_DATA_HOME="$scratch/data"
export XDG_CONFIG_HOME="$scratch/config"
export XDG_CACHE_HOME="$scratch/cache"
export XDG_RUNTIME_DIR="$scratch/runtime"
mkdir -p "$HOME" "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"

# --unlock reads the login keyring's password from stdin and creates that
# keyring on first use; the password only guards this throw-away keyring.
eval "$(printf '%s' "fanout-test-keyring" | gnome-keyring-daemon --daemonize --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL
keyring_pid=${GNOME_KEYRING_PID:-}

# The daemon does not take org.freedesktop.secrets on the bus itself: the
# first call to that name makes D-Bus start "gnome-keyring-daemon --start"
# from its service file, which hands the name to the daemon it finds through
# GNOME_KEYRING_CONTROL. D-Bus starts it with the bus's own environment, so
# without this line it finds no daemon, starts a second one in the real HOME
# and serves that one's keyring instead of this unlocked scratch one.
dbus-update-activation-environment HOME XDG_DATA_HOME XDG_CONFIG_HOME XDG_CACHE_HOME XDG_RUNTIME_DIR \
    GNOME_KEYRING_CONTROL

# The daemon answers before it has finished creating the login collection;
# a test that writes in that moment fails with "Object does not exist". So
# wait until the Secret Service lists the collection (at most 10 s).
collections() {
    dbus-send --session --print-reply --dest=org.freedesktop.secrets /org/freedesktop/secrets \
        org.freedesktop.DBus.Properties.Get string:org.freedesktop.Secret.Service string:Collections 2>/dev/null
}
for _ in $(seq 100); do
    if collections | grep -q '/org/freedesktop/secrets/collection/login'; then
        break
    fi
    sleep 0.1
done
if ! collections | grep -q '/org/freedesktop/secrets/collection/login'; then
    echo "run-in-session.sh: the test keyring's login collection did not appear within 10 s" >&2
    exit 1
fi

"$@"
