#pragma once

#include <chrono>
#include <optional>

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

namespace fanout::bluesky {

// How long one request may go without receiving data before it is aborted.
inline constexpr std::chrono::seconds kRequestTimeout{30};

// The largest response body read. XRPC answers of the methods Fanout calls
// are a few kilobytes, so a larger one is aborted rather than buffered.
inline constexpr qint64 kMaxResponseSize = 1 << 20;

// The URL of an XRPC method under a service or PDS base URL, keeping any
// path the base has (a PDS behind a reverse proxy at /pds/ stays there).
[[nodiscard]] QUrl xrpcUrl(const QUrl &base, QLatin1StringView nsid, const QUrlQuery &query = {});

// A request with the timeout, JSON content type and, when given, a bearer
// token. The token goes only into the Authorization header.
[[nodiscard]] QNetworkRequest xrpcRequest(const QUrl &url, const QString &bearerToken = {},
                                          std::chrono::milliseconds timeout = kRequestTimeout);

// Aborts the reply as soon as its body is announced or received larger than
// maxBytes; readReply() then reports it with tooLarge set.
void limitResponseSize(QNetworkReply &reply, qint64 maxBytes = kMaxResponseSize);

// Whether a URL may carry passwords and tokens: https, or plain http to the
// local machine (a PDS run for development or tests).
[[nodiscard]] bool isAcceptableServiceUrl(const QUrl &url);

// The result of one request, read once when the reply finished. The body may
// contain tokens, so it is parsed here and never logged.
struct XrpcReply {
    int httpStatus = 0; // 0 when no HTTP answer arrived
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    bool timedOut = false;
    bool tooLarge = false; // aborted by limitResponseSize(); body and json are empty
    QByteArray body;
    std::optional<QJsonObject> json; // the body, when it is a JSON object
    QString errorName;               // XRPC {"error": …}
    QString errorMessage;            // XRPC {"message": …}
    std::optional<std::chrono::seconds> retryAfter; // from ratelimit-reset or Retry-After

    [[nodiscard]] bool answered() const { return httpStatus != 0; }
    [[nodiscard]] bool succeeded() const { return httpStatus >= 200 && httpStatus < 300; }
    // An XRPC error with this name, on any 4xx status.
    [[nodiscard]] bool isError(QLatin1StringView name) const
    {
        return httpStatus >= 400 && httpStatus < 500 && errorName == name;
    }
};

// Parses a response body the way readReply() does. Sets httpStatus, body and
// json, and on a status outside 2xx also errorName and errorMessage.
[[nodiscard]] XrpcReply parseXrpcBody(int httpStatus, QByteArray body);

// Returns the delay that a 429 response requests, from RateLimit-Reset
// (seconds since the epoch) or else Retry-After (seconds or an HTTP date).
// Returns nothing when neither header contains a time.
[[nodiscard]] std::optional<std::chrono::seconds> parseRetryAfter(const QByteArray &ratelimitReset,
                                                                  const QByteArray &retryAfter,
                                                                  const QDateTime &now);

// Reads a finished reply. A reply aborted by its transfer timeout (rather
// than by the caller) counts as timed out; the caller disconnects a reply
// before aborting it on purpose.
[[nodiscard]] XrpcReply readReply(QNetworkReply &reply);

// The name of a QNetworkReply error ("ConnectionRefusedError"), for details and logs.
[[nodiscard]] QString networkErrorName(QNetworkReply::NetworkError error);

} // namespace fanout::bluesky
