#include "app/vault/vault.h"

#include <QJsonDocument>

#include <openssl/crypto.h>

#include "app/core/logging.h"
#include "app/core/logscrubber.h"
#include "app/store/accountstore.h"
#include "app/vault/keychain.h"
#include "app/vault/secretbox.h"

namespace fanout {

namespace {

const QString kKeyVersionMeta = QStringLiteral("vault.keyVersion");
const QString kVaultIdMeta = QStringLiteral("vault.id");

QByteArray serialize(const QJsonObject &secrets)
{
    return QJsonDocument(secrets).toJson(QJsonDocument::Compact);
}

// Every text value of a secrets object (tokens, passwords) is registered
// with the log scrubber as it passes through the vault.
void registerSecretValues(const QJsonObject &secrets)
{
    for (auto it = secrets.constBegin(); it != secrets.constEnd(); ++it) {
        if (it.value().isString())
            logscrubber::registerSecret(it.value().toString());
    }
}

void wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty())
        OPENSSL_cleanse(bytes.data(), size_t(bytes.size()));
}

} // namespace

Vault::Vault(AccountStore &store, const Keychain &keychain)
    : m_store(store)
    , m_keychain(keychain)
{
    // The vault id names this data directory's keys in the keychain. It is
    // stored in the database rather than derived from the path, so a moved or
    // copied data directory still finds its key; a new one is written only
    // together with the first key or client secret.
    Expected<std::optional<QString>> stored = m_store.meta(kVaultIdMeta);
    if (stored && stored->has_value() && !(*stored)->isEmpty()) {
        m_vaultId = **stored;
        m_vaultIdStored = true;
    } else {
        m_vaultId = QString::fromLatin1(SecretBox::generateKey().toHex().left(32));
    }
}

Vault::~Vault() = default;

QString Vault::keyName(quint32 version) const
{
    return QStringLiteral("vault-key/%1/v%2").arg(m_vaultId).arg(version);
}

QByteArray Vault::associatedData(const QString &accountId, Platform platform)
{
    return QByteArrayLiteral("fanout.account\0") + accountId.toUtf8() + '\0' + platformId(platform).toUtf8();
}

std::optional<quint32> Vault::currentKeyVersion() const
{
    Expected<std::optional<QString>> stored = m_store.meta(kKeyVersionMeta);
    if (!stored || !stored->has_value())
        return std::nullopt;
    bool ok = false;
    const uint version = (*stored)->toUInt(&ok);
    return ok ? std::optional<quint32>(version) : std::nullopt;
}

Expected<void> Vault::unlockForWriting()
{
    return unlock(true);
}

Expected<void> Vault::unlockForReading()
{
    return unlock(false);
}

Expected<QString> Vault::recordedId()
{
    if (!m_vaultIdStored) {
        if (Expected<void> recorded = m_store.setMeta(kVaultIdMeta, m_vaultId); !recorded)
            return std::unexpected(recorded.error());
        m_vaultIdStored = true;
    }
    return m_vaultId;
}

Expected<void> Vault::createKey(quint32 version)
{
    QByteArray key = SecretBox::generateKey();
    // Write the keychain first, so a failure leaves no key version in the database.
    if (Expected<void> written = m_keychain.write(keyName(version), key); !written) {
        wipe(key);
        return written;
    }
    Expected<void> recorded = m_vaultIdStored ? Expected<void>() : m_store.setMeta(kVaultIdMeta, m_vaultId);
    if (recorded)
        recorded = m_store.setMeta(kKeyVersionMeta, QString::number(version));
    if (!recorded) {
        wipe(key);
        (void)m_keychain.remove(keyName(version));
        return recorded;
    }
    m_vaultIdStored = true;
    logscrubber::registerSecret(key);
    m_box = std::make_unique<SecretBox>(key, version);
    wipe(key);
    qCInfo(lcVault) << "created vault key version" << version;
    return {};
}

Expected<void> Vault::unlock(bool createIfMissing)
{
    if (m_box)
        return {};

    const std::optional<quint32> version = currentKeyVersion();
    if (!version) {
        if (!createIfMissing)
            return fail(ErrorCode::VaultKeyMismatch);
        // The first key: nothing is written to the database unless the keychain accepts it.
        return createKey(1);
    }

    Expected<std::optional<QByteArray>> key = m_keychain.read(keyName(*version));
    if (!key)
        return std::unexpected(key.error());
    if (key->has_value() && (*key)->size() == SecretBox::kKeySize) {
        logscrubber::registerSecret(**key);
        m_box = std::make_unique<SecretBox>(**key, *version);
        wipe(**key);
        return {};
    }

    qCWarning(lcVault) << "the keychain has no usable key for vault key version" << *version;
    if (!createIfMissing)
        return fail(ErrorCode::VaultKeyMismatch);
    // Rows sealed with the lost key stay readable as public data and report
    // VaultKeyMismatch for their secrets until they are reconnected.
    return createKey(*version + 1);
}

