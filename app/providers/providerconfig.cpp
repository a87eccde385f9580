#include "app/providers/providerconfig.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QUrlQuery>

#include "app/core/displaytext.h"
#include "app/core/logging.h"
#include "app/platforms/facebook/graph.h"
#include "app/vault/keychain.h"
#include "app/vault/vault.h"

namespace fanout {

namespace {

constexpr QLatin1StringView kFileName("providers.json");
constexpr QLatin1StringView kProviders("providers");
constexpr QLatin1StringView kClientId("clientId");
constexpr QLatin1StringView kClientSecret("clientSecret");
constexpr QLatin1StringView kAuthorizeUrl("authorizeUrl");
constexpr QLatin1StringView kTokenUrl("tokenUrl");
constexpr QLatin1StringView kApiBaseUrl("apiBaseUrl");
constexpr QLatin1StringView kScopes("scopes");
constexpr QLatin1StringView kRedirectPort("redirectPort");
constexpr QLatin1StringView kRedirectUri("redirectUri");
constexpr QLatin1StringView kApiVersion("apiVersion");
constexpr QLatin1StringView kServiceUrl("serviceUrl");

// lupdate files the tr() calls in ProviderStore's members under
// "fanout::ProviderStore" but those in the free functions of this file under
// "fanout", so a message is looked up in both.
QString tr(const char *text)
{
    const QString translated = QCoreApplication::translate("fanout::ProviderStore", text);
    if (translated != QString::fromUtf8(text))
        return translated;
    return QCoreApplication::translate("fanout", text);
}

[[nodiscard]] Error invalid(const QString &text)
{
    return Error{ErrorCode::InvalidInput, text};
}

// https anywhere; plain http only on this computer (local servers and tests).
[[nodiscard]] bool isAcceptableEndpoint(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty() || !url.userInfo().isEmpty() || url.hasFragment())
        return false;
    if (url.scheme() == u"https")
        return true;
    return url.scheme() == u"http"
           && (url.host() == u"127.0.0.1" || url.host() == u"localhost" || url.host() == u"[::1]"
               || url.host() == u"::1");
}

// The relay page of a redirectUri entry. The loopback URI itself (as
// `providers export` prints it) or an empty string means no relay. The relay
// forwards to the port in its `port` query item when it has one, so that
// port must be the listener's.
[[nodiscard]] Expected<QUrl> relayRedirectUri(const ProviderConfig &config, const QJsonValue &value)
{
    const QString platform = platformId(config.platform);
    if (!value.isString() || value.toString().size() > 2048)
        return std::unexpected(invalid(tr("%1.redirectUri must be a string.").arg(platform)));
    const QString text = value.toString().trimmed();
    if (text.isEmpty())
        return QUrl();
    const QUrl url(text, QUrl::StrictMode);
    if (url == config.loopbackUri())
        return QUrl();
    if (!isAcceptableEndpoint(url))
        return std::unexpected(invalid(tr("%1.redirectUri must be the https:// address of your relay page (plain "
                                          "http only for 127.0.0.1).")
                                           .arg(platform)));
    const QUrlQuery query(url);
    if (query.hasQueryItem(QStringLiteral("port"))
        && query.queryItemValue(QStringLiteral("port")) != QString::number(config.redirectPort))
        return std::unexpected(invalid(tr("%1.redirectUri sends the browser to port %2, but %1.redirectPort is %3; "
                                          "make them the same.")
                                           .arg(platform, query.queryItemValue(QStringLiteral("port")).left(10))
                                           .arg(config.redirectPort)));
    return url;
}

[[nodiscard]] QStringList splitScopes(const QString &text)
{
    QString normalized = text;
    normalized.replace(u',', u' ');
    return normalized.split(u' ', Qt::SkipEmptyParts);
}

} // namespace

QUrl ProviderConfig::redirectUri() const
{
    return relayRedirectUri.isEmpty() ? loopbackUri() : relayRedirectUri;
}

QUrl ProviderConfig::loopbackUri() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(redirectPort);
    url.setPath(kCallbackPath);
    return url;
}

