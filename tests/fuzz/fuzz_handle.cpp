// Handles, DIDs and passwords as typed by people or sent by a PDS
// (app/platforms/bluesky/handle.h).
//
// Input: one byte that picks the decoding (even: UTF-8, odd: raw UTF-16,
// which reaches lone surrogates), then the text.

#include "tests/fuzz/fuzzsupport.h"

#include "app/platforms/bluesky/handle.h"

using namespace fanout::bluesky;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray rest = fanout::fuzz::bytes(data + 1, size - 1);
    const QString text = (data[0] & 1) == 0
                             ? QString::fromUtf8(rest)
                             : QString(reinterpret_cast<const QChar *>(rest.constData()), rest.size() / 2);

    const bool handle = isValidHandle(text);
    const QString normalized = normalizeHandle(text);
    const bool did = isValidDid(text);
    const bool supportedDid = isSupportedAccountDid(text);
    const bool appPassword = looksLikeAppPassword(text);
    (void)hasReservedTld(text);

    if (handle) {
        // A valid handle is ASCII of at most 253 characters and stays valid,
        // only lowercased, through normalizeHandle().
        FANOUT_FUZZ_CHECK(text.size() <= 253);
        FANOUT_FUZZ_CHECK(normalized == text.toLower());
        FANOUT_FUZZ_CHECK(isValidHandle(normalized));
        for (const QChar c : text)
            FANOUT_FUZZ_CHECK(c.unicode() < 0x80);
    }
    // What normalizeHandle() accepts as valid is its own fixed point.
    if (isValidHandle(normalized)) {
        FANOUT_FUZZ_CHECK(normalizeHandle(normalized) == normalized);
        (void)hasReservedTld(normalized);
    }
    // A handle never has a ':' and a DID always has one.
    FANOUT_FUZZ_CHECK(!(handle && did));
    FANOUT_FUZZ_CHECK(!supportedDid || did);
    if (did)
        FANOUT_FUZZ_CHECK(text.startsWith(u"did:") && text.size() <= 2048);
    if (appPassword)
        FANOUT_FUZZ_CHECK(text.size() == 19);
    return 0;
}
