#!/usr/bin/env bash
# Builds the DEB, RPM and TGZ with CPack from a built tree into a temporary
# folder and checks them with lintian, rpmlint, desktop-file-validate,
# appstreamcli and rpm, along with their dependencies, file lists and icons.
# Then it installs the DEB on this machine with apt-get and runs `fanout`
# from PATH: --version, the window offscreen until SIGTERM closes it, and
# `accounts list`. Last it purges the package and checks that no file is left
# behind outside the user data, which lives in temporary folders.
#
#   test_packages.sh BUILD_DIR SOURCE_DIR VERSION
#
# Needs root, or sudo without a password, for apt-get. Without either it
# fails. It purges a fanout package that is already installed, for example
# by an earlier run that was killed. Runs on one machine take turns through
# a lock file, because they install the same package.
#
# Exits 77 (skipped) when a packaging tool is missing, except under CI=true,
# where a missing tool fails the test.
set -euo pipefail

build_dir=$1
source_dir=$2
version=$3
app_id=org.fanout.Fanout

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

step() {
    echo
    echo "== $*"
}

missing=()
for tool in cpack dpkg-deb dpkg-shlibdeps lintian rpmbuild rpm rpmlint desktop-file-validate appstreamcli \
            apt-get flock; do
    command -v "$tool" >/dev/null || missing+=("$tool")
done
if [ "${#missing[@]}" != 0 ]; then
    echo "test_packages.sh: missing ${missing[*]}; run packaging/install-deps.sh --tests" >&2
    if [ "${CI:-}" = true ]; then
        exit 1
    fi
    echo "SKIPPED: the packaging test needs these tools" >&2
    exit 77
fi

as_root=()
if [ "$(id -u)" != 0 ]; then
    if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
        as_root=(sudo -n)
    else
        fail "installing the DEB needs root: run the test as root or allow sudo without a password"
    fi
fi

apt_get() {
    # Waits for another apt or dpkg run instead of failing on its lock.
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive \
        apt-get -q -y -o DPkg::Lock::Timeout=300 "$@"
}

# "ii " when installed, "rc " when only its configuration files remain,
# empty when dpkg has no record of the package.
package_status() {
    dpkg-query -W -f='${db:Status-Abbrev}' fanout 2>/dev/null || true
}

work=$(mktemp -d "${TMPDIR:-/tmp}/fanout-packages.XXXXXX")
# apt-get reads the DEB as the unprivileged _apt user.
chmod 755 "$work"
installed_here=0
cleanup() {
    # A failed run purges what it installed, so the next run starts clean.
    if [ "$installed_here" = 1 ] && [ -n "$(package_status)" ]; then
        echo "cleanup: purging the fanout package this run installed" >&2
        apt_get purge fanout >"$work/cleanup.log" 2>&1 || cat "$work/cleanup.log" >&2
    fi
    rm -rf "$work"
}
trap cleanup EXIT

step "cpack -G DEB;RPM;TGZ"
if ! cpack --config "$build_dir/CPackConfig.cmake" -G "DEB;RPM;TGZ" -B "$work/out" >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log"
    fail "cpack failed"
fi
deb=$(echo "$work"/out/fanout_"$version"_*.deb)
rpm=$(echo "$work"/out/fanout-"$version"-*.rpm)
tgz=$(echo "$work"/out/fanout-"$version"-*.tar.gz)
for package in "$deb" "$rpm" "$tgz"; do
    [ -f "$package" ] || fail "cpack did not produce $package"
    echo "$(basename "$package")"
done

# Info-level tags are printed but pass. Expected ones for the dev build:
# hardening-no-fortify-functions (built with -O0, so no _FORTIFY_SOURCE),
# hardening-no-bindnow, and binary-has-unneeded-section (CPack strips with
# plain `strip`, which keeps .comment).
step "lintian"
lintian_status=0
lintian --display-info --fail-on error,warning "$deb" >"$work/lintian.log" 2>&1 || lintian_status=$?
grep -v "running with root privileges" "$work/lintian.log" || true
[ "$lintian_status" = 0 ] || fail "lintian reported errors or warnings (exit code $lintian_status)"

