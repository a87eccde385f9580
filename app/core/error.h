#pragma once

#include <expected>

#include <QMetaType>
#include <QObject>
#include <QString>

namespace fanout {

Q_NAMESPACE

// The stable error codes that the window shows, the command line prints as
// {"error":{"code":…}}, and scripts match on. Never renumber or rename one.
enum class ErrorCode {
    PlatformRejected,
    PlatformAuthFailed,
    FacebookPagesNone,
    KeychainUnavailable,
    VaultKeyMismatch,
    ProviderNotConfigured,
    InvalidInput,
    NetworkError,
    UpstreamInvalidResponse,
    ConnectTimeout,
    ConnectCancelled,
    StorageError,
};
Q_ENUM_NS(ErrorCode)

// An error code plus a detail for the person reading it. The detail names
// what failed (a field, an upstream error name, a file) and never holds a
// token, password or key. For PlatformRejected, PlatformAuthFailed,
// InvalidInput, ConnectCancelled and StorageError it is a whole sentence that
// includes what to do next.
struct Error {
    ErrorCode code = ErrorCode::StorageError;
    QString detail;

    friend bool operator==(const Error &, const Error &) = default;
};

template <typename T>
using Expected = std::expected<T, Error>;

[[nodiscard]] inline std::unexpected<Error> fail(ErrorCode code, QString detail = {})
{
    return std::unexpected(Error{code, std::move(detail)});
}

// "platform_rejected", "keychain_unavailable", …
[[nodiscard]] QString errorCodeName(ErrorCode code);

// A translated sentence saying what went wrong and what to do next. Errors
// of the platform, input, cancel and storage codes carry that sentence in
// their detail; the others get a general sentence for their code, then the
// detail.
[[nodiscard]] QString errorMessage(const Error &error);

} // namespace fanout

Q_DECLARE_METATYPE(fanout::Error)
