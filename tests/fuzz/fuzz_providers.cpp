// The providers file that `fanout providers import FILE` reads
// (app/providers/providerconfig.h): the checks ProviderStore::importJson()
// makes before it writes anything, without the keychain or the data folder.
//
// Input: the file's bytes.

#include "tests/fuzz/fuzzsupport.h"

#include <QJsonDocument>

#include "app/providers/providerconfig.h"

using namespace fanout;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QJsonParseError parseError{};
    const QJsonDocument parsed = QJsonDocument::fromJson(fuzz::bytes(data, size), &parseError);
    if (parseError.error != QJsonParseError::NoError || !parsed.isObject())
        return 0;
    QJsonObject entries = parsed.object();
    if (entries.contains(QLatin1StringView("providers")))
        entries = entries.value(QLatin1StringView("providers")).toObject();

    for (auto it = entries.constBegin(); it != entries.constEnd(); ++it) {
        const std::optional<Platform> platform = platformFromId(it.key());
        const std::optional<ProviderConfig> defaults = platform ? defaultProviderConfig(*platform) : std::nullopt;
        if (!defaults || !it.value().isObject())
            continue;
        const Expected<ProviderConfig> updated = applyProviderJson(*defaults, it.value().toObject());
        if (!updated) {
            FANOUT_FUZZ_CHECK(updated.error().code == ErrorCode::InvalidInput);
            continue;
        }
        FANOUT_FUZZ_CHECK(updated->platform == *platform);
        FANOUT_FUZZ_CHECK(updated->redirectPort != 0);
        FANOUT_FUZZ_CHECK(updated->clientId.size() <= 512);
        (void)updated->redirectUri();

        // ProviderStore::save() writes toJson() and config() reads it back
        // over the defaults: what was imported must load as the same thing.
        QJsonObject saved = updated->toJson();
        saved.remove(QLatin1StringView("platform"));
        if (updated->relayRedirectUri.isEmpty())
            saved.remove(QLatin1StringView("redirectUri"));
        const QByteArray file = QJsonDocument(saved).toJson(QJsonDocument::Indented);
        const Expected<ProviderConfig> loaded = applyProviderJson(*defaults, QJsonDocument::fromJson(file).object());
        FANOUT_FUZZ_CHECK(loaded.has_value());
        FANOUT_FUZZ_CHECK(*loaded == *updated);
    }
    return 0;
}
