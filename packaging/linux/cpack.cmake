# DEB, RPM and TGZ. The DEB targets Debian 12; the RPM uses Fedora's package
# names (38 and later ship Qt 6.4 or newer and qtkeychain-qt6).
set(CPACK_GENERATOR DEB RPM TGZ)

# --- DEB ---------------------------------------------------------------------
# dpkg-shlibdeps derives the libraries' packages from the ELF file:
# libqt6core6, libqt6gui6 (which also holds the xcb and offscreen platform
# plugins), libqt6widgets6, libqt6network6, libqt6sql6, libqt6svg6,
# libqt6keychain1 and libssl3. Listed here is what the executable loads at
# run time without linking it:
#   libqt6sql6-sqlite  the QSQLITE driver plugin for the vault
#   libqt6svg6         the SVG icon engine plugin for the window's icons
#   libsecret-1-0      dlopen()ed by QtKeychain for the Secret Service
# qt6-qpa-plugins is left out because on Debian 12 it only holds the VNC
# platform plugin.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6svg6, libsecret-1-0")
# A keychain that QtKeychain can reach: a Secret Service provider or KWallet.
# qt6-wayland lets Qt draw natively on Wayland, otherwise it uses XWayland.
# Display names often contain emoji, which DejaVu, Debian's default font,
# draws as empty boxes.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager | keepassxc, qt6-wayland, fonts-noto-color-emoji")
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)

# --- RPM ---------------------------------------------------------------------
# rpmbuild adds the shared-library requirements (libQt6Core.so.6 and the
# others) itself; listed here are the plugins and the dlopen()ed libsecret,
# as for the DEB.
set(CPACK_RPM_PACKAGE_REQUIRES "qt6-qtbase >= 6.4, qt6-qtbase-gui >= 6.4, qt6-qtsvg >= 6.4, libsecret")
set(CPACK_RPM_PACKAGE_DESCRIPTION "${CPACK_PACKAGE_DESCRIPTION}")
# CMake 3.25 has no CPACK_RPM_PACKAGE_RECOMMENDS. This variable's lines are
# copied into the spec file's preamble, where a Recommends: tag is valid.
# Packager: is there too because CPack has no variable for it and rpmlint
# reports its absence as an error (no-packager-tag).
set(CPACK_RPM_SPEC_MORE_DEFINE
    "Recommends: (gnome-keyring or kwalletmanager5 or keepassxc)\nRecommends: google-noto-emoji-color-fonts\nPackager: ${CPACK_PACKAGE_CONTACT}")
# TODO: set the license once the project has chosen one.
set(CPACK_RPM_PACKAGE_LICENSE "LicenseRef-not-yet-licensed")
set(CPACK_RPM_PACKAGE_GROUP "Applications/Internet")
set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
# Directories that the filesystem and hicolor-icon-theme packages own; the
# RPM must not claim them too.
set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
    /usr/share/applications
    /usr/share/icons
    /usr/share/icons/hicolor
    /usr/share/icons/hicolor/16x16 /usr/share/icons/hicolor/16x16/apps
    /usr/share/icons/hicolor/22x22 /usr/share/icons/hicolor/22x22/apps
    /usr/share/icons/hicolor/24x24 /usr/share/icons/hicolor/24x24/apps
    /usr/share/icons/hicolor/32x32 /usr/share/icons/hicolor/32x32/apps
    /usr/share/icons/hicolor/48x48 /usr/share/icons/hicolor/48x48/apps
    /usr/share/icons/hicolor/64x64 /usr/share/icons/hicolor/64x64/apps
    /usr/share/icons/hicolor/128x128 /usr/share/icons/hicolor/128x128/apps
    /usr/share/icons/hicolor/256x256 /usr/share/icons/hicolor/256x256/apps
    /usr/share/icons/hicolor/512x512 /usr/share/icons/hicolor/512x512/apps
    /usr/share/icons/hicolor/scalable /usr/share/icons/hicolor/scalable/apps
    /usr/share/man /usr/share/man/man1
    /usr/share/metainfo)
