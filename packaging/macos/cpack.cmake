# A drag-and-drop disk image: Fanout.app next to a link to /Applications.
# macdeployqt (Qt's deploy script) has copied the Qt frameworks and plugins
# and the non-system libraries (QtKeychain, OpenSSL) into the bundle during
# the install step that CPack runs first.
set(CPACK_GENERATOR DragNDrop)
set(CPACK_DMG_VOLUME_NAME Fanout)
set(CPACK_DMG_FORMAT UDZO)
# Volume icon of the mounted image; packaging/install.cmake renders it.
set(CPACK_PACKAGE_ICON "${PROJECT_BINARY_DIR}/icons/Fanout.icns")
