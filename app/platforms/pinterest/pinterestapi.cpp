#include "app/platforms/pinterest/pinterestapi.h"

#include <cmath>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

#include "app/core/displaytext.h"

namespace fanout::pinterest {

namespace {

// The largest page the boards list allows.
constexpr int kBoardsPageSize = 250;
constexpr qsizetype kMaxFieldLength = 512;

QString tr(const char *text)
{
    return QCoreApplication::translate("fanout::pinterest", text);
}

[[nodiscard]] QNetworkRequest apiRequest(const ProviderConfig &config, QStringView path, const QUrlQuery &query,
                                         const QString &accessToken)
{
    QUrl url = config.apiBaseUrl;
    QString basePath = url.path();
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + path);
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setRawHeader(QByteArrayLiteral("Authorization"), "Bearer " + accessToken.toUtf8());
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(30'000);
    return request;
}

[[nodiscard]] QString idText(const QJsonValue &value)
{
    // Integral doubles up to 2^53 convert exactly; larger ones are no usable id.
    if (value.isDouble())
        return std::abs(value.toDouble()) < 9e15 ? QString::number(qint64(value.toDouble())) : QString();
    return value.toString();
}

} // namespace

QNetworkRequest profileRequest(const ProviderConfig &config, const QString &accessToken)
{
    return apiRequest(config, u"/v5/user_account", {}, accessToken);
}

QNetworkRequest boardsRequest(const ProviderConfig &config, const QString &accessToken, const QString &bookmark)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("page_size"), QString::number(kBoardsPageSize));
    if (!bookmark.isEmpty())
        query.addQueryItem(QStringLiteral("bookmark"), QString::fromLatin1(QUrl::toPercentEncoding(bookmark)));
    return apiRequest(config, u"/v5/boards", query, accessToken);
}

Expected<Account> parseProfile(const QByteArray &body)
{
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    Account account;
    account.platform = Platform::Pinterest;
    account.handle = json.value(QLatin1StringView("username")).toString();
    account.platformUserId = idText(json.value(QLatin1StringView("id")));
    if (account.platformUserId.isEmpty())
        account.platformUserId = account.handle;
    if (account.platformUserId.isEmpty() || account.platformUserId.size() > 256)
        return fail(ErrorCode::UpstreamInvalidResponse, tr("The Pinterest user_account reply names no user."));
    if (account.handle.isEmpty())
        account.handle = account.platformUserId;
    account.displayName = json.value(QLatin1StringView("business_name")).toString();
    if (account.displayName.isEmpty())
        account.displayName = account.handle;
    account.avatarUrl = avatarUrlFrom(json.value(QLatin1StringView("profile_image")).toString());
    const QString accountType = json.value(QLatin1StringView("account_type")).toString().left(40);
    if (!accountType.isEmpty())
        account.extensions.insert(QStringLiteral("accountType"), accountType);
    return account;
}

Expected<BoardPage> parseBoards(const QByteArray &body)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    const QJsonValue items = document.object().value(QLatin1StringView("items"));
    if (parseError.error != QJsonParseError::NoError || !document.isObject() || !items.isArray())
        return fail(ErrorCode::UpstreamInvalidResponse, tr("The Pinterest boards reply has no items list."));
    BoardPage page;
    for (const QJsonValue &item : items.toArray()) {
        const QJsonObject json = item.toObject();
        Board board{idText(json.value(QLatin1StringView("id"))),
                    singleLineText(json.value(QLatin1StringView("name")).toString().left(kMaxFieldLength))};
        if (board.id.isEmpty() || board.id.size() > kMaxFieldLength)
            continue;
        page.boards.append(board);
    }
    page.bookmark = document.object().value(QLatin1StringView("bookmark")).toString().left(kMaxFieldLength);
    return page;
}

std::optional<ApiError> parseApiError(const QByteArray &body)
{
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    const QJsonValue code = json.value(QLatin1StringView("code"));
    const QJsonValue message = json.value(QLatin1StringView("message"));
    if (!code.isDouble() || !message.isString())
        return std::nullopt;
    return ApiError{code.toInt(), message.toString().left(300)};
}

QJsonObject boardToJson(const Board &board)
{
    return QJsonObject{{QStringLiteral("id"), board.id}, {QStringLiteral("name"), board.name}};
}

std::optional<Board> defaultBoard(const Account &account)
{
    const QJsonObject json = account.extensions.value(kDefaultBoardKey).toObject();
    const QString id = json.value(QLatin1StringView("id")).toString();
    if (id.isEmpty())
        return std::nullopt;
    return Board{id, json.value(QLatin1StringView("name")).toString()};
}

} // namespace fanout::pinterest
