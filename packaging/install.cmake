# Install rules for the fanout executable and, per platform, what a desktop
# expects around it. Included from the root CMakeLists.txt, so the custom
# commands below belong to the same directory as the fanout target.
#
# Translations need no rule: qt_add_translations compiles the .qm files into
# the executable's resources (:/i18n).
include(GNUInstallDirs)

set(FANOUT_APP_ID "org.fanout.Fanout")
set(fanout_icon_svg "${PROJECT_SOURCE_DIR}/resources/icons/fanout.svg")
set(fanout_icon_dir "${PROJECT_BINARY_DIR}/icons")

# Renders the SVG icon to PNG, ICO and ICNS at build time with Qt Svg, which
# every build machine has because the app needs it (librsvg is not needed).
add_executable(fanout_icontool packaging/icontool/main.cpp)
target_link_libraries(fanout_icontool PRIVATE fanout_options Qt6::Core Qt6::Gui Qt6::Svg)

install(TARGETS fanout
    BUNDLE DESTINATION .
    RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

if(WIN32)
    # The .ico goes into fanout.exe through a resource script. Listing the
    # .ico among the sources attaches its custom command to the target.
    set(fanout_ico "${fanout_icon_dir}/fanout.ico")
    add_custom_command(OUTPUT "${fanout_ico}"
        COMMAND fanout_icontool ico "${fanout_icon_svg}" "${fanout_ico}"
        DEPENDS fanout_icontool "${fanout_icon_svg}"
        COMMENT "Rendering fanout.ico"
        VERBATIM)
    configure_file(packaging/windows/fanout.rc.in "${PROJECT_BINARY_DIR}/fanout.rc" @ONLY)
    target_sources(fanout PRIVATE "${PROJECT_BINARY_DIR}/fanout.rc" "${fanout_ico}")
    set_source_files_properties("${PROJECT_BINARY_DIR}/fanout.rc" PROPERTIES OBJECT_DEPENDS "${fanout_ico}")

    # windeployqt (run by Qt's deploy script) copies Qt's DLLs and plugins
    # but not QtKeychain's or OpenSSL's. TARGET_RUNTIME_DLLS lists the DLLs
    # of imported shared targets, which includes qt6keychain.dll.
    install(FILES $<TARGET_RUNTIME_DLLS:fanout> DESTINATION ${CMAKE_INSTALL_BINDIR})
    # FindOpenSSL imports libcrypto as an import library only, so its DLL is
    # looked up next to it.
    get_filename_component(fanout_openssl_root "${OPENSSL_INCLUDE_DIR}" DIRECTORY)
    find_file(FANOUT_OPENSSL_CRYPTO_DLL
        NAMES libcrypto-3-x64.dll libcrypto-3.dll
        HINTS "${fanout_openssl_root}/bin" "${OPENSSL_ROOT_DIR}/bin"
        NO_DEFAULT_PATH)
    if(FANOUT_OPENSSL_CRYPTO_DLL)
        install(FILES "${FANOUT_OPENSSL_CRYPTO_DLL}" DESTINATION ${CMAKE_INSTALL_BINDIR})
    else()
        message(WARNING "libcrypto DLL not found under ${fanout_openssl_root}/bin; "
            "the installer will not run on machines without OpenSSL 3 "
            "(set FANOUT_OPENSSL_CRYPTO_DLL to its path)")
    endif()
elseif(APPLE)
    set(fanout_icns "${fanout_icon_dir}/Fanout.icns")
    add_custom_command(OUTPUT "${fanout_icns}"
        COMMAND fanout_icontool icns "${fanout_icon_svg}" "${fanout_icns}"
        DEPENDS fanout_icontool "${fanout_icon_svg}"
        COMMENT "Rendering Fanout.icns"
        VERBATIM)
    target_sources(fanout PRIVATE "${fanout_icns}")
    set_source_files_properties("${fanout_icns}" PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
    set_target_properties(fanout PROPERTIES
        OUTPUT_NAME Fanout
        MACOSX_BUNDLE_INFO_PLIST "${PROJECT_SOURCE_DIR}/packaging/macos/Info.plist.in"
        MACOSX_BUNDLE_BUNDLE_NAME Fanout
        MACOSX_BUNDLE_GUI_IDENTIFIER "${FANOUT_APP_ID}"
        MACOSX_BUNDLE_ICON_FILE Fanout.icns
        MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}"
        MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
        MACOSX_BUNDLE_COPYRIGHT "Copyright 2026 the Fanout maintainers")
else()
    # qt_standard_project_setup() gives executables the install RUNPATH
    # $ORIGIN:$ORIGIN/../lib for self-contained installs. The packages use the
    # distribution's libraries from the default search path, and Fedora's
    # rpmlint rejects any RUNPATH (binary-or-shlib-defines-rpath).
    set_target_properties(fanout PROPERTIES INSTALL_RPATH "")

    # Freedesktop icon theme: PNGs at the usual hicolor sizes plus the SVG.
    set(fanout_icon_pngs "")
    foreach(size 16 22 24 32 48 64 128 256 512)
        set(png "${fanout_icon_dir}/hicolor/${size}x${size}/apps/${FANOUT_APP_ID}.png")
        add_custom_command(OUTPUT "${png}"
            COMMAND fanout_icontool png "${fanout_icon_svg}" ${size} "${png}"
            DEPENDS fanout_icontool "${fanout_icon_svg}"
            COMMENT "Rendering the ${size}x${size} icon"
            VERBATIM)
        list(APPEND fanout_icon_pngs "${png}")
        install(FILES "${png}" DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps")
    endforeach()
    install(FILES "${fanout_icon_svg}"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps"
        RENAME "${FANOUT_APP_ID}.svg")

    install(FILES "resources/${FANOUT_APP_ID}.desktop" DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
    install(FILES "resources/${FANOUT_APP_ID}.metainfo.xml" DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")

    # Debian policy wants the manual page and the changelog compressed with
    # gzip -9n (-n keeps the timestamp out, so the archive is reproducible).
    find_program(FANOUT_GZIP gzip REQUIRED)
    set(fanout_manpage_gz "${PROJECT_BINARY_DIR}/packaging/fanout.1.gz")
    set(fanout_changelog_gz "${PROJECT_BINARY_DIR}/packaging/changelog.gz")
    add_custom_command(OUTPUT "${fanout_manpage_gz}"
        COMMAND "${FANOUT_GZIP}" -9n -c "${PROJECT_SOURCE_DIR}/packaging/linux/fanout.1" > "${fanout_manpage_gz}"
        DEPENDS packaging/linux/fanout.1)
    add_custom_command(OUTPUT "${fanout_changelog_gz}"
        COMMAND "${FANOUT_GZIP}" -9n -c "${PROJECT_SOURCE_DIR}/packaging/linux/changelog" > "${fanout_changelog_gz}"
        DEPENDS packaging/linux/changelog)
    install(FILES "${fanout_manpage_gz}" DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")

    # The Debian package is native (version without a Debian revision), so
    # its changelog is changelog.gz, next to the copyright file.
    set(fanout_docdir "${CMAKE_INSTALL_DATADIR}/doc/fanout")
    install(FILES "${fanout_changelog_gz}" DESTINATION "${fanout_docdir}")
    install(FILES packaging/copyright.txt DESTINATION "${fanout_docdir}" RENAME copyright)

    add_custom_target(fanout_desktop_files ALL
        DEPENDS ${fanout_icon_pngs} "${fanout_manpage_gz}" "${fanout_changelog_gz}")
endif()

# Qt's deploy script copies the Qt libraries and plugins next to the app:
# windeployqt on Windows, macdeployqt into the bundle on macOS. On Linux the
# packages depend on the distribution's Qt instead.
if(WIN32 OR APPLE)
    qt_generate_deploy_app_script(
        TARGET fanout
        FILENAME_VARIABLE fanout_deploy_script
        NO_UNSUPPORTED_PLATFORM_ERROR)
    install(SCRIPT "${fanout_deploy_script}")
endif()
