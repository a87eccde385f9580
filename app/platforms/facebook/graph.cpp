#include "app/platforms/facebook/graph.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include "app/core/account.h"
#include "app/core/displaytext.h"

namespace fanout::facebook {

namespace {

constexpr qsizetype kMaxPagesPerBatch = 1000;
constexpr qsizetype kMaxTokenSize = 4096;

QString tr(const char *text)
{
    return QCoreApplication::translate("fanout::facebook", text);
}

[[nodiscard]] std::optional<QJsonObject> objectOf(const QByteArray &body)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

// Graph ids are decimal strings. Anything else is refused, so an id from a
// reply can be put into a path without escaping.
[[nodiscard]] bool isGraphId(const QString &id)
{
    if (id.isEmpty() || id.size() > 32)
        return false;
    for (const QChar c : id) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

[[nodiscard]] QString text(const QJsonObject &json, QLatin1StringView key, qsizetype limit)
{
    const QJsonValue value = json.value(key);
    return value.isString() ? value.toString().left(limit) : QString();
}

[[nodiscard]] std::unexpected<Error> invalid(const QString &what)
{
    return fail(ErrorCode::UpstreamInvalidResponse, what);
}

} // namespace

std::optional<GraphError> parseGraphError(const QByteArray &body)
{
    const std::optional<QJsonObject> json = objectOf(body);
    if (!json)
        return std::nullopt;
    const QJsonValue error = json->value(QLatin1StringView("error"));
    if (!error.isObject())
        return std::nullopt;
    const QJsonObject object = error.toObject();
    GraphError result;
    result.code = object.value(QLatin1StringView("code")).toInt(0);
    result.subcode = object.value(QLatin1StringView("error_subcode")).toInt(0);
    result.type = text(object, QLatin1StringView("type"), 60);
    result.message = text(object, QLatin1StringView("message"), 300);
    if (result.code == 0 && result.message.isEmpty())
        return std::nullopt;
    return result;
}

Expected<PageBatch> parsePageBatch(const QByteArray &body)
{
    const std::optional<QJsonObject> json = objectOf(body);
    if (!json || !json->value(QLatin1StringView("data")).isArray())
        return invalid(tr("The list of Facebook Pages is not the documented JSON."));
    PageBatch batch;
    const QJsonArray data = json->value(QLatin1StringView("data")).toArray();
    for (const QJsonValue &entry : data) {
        if (batch.pages.size() >= kMaxPagesPerBatch)
            break;
        const QJsonObject object = entry.toObject();
        Page page;
        page.id = text(object, QLatin1StringView("id"), 64);
        page.name = singleLineText(text(object, QLatin1StringView("name"), 200));
        page.accessToken = text(object, QLatin1StringView("access_token"), kMaxTokenSize + 1);
        const QJsonObject instagram = object.value(QLatin1StringView("instagram_business_account")).toObject();
        page.instagramId = text(instagram, QLatin1StringView("id"), 64);
        // A Page the user cannot post to comes without a token: it is not offered.
        if (!isGraphId(page.id) || page.accessToken.isEmpty() || page.accessToken.size() > kMaxTokenSize)
            continue;
        if (!isGraphId(page.instagramId))
            page.instagramId.clear();
        if (page.name.isEmpty())
            page.name = page.id;
        batch.pages.append(page);
    }
    const QString next = json->value(QLatin1StringView("paging")).toObject().value(QLatin1StringView("next")).toString();
    if (!next.isEmpty()) {
        batch.next = QUrl(next, QUrl::StrictMode);
        if (!batch.next.isValid())
            return invalid(tr("The list of Facebook Pages has a broken link to its next part."));
    }
    return batch;
}

Expected<QStringList> parseGrantedPermissions(const QByteArray &body)
{
    const std::optional<QJsonObject> json = objectOf(body);
    if (!json || !json->value(QLatin1StringView("data")).isArray())
        return invalid(tr("The list of granted Facebook permissions is not the documented JSON."));
    QStringList granted;
    const QJsonArray data = json->value(QLatin1StringView("data")).toArray();
    for (const QJsonValue &entry : data) {
        const QJsonObject object = entry.toObject();
        const QString permission = text(object, QLatin1StringView("permission"), 100);
        if (!permission.isEmpty() && text(object, QLatin1StringView("status"), 20) == u"granted"
            && !granted.contains(permission))
            granted.append(permission);
        if (granted.size() >= 200)
            break;
    }
    return granted;
}

Expected<InstagramProfile> parseInstagramProfile(const QByteArray &body)
{
    const std::optional<QJsonObject> json = objectOf(body);
    if (!json)
        return invalid(tr("The Instagram profile reply is not a JSON object."));
    InstagramProfile profile;
    profile.id = text(*json, QLatin1StringView("id"), 64);
    if (!isGraphId(profile.id))
        return invalid(tr("The Instagram profile reply names no account id."));
    profile.username = singleLineText(text(*json, QLatin1StringView("username"), 100));
    profile.name = singleLineText(text(*json, QLatin1StringView("name"), 200));
    profile.pictureUrl = avatarUrlFrom(text(*json, QLatin1StringView("profile_picture_url"), 2048));
    return profile;
}

Expected<GraphNode> parseNode(const QByteArray &body)
{
    const std::optional<QJsonObject> json = objectOf(body);
    if (!json)
        return invalid(tr("The Facebook reply is not a JSON object."));
    GraphNode node;
    node.id = text(*json, QLatin1StringView("id"), 64);
    node.name = singleLineText(text(*json, QLatin1StringView("name"), 200));
    if (!isGraphId(node.id))
        return invalid(tr("The Facebook reply names no id."));
    return node;
}

QUrl versionedUrl(const QUrl &base, const QString &version, QStringView path)
{
    QUrl url = base;
    QString basePath = url.path();
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(u'/' + version + basePath + path);
    return url;
}

bool isSameOrigin(const QUrl &link, const QUrl &api)
{
    return link.isValid() && link.scheme() == api.scheme() && link.host().compare(api.host(), Qt::CaseInsensitive) == 0
           && link.port(link.scheme() == u"https" ? 443 : 80) == api.port(api.scheme() == u"https" ? 443 : 80)
           && link.userInfo().isEmpty();
}

bool isGraphVersion(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^v[0-9]{1,3}\\.[0-9]{1,3}$"));
    return pattern.match(text).hasMatch();
}

} // namespace fanout::facebook