QJsonObject ProviderConfig::toJson() const
{
    QJsonObject json{
        {QStringLiteral("platform"), platformId(platform)},
        {kClientId, clientId},
        {kAuthorizeUrl, authorizeUrl.toString()},
        {kTokenUrl, tokenUrl.toString()},
        {kApiBaseUrl, apiBaseUrl.toString()},
        {kScopes, QJsonArray::fromStringList(scopes)},
        {kRedirectPort, int(redirectPort)},
        {kRedirectUri, redirectUri().toString()},
    };
    if (!apiVersion.isEmpty())
        json.insert(kApiVersion, apiVersion);
    return json;
}

QList<Platform> oauthPlatforms()
{
    return {Platform::Twitter, Platform::LinkedIn, Platform::Facebook, Platform::Threads, Platform::Pinterest};
}

std::optional<ProviderConfig> defaultProviderConfig(Platform platform)
{
    ProviderConfig config;
    config.platform = platform;
    switch (platform) {
    case Platform::Twitter:
        config.authorizeUrl = QUrl(QStringLiteral("https://x.com/i/oauth2/authorize"));
        config.tokenUrl = QUrl(QStringLiteral("https://api.x.com/2/oauth2/token"));
        config.apiBaseUrl = QUrl(QStringLiteral("https://api.x.com"));
        config.scopes = {QStringLiteral("tweet.read"), QStringLiteral("tweet.write"), QStringLiteral("users.read"),
                         QStringLiteral("offline.access")};
        config.redirectPort = 47321;
        config.clientAuth = ClientAuth::HttpBasic;
        return config;
    case Platform::LinkedIn:
        config.authorizeUrl = QUrl(QStringLiteral("https://www.linkedin.com/oauth/v2/authorization"));
        config.tokenUrl = QUrl(QStringLiteral("https://www.linkedin.com/oauth/v2/accessToken"));
        config.apiBaseUrl = QUrl(QStringLiteral("https://api.linkedin.com"));
        config.scopes = {QStringLiteral("openid"), QStringLiteral("profile"), QStringLiteral("w_member_social")};
        config.redirectPort = 47322;
        config.clientAuth = ClientAuth::FormBody;
        return config;
    case Platform::Facebook:
        // Paths without the Graph API version: Fanout inserts apiVersion.
        config.authorizeUrl = QUrl(QStringLiteral("https://www.facebook.com/dialog/oauth"));
        config.tokenUrl = QUrl(QStringLiteral("https://graph.facebook.com/oauth/access_token"));
        config.apiBaseUrl = QUrl(QStringLiteral("https://graph.facebook.com"));
        config.scopes = {QStringLiteral("pages_show_list"),       QStringLiteral("pages_manage_posts"),
                         QStringLiteral("pages_read_engagement"), QStringLiteral("business_management"),
                         QStringLiteral("instagram_basic"),       QStringLiteral("instagram_content_publish")};
        config.redirectPort = 47323;
        config.clientAuth = ClientAuth::FormBody;
        config.apiVersion = QStringLiteral("v21.0");
        return config;
    case Platform::Threads:
        // Threads has its own app id, separate from the Facebook app's.
        config.authorizeUrl = QUrl(QStringLiteral("https://threads.net/oauth/authorize"));
        config.tokenUrl = QUrl(QStringLiteral("https://graph.threads.net/oauth/access_token"));
        config.apiBaseUrl = QUrl(QStringLiteral("https://graph.threads.net"));
        config.scopes = {QStringLiteral("threads_basic"), QStringLiteral("threads_content_publish")};
        config.redirectPort = 47325;
        config.clientAuth = ClientAuth::FormBody;
        config.scopeSeparator = u',';
        return config;
    case Platform::Pinterest:
        config.authorizeUrl = QUrl(QStringLiteral("https://www.pinterest.com/oauth/"));
        config.tokenUrl = QUrl(QStringLiteral("https://api.pinterest.com/v5/oauth/token"));
        config.apiBaseUrl = QUrl(QStringLiteral("https://api.pinterest.com"));
        config.scopes = {QStringLiteral("boards:read"), QStringLiteral("boards:write"), QStringLiteral("pins:read"),
                         QStringLiteral("pins:write"), QStringLiteral("user_accounts:read")};
        config.redirectPort = 47324;
        config.clientAuth = ClientAuth::HttpBasic;
        config.scopeSeparator = u',';
        return config;
    default:
        return std::nullopt;
    }
}

