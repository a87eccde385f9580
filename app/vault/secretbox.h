#pragma once

#include <optional>

#include <QByteArray>
#include <QByteArrayView>

#include "app/core/error.h"

namespace fanout {

// AES-256-GCM on OpenSSL EVP. A sealed blob is
//   format (1 byte) | key version (4 bytes, big endian) | nonce (12) | ciphertext | tag (16)
// and the format byte and key version are authenticated with the caller's
// associated data, so neither can be changed without failing the tag.
class SecretBox final
{
public:
    static constexpr int kKeySize = 32;
    static constexpr int kNonceSize = 12;
    static constexpr int kTagSize = 16;
    static constexpr int kHeaderSize = 5;
    static constexpr quint8 kFormat = 1;

    // key must be 32 bytes; the box keeps a copy and wipes it on destruction.
    SecretBox(QByteArray key, quint32 keyVersion);
    ~SecretBox();
    SecretBox(const SecretBox &) = delete;
    SecretBox &operator=(const SecretBox &) = delete;

    [[nodiscard]] quint32 keyVersion() const { return m_keyVersion; }

    // Encrypts with a fresh random nonce. Fails only when OpenSSL does.
    [[nodiscard]] Expected<QByteArray> seal(QByteArrayView plaintext,
                                            QByteArrayView associatedData) const;
    // VaultKeyMismatch when the blob was sealed with another key, for other
    // associated data, or was changed in any bit.
    [[nodiscard]] Expected<QByteArray> open(QByteArrayView blob,
                                            QByteArrayView associatedData) const;

    // The key version written in a blob's header, or nothing for a blob too
    // short or of an unknown format.
    [[nodiscard]] static std::optional<quint32> keyVersionOf(QByteArrayView blob);

    // One-shot AES-256-GCM with a caller-chosen IV, for known-answer tests.
    struct Sealed {
        QByteArray ciphertext;
        QByteArray tag;
    };
    [[nodiscard]] static std::optional<Sealed> encrypt(QByteArrayView key, QByteArrayView iv,
                                                       QByteArrayView plaintext,
                                                       QByteArrayView associatedData);
    [[nodiscard]] static std::optional<QByteArray> decrypt(QByteArrayView key, QByteArrayView iv,
                                                           QByteArrayView ciphertext,
                                                           QByteArrayView associatedData,
                                                           QByteArrayView tag);

    // 32 bytes from OpenSSL's CSPRNG.
    [[nodiscard]] static QByteArray generateKey();

private:
    QByteArray m_key;
    quint32 m_keyVersion = 0;
};

} // namespace fanout