step "DEB control fields"
depends=$(dpkg-deb -f "$deb" Depends)
recommends=$(dpkg-deb -f "$deb" Recommends)
echo "Depends: $depends"
echo "Recommends: $recommends"
# Added by dpkg-shlibdeps from the ELF file, then the plugins and the
# dlopen()ed libsecret that packaging/linux/cpack.cmake lists.
for package in libqt6core6 libqt6gui6 libqt6widgets6 libqt6network6 libqt6sql6 libqt6keychain1 libssl3 \
               libqt6sql6-sqlite libqt6svg6 libsecret-1-0; do
    [[ ",$depends," =~ [,\ ]$package[\ ,] ]] || fail "Depends lacks $package"
done
[[ "$recommends" == *"gnome-keyring | kwalletmanager"* ]] || fail "Recommends lacks a keychain provider"
[[ "$recommends" == *"fonts-noto-color-emoji"* ]] || fail "Recommends lacks an emoji font"

# With no maintainer scripts, unpacking the archive is what dpkg -i does
# apart from the icon-cache and desktop-database triggers.
control_members=$(dpkg-deb --ctrl-tarfile "$deb" | tar -t | sort | tr '\n' ' ')
[ "$control_members" = "./control ./md5sums " ] || fail "unexpected control members: $control_members"

step "file list"
expected="$work/expected.txt"
{
    echo /usr/bin/fanout
    echo "/usr/share/applications/$app_id.desktop"
    echo "/usr/share/metainfo/$app_id.metainfo.xml"
    echo /usr/share/doc/fanout/changelog.gz
    echo /usr/share/doc/fanout/copyright
    echo /usr/share/man/man1/fanout.1.gz
    for size in 16 22 24 32 48 64 128 256 512; do
        echo "/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
    done
    echo "/usr/share/icons/hicolor/scalable/apps/$app_id.svg"
} | sort >"$expected"
dpkg-deb --fsys-tarfile "$deb" | tar -t | grep -v '/$' | sed 's|^\.||' | sort >"$work/deb-files.txt"
diff -u "$expected" "$work/deb-files.txt" || fail "the DEB's files differ from the expected list"
# Translations are compiled into the executable, so no .qm file ships.
echo "DEB holds the $(wc -l <"$expected") expected files"

root="$work/root"
dpkg-deb -x "$deb" "$root"

step "desktop-file-validate"
desktop="$root/usr/share/applications/$app_id.desktop"
# Prints one hint that passes: Categories=Network;Office; names two main
# categories on purpose, so menus may list Fanout under both.
desktop-file-validate "$desktop" || fail "desktop-file-validate failed"
grep -qx "Icon=$app_id" "$desktop" || fail "the desktop entry's Icon is not $app_id"
grep -qx "Exec=fanout" "$desktop" || fail "the desktop entry's Exec is not fanout"
grep -qx "Categories=Network;Office;" "$desktop" || fail "the desktop entry's Categories are not Network;Office;"

step "appstreamcli validate --no-net"
metainfo="$root/usr/share/metainfo/$app_id.metainfo.xml"
appstreamcli validate --no-net "$metainfo" || fail "appstreamcli validate failed"
grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$metainfo" \
    || fail "the metainfo's launchable is not $app_id.desktop"
newest_release=$(grep -o '<release version="[^"]*"' "$metainfo" | head -n 1 | cut -d'"' -f2)
[ "$newest_release" = "$version" ] || fail "the metainfo's newest release is $newest_release, expected $version"
changelog_version=$(zcat "$root/usr/share/doc/fanout/changelog.gz" | head -n 1 | sed -n 's/^fanout (\([^)]*\)).*/\1/p')
[ "$changelog_version" = "$version" ] || fail "changelog.gz starts at $changelog_version, expected $version"

