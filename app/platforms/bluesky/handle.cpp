#include "app/platforms/bluesky/handle.h"

#include <array>

#include <QCoreApplication>
#include <QLatin1StringView>

#include "app/core/displaytext.h"

namespace fanout::bluesky {

namespace {

constexpr qsizetype kMaxHandleLength = 253;
constexpr qsizetype kMaxLabelLength = 63;
constexpr qsizetype kMaxDidLength = 2048;

[[nodiscard]] constexpr bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

[[nodiscard]] constexpr bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

[[nodiscard]] constexpr bool isHexDigit(QChar c)
{
    return isAsciiDigit(c) || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

[[nodiscard]] constexpr bool isBase32Lower(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'2' && c <= u'7');
}

[[nodiscard]] bool isValidLabel(QStringView label)
{
    if (label.isEmpty() || label.size() > kMaxLabelLength)
        return false;
    if (label.front() == u'-' || label.back() == u'-')
        return false;
    for (QChar c : label) {
        if (!isAsciiLetter(c) && !isAsciiDigit(c) && c != u'-')
            return false;
    }
    return true;
}

} // namespace

bool isValidHandle(QStringView handle)
{
    if (handle.isEmpty() || handle.size() > kMaxHandleLength)
        return false;
    qsizetype labels = 0;
    QStringView last;
    for (QStringView label : handle.tokenize(u'.')) {
        if (!isValidLabel(label))
            return false;
        last = label;
        ++labels;
    }
    // The top-level label may not start with a digit ("john.0", "cn.8").
    return labels >= 2 && !isAsciiDigit(last.front());
}

QString normalizeHandle(QStringView input)
{
    QStringView handle = input.trimmed();
    if (handle.startsWith(u'@'))
        handle = handle.sliced(1);
    return handle.toString().toLower();
}

bool isValidDid(QStringView did)
{
    if (did.size() > kMaxDidLength || !did.startsWith(u"did:"))
        return false;
    const QStringView rest = did.sliced(4);
    const qsizetype colon = rest.indexOf(u':');
    if (colon <= 0)
        return false;
    for (QChar c : rest.first(colon)) {
        if (c < u'a' || c > u'z')
            return false;
    }
    const QStringView identifier = rest.sliced(colon + 1);
    if (identifier.isEmpty() || identifier.back() == u':')
        return false;
    for (qsizetype i = 0; i < identifier.size(); ++i) {
        const QChar c = identifier[i];
        if (c == u'%') {
            if (i + 2 >= identifier.size())
                return false;
            if (!isHexDigit(identifier[i + 1]) || !isHexDigit(identifier[i + 2]))
                return false;
            i += 2;
            continue;
        }
        if (!isAsciiLetter(c) && !isAsciiDigit(c) && c != u'.' && c != u'_' && c != u':' && c != u'-')
            return false;
    }
    return true;
}

QString unsupportedDidMessage(QStringView did)
{
    return QCoreApplication::translate("fanout::bluesky",
                                       "“%1” is not a Bluesky account DID. A did:plc: DID has 24 characters from a "
                                       "to z and 2 to 7 after the prefix, and a did:web: DID names a host such as "
                                       "example.com, with no path or IP address.")
        .arg(singleLineText(did.left(100).toString()));
}

bool isSupportedAccountDid(QStringView did)
{
    if (!isValidDid(did))
        return false;
    if (did.startsWith(u"did:plc:")) {
        const QStringView identifier = did.sliced(8);
        if (identifier.size() != 24)
            return false;
        for (QChar c : identifier) {
            if (!isBase32Lower(c))
                return false;
        }
        return true;
    }
    if (did.startsWith(u"did:web:")) {
        // A hostname, with a percent-encoded port ("localhost%3A2583") only for
        // local testing. Account DIDs may not have a path (more colons).
        const QStringView host = did.sliced(8);
        if (host.contains(u':'))
            return false;
        const qsizetype port = host.indexOf(u"%3A", 0, Qt::CaseInsensitive);
        if (port >= 0)
            return host.first(port) == u"localhost";
        return isValidHandle(host);
    }
    return false;
}

bool looksLikeAppPassword(QStringView password)
{
    if (password.size() != 19)
        return false;
    for (qsizetype i = 0; i < password.size(); ++i) {
        const QChar c = password[i];
        if (i % 5 == 4) {
            if (c != u'-')
                return false;
        } else if (!isBase32Lower(c.toLower())) {
            return false;
        }
    }
    return true;
}

bool hasReservedTld(QStringView handle)
{
    static constexpr std::array kReserved{
        QLatin1StringView("alt"),     QLatin1StringView("arpa"),  QLatin1StringView("example"),
        QLatin1StringView("internal"), QLatin1StringView("invalid"), QLatin1StringView("local"),
        QLatin1StringView("localhost"), QLatin1StringView("onion"), QLatin1StringView("test"),
    };
    const qsizetype dot = handle.lastIndexOf(u'.');
    const QStringView tld = dot < 0 ? handle : handle.sliced(dot + 1);
    for (QLatin1StringView reserved : kReserved) {
        if (tld.compare(reserved, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace fanout::bluesky
