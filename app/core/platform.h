#pragma once

#include <optional>
#include <span>

#include <QString>
#include <QStringView>

namespace fanout {

enum class Platform {
    Bluesky,
    Twitter,
    Threads,
    Facebook,
    Instagram,
    LinkedIn,
    Pinterest,
};

enum class ConnectShape {
    AppPassword,      // handle + app password (AT Protocol session)
    OAuthCode,        // OAuth 2.0 authorization code + PKCE in the browser
    FromFacebookPage, // created by a Facebook connect, never connected alone
};

// One row of the platform table: every per-platform fact that is not an
// upstream URL (those live in the provider configuration).
struct PlatformInfo {
    Platform platform;
    const char *id;          // stable identifier in the database, CLI and JSON
    const char *displayName; // brand name, not translated
    ConnectShape connectShape;
    bool refreshable;        // whether the token can be renewed without the user
};

[[nodiscard]] std::span<const PlatformInfo> platformTable();
[[nodiscard]] const PlatformInfo &platformInfo(Platform platform);
[[nodiscard]] QString platformId(Platform platform);
[[nodiscard]] std::optional<Platform> platformFromId(QStringView id);

} // namespace fanout
