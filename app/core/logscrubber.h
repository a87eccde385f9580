#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringView>

// The last line of defence against secrets in logs. Code never logs a token
// or password on purpose. Should one still reach a Qt message, the message
// handler installed here replaces it with "[redacted]" before it is printed.
//
// Secrets are registered where they enter the process: the vault (every
// value it encrypts or decrypts), the app password read by the command line
// or the dialog, and the tokens a connector receives. The raw value and its
// base64 and base64url forms (with and without padding) are masked. Another
// encoding (hex, percent-encoding, a slice of a longer base64 text) is not.
namespace fanout::logscrubber {

// Values shorter than this are ignored: masking them would garble ordinary text.
inline constexpr qsizetype kMinimumSecretSize = 8;
// The maximum number of secrets kept. Past it, the oldest are forgotten first.
inline constexpr qsizetype kMaximumSecrets = 4096;

// Thread-safe. The bytes are kept in memory (as the forms to mask) until the
// process ends or forgetAllForTesting() runs.
void registerSecret(QByteArrayView secret);
// Registers the UTF-8 bytes of the text.
void registerSecret(QStringView secret);

// Returns the message with every registered secret replaced by "[redacted]".
[[nodiscard]] QString scrub(const QString &message);

// Installs the scrubbing message handler in front of the current one (Qt's
// default when none was installed). Calling it again is harmless.
void install();

// Returns the number of registered secrets, for tests.
[[nodiscard]] qsizetype secretCount();
void forgetAllForTesting();

} // namespace fanout::logscrubber