step "icon sizes"
for size in 16 22 24 32 48 64 128 256 512; do
    png="$root/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
    # A PNG's IHDR chunk stores width and height as big-endian 32-bit
    # integers at bytes 16 to 23.
    read -r width height < <(od -An -tu1 -j16 -N8 "$png" \
        | awk '{ print $1*16777216 + $2*65536 + $3*256 + $4, $5*16777216 + $6*65536 + $7*256 + $8 }')
    [ "$width" = "$size" ] && [ "$height" = "$size" ] || fail "$png is ${width}x${height}, expected ${size}x${size}"
done
echo "9 PNGs of the right sizes"

step "RPM requirements and files"
requires=$(rpm -qp --requires "$rpm")
for requirement in 'qt6-qtbase >= 6.4' 'qt6-qtbase-gui >= 6.4' 'qt6-qtsvg >= 6.4' libsecret \
                   'libqt6keychain.so.1()(64bit)' 'libcrypto.so.3()(64bit)' 'libQt6Widgets.so.6()(64bit)'; do
    grep -qxF "$requirement" <<<"$requires" || fail "the RPM does not require $requirement"
done
rpm -qp --recommends "$rpm" | grep -q gnome-keyring || fail "the RPM does not recommend gnome-keyring"
rpm -qp --recommends "$rpm" | grep -q google-noto-emoji-color-fonts || fail "the RPM does not recommend an emoji font"
rpm -qp --qf '[%{FILEMODES:perms} %{FILENAMES}\n]' "$rpm" >"$work/rpm-entries.txt"
grep -v '^d' "$work/rpm-entries.txt" | awk '{ print $2 }' | grep -v '^/usr/lib/\.build-id/' | sort >"$work/rpm-files.txt"
diff -u "$expected" "$work/rpm-files.txt" || fail "the RPM's files differ from the expected list"
# Only its own directories: the others belong to filesystem and
# hicolor-icon-theme. rpmbuild's /usr/lib/.build-id links are shared by design.
owned_dirs=$(grep '^d' "$work/rpm-entries.txt" | awk '{ print $2 }' | grep -v '^/usr/lib/\.build-id' || true)
[ "$owned_dirs" = /usr/share/doc/fanout ] || fail "the RPM owns directories it should not: $owned_dirs"
echo "RPM requires the plugins' packages and holds the same files as the DEB"

step "rpmlint"
# packaging/linux/rpmlint.toml filters the expected findings and explains each.
rpmlint --config "$source_dir/packaging/linux/rpmlint.toml" "$rpm" >"$work/rpmlint.log" 2>&1 \
    || { cat "$work/rpmlint.log"; fail "rpmlint reported errors"; }
cat "$work/rpmlint.log"
grep -q ' 0 errors, 0 warnings' "$work/rpmlint.log" || fail "rpmlint reported warnings"

step "TGZ"
tar -tzf "$tgz" | grep -q '^fanout-[^/]*/bin/fanout$' || fail "the TGZ has no bin/fanout"
echo "TGZ holds bin/fanout"

# --- install, run and purge on this machine ----------------------------------

lock_dir=/run/lock
[ -d "$lock_dir" ] || lock_dir=/tmp
lock_file="$lock_dir/fanout-test-packages.lock"
[ -e "$lock_file" ] || : >"$lock_file"
exec {lock_fd}<"$lock_file"
step "waiting for $lock_file"
flock -w 300 "$lock_fd" || fail "another packaging test held $lock_file for 5 minutes"

if [ -n "$(package_status)" ]; then
    step "purging the fanout package left by an earlier run ($(package_status))"
    apt_get purge fanout >"$work/apt-purge-old.log" 2>&1 \
        || { cat "$work/apt-purge-old.log"; fail "cannot purge the fanout package that was already installed"; }
fi

# Every path under these folders before the install is compared with the
# same list after the purge. Python writes __pycache__ folders under /usr
# whenever a root process first imports a module, so they are left out.
snapshot_roots=(/usr /etc /opt /var/lib/dpkg/info)
take_snapshot() {
    local root
    for root in "${snapshot_roots[@]}"; do
        [ -e "$root" ] || continue
        "${as_root[@]}" find "$root" -xdev
    done | grep -v '/__pycache__\(/\|$\)' | LC_ALL=C sort
}
installed_packages() {
    dpkg-query -W -f='${db:Status-Abbrev} ${binary:Package}\n' | awk '$1 == "ii" { print $2 }' | LC_ALL=C sort
}

