// Claims of the session tokens a PDS returns (app/platforms/bluesky/jwt.h):
// base64url splitting, JSON parsing, exp and scope reading.
//
// Input: one byte that picks the form, then the rest. Even: the token text,
// read as Latin-1 like a header value. Odd: the claims JSON, which is put
// into a token here so that the fuzzer mutates the JSON itself rather than
// its base64.

#include "tests/fuzz/fuzzsupport.h"

#include "app/platforms/bluesky/jwt.h"

using namespace fanout::bluesky;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray rest = fanout::fuzz::bytes(data + 1, size - 1);
    const QString token = (data[0] & 1) == 0
                              ? QString::fromLatin1(rest)
                              : QStringLiteral("eyJhbGciOiJFUzI1NksifQ.")
                                    + QString::fromLatin1(rest.toBase64(QByteArray::Base64UrlEncoding
                                                                        | QByteArray::OmitTrailingEquals))
                                    + QStringLiteral(".c2ln");
    const std::optional<QJsonObject> claims = jwtClaims(token);
    if (!claims)
        return 0;
    // Claims come only from three dot-separated parts with a non-empty middle.
    FANOUT_FUZZ_CHECK(token.count(u'.') == 2 && !token.split(u'.').at(1).isEmpty());

    const QDateTime expiry = jwtExpiry(*claims);
    if (expiry.isValid()) {
        FANOUT_FUZZ_CHECK(expiry.timeSpec() == Qt::UTC);
        FANOUT_FUZZ_CHECK(expiry.date().year() >= 1970 && expiry.date().year() <= 9999);
        (void)expiry.toString(Qt::ISODate);
    }
    (void)sessionScope(*claims);
    return 0;
}
