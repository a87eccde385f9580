#include "app/vault/secretbox.h"

#include <cstring>
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

namespace {

// One AES-256-GCM pass. The associated data may come in two parts, which
// GCM authenticates as if concatenated; output must hold input.size() bytes.
bool runGcm(bool encrypting, QByteArrayView key, QByteArrayView iv, QByteArrayView aadHead,
            QByteArrayView aadTail, QByteArrayView input, unsigned char *output, unsigned char *tag)
{
    if (key.size() != SecretBox::kKeySize || iv.isEmpty())
        return false;
    CipherContext context(EVP_CIPHER_CTX_new());
    if (!context)
        return false;
    const auto init = encrypting ? EVP_EncryptInit_ex : EVP_DecryptInit_ex;
    const auto update = encrypting ? EVP_EncryptUpdate : EVP_DecryptUpdate;
    if (init(context.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1)
        return false;
    // 96 bits is GCM's default IV length; other lengths must be set first.
    if (iv.size() != SecretBox::kNonceSize
        && EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_IVLEN, int(iv.size()), nullptr) != 1)
        return false;
    if (init(context.get(), nullptr, nullptr, bytes(key), bytes(iv)) != 1)
        return false;

    int length = 0;
    for (QByteArrayView part : {aadHead, aadTail}) {
        if (!part.isEmpty() && update(context.get(), nullptr, &length, bytes(part), int(part.size())) != 1)
            return false;
    }
    int written = 0;
    if (!input.isEmpty()) {
        if (update(context.get(), output, &length, bytes(input), int(input.size())) != 1)
            return false;
        written = length;
    }
    if (encrypting) {
        return EVP_EncryptFinal_ex(context.get(), output + written, &length) == 1
            && EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_GET_TAG, SecretBox::kTagSize, tag) == 1;
    }
    // OpenSSL takes the expected tag through a non-const pointer but only reads it.
    return EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_TAG, SecretBox::kTagSize, tag) == 1
        && EVP_DecryptFinal_ex(context.get(), output + written, &length) == 1;
}

} // namespace

std::optional<SecretBox::Sealed> SecretBox::encrypt(QByteArrayView key, QByteArrayView iv,
                                                    QByteArrayView plaintext,
                                                    QByteArrayView associatedData)
{
    Sealed sealed;
    sealed.ciphertext.resize(plaintext.size());
    sealed.tag.resize(kTagSize);
    if (!runGcm(true, key, iv, associatedData, {}, plaintext, bytes(sealed.ciphertext), bytes(sealed.tag)))
        return std::nullopt;
    return sealed;
}

std::optional<QByteArray> SecretBox::decrypt(QByteArrayView key, QByteArrayView iv,
                                             QByteArrayView ciphertext,
                                             QByteArrayView associatedData, QByteArrayView tag)
{
    if (tag.size() != kTagSize)
        return std::nullopt;
    QByteArray expectedTag = tag.toByteArray();
    QByteArray plaintext(ciphertext.size(), Qt::Uninitialized);
    if (!runGcm(false, key, iv, associatedData, {}, ciphertext, bytes(plaintext), bytes(expectedTag))) {
        OPENSSL_cleanse(plaintext.data(), size_t(plaintext.size()));
        return std::nullopt;
    }
    return plaintext;
}

Expected<QByteArray> SecretBox::seal(QByteArrayView plaintext, QByteArrayView associatedData) const
{
    // The blob is written in place: header, nonce, ciphertext, tag.
    QByteArray blob(kHeaderSize + kNonceSize + plaintext.size() + kTagSize, Qt::Uninitialized);
    unsigned char *out = bytes(blob);
    out[0] = kFormat;
    qToBigEndian(m_keyVersion, out + 1);
    unsigned char *nonce = out + kHeaderSize;
    if (RAND_bytes(nonce, kNonceSize) != 1)
        return fail(ErrorCode::StorageError, QStringLiteral("OpenSSL could not generate a nonce."));

    const QByteArrayView header(blob.constData(), kHeaderSize);
    const QByteArrayView nonceView(blob.constData() + kHeaderSize, kNonceSize);
    unsigned char *ciphertext = nonce + kNonceSize;
    unsigned char *tag = ciphertext + plaintext.size();
    if (!runGcm(true, m_key, nonceView, header, associatedData, plaintext, ciphertext, tag))
        return fail(ErrorCode::StorageError, QStringLiteral("OpenSSL could not encrypt the secrets."));
    return blob;
}

Expected<QByteArray> SecretBox::open(QByteArrayView blob, QByteArrayView associatedData) const
{
    const std::optional<quint32> version = keyVersionOf(blob);
    if (!version || blob.size() < kHeaderSize + kNonceSize + kTagSize || *version != m_keyVersion)
        return fail(ErrorCode::VaultKeyMismatch);

    const qsizetype cipherLength = blob.size() - kHeaderSize - kNonceSize - kTagSize;
    unsigned char tag[kTagSize];
    std::memcpy(tag, blob.data() + blob.size() - kTagSize, kTagSize);
    QByteArray plaintext(cipherLength, Qt::Uninitialized);
    if (!runGcm(false, m_key, blob.sliced(kHeaderSize, kNonceSize), blob.first(kHeaderSize), associatedData,
                blob.sliced(kHeaderSize + kNonceSize, cipherLength), bytes(plaintext), tag)) {
        OPENSSL_cleanse(plaintext.data(), size_t(plaintext.size()));
        return fail(ErrorCode::VaultKeyMismatch);
    }
    return plaintext;
}

std::optional<quint32> SecretBox::keyVersionOf(QByteArrayView blob)
{
    if (blob.size() < kHeaderSize || quint8(blob[0]) != kFormat)
        return std::nullopt;
    return qFromBigEndian<quint32>(blob.data() + 1);
}

} // namespace fanout
