# CPack settings shared by every installer, then the platform's own file.
# The root CMakeLists.txt includes this file right before include(CPack).
#
#   cmake --build build/release && cd build/release && cpack
#
# builds the platform's default generators (docs/packaging.md lists them).

set(CPACK_PACKAGE_NAME fanout)
set(CPACK_PACKAGE_VENDOR "Fanout maintainers")
set(CPACK_PACKAGE_CONTACT "Fanout maintainers <packaging@fanout.example.org>")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
# Debian wants the lines of the long description under 80 characters.
set(CPACK_PACKAGE_DESCRIPTION [[
Fanout is a desktop app for social media managers. It connects accounts,
Bluesky first, and keeps their tokens on this computer: encrypted with
AES-256-GCM in a local SQLite file, with the key in the system keychain
(Secret Service or KWallet). No hosted service holds the tokens.

The package contains the window with its tray icon and the fanout command
line, which lists, checks and disconnects accounts.]])
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY Fanout)
set(CPACK_PACKAGE_CHECKSUM SHA256)
set(CPACK_RESOURCE_FILE_LICENSE "${CMAKE_CURRENT_LIST_DIR}/copyright.txt")
set(CPACK_VERBATIM_VARIABLES ON)

# Strip the staged copy only: the build tree keeps its debug information.
set(CPACK_STRIP_FILES ON)
# Directories that CPack creates itself get 0755 whatever the umask.
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE
    GROUP_READ GROUP_EXECUTE
    WORLD_READ WORLD_EXECUTE)

# Signing hooks: each runs only when its environment variables are set.
set(CPACK_PRE_BUILD_SCRIPTS "${CMAKE_CURRENT_LIST_DIR}/sign.cmake")
set(CPACK_POST_BUILD_SCRIPTS "${CMAKE_CURRENT_LIST_DIR}/sign.cmake")

set(CPACK_SOURCE_GENERATOR TGZ)
set(CPACK_SOURCE_IGNORE_FILES "/\\.git/" "/build/" "/node_modules/" "\\.user$")

if(WIN32)
    include("${CMAKE_CURRENT_LIST_DIR}/windows/cpack.cmake")
elseif(APPLE)
    include("${CMAKE_CURRENT_LIST_DIR}/macos/cpack.cmake")
else()
    include("${CMAKE_CURRENT_LIST_DIR}/linux/cpack.cmake")
endif()
