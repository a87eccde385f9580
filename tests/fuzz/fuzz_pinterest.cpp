// Pinterest API v5 replies (app/platforms/pinterest/pinterestapi.h): the
// user_account profile, a page of boards, the {code, message} error body and
// the defaultBoard extension.
//
// Input: a JSON reply body.

#include "tests/fuzz/fuzzsupport.h"

#include "app/platforms/pinterest/pinterestapi.h"

using namespace fanout;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = fuzz::bytes(data, size);

    const Expected<Account> account = pinterest::parseProfile(body);
    if (account) {
        FANOUT_FUZZ_CHECK(account->platform == Platform::Pinterest);
        FANOUT_FUZZ_CHECK(!account->platformUserId.isEmpty() && account->platformUserId.size() <= 256);
        FANOUT_FUZZ_CHECK(!account->handle.isEmpty() && !account->displayName.isEmpty());
        FANOUT_FUZZ_CHECK(account->avatarUrl.isEmpty() || account->avatarUrl.startsWith(u"http"));
    } else {
        FANOUT_FUZZ_CHECK(account.error().code == ErrorCode::UpstreamInvalidResponse);
    }

    const Expected<pinterest::BoardPage> page = pinterest::parseBoards(body);
    if (page) {
        for (const pinterest::Board &board : page->boards) {
            FANOUT_FUZZ_CHECK(!board.id.isEmpty() && board.id.size() <= 512 && board.name.size() <= 512);
            // What the connect stores as the extension reads back the same.
            Account stored;
            stored.extensions.insert(pinterest::kDefaultBoardKey, pinterest::boardToJson(board));
            FANOUT_FUZZ_CHECK(pinterest::defaultBoard(stored) == board);
        }
        FANOUT_FUZZ_CHECK(page->bookmark.size() <= 512);
    } else {
        FANOUT_FUZZ_CHECK(page.error().code == ErrorCode::UpstreamInvalidResponse);
    }

    if (const std::optional<pinterest::ApiError> error = pinterest::parseApiError(body))
        FANOUT_FUZZ_CHECK(error->message.size() <= 300);
    return 0;
}
