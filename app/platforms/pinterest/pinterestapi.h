#pragma once

#include <optional>

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkRequest>
#include <QString>

#include "app/core/account.h"
#include "app/core/error.h"
#include "app/providers/providerconfig.h"

// Requests to and replies from the Pinterest API v5 (api.pinterest.com),
// after the code exchange. Every request sends the access token as a Bearer
// header.
namespace fanout::pinterest {

// The public extension naming the board new Pins go to: {"id", "name"}.
inline constexpr QLatin1StringView kDefaultBoardKey{"defaultBoard"};

struct Board {
    QString id;
    QString name;

    friend bool operator==(const Board &, const Board &) = default;
};

// One page of GET /v5/boards; bookmark is empty on the last page.
struct BoardPage {
    QList<Board> boards;
    QString bookmark;
};

// GET {api}/v5/user_account
[[nodiscard]] QNetworkRequest profileRequest(const ProviderConfig &config, const QString &accessToken);
// GET {api}/v5/boards?page_size=N[&bookmark=…]
[[nodiscard]] QNetworkRequest boardsRequest(const ProviderConfig &config, const QString &accessToken,
                                            const QString &bookmark = {});

// The account a user_account reply describes. The id is the platform user
// id when the reply has one, else the username; account_type goes into the
// extensions as accountType.
[[nodiscard]] Expected<Account> parseProfile(const QByteArray &body);
// One page of boards: {"items": [{"id", "name", …}], "bookmark": …}. Items
// without an id are skipped.
[[nodiscard]] Expected<BoardPage> parseBoards(const QByteArray &body);

// A Pinterest error body: {"code": 2, "message": "Authentication failed."}.
struct ApiError {
    int code = 0;
    QString message;
};
[[nodiscard]] std::optional<ApiError> parseApiError(const QByteArray &body);

[[nodiscard]] QJsonObject boardToJson(const Board &board);
// The defaultBoard extension of an account, if it has a valid one.
[[nodiscard]] std::optional<Board> defaultBoard(const Account &account);

} // namespace fanout::pinterest
