#pragma once

#include <memory>
#include <optional>

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include "app/core/account.h"
#include "app/core/error.h"

namespace fanout {

class AccountStore;
class Keychain;
class SecretBox;

// Encrypts account secrets with a 256-bit key kept in the OS keychain and
// stores them through the account store. Only connectors and the refresh
// path use it; everything else reads the public Account from the store.
//
// The key is created on first use and read once per run. Its keychain entry
// is named after a random vault id kept in the database and a key version,
// so each data directory has its own key, a moved directory keeps it, and
// rotation never overwrites the old key before every row is re-encrypted.
class Vault final
{
public:
    Vault(AccountStore &store, const Keychain &keychain);
    ~Vault();
    Vault(const Vault &) = delete;
    Vault &operator=(const Vault &) = delete;

    // Loads the current key, creating one when no key exists yet or the
    // stored one vanished from the keychain. Fails with KeychainUnavailable
    // before anything is written.
    [[nodiscard]] Expected<void> unlockForWriting();
    // Loads the current key without creating one: VaultKeyMismatch when the
    // keychain has no key for rows that exist.
    [[nodiscard]] Expected<void> unlockForReading();

    // Encrypts secrets for the account and inserts or updates its row.
    [[nodiscard]] Expected<Account> saveConnection(const Account &account, const QJsonObject &secrets);
    // Decrypts a row's secrets. A row the key cannot open is marked with
    // AccountStatus::KeyMismatch and VaultKeyMismatch is returned.
    [[nodiscard]] Expected<QJsonObject> readSecrets(const Account &account);
    // Re-encrypts and stores new secrets, marking the account connected.
    [[nodiscard]] Expected<void> updateSecrets(const Account &account, const QJsonObject &secrets,
                                               const std::optional<QDateTime> &tokenExpiresAt);
    // Creates the next key version and re-encrypts every row with it in one
    // transaction; the old key is deleted only after the commit. Returns the
    // number of rows re-encrypted.
    [[nodiscard]] Expected<int> rotateKey();

    // Name of the keychain entry holding the given key version.
    [[nodiscard]] QString keyName(quint32 version) const;
    [[nodiscard]] std::optional<quint32> currentKeyVersion() const;

    // The id that names this data directory's entries in the keychain. It is
    // only stored in the database together with the first entry written
    // under it, so a directory that never writes one keeps no id.
    [[nodiscard]] QString id() const { return m_vaultId; }
    // Returns id() after storing it in the database if needed. Call it
    // before writing a keychain entry under the id.
    [[nodiscard]] Expected<QString> recordedId();

    // Associated data binding a blob to one row: its id and platform.
    [[nodiscard]] static QByteArray associatedData(const QString &accountId, Platform platform);

private:
    [[nodiscard]] Expected<void> unlock(bool createIfMissing);
    [[nodiscard]] Expected<void> createKey(quint32 version);

    AccountStore &m_store;
    const Keychain &m_keychain;
    QString m_vaultId;
    bool m_vaultIdStored = false;
    std::unique_ptr<SecretBox> m_box;
};

} // namespace fanout
