#pragma once

// Shared by the libFuzzer targets. No QCoreApplication is created: the
// parsers under test need none (QJsonDocument, QUrl, QString and
// QCoreApplication::translate all work without one).

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

#include <QByteArray>
#include <QString>

// Aborts with the failed invariant, which libFuzzer reports as a crash and
// saves the input for.
#define FANOUT_FUZZ_CHECK(condition)                                                                  \
    do {                                                                                              \
        if (!(condition)) {                                                                           \
            std::fprintf(stderr, "%s:%d: invariant failed: %s\n", __FILE__, __LINE__, #condition);    \
            std::abort();                                                                             \
        }                                                                                             \
    } while (false)

namespace fanout::fuzz {

// The input as bytes, without copying (the fuzzer keeps the buffer alive for
// the call).
[[nodiscard]] inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
}

// Splits the input at the first occurrence of separator: what comes before
// and after it (after is empty when there is none).
struct Split {
    QByteArray before;
    QByteArray after;
};

[[nodiscard]] inline Split split(const QByteArray &input, char separator)
{
    const qsizetype at = input.indexOf(separator);
    if (at < 0)
        return {input, {}};
    return {input.first(at), input.sliced(at + 1)};
}

} // namespace fanout::fuzz
