// The query of the browser's redirect to http://127.0.0.1:PORT/callback
// (app/oauth/pkce.h). QOAuthHttpServerReplyHandler splits it with QUrlQuery
// and OAuthFlow::handleCallback() decodes state, code, error and
// error_description with decodeCallbackValue().
//
// Input: the query string as the browser sends it, after "?".

#include "tests/fuzz/fuzzsupport.h"

#include <QUrl>
#include <QUrlQuery>

#include "app/oauth/pkce.h"

using namespace fanout::oauth;

namespace {

// The authorization URL carries each value through encodeQueryValue() and
// QUrlQuery; the redirect brings it back through QUrlQuery and
// decodeCallbackValue(). Every value must survive unchanged, or a state check
// fails (or a code is mangled) for some server's values.
//
// All values of one input travel in one URL: encodeQueryValue() escapes '&',
// '=' and '+', so no value can change another, and one URL per input instead
// of one per value makes the target several times faster (the URL parsing
// and the allocations under ASan dominated its cost).
void checkRoundTrip(const QStringList &values)
{
    const auto state = QStringLiteral("state");
    QStringList sendable;
    sendable.reserve(values.size());
    QUrlQuery sent;
    for (const QString &value : values) {
        if (QString::fromUtf8(value.toUtf8()) != value)
            continue; // lone surrogates have no UTF-8 form to send
        sendable.append(value);
        sent.addQueryItem(state, encodeQueryValue(value));
    }
    if (sendable.isEmpty())
        return;
    QUrl url(QStringLiteral("http://127.0.0.1:47321/callback"));
    url.setQuery(sent);
    const QUrl received = QUrl::fromEncoded(url.toEncoded());
    const QStringList arrived = QUrlQuery(received.query()).allQueryItemValues(state);
    FANOUT_FUZZ_CHECK(arrived.size() == sendable.size());
    for (qsizetype i = 0; i < arrived.size(); ++i)
        FANOUT_FUZZ_CHECK(decodeCallbackValue(arrived.at(i)) == sendable.at(i));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray raw = fanout::fuzz::bytes(data, size);
    const QUrl url = QUrl::fromEncoded("http://127.0.0.1:47321/callback?" + raw);
    const QUrlQuery query(url.query());
    const auto items = query.queryItems();
    QStringList values;
    values.reserve(items.size() + 1);
    for (const auto &[key, value] : items) {
        values.append(decodeCallbackValue(value));
        (void)decodeCallbackValue(key);
    }
    values.append(QString::fromUtf8(raw));
    checkRoundTrip(values);
    return 0;
}
