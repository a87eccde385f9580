#pragma once

#include <optional>

#include <QByteArray>
#include <QString>

#include "app/core/error.h"

namespace fanout {

// Synchronous access to the OS keychain through QtKeychain (Secret Service or
// KWallet on Linux, Keychain on macOS, Credential Manager on Windows). The
// insecure plain-file fallback of QtKeychain is always off.
//
// NOTE: each call spins a local event loop until the D-Bus or OS call ends.
// The vault reads its key once per run, so the wait happens at most once or
// twice per process; an unlock prompt from the keyring waits inside it.
class Keychain final
{
public:
    explicit Keychain(QString service = QStringLiteral("Fanout"));

    // The stored bytes, nothing when the entry does not exist, or
    // KeychainUnavailable when no keychain answers or access was denied.
    [[nodiscard]] Expected<std::optional<QByteArray>> read(const QString &key) const;
    [[nodiscard]] Expected<void> write(const QString &key, const QByteArray &data) const;
    // Succeeds when the entry is gone afterwards, including when it never existed.
    [[nodiscard]] Expected<void> remove(const QString &key) const;

    [[nodiscard]] QString service() const { return m_service; }

private:
    QString m_service;
};

} // namespace fanout
