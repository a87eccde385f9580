#include "app/core/platform.h"

#include <array>

namespace fanout {

namespace {
constexpr std::array<PlatformInfo, 7> kPlatforms{{
    {Platform::Bluesky, "bluesky", "Bluesky", ConnectShape::AppPassword, true},
    {Platform::Twitter, "twitter", "X", ConnectShape::OAuthCode, true},
    {Platform::Threads, "threads", "Threads", ConnectShape::OAuthCode, true},
    {Platform::Facebook, "facebook", "Facebook", ConnectShape::OAuthCode, true},
    {Platform::Instagram, "instagram", "Instagram", ConnectShape::FromFacebookPage, true},
    {Platform::LinkedIn, "linkedin", "LinkedIn", ConnectShape::OAuthCode, false},
    {Platform::Pinterest, "pinterest", "Pinterest", ConnectShape::OAuthCode, true},
}};
} // namespace

std::span<const PlatformInfo> platformTable()
{
    return kPlatforms;
}

const PlatformInfo &platformInfo(Platform platform)
{
    for (const PlatformInfo &info : kPlatforms) {
        if (info.platform == platform)
            return info;
    }
    Q_UNREACHABLE();
}

QString platformId(Platform platform)
{
    return QString::fromLatin1(platformInfo(platform).id);
}

std::optional<Platform> platformFromId(QStringView id)
{
    for (const PlatformInfo &info : kPlatforms) {
        if (id == QLatin1StringView(info.id))
            return info.platform;
    }
    // The brand has been X since 2023; the stored id stays "twitter".
    if (id == u"x")
        return Platform::Twitter;
    return std::nullopt;
}

} // namespace fanout
