#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace fanout::test {

// Every file under the folders (recursively) and the single files given, with
// the needles found in each. Also looks for each needle's base64 and hex
// forms, so an encoded copy counts as a leak too.
[[nodiscard]] QStringList filesContainingAny(const QStringList &paths, const QList<QByteArray> &needles);

} // namespace fanout::test
