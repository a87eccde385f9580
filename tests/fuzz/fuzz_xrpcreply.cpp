// XRPC responses from a PDS or the AppView (app/platforms/bluesky/xrpc.h):
// the body with its status, and the rate-limit headers of a 429.
//
// Input: two bytes of HTTP status (taken modulo 600), then
// "ratelimit-reset\nretry-after\nbody".

#include "tests/fuzz/fuzzsupport.h"

#include "app/platforms/bluesky/xrpc.h"

using namespace fanout::bluesky;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    const int status = ((data[0] << 8) | data[1]) % 600;
    const auto [reset, afterReset] = fanout::fuzz::split(fanout::fuzz::bytes(data + 2, size - 2), '\n');
    const auto [retry, body] = fanout::fuzz::split(afterReset, '\n');

    const XrpcReply reply = parseXrpcBody(status, body);
    FANOUT_FUZZ_CHECK(reply.httpStatus == status);
    FANOUT_FUZZ_CHECK(reply.body == body);
    FANOUT_FUZZ_CHECK(reply.networkError == QNetworkReply::NoError && !reply.timedOut && !reply.tooLarge);
    if (reply.succeeded())
        FANOUT_FUZZ_CHECK(reply.errorName.isEmpty() && reply.errorMessage.isEmpty());
    if (!reply.json)
        FANOUT_FUZZ_CHECK(reply.errorName.isEmpty() && reply.errorMessage.isEmpty());
    if (reply.isError(QLatin1StringView("ExpiredToken")))
        FANOUT_FUZZ_CHECK(status >= 400 && status < 500);

    const QDateTime now = QDateTime::fromSecsSinceEpoch(1'700'000'000, Qt::UTC);
    const std::optional<std::chrono::seconds> delay = parseRetryAfter(reset, retry, now);
    if (delay) {
        FANOUT_FUZZ_CHECK(delay->count() >= 0);
        // What the connector shows: whole minutes, rounded up.
        (void)std::chrono::ceil<std::chrono::minutes>(*delay).count();
    }
    return 0;
}
