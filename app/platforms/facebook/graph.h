#pragma once

#include <optional>

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include "app/core/error.h"

// Readers for the Facebook Graph API replies Fanout depends on. They take
// bytes from the network and never trust them: sizes are capped, types are
// checked, and a paging link is followed only on the API's own host.
namespace fanout::facebook {

inline constexpr QLatin1StringView kDefaultGraphVersion{"v21.0"};

// {"error": {"message", "type", "code", "error_subcode"}}
struct GraphError {
    int code = 0;
    int subcode = 0;
    QString type;
    QString message;

    // Code 190 (invalid OAuth access token) and 102 (session) mean the token
    // is dead for good; everything else may pass.
    [[nodiscard]] bool isTokenDead() const { return code == 190 || code == 102; }
};
[[nodiscard]] std::optional<GraphError> parseGraphError(const QByteArray &body);

// One entry of GET /me/accounts. instagramId is empty when the Page has no
// linked Instagram professional account.
struct Page {
    QString id;
    QString name;
    QString accessToken;
    QString instagramId;
};

struct PageBatch {
    QList<Page> pages;
    QUrl next; // empty on the last batch
};
// Entries without an id or token are dropped; a body that is not the
// documented shape is UpstreamInvalidResponse.
[[nodiscard]] Expected<PageBatch> parsePageBatch(const QByteArray &body);

// The permissions with status "granted" in GET /me/permissions.
[[nodiscard]] Expected<QStringList> parseGrantedPermissions(const QByteArray &body);

// GET /{ig-id}?fields=id,username,name,profile_picture_url
struct InstagramProfile {
    QString id;
    QString username;
    QString name;
    QString pictureUrl; // empty unless http(s)
};
[[nodiscard]] Expected<InstagramProfile> parseInstagramProfile(const QByteArray &body);

// GET /me?fields=id,name
struct GraphNode {
    QString id;
    QString name;
};
[[nodiscard]] Expected<GraphNode> parseNode(const QByteArray &body);

// base with "/{version}" put in front of its path and path appended:
// https://www.facebook.com/dialog/oauth → https://www.facebook.com/v21.0/dialog/oauth.
[[nodiscard]] QUrl versionedUrl(const QUrl &base, const QString &version, QStringView path);
// Whether a paging.next link stays on the API's scheme, host and port, so a
// reply cannot send the token elsewhere.
[[nodiscard]] bool isSameOrigin(const QUrl &link, const QUrl &api);
// Whether text is a Graph API version such as v21.0.
[[nodiscard]] bool isGraphVersion(const QString &text);

} // namespace fanout::facebook
