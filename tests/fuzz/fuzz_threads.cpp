// Threads Graph API replies (app/platforms/threads/threadsapi.h): the /me
// profile, the Graph error body, the stored issue time and the 24-hour
// refresh rule.
//
// Input: a JSON reply body; the same bytes are also read as stored secrets.

#include "tests/fuzz/fuzzsupport.h"

#include <QJsonDocument>

#include "app/oauth/tokenreply.h"
#include "app/platforms/threads/threadsapi.h"

using namespace fanout;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = fuzz::bytes(data, size);

    const Expected<Account> account = threads::parseProfile(body);
    if (account) {
        FANOUT_FUZZ_CHECK(account->platform == Platform::Threads);
        FANOUT_FUZZ_CHECK(!account->platformUserId.isEmpty() && account->platformUserId.size() <= 256);
        FANOUT_FUZZ_CHECK(!account->handle.isEmpty());
        FANOUT_FUZZ_CHECK(account->avatarUrl.isEmpty() || account->avatarUrl.startsWith(u"http"));
    } else {
        FANOUT_FUZZ_CHECK(account.error().code == ErrorCode::UpstreamInvalidResponse);
    }

    if (const std::optional<threads::GraphError> error = threads::parseGraphError(body)) {
        FANOUT_FUZZ_CHECK(error->code != 0 || !error->type.isEmpty());
        FANOUT_FUZZ_CHECK(error->type.size() <= 100 && error->message.size() <= 300);
        FANOUT_FUZZ_CHECK(threads::isAuthError(*error) == (error->code == 190));
    }

    // The long-lived token reply goes through the shared token parser.
    const Expected<oauth::TokenSet> tokens = oauth::parseTokenReply(body, {QStringLiteral("threads_basic")});
    if (tokens)
        FANOUT_FUZZ_CHECK(!tokens->accessToken.isEmpty());

    const QDateTime now = QDateTime::fromSecsSinceEpoch(1'700'000'000, Qt::UTC);
    const std::optional<QDateTime> issued = threads::issuedAt(QJsonDocument::fromJson(body).object());
    if (issued)
        FANOUT_FUZZ_CHECK(issued->isValid());
    const std::optional<Error> blocker = threads::refreshBlocker(issued, now.addDays(30), now);
    if (issued && issued->secsTo(now) < threads::kMinRefreshAgeSecs)
        FANOUT_FUZZ_CHECK(blocker && blocker->code == ErrorCode::InvalidInput);
    else
        FANOUT_FUZZ_CHECK(!blocker);
    const std::optional<Error> expired = threads::refreshBlocker(issued, now.addSecs(-1), now);
    FANOUT_FUZZ_CHECK(expired && expired->code == ErrorCode::PlatformAuthFailed);
    return 0;
}
