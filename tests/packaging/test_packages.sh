#!/usr/bin/env bash
# Builds the DEB, RPM and TGZ with CPack from a built tree into a temporary
# folder and checks them with lintian, desktop-file-validate, appstreamcli and
# rpm, along with their dependencies, file lists and icons. The DEB is
# unpacked into a throw-away root, where `fanout --version` runs and the
# window opens offscreen. Nothing is installed on this machine.
#
#   test_packages.sh BUILD_DIR SOURCE_DIR VERSION
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
for tool in cpack dpkg-deb dpkg-shlibdeps lintian rpmbuild rpm desktop-file-validate appstreamcli; do
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

work=$(mktemp -d "${TMPDIR:-/tmp}/fanout-packages.XXXXXX")
trap 'rm -rf "$work"' EXIT

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

step "fanout --version from the unpacked DEB"
version_output=$("$root/usr/bin/fanout" --version)
echo "$version_output"
[ "$version_output" = "fanout $version" ] || fail "expected 'fanout $version'"

step "window from the unpacked DEB, offscreen"
# run-in-session.sh gives the app a private D-Bus session and keyring.
QT_QPA_PLATFORM=offscreen FANOUT_APP="$root/usr/bin/fanout" FANOUT_DATA="$work/data" \
    "$source_dir/tests/support/run-in-session.sh" bash -c '
        "$FANOUT_APP" --data-dir "$FANOUT_DATA" >"$FANOUT_DATA.log" 2>&1 &
        app_pid=$!
        for _ in $(seq 1 100); do
            grep -q "window shown" "$FANOUT_DATA.log" && break
            kill -0 "$app_pid" 2>/dev/null || break
            sleep 0.2
        done
        kill "$app_pid" 2>/dev/null || true
        wait "$app_pid" 2>/dev/null || true
    '
cat "$work/data.log"
grep -q "window shown" "$work/data.log" || fail "the window did not open within 20 s"

if command -v apt-get >/dev/null; then
    step "apt-get --simulate install (dependencies resolve, nothing is installed)"
    apt-get install --simulate --no-install-recommends "$deb" >"$work/apt.log" 2>&1 \
        || { cat "$work/apt.log"; fail "apt-get cannot resolve the DEB's dependencies"; }
    grep -E '^(Inst|Conf) ' "$work/apt.log" || true
fi

step "RPM requirements and files"
requires=$(rpm -qp --requires "$rpm")
for requirement in 'qt6-qtbase >= 6.4' 'qt6-qtbase-gui >= 6.4' 'qt6-qtsvg >= 6.4' libsecret \
                   'libqt6keychain.so.1()(64bit)' 'libcrypto.so.3()(64bit)' 'libQt6Widgets.so.6()(64bit)'; do
    grep -qxF "$requirement" <<<"$requires" || fail "the RPM does not require $requirement"
done
rpm -qp --recommends "$rpm" | grep -q gnome-keyring || fail "the RPM does not recommend gnome-keyring"
rpm -qp --qf '[%{FILEMODES:perms} %{FILENAMES}\n]' "$rpm" >"$work/rpm-entries.txt"
grep -v '^d' "$work/rpm-entries.txt" | awk '{ print $2 }' | grep -v '^/usr/lib/\.build-id/' | sort >"$work/rpm-files.txt"
diff -u "$expected" "$work/rpm-files.txt" || fail "the RPM's files differ from the expected list"
# Only its own directories: the others belong to filesystem and
# hicolor-icon-theme. rpmbuild's /usr/lib/.build-id links are shared by design.
owned_dirs=$(grep '^d' "$work/rpm-entries.txt" | awk '{ print $2 }' | grep -v '^/usr/lib/\.build-id' || true)
[ "$owned_dirs" = /usr/share/doc/fanout ] || fail "the RPM owns directories it should not: $owned_dirs"
echo "RPM requires the plugins' packages and holds the same files as the DEB"

step "TGZ"
tar -tzf "$tgz" | grep -q '^fanout-[^/]*/bin/fanout$' || fail "the TGZ has no bin/fanout"
echo "TGZ holds bin/fanout"

echo
echo "packaging checks passed"
