// DID documents from plc.directory or a did:web host, read for the PDS
// endpoint (app/platforms/bluesky/didoc.h).
//
// Input: the DID, a newline, then the document's JSON.

#include "tests/fuzz/fuzzsupport.h"

#include <QJsonDocument>

#include "app/platforms/bluesky/didoc.h"
#include "app/platforms/bluesky/xrpc.h"

using namespace fanout::bluesky;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto [did, json] = fanout::fuzz::split(fanout::fuzz::bytes(data, size), '\n');
    const QJsonDocument document = QJsonDocument::fromJson(json);
    if (!document.isObject())
        return 0;
    const QUrl endpoint = pdsEndpoint(document.object(), QString::fromUtf8(did));
    if (endpoint.isEmpty())
        return 0;
    // Only a bare origin comes out; the connector then checks the scheme.
    FANOUT_FUZZ_CHECK(endpoint.isValid());
    FANOUT_FUZZ_CHECK(endpoint.path().size() <= 1 && !endpoint.hasQuery() && !endpoint.hasFragment());
    if (isAcceptableServiceUrl(endpoint)) {
        const QUrl url = xrpcUrl(endpoint, QLatin1StringView("com.atproto.server.createSession"));
        FANOUT_FUZZ_CHECK(url.host() == endpoint.host() && url.scheme() == endpoint.scheme());
        FANOUT_FUZZ_CHECK(url.path().endsWith(u"/xrpc/com.atproto.server.createSession"));
    }
    return 0;
}
