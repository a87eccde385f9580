// The request line a second start sends to the running window over its local
// socket (app/store/instancechannel.h). Only the user's own processes can
// connect, but the window still reads whatever arrives there.
//
// Input: the line, without its line break.

#include "tests/fuzz/fuzzsupport.h"

#include "app/store/instancechannel.h"

using fanout::InstanceChannel;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray line = fanout::fuzz::bytes(data, size);
    const std::optional<InstanceChannel::Request> request = InstanceChannel::parseRequest(line);
    if (!request)
        return 0;

    // Nothing but show and settings is accepted, and show carries no page.
    const QByteArray trimmed = line.trimmed();
    FANOUT_FUZZ_CHECK(trimmed.startsWith(request->openSettings ? "settings" : "show"));
    if (!request->openSettings)
        FANOUT_FUZZ_CHECK(request->settingsPage.isEmpty() && trimmed == "show");
    for (const QChar c : request->settingsPage)
        FANOUT_FUZZ_CHECK(c.unicode() >= 0x20 && c.unicode() != 0x7f);

    // The line a second start builds for the same request reads back the same.
    const QByteArray rebuilt = InstanceChannel::requestLine(
        request->openSettings ? std::optional<QString>(request->settingsPage) : std::nullopt);
    FANOUT_FUZZ_CHECK(rebuilt.endsWith('\n') && rebuilt.count('\n') == 1);
    const std::optional<InstanceChannel::Request> again = InstanceChannel::parseRequest(rebuilt.chopped(1));
    FANOUT_FUZZ_CHECK(again.has_value());
    FANOUT_FUZZ_CHECK(again->openSettings == request->openSettings);
    if (request->settingsPage.size() <= 60)
        FANOUT_FUZZ_CHECK(again->settingsPage == request->settingsPage);
    return 0;
}
