#include "app/vault/secretbox.h"

#include <memory>

#include <QtEndian>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

namespace fanout {

namespace {

struct CipherContextDeleter {
    void operator()(EVP_CIPHER_CTX *context) const { EVP_CIPHER_CTX_free(context); }
};
using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, CipherContextDeleter>;

const unsigned char *bytes(QByteArrayView view)
{
    return reinterpret_cast<const unsigned char *>(view.data());
}

unsigned char *bytes(QByteArray &array)
{
    return reinterpret_cast<unsigned char *>(array.data());
}

QByteArray headerFor(quint32 keyVersion)
{
    QByteArray header(SecretBox::kHeaderSize, Qt::Uninitialized);
    header[0] = char(SecretBox::kFormat);
    qToBigEndian(keyVersion, header.data() + 1);
    return header;
}

} // namespace

SecretBox::SecretBox(QByteArray key, quint32 keyVersion)
    : m_key(std::move(key))
    , m_keyVersion(keyVersion)
{
    Q_ASSERT(m_key.size() == kKeySize);
}

SecretBox::~SecretBox()
{
    if (!m_key.isEmpty())
        OPENSSL_cleanse(m_key.data(), size_t(m_key.size()));
}

QByteArray SecretBox::generateKey()
{
    QByteArray key(kKeySize, Qt::Uninitialized);
    if (RAND_bytes(bytes(key), kKeySize) != 1)
        qFatal("OpenSSL RAND_bytes failed to produce a vault key");
    return key;
}

std::optional<SecretBox::Sealed> SecretBox::encrypt(QByteArrayView key, QByteArrayView iv,
                                                    QByteArrayView plaintext,
                                                    QByteArrayView associatedData)
{
    if (key.size() != kKeySize || iv.isEmpty())
        return std::nullopt;
    CipherContext context(EVP_CIPHER_CTX_new());
    if (!context)
        return std::nullopt;
    if (EVP_EncryptInit_ex(context.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1
        || EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_IVLEN, int(iv.size()), nullptr) != 1
        || EVP_EncryptInit_ex(context.get(), nullptr, nullptr, bytes(key), bytes(iv)) != 1)
        return std::nullopt;

    int length = 0;
    if (!associatedData.isEmpty()
        && EVP_EncryptUpdate(context.get(), nullptr, &length, bytes(associatedData),
                             int(associatedData.size())) != 1)
        return std::nullopt;

    Sealed sealed;
    sealed.ciphertext.resize(plaintext.size());
    int written = 0;
    if (!plaintext.isEmpty()) {
        if (EVP_EncryptUpdate(context.get(), bytes(sealed.ciphertext), &length, bytes(plaintext),
                              int(plaintext.size())) != 1)
            return std::nullopt;
        written = length;
    }
    if (EVP_EncryptFinal_ex(context.get(), bytes(sealed.ciphertext) + written, &length) != 1)
        return std::nullopt;
    sealed.tag.resize(kTagSize);
    if (EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_GET_TAG, kTagSize, sealed.tag.data()) != 1)
        return std::nullopt;
    return sealed;
}

std::optional<QByteArray> SecretBox::decrypt(QByteArrayView key, QByteArrayView iv,
                                             QByteArrayView ciphertext,
                                             QByteArrayView associatedData, QByteArrayView tag)
{
    if (key.size() != kKeySize || iv.isEmpty() || tag.size() != kTagSize)
        return std::nullopt;
    CipherContext context(EVP_CIPHER_CTX_new());
    if (!context)
        return std::nullopt;
    if (EVP_DecryptInit_ex(context.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1
        || EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_IVLEN, int(iv.size()), nullptr) != 1
        || EVP_DecryptInit_ex(context.get(), nullptr, nullptr, bytes(key), bytes(iv)) != 1)
        return std::nullopt;

    int length = 0;
    if (!associatedData.isEmpty()
        && EVP_DecryptUpdate(context.get(), nullptr, &length, bytes(associatedData),
                             int(associatedData.size())) != 1)
        return std::nullopt;

    QByteArray plaintext(ciphertext.size(), Qt::Uninitialized);
    int written = 0;
    if (!ciphertext.isEmpty()) {
        if (EVP_DecryptUpdate(context.get(), bytes(plaintext), &length, bytes(ciphertext),
                              int(ciphertext.size())) != 1)
            return std::nullopt;
        written = length;
    }
    // OpenSSL takes the expected tag through a non-const pointer but does not write it.
    QByteArray expectedTag = tag.toByteArray();
    if (EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_TAG, kTagSize, expectedTag.data()) != 1)
        return std::nullopt;
    if (EVP_DecryptFinal_ex(context.get(), bytes(plaintext) + written, &length) != 1) {
        OPENSSL_cleanse(plaintext.data(), size_t(plaintext.size()));
        return std::nullopt;
    }
    return plaintext;
}

Expected<QByteArray> SecretBox::seal(QByteArrayView plaintext, QByteArrayView associatedData) const
{
    QByteArray nonce(kNonceSize, Qt::Uninitialized);
    if (RAND_bytes(bytes(nonce), kNonceSize) != 1)
        return fail(ErrorCode::StorageError, QStringLiteral("OpenSSL could not generate a nonce."));

    const QByteArray header = headerFor(m_keyVersion);
    const QByteArray authenticated = header + associatedData.toByteArray();
    std::optional<Sealed> sealed = encrypt(m_key, nonce, plaintext, authenticated);
    if (!sealed)
        return fail(ErrorCode::StorageError, QStringLiteral("OpenSSL could not encrypt the secrets."));
    return header + nonce + sealed->ciphertext + sealed->tag;
}

Expected<QByteArray> SecretBox::open(QByteArrayView blob, QByteArrayView associatedData) const
{
    const std::optional<quint32> version = keyVersionOf(blob);
    if (!version || blob.size() < kHeaderSize + kNonceSize + kTagSize)
        return fail(ErrorCode::VaultKeyMismatch);
    if (*version != m_keyVersion)
        return fail(ErrorCode::VaultKeyMismatch);

    const QByteArrayView header = blob.first(kHeaderSize);
    const QByteArrayView nonce = blob.sliced(kHeaderSize, kNonceSize);
    const qsizetype cipherLength = blob.size() - kHeaderSize - kNonceSize - kTagSize;
    const QByteArrayView ciphertext = blob.sliced(kHeaderSize + kNonceSize, cipherLength);
    const QByteArrayView tag = blob.last(kTagSize);

    const QByteArray authenticated = header.toByteArray() + associatedData.toByteArray();
    std::optional<QByteArray> plaintext = decrypt(m_key, nonce, ciphertext, authenticated, tag);
    if (!plaintext)
        return fail(ErrorCode::VaultKeyMismatch);
    return std::move(*plaintext);
}

std::optional<quint32> SecretBox::keyVersionOf(QByteArrayView blob)
{
    if (blob.size() < kHeaderSize || quint8(blob[0]) != kFormat)
        return std::nullopt;
    return qFromBigEndian<quint32>(blob.data() + 1);
}

} // namespace fanout