Expected<ProviderConfig> applyProviderJson(const ProviderConfig &base, const QJsonObject &json)
{
    ProviderConfig config = base;
    const QString platform = platformId(base.platform);
    for (const QLatin1StringView key : {kAuthorizeUrl, kTokenUrl, kApiBaseUrl}) {
        if (!json.contains(key))
            continue;
        const QUrl url(json.value(key).toString(), QUrl::StrictMode);
        if (!isAcceptableEndpoint(url))
            return std::unexpected(invalid(tr("%1.%2 must be an https:// URL (plain http only for 127.0.0.1).")
                                               .arg(platform, key)));
        if (key == kAuthorizeUrl)
            config.authorizeUrl = url;
        else if (key == kTokenUrl)
            config.tokenUrl = url;
        else
            config.apiBaseUrl = url;
    }
    if (json.contains(kClientId)) {
        const QJsonValue value = json.value(kClientId);
        if (!value.isString() || value.toString().size() > 512)
            return std::unexpected(invalid(tr("%1.clientId must be a string.").arg(platform)));
        config.clientId = value.toString().trimmed();
        // A client id is printed and sent as is, so a control character or a
        // bidi override in it is a copying mistake at best.
        if (singleLineText(config.clientId) != config.clientId)
            return std::unexpected(invalid(tr("%1.clientId contains a control character or a line break. Copy the "
                                              "client ID from the platform's developer page again.")
                                               .arg(platform)));
    }
    if (json.contains(kScopes)) {
        const QJsonValue value = json.value(kScopes);
        if (value.isString()) {
            config.scopes = splitScopes(value.toString());
        } else if (value.isArray()) {
            config.scopes.clear();
            for (const QJsonValue &scope : value.toArray()) {
                if (!scope.isString())
                    return std::unexpected(invalid(tr("%1.scopes must hold strings.").arg(platform)));
                config.scopes += splitScopes(scope.toString());
            }
        } else {
            return std::unexpected(invalid(tr("%1.scopes must be a list or a space-separated string.").arg(platform)));
        }
    }
    if (json.contains(kRedirectPort)) {
        const int port = json.value(kRedirectPort).toInt(-1);
        if (port < 1 || port > 65535)
            return std::unexpected(invalid(tr("%1.redirectPort must be a port number from 1 to 65535.").arg(platform)));
        config.redirectPort = quint16(port);
    }
    if (json.contains(kApiVersion)) {
        const QString version = json.value(kApiVersion).toString();
        if (base.apiVersion.isEmpty() || !facebook::isGraphVersion(version))
            return std::unexpected(invalid(tr("%1.apiVersion must be a Graph API version such as v21.0, and only "
                                              "Facebook has one.")
                                               .arg(platform)));
        config.apiVersion = version;
    }
    if (json.contains(kRedirectUri)) {
        Expected<QUrl> relay = relayRedirectUri(config, json.value(kRedirectUri));
        if (!relay)
            return std::unexpected(relay.error());
        config.relayRedirectUri = *relay;
    }
    return config;
}

ProviderStore::ProviderStore(QString dataDir, const Keychain &keychain, Vault &vault)
    : m_dataDir(std::move(dataDir))
    , m_keychain(keychain)
    , m_vault(vault)
{
}

QString ProviderStore::filePath() const
{
    return QDir(m_dataDir).filePath(kFileName);
}

QString ProviderStore::clientSecretName(const QString &vaultId, Platform platform)
{
    return QStringLiteral("client-secret/%1/%2").arg(vaultId, platformId(platform));
}