step "snapshot of ${snapshot_roots[*]}"
take_snapshot >"$work/before.txt"
installed_packages >"$work/packages-before.txt"
echo "$(wc -l <"$work/before.txt") paths, $(wc -l <"$work/packages-before.txt") installed packages"

step "apt-get install $(basename "$deb")"
# Without recommends: the test checks what the DEB itself installs, and the
# recommended keychain and Wayland packages may need a download.
installed_here=1
apt_get install --no-install-recommends "$deb" >"$work/apt-install.log" 2>&1 \
    || { cat "$work/apt-install.log"; fail "apt-get install failed"; }
grep -E '^(Setting up|Unpacking|Processing triggers)' "$work/apt-install.log" || true
[ "$(package_status)" = "ii " ] || fail "after apt-get install, dpkg reports fanout as '$(package_status)'"
installed_packages >"$work/packages-installed.txt"
mapfile -t pulled_in < <(LC_ALL=C comm -13 "$work/packages-before.txt" "$work/packages-installed.txt" \
                         | grep -vx 'fanout\(:[a-z0-9]*\)\?' || true)
if [ "${#pulled_in[@]}" != 0 ]; then
    echo "apt-get also installed these dependencies: ${pulled_in[*]}"
fi

# dpkg does not unpack a file that a path-exclude option names unless a later
# path-include brings it back, as Debian's slim container images do for
# /usr/share/doc and the manual pages. The last matching option wins.
dpkg_filters=()
while read -r option pattern; do
    dpkg_filters+=("$option" "$pattern")
