#pragma once

#include <optional>

#include <QSslConfiguration>
#include <QString>

namespace fanout::test {

// A server-side TLS configuration with a throw-away self-signed certificate
// for 127.0.0.1 (also its subjectAltName), made with the openssl command line
// in folder. A client with Qt's default verification rejects it only because
// no trusted CA signed it. Nothing on failure, with the reason in *error.
[[nodiscard]] std::optional<QSslConfiguration> selfSignedServerConfiguration(const QString &folder, QString *error);

} // namespace fanout::test
