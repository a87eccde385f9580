# Signing hook that CPack runs twice per generator: as a pre-build script on
# the staged files, and as a post-build script (CPACK_PACKAGE_FILES is then
# set) on the finished packages. Without the environment variables below it
# signs nothing and says so, which is how unsigned test builds stay usable.
#
# Windows (NSIS, ZIP), with signtool from the Windows SDK on PATH:
#   FANOUT_SIGNTOOL_CERT_SHA1      thumbprint of a code-signing certificate in
#                                  the current user's certificate store
#   FANOUT_SIGNTOOL_TIMESTAMP_URL  RFC 3161 timestamp server (optional,
#                                  default http://timestamp.digicert.com)
# macOS (DragNDrop), with the Xcode command line tools:
#   FANOUT_CODESIGN_IDENTITY       "Developer ID Application: NAME (TEAMID)"
#                                  in the login or a temporary keychain
#   FANOUT_NOTARY_PROFILE          notarytool keychain profile created with
#                                  `xcrun notarytool store-credentials`
#                                  (optional: without it no notarisation)
#   FANOUT_NOTARY_KEYCHAIN         keychain that holds that profile (optional,
#                                  default: the user's keychain search list)
# Linux packages are not signed here: APT and DNF repositories sign their
# metadata, not the .deb or .rpm.

function(fanout_run)
    execute_process(COMMAND ${ARGN} RESULT_VARIABLE result COMMAND_ECHO STDOUT)
    if(NOT result EQUAL 0)
        list(JOIN ARGN " " command)
        message(FATAL_ERROR "sign.cmake: '${command}' failed with ${result}")
    endif()
endfunction()

# Signs every .exe and .dll that does not carry a valid signature yet, so Qt's
# DLLs that are already signed keep their signature.
function(fanout_signtool_sign)
    set(timestamp_url "$ENV{FANOUT_SIGNTOOL_TIMESTAMP_URL}")
    if(NOT timestamp_url)
        set(timestamp_url "http://timestamp.digicert.com")
    endif()
    foreach(file IN LISTS ARGN)
        execute_process(COMMAND signtool verify /pa /q "${file}"
            RESULT_VARIABLE unsigned OUTPUT_QUIET ERROR_QUIET)
        if(unsigned)
            fanout_run(signtool sign /sha1 "$ENV{FANOUT_SIGNTOOL_CERT_SHA1}"
                /fd SHA256 /tr "${timestamp_url}" /td SHA256 "${file}")
        endif()
    endforeach()
endfunction()

# Signs Fanout.app from the inside out, as codesign requires: the libraries
# and plugins, the frameworks, then the bundle. The hardened runtime
# (--options runtime) and a secure timestamp are required for notarisation.
function(fanout_codesign_app app)
    set(sign codesign --force --timestamp --options runtime --sign "$ENV{FANOUT_CODESIGN_IDENTITY}")
    file(GLOB_RECURSE libraries "${app}/Contents/Frameworks/*.dylib" "${app}/Contents/PlugIns/*.dylib")
    foreach(library IN LISTS libraries)
        fanout_run(${sign} "${library}")
    endforeach()
    file(GLOB frameworks LIST_DIRECTORIES true "${app}/Contents/Frameworks/*.framework")
    foreach(framework IN LISTS frameworks)
        fanout_run(${sign} "${framework}")
    endforeach()
    fanout_run(${sign} "${app}")
    fanout_run(codesign --verify --deep --strict --verbose=2 "${app}")
endfunction()

if(DEFINED CPACK_PACKAGE_FILES)
    set(stage post-build)
else()
    set(stage pre-build)
endif()

if(CPACK_GENERATOR MATCHES "^(NSIS|ZIP)$")
    if(NOT DEFINED ENV{FANOUT_SIGNTOOL_CERT_SHA1})
        message(STATUS "sign.cmake: FANOUT_SIGNTOOL_CERT_SHA1 is not set, ${CPACK_GENERATOR} ${stage} files stay unsigned")
        return()
    endif()
    if(stage STREQUAL "pre-build")
        file(GLOB_RECURSE binaries "${CPACK_TEMPORARY_DIRECTORY}/*.exe" "${CPACK_TEMPORARY_DIRECTORY}/*.dll")
        fanout_signtool_sign(${binaries})
    elseif(CPACK_GENERATOR STREQUAL "NSIS")
        # NOTE: the uninstaller that NSIS writes at install time stays
        # unsigned; signing it needs NSIS 3.08's !uninstfinalize in a custom
        # NSIS.template.in.
        fanout_signtool_sign(${CPACK_PACKAGE_FILES})
    endif()
elseif(CPACK_GENERATOR STREQUAL "DragNDrop")
    if(NOT DEFINED ENV{FANOUT_CODESIGN_IDENTITY})
        message(STATUS "sign.cmake: FANOUT_CODESIGN_IDENTITY is not set, ${CPACK_GENERATOR} ${stage} files stay unsigned")
        return()
    endif()
    if(stage STREQUAL "pre-build")
        file(GLOB apps LIST_DIRECTORIES true "${CPACK_TEMPORARY_DIRECTORY}/*.app")
        if(NOT apps)
            message(FATAL_ERROR "sign.cmake: no .app bundle in ${CPACK_TEMPORARY_DIRECTORY} to sign")
        endif()
        foreach(app IN LISTS apps)
            fanout_codesign_app("${app}")
        endforeach()
    else()
        foreach(dmg IN LISTS CPACK_PACKAGE_FILES)
            fanout_run(codesign --force --timestamp --sign "$ENV{FANOUT_CODESIGN_IDENTITY}" "${dmg}")
            if(DEFINED ENV{FANOUT_NOTARY_PROFILE})
                # --wait blocks until Apple's service accepts or rejects the
                # image. Stapling then embeds the ticket for offline checks,
                # and fails when the image was rejected.
                set(notary_keychain "")
                if(DEFINED ENV{FANOUT_NOTARY_KEYCHAIN})
                    set(notary_keychain --keychain "$ENV{FANOUT_NOTARY_KEYCHAIN}")
                endif()
                fanout_run(xcrun notarytool submit "${dmg}"
                    --keychain-profile "$ENV{FANOUT_NOTARY_PROFILE}" ${notary_keychain} --wait)
                fanout_run(xcrun stapler staple "${dmg}")
            else()
                message(STATUS "sign.cmake: FANOUT_NOTARY_PROFILE is not set, ${dmg} is signed but not notarised")
            endif()
        endforeach()
    endif()
endif()
