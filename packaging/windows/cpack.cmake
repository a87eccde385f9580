# NSIS installer and a ZIP of the same files.
#
# The stock CMake NSIS template asks for administrator rights (UAC) and then
# installs for all users: the files go to Program Files\Fanout, the
# Start-menu shortcuts and the uninstaller's Apps & features entry to the
# machine-wide locations. On a machine without UAC, a user who is not an
# administrator gets a per-user install under Documents\Fanout with shortcuts
# in their own Start menu. Uninstalling removes the files and shortcuts but
# keeps the user's data folder (%LOCALAPPDATA%\Fanout) and the vault key in
# Windows Credential Manager.
set(CPACK_GENERATOR NSIS ZIP)

# Start-menu shortcut "Fanout" to bin\fanout.exe.
set(CPACK_PACKAGE_EXECUTABLES fanout Fanout)
set(CPACK_NSIS_EXECUTABLES_DIRECTORY bin)
set(CPACK_NSIS_PACKAGE_NAME Fanout)
set(CPACK_NSIS_DISPLAY_NAME Fanout)
set(CPACK_NSIS_INSTALL_ROOT "$PROGRAMFILES64")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
set(CPACK_NSIS_MUI_FINISHPAGE_RUN fanout.exe)
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_CONTACT "${CPACK_PACKAGE_CONTACT}")

# Installer, uninstaller and Apps & features icon. packaging/install.cmake
# renders fanout.ico at build time, so build before running cpack.
file(TO_NATIVE_PATH "${PROJECT_BINARY_DIR}/icons/fanout.ico" fanout_native_ico)
set(CPACK_NSIS_MUI_ICON "${fanout_native_ico}")
set(CPACK_NSIS_MUI_UNIICON "${fanout_native_ico}")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\fanout.exe")
