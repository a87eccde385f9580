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

// The authorization URL carries a value through encodeQueryValue() and
// QUrlQuery; the redirect brings it back through QUrlQuery and
// decodeCallbackValue(). The value must survive unchanged, or a state check
// fails (or a code is mangled) for some server's values.
void checkRoundTrip(const QString &value)
{
    if (QString::fromUtf8(value.toUtf8()) != value)
        return; // lone surrogates have no UTF-8 form to send
    QUrlQuery sent;
    sent.addQueryItem(QStringLiteral("state"), encodeQueryValue(value));
    QUrl url(QStringLiteral("http://127.0.0.1:47321/callback"));
    url.setQuery(sent);
    const QUrl received = QUrl::fromEncoded(url.toEncoded());
    const QUrlQuery query(received.query());
    FANOUT_FUZZ_CHECK(decodeCallbackValue(query.queryItemValue(QStringLiteral("state"))) == value);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray raw = fanout::fuzz::bytes(data, size);
    const QUrl url = QUrl::fromEncoded("http://127.0.0.1:47321/callback?" + raw);
    const QUrlQuery query(url.query());
    const auto items = query.queryItems();
    for (const auto &[key, value] : items) {
        const QString decoded = decodeCallbackValue(value);
        (void)decodeCallbackValue(key);
        checkRoundTrip(decoded);
    }
    checkRoundTrip(QString::fromUtf8(raw));
    return 0;
}