done < <(cat /etc/dpkg/dpkg.cfg /etc/dpkg/dpkg.cfg.d/* 2>/dev/null \
         | sed -n 's/^[[:space:]]*\(path-exclude\|path-include\)[[:space:]=]*\(.*\)$/\1 \2/p')
dpkg_unpacks() {
    local unpacked=0 index
    for ((index = 0; index < ${#dpkg_filters[@]}; index += 2)); do
        # dpkg matches with fnmatch() and no flags, so * also matches /, as in [[ ]].
        # shellcheck disable=SC2053
        if [[ "$1" == ${dpkg_filters[index + 1]} ]]; then
            [ "${dpkg_filters[index]}" = path-include ] && unpacked=0 || unpacked=1
        fi
    done
    return "$unpacked"
}

step "dpkg -L fanout"
dpkg-query -L fanout | LC_ALL=C sort >"$work/dpkg-list.txt"
# dpkg also lists the folders the files are in; the files must be exactly
# the DEB's, and each that dpkg unpacks must be on disk.
while IFS= read -r path; do
    [ -d "$path" ] || echo "$path"
done <"$work/dpkg-list.txt" | sort >"$work/dpkg-files.txt"
diff -u "$expected" "$work/dpkg-files.txt" || fail "dpkg -L fanout differs from the expected list"
unpacked_count=0
while IFS= read -r path; do
    if ! dpkg_unpacks "$path"; then
        echo "not unpacked, because of a path-exclude option in /etc/dpkg: $path"
        continue
    fi
    [ -f "$path" ] || fail "dpkg lists $path, but it is not on disk"
    unpacked_count=$((unpacked_count + 1))
done <"$work/dpkg-files.txt"
echo "dpkg installed the $(wc -l <"$work/dpkg-files.txt") expected files, $unpacked_count of them on disk"

step "fanout --version from PATH"
hash -r
found=$(command -v fanout || true)
[ "$found" = /usr/bin/fanout ] || fail "PATH finds '${found:-nothing}' instead of /usr/bin/fanout"
version_output=$(fanout --version)
echo "$version_output"
[ "$version_output" = "fanout $version" ] || fail "expected 'fanout $version'"

step "window offscreen until SIGTERM, then accounts list"
# run-in-session.sh gives the app a private D-Bus session, a keyring and a
# temporary HOME, which it deletes afterwards, so the files the app wrote
# there are listed from inside.
QT_QPA_PLATFORM=offscreen FANOUT_RUN="$work/run" "$source_dir/tests/support/run-in-session.sh" bash -c '
    fanout --data-dir "$FANOUT_RUN/data" >"$FANOUT_RUN.window.log" 2>&1 &
    app_pid=$!
    for _ in $(seq 1 100); do
        grep -q "window shown" "$FANOUT_RUN.window.log" && break
        kill -0 "$app_pid" 2>/dev/null || break
        sleep 0.2
    done
    # A few seconds with the window open, as a user would have it.
    sleep 2
    kill -TERM "$app_pid" 2>/dev/null || true
    app_status=0
    wait "$app_pid" || app_status=$?
    echo "$app_status" >"$FANOUT_RUN.window.status"
    fanout accounts list --json --data-dir "$FANOUT_RUN/data" >"$FANOUT_RUN.list.json" 2>"$FANOUT_RUN.list.log" \
        || echo "accounts list exited with $?" >>"$FANOUT_RUN.list.log"
    find "$FANOUT_RUN/data" "$HOME" "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" -type f \
        >"$FANOUT_RUN.user-files.txt"
'
cat "$work/run.window.log"
grep -q "window shown" "$work/run.window.log" || fail "the window did not open within 20 s"
grep -q "window closed, exit code 0" "$work/run.window.log" || fail "the window did not close cleanly on SIGTERM"
[ "$(cat "$work/run.window.status")" = 0 ] || fail "fanout exited with status $(cat "$work/run.window.status") on SIGTERM"
cat "$work/run.list.log"
[ "$(tr -d ' \n' <"$work/run.list.json")" = "[]" ] || fail "accounts list --json printed '$(cat "$work/run.list.json")', expected []"
echo "accounts list --json: []"
echo "user data written (kept by the purge, removed with the test's folders):"
sed 's|^|  |' "$work/run.user-files.txt"

step "apt-get purge fanout"
apt_get purge fanout >"$work/apt-purge.log" 2>&1 || { cat "$work/apt-purge.log"; fail "apt-get purge failed"; }
grep -E '^(Removing|Purging|Processing triggers)' "$work/apt-purge.log" || true
[ -z "$(package_status)" ] || fail "after the purge, dpkg still reports fanout as '$(package_status)'"
if [ "${#pulled_in[@]}" != 0 ]; then
    # Only the dependencies this run added, so the machine ends as it began.
    apt_get purge "${pulled_in[@]}" >"$work/apt-purge-deps.log" 2>&1 \
        || { cat "$work/apt-purge-deps.log"; fail "cannot purge the dependencies the install added"; }
fi
installed_here=0

step "nothing left behind"
while IFS= read -r path; do
    [ ! -e "$path" ] || [ -d "$path" ] || fail "$path is still there after the purge"
done <"$work/dpkg-files.txt"
take_snapshot >"$work/after.txt"
installed_packages >"$work/packages-after.txt"
LC_ALL=C comm -13 "$work/before.txt" "$work/after.txt" >"$work/added.txt"
LC_ALL=C comm -23 "$work/before.txt" "$work/after.txt" >"$work/removed.txt"
# A path another package owns came from a package operation running at the
# same time, not from fanout.
: >"$work/left-behind.txt"
while IFS= read -r path; do
    if owner=$(dpkg-query -S "$path" 2>/dev/null); then
        echo "added by another package at the same time: $owner"
    else
        echo "$path" >>"$work/left-behind.txt"
    fi
done <"$work/added.txt"
if [ -s "$work/left-behind.txt" ]; then
    cat "$work/left-behind.txt"
    fail "these paths appeared with the install and stayed after the purge"
fi
if [ -s "$work/removed.txt" ]; then
    cat "$work/removed.txt"
    if cmp -s "$work/packages-before.txt" "$work/packages-after.txt"; then
        fail "these paths existed before the install and are gone after the purge"
    fi
    echo "(another package was installed or removed meanwhile, so these may not come from fanout)"
fi
echo "the ${#snapshot_roots[@]} folders hold the same $(wc -l <"$work/after.txt") paths as before the install"

echo
echo "packaging checks passed"
