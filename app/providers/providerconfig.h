#pragma once

#include <optional>

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include "app/core/error.h"
#include "app/core/platform.h"

namespace fanout {

class Keychain;
class Vault;

// How a confidential client proves itself at the token endpoint.
enum class ClientAuth {
    HttpBasic, // Authorization: Basic base64(client_id:secret) (X, Pinterest)
    FormBody,  // client_secret in the form body (LinkedIn, Facebook, Threads)
};

// Where one OAuth platform lives and which client the organisation registered
// there. The defaults are the real platform's endpoints; tests and
// self-hosted setups point them elsewhere. The client secret is never part of
// this type: it stays in the OS keychain (ProviderStore::clientSecret).
struct ProviderConfig {
    Platform platform = Platform::Twitter;
    QUrl authorizeUrl;
    QUrl tokenUrl;
    QUrl apiBaseUrl;
    QStringList scopes;
    QString clientId;
    quint16 redirectPort = 0;
    ClientAuth clientAuth = ClientAuth::HttpBasic;
    // The organisation's HTTPS relay page, for platforms that reject
    // loopback redirects (Meta). Empty: the loopback URI is the redirect.
    QUrl relayRedirectUri;
    // Graph API version put in front of every Facebook path ("v21.0");
    // empty for platforms without versioned paths.
    QString apiVersion;
    // What joins the scopes in the authorization URL: Threads and Pinterest
    // expect commas.
    QChar scopeSeparator = u' ';

    static constexpr QLatin1StringView kCallbackPath{"/callback"};

    [[nodiscard]] bool isConfigured() const { return !clientId.isEmpty(); }
    // http://127.0.0.1:PORT/callback, where the listener waits.
    [[nodiscard]] QUrl loopbackUri() const;
    // The redirect_uri sent in the authorization and token requests: the
    // relay page when one is set, else the loopback URI. It must match the
    // URI registered with the platform exactly.
    [[nodiscard]] QUrl redirectUri() const;
    // camelCase JSON without any secret: platform, clientId, authorizeUrl, …
    [[nodiscard]] QJsonObject toJson() const;

    friend bool operator==(const ProviderConfig &, const ProviderConfig &) = default;
};

// Platforms connected through the browser with an OAuth code (X, LinkedIn,
// Facebook, Threads, Pinterest).
[[nodiscard]] QList<Platform> oauthPlatforms();
// The real platform's endpoints, scopes and fixed redirect port; no client id.
[[nodiscard]] std::optional<ProviderConfig> defaultProviderConfig(Platform platform);
// Applies the fields present in json onto base. InvalidInput names the field
// that is wrong. clientSecret is not read here.
[[nodiscard]] Expected<ProviderConfig> applyProviderJson(const ProviderConfig &base, const QJsonObject &json);

// The Bluesky service the connect dialog starts with when Settings stored none.
[[nodiscard]] QUrl defaultBlueskyService();
// Checks a Bluesky service URL typed by the user: https, or plain http on
// this computer. InvalidInput names the problem.
[[nodiscard]] Expected<QUrl> parseBlueskyService(const QString &text);

// The provider configuration of one data directory: providers.json beside the
// database (mode 0600, no secrets) over the defaults, and client secrets in
// the keychain under client-secret/<vault id>/<platform>. Each data directory
// thus keeps its own secret, as two organisations' apps need.
class ProviderStore final
{
    Q_DECLARE_TR_FUNCTIONS(fanout::ProviderStore)

public:
    ProviderStore(QString dataDir, const Keychain &keychain, Vault &vault);

    [[nodiscard]] QString filePath() const;
    [[nodiscard]] Expected<ProviderConfig> config(Platform platform) const;
    // config() that fails with ProviderNotConfigured, saying how to configure
    // the platform, when it has no client id.
    [[nodiscard]] Expected<ProviderConfig> configuredConfig(Platform platform) const;
    [[nodiscard]] Expected<void> save(const ProviderConfig &config);

    [[nodiscard]] Expected<std::optional<QByteArray>> clientSecret(Platform platform) const;
    [[nodiscard]] Expected<void> setClientSecret(Platform platform, const QByteArray &secret);
    [[nodiscard]] static QString clientSecretName(const QString &vaultId, Platform platform);

    struct ImportResult {
        QList<Platform> platforms;          // configurations written
        QList<Platform> secretsToKeychain;  // clientSecret values moved into the keychain
    };
    // Reads {"providers": {"twitter": {…}, …}} (or the inner object alone),
    // checks every entry, then writes them; a client secret goes to the
    // keychain only. Nothing is written when any entry is invalid.
    [[nodiscard]] Expected<ImportResult> importJson(const QByteArray &document);
    // {"providers": {"twitter": {…}, "linkedin": {…}}}, never with a secret.
    [[nodiscard]] Expected<QJsonObject> exportJson() const;

    // The Bluesky service from providers.json ("bluesky": {"serviceUrl": …}),
    // else defaultBlueskyService(). An empty URL removes the stored one.
    [[nodiscard]] Expected<QUrl> blueskyService() const;
    [[nodiscard]] Expected<void> setBlueskyService(const QUrl &service);

private:
    [[nodiscard]] Expected<QJsonObject> readFile() const;
    [[nodiscard]] Expected<void> writeFile(const QJsonObject &providers);

    QString m_dataDir;
    const Keychain &m_keychain;
    Vault &m_vault;
};

} // namespace fanout
