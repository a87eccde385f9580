#include "app/platforms/bluesky/didoc.h"

#include <QJsonArray>
#include <QJsonValue>

namespace fanout::bluesky {

QUrl pdsEndpoint(const QJsonObject &document, const QString &did)
{
    const QJsonArray services = document.value(QLatin1StringView("service")).toArray();
    for (const QJsonValue &value : services) {
        const QJsonObject service = value.toObject();
        const QString id = service.value(QLatin1StringView("id")).toString();
        if (id != QLatin1StringView("#atproto_pds") && id != did + QLatin1StringView("#atproto_pds"))
            continue;
        if (service.value(QLatin1StringView("type")).toString() != QLatin1StringView("AtprotoPersonalDataServer"))
            continue;
        const QUrl endpoint(service.value(QLatin1StringView("serviceEndpoint")).toString(), QUrl::StrictMode);
        if (endpoint.isValid() && endpoint.path().size() <= 1 && !endpoint.hasQuery() && !endpoint.hasFragment())
            return endpoint;
    }
    return {};
}

} // namespace fanout::bluesky
