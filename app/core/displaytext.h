#pragma once

#include <QString>

namespace fanout {

// Text from outside (a platform's reply, a file) can carry characters that
// change how the text around it shows. A line break adds a row to a list or
// a table, an escape sequence recolours or clears a terminal, and a bidi
// override reverses what follows it. These functions turn each such
// character into U+FFFD, so the text stays visibly what it was sent as.

// Returns text fit for one line: control characters (line breaks and tabs
// included), line and paragraph separators, and the bidi embedding,
// override and isolate characters become U+FFFD.
[[nodiscard]] QString singleLineText(const QString &text);

// Returns text fit to write to a terminal: as singleLineText(), except that
// line breaks and tabs stay.
[[nodiscard]] QString terminalText(const QString &text);

} // namespace fanout
