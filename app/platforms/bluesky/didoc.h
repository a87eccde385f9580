#pragma once

#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace fanout::bluesky {

// Returns the PDS endpoint of a DID document, or an empty QUrl when it has
// none. The endpoint is the serviceEndpoint of the service whose id is
// "#atproto_pds" (or "<did>#atproto_pds") and whose type is
// AtprotoPersonalDataServer, and only when it is a valid URL with no path,
// query or fragment. The caller still checks the scheme.
[[nodiscard]] QUrl pdsEndpoint(const QJsonObject &document, const QString &did);

} // namespace fanout::bluesky
