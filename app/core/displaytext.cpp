#include "app/core/displaytext.h"

namespace fanout {

namespace {

// U+202A to U+202E embed and override, U+2066 to U+2069 isolate. The marks
// U+200E, U+200F and U+061C only set a direction and stay: names in
// right-to-left scripts use them.
bool isBidiControl(char16_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

QString replaceUnsafe(const QString &text, bool keepLineBreaks)
{
    QString safe = text;
    for (QChar &c : safe) {
        if (keepLineBreaks && (c == u'\n' || c == u'\t'))
            continue;
        const QChar::Category category = c.category();
        if (category == QChar::Other_Control || category == QChar::Separator_Line
            || category == QChar::Separator_Paragraph || isBidiControl(c.unicode())) {
            c = QChar(QChar::ReplacementCharacter);
        }
    }
    return safe;
}

} // namespace

QString singleLineText(const QString &text)
{
    return replaceUnsafe(text, false);
}

QString terminalText(const QString &text)
{
    return replaceUnsafe(text, true);
}

} // namespace fanout