Expected<QJsonObject> ProviderStore::readFile() const
{
    QFile file(filePath());
    if (!file.exists())
        return QJsonObject{};
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::StorageError, tr("%1 cannot be read.").arg(filePath()));
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(ErrorCode::StorageError,
                    tr("%1 is not valid JSON (%2 at byte %3); it may have been cut short. Correct the file, or "
                       "delete it and import your providers file again (or enter the settings again in File → "
                       "Settings).")
                        .arg(filePath(), parseError.errorString())
                        .arg(parseError.offset));
    if (!document.isObject())
        return fail(ErrorCode::StorageError,
                    tr("%1 holds JSON but not an object with the provider settings. Correct the file, or delete "
                       "it and import your providers file again (or enter the settings again in File → "
                       "Settings).")
                        .arg(filePath()));
    return document.object().value(kProviders).toObject();
}

Expected<void> ProviderStore::writeFile(const QJsonObject &providers)
{
    QSaveFile file(filePath());
    if (!file.open(QIODevice::WriteOnly))
        return fail(ErrorCode::StorageError, tr("%1 cannot be written.").arg(filePath()));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(QJsonObject{{kProviders, providers}}).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return fail(ErrorCode::StorageError, tr("%1 cannot be written.").arg(filePath()));
    return {};
}

Expected<ProviderConfig> ProviderStore::config(Platform platform) const
{
    const std::optional<ProviderConfig> defaults = defaultProviderConfig(platform);
    if (!defaults)
        return fail(ErrorCode::ProviderNotConfigured,
                    tr("Connecting %1 through the browser is not available in this version yet.")
                        .arg(QString::fromLatin1(platformInfo(platform).displayName)));
    Expected<QJsonObject> file = readFile();
    if (!file)
        return std::unexpected(file.error());
    const Expected<ProviderConfig> config = applyProviderJson(*defaults, file->value(platformId(platform)).toObject());
    if (!config)
        return fail(ErrorCode::StorageError, config.error().detail);
    return config;
}

Expected<ProviderConfig> ProviderStore::configuredConfig(Platform platform) const
{
    Expected<ProviderConfig> found = config(platform);
    if (found && !found->isConfigured())
        return fail(ErrorCode::ProviderNotConfigured,
                    tr("%1 has none; on the command line use `fanout providers import FILE`.")
                        .arg(QString::fromLatin1(platformInfo(platform).displayName)));
    return found;
}

Expected<void> ProviderStore::save(const ProviderConfig &config)
{
    Expected<QJsonObject> file = readFile();
    if (!file)
        return std::unexpected(file.error());
    QJsonObject entry = config.toJson();
    entry.remove(QStringLiteral("platform"));
    if (config.relayRedirectUri.isEmpty())
        entry.remove(kRedirectUri);
    file->insert(platformId(config.platform), entry);
    return writeFile(*file);
}

Expected<std::optional<QByteArray>> ProviderStore::clientSecret(Platform platform) const
{
    return m_keychain.read(clientSecretName(m_vault.id(), platform));
}

Expected<void> ProviderStore::setClientSecret(Platform platform, const QByteArray &secret)
{
    if (secret.isEmpty())
        return m_keychain.remove(clientSecretName(m_vault.id(), platform));
    Expected<QString> vaultId = m_vault.recordedId();
    if (!vaultId)
        return std::unexpected(vaultId.error());
    return m_keychain.write(clientSecretName(*vaultId, platform), secret);
}