Expected<Account> Vault::saveConnection(const Account &account, const QJsonObject &secrets)
{
    if (Expected<void> unlocked = unlockForWriting(); !unlocked)
        return std::unexpected(unlocked.error());
    registerSecretValues(secrets);
    QByteArray plaintext = serialize(secrets);
    Expected<Account> saved = m_store.upsert(account, [&](const QString &accountId) {
        return m_box->seal(plaintext, associatedData(accountId, account.platform));
    });
    wipe(plaintext);
    if (saved)
        qCInfo(lcVault) << "stored secrets for account" << saved->id;
    return saved;
}

Expected<QJsonObject> Vault::readSecrets(const Account &account)
{
    if (Expected<void> unlocked = unlockForReading(); !unlocked) {
        if (unlocked.error().code == ErrorCode::VaultKeyMismatch)
            (void)m_store.setStatus(account.id, AccountStatus::KeyMismatch);
        return std::unexpected(unlocked.error());
    }
    Expected<QByteArray> blob = m_store.secretsBlob(account.id);
    if (!blob)
        return std::unexpected(blob.error());
    Expected<QByteArray> plaintext = m_box->open(*blob, associatedData(account.id, account.platform));
    if (!plaintext) {
        qCWarning(lcVault) << "the vault key cannot open the secrets of account" << account.id;
        (void)m_store.setStatus(account.id, AccountStatus::KeyMismatch);
        return std::unexpected(plaintext.error());
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(*plaintext, &parseError);
    wipe(*plaintext);
    if (!document.isObject())
        return fail(ErrorCode::VaultKeyMismatch);
    registerSecretValues(document.object());
    return document.object();
}

Expected<void> Vault::updateSecrets(const Account &account, const QJsonObject &secrets,
                                    const std::optional<QDateTime> &tokenExpiresAt)
{
    if (Expected<void> unlocked = unlockForWriting(); !unlocked)
        return unlocked;
    registerSecretValues(secrets);
    QByteArray plaintext = serialize(secrets);
    Expected<QByteArray> blob = m_box->seal(plaintext, associatedData(account.id, account.platform));
    wipe(plaintext);
    if (!blob)
        return std::unexpected(blob.error());
    return m_store.replaceSecrets(account.id, *blob, tokenExpiresAt);
}

Expected<int> Vault::rotateKey()
{
    if (Expected<void> unlocked = unlockForWriting(); !unlocked)
        return std::unexpected(unlocked.error());

    const quint32 oldVersion = m_box->keyVersion();
    const quint32 newVersion = oldVersion + 1;
    QByteArray newKey = SecretBox::generateKey();
    if (Expected<void> written = m_keychain.write(keyName(newVersion), newKey); !written) {
        wipe(newKey);
        return std::unexpected(written.error());
    }
    auto newBox = std::make_unique<SecretBox>(newKey, newVersion);
    wipe(newKey);

    int unreadable = 0;
    Expected<int> resealed = m_store.resealAll(
        [&](const Account &account, const QByteArray &blob) -> Expected<QByteArray> {
            const QByteArray associated = associatedData(account.id, account.platform);
            Expected<QByteArray> plaintext = m_box->open(blob, associated);
            if (!plaintext) {
                // Sealed with a key that is gone: keep it as it is for a reconnect.
                ++unreadable;
                return blob;
            }
            Expected<QByteArray> sealed = newBox->seal(*plaintext, associated);
            wipe(*plaintext);
            return sealed;
        },
        [&]() { return m_store.setMeta(kKeyVersionMeta, QString::number(newVersion)); });

    if (!resealed) {
        (void)m_keychain.remove(keyName(newVersion));
        return resealed;
    }
    m_box = std::move(newBox);
    if (Expected<void> removed = m_keychain.remove(keyName(oldVersion)); !removed)
        qCWarning(lcVault) << "could not delete the previous vault key version" << oldVersion;
    qCInfo(lcVault) << "rotated the vault key to version" << newVersion << "re-encrypting"
                    << (*resealed - unreadable) << "accounts," << unreadable << "left unreadable";
    return *resealed - unreadable;
}

} // namespace fanout
