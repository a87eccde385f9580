#include "app/oauth/pkce.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QUrl>

namespace fanout::oauth {

namespace {

[[nodiscard]] QByteArray randomBytes(qsizetype count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return bytes;
}

constexpr auto kBase64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

} // namespace

QByteArray generateCodeVerifier()
{
    return randomBytes(32).toBase64(kBase64Url);
}

QByteArray codeChallengeS256(const QByteArray &verifier)
{
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256).toBase64(kBase64Url);
}

QString generateState()
{
    return QString::fromLatin1(randomBytes(16).toBase64(kBase64Url));
}

QString decodeCallbackValue(const QString &value)
{
    QByteArray bytes = value.toUtf8();
    bytes.replace('+', ' ');
    return QUrl::fromPercentEncoding(bytes);
}

QString encodeQueryValue(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

} // namespace fanout::oauth