Expected<ProviderStore::ImportResult> ProviderStore::importJson(const QByteArray &document)
{
    QJsonParseError parseError{};
    const QJsonDocument parsed = QJsonDocument::fromJson(document, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return std::unexpected(invalid(tr("The providers file is not valid JSON (%1 at byte %2).")
                                           .arg(parseError.errorString())
                                           .arg(parseError.offset)));
    if (!parsed.isObject())
        return std::unexpected(invalid(tr("The providers file is not a JSON object.")));
    QJsonObject entries = parsed.object();
    if (entries.contains(kProviders))
        entries = entries.value(kProviders).toObject();

    // Check everything first, so a bad entry writes nothing.
    QList<ProviderConfig> configs;
    QList<std::pair<Platform, QByteArray>> secrets;
    for (auto it = entries.constBegin(); it != entries.constEnd(); ++it) {
        const std::optional<Platform> platform = platformFromId(it.key());
        const std::optional<ProviderConfig> defaults = platform ? defaultProviderConfig(*platform) : std::nullopt;
        if (!defaults)
            return std::unexpected(invalid(tr("“%1” is not a platform Fanout connects through the browser "
                                              "(twitter, linkedin, facebook, threads, pinterest).")
                                               .arg(it.key().left(40))));
        if (!it.value().isObject())
            return std::unexpected(invalid(tr("The entry %1 must be a JSON object.").arg(it.key())));
        const QJsonObject json = it.value().toObject();
        Expected<ProviderConfig> current = config(*platform);
        if (!current)
            return std::unexpected(current.error());
        Expected<ProviderConfig> updated = applyProviderJson(*current, json);
        if (!updated)
            return std::unexpected(updated.error());
        configs.append(*updated);
        if (json.contains(kClientSecret)) {
            if (!json.value(kClientSecret).isString())
                return std::unexpected(invalid(tr("%1.clientSecret must be a string.").arg(it.key())));
            secrets.append({*platform, json.value(kClientSecret).toString().toUtf8()});
        }
    }

    ImportResult result;
    for (const auto &[platform, secret] : std::as_const(secrets)) {
        if (Expected<void> written = setClientSecret(platform, secret); !written)
            return std::unexpected(written.error());
        result.secretsToKeychain.append(platform);
    }
    for (const ProviderConfig &config : std::as_const(configs)) {
        if (Expected<void> saved = save(config); !saved)
            return std::unexpected(saved.error());
        result.platforms.append(config.platform);
    }
    qCInfo(lcOAuth) << "imported" << result.platforms.size() << "provider configurations,"
                    << result.secretsToKeychain.size() << "client secrets moved to the keychain";
    return result;
}

Expected<QJsonObject> ProviderStore::exportJson() const
{
    QJsonObject providers;
    for (Platform platform : oauthPlatforms()) {
        Expected<ProviderConfig> found = config(platform);
        if (!found)
            return std::unexpected(found.error());
        QJsonObject entry = found->toJson();
        entry.remove(QStringLiteral("platform"));
        providers.insert(platformId(platform), entry);
    }
    return QJsonObject{{kProviders, providers}};
}

QUrl defaultBlueskyService()
{
    return QUrl(QStringLiteral("https://bsky.social"));
}

Expected<QUrl> parseBlueskyService(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!isAcceptableEndpoint(url) || (!url.path().isEmpty() && url.path() != u"/") || url.hasQuery())
        return std::unexpected(invalid(ProviderStore::tr("“%1” is not a Bluesky service address. Enter an https:// "
                                                         "address without a path, such as https://bsky.social "
                                                         "(plain http only for 127.0.0.1).")
                                           .arg(text.trimmed().left(80))));
    QUrl service = url;
    service.setPath(QString());
    return service;
}

Expected<QUrl> ProviderStore::blueskyService() const
{
    Expected<QJsonObject> file = readFile();
    if (!file)
        return std::unexpected(file.error());
    const QString stored = file->value(platformId(Platform::Bluesky)).toObject().value(kServiceUrl).toString();
    if (stored.isEmpty())
        return defaultBlueskyService();
    Expected<QUrl> service = parseBlueskyService(stored);
    if (!service)
        return fail(ErrorCode::StorageError, service.error().detail);
    return service;
}

Expected<void> ProviderStore::setBlueskyService(const QUrl &service)
{
    Expected<QJsonObject> file = readFile();
    if (!file)
        return std::unexpected(file.error());
    const QString key = platformId(Platform::Bluesky);
    if (service.isEmpty() || service == defaultBlueskyService()) {
        file->remove(key);
        return writeFile(*file);
    }
    Expected<QUrl> checked = parseBlueskyService(service.toString());
    if (!checked)
        return std::unexpected(checked.error());
    file->insert(key, QJsonObject{{kServiceUrl, checked->toString()}});
    return writeFile(*file);
}

} // namespace fanout
