// Graph API replies of Facebook and Instagram (app/platforms/facebook/graph.h):
// error bodies, Page lists with paging, granted permissions, Instagram
// profiles and plain nodes. Every reader gets the same bytes.

#include "tests/fuzz/fuzzsupport.h"

#include "app/platforms/facebook/graph.h"

using namespace fanout::facebook;

namespace {

[[nodiscard]] bool isDigits(const QString &text)
{
    if (text.isEmpty() || text.size() > 32)
        return false;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = fanout::fuzz::bytes(data, size);

    if (const std::optional<GraphError> error = parseGraphError(body))
        FANOUT_FUZZ_CHECK(error->message.size() <= 300 && error->type.size() <= 60);

    // Ids go into request paths unescaped, so they must be Graph ids.
    const fanout::Expected<PageBatch> batch = parsePageBatch(body);
    if (batch) {
        FANOUT_FUZZ_CHECK(batch->pages.size() <= 1000);
        for (const Page &page : batch->pages) {
            FANOUT_FUZZ_CHECK(isDigits(page.id));
            FANOUT_FUZZ_CHECK(page.instagramId.isEmpty() || isDigits(page.instagramId));
            FANOUT_FUZZ_CHECK(!page.accessToken.isEmpty() && page.accessToken.size() <= 4096);
            FANOUT_FUZZ_CHECK(!page.name.isEmpty());
        }
        FANOUT_FUZZ_CHECK(batch->next.isEmpty() || batch->next.isValid());
        const QUrl api(QStringLiteral("https://graph.facebook.com/v21.0"));
        if (isSameOrigin(batch->next, api))
            FANOUT_FUZZ_CHECK(batch->next.host() == api.host() && batch->next.scheme() == api.scheme());
    } else {
        FANOUT_FUZZ_CHECK(batch.error().code == fanout::ErrorCode::UpstreamInvalidResponse);
    }

    if (fanout::Expected<QStringList> granted = parseGrantedPermissions(body)) {
        FANOUT_FUZZ_CHECK(granted->size() <= 200);
        FANOUT_FUZZ_CHECK(granted->removeDuplicates() == 0);
    }

    if (const fanout::Expected<InstagramProfile> profile = parseInstagramProfile(body)) {
        FANOUT_FUZZ_CHECK(isDigits(profile->id));
        FANOUT_FUZZ_CHECK(profile->pictureUrl.isEmpty() || profile->pictureUrl.startsWith(u"http"));
    }

    if (const fanout::Expected<GraphNode> node = parseNode(body))
        FANOUT_FUZZ_CHECK(isDigits(node->id));
    return 0;
}
