#include "app/vault/keychain.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QtGlobal>

#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusReply>
#include <QDBusVariant>
#define FANOUT_SECRET_SERVICE 1
#endif

#include <qt6keychain/keychain.h>

#include "app/core/logging.h"

namespace fanout {

namespace {

// Runs a QtKeychain job to completion and returns its error code.
QKeychain::Error runJob(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    return job.error();
}

#ifdef FANOUT_SECRET_SERVICE
// Whether the Secret Service's default collection is locked. Through
// libsecret, QtKeychain reports an item in a locked collection whose unlock
// prompt failed or was dismissed as EntryNotFound, so a locked keyring would
// look like a lost key.
bool isSecretServiceLocked()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return false;
    const QString service = QStringLiteral("org.freedesktop.secrets");
    QDBusMessage alias = QDBusMessage::createMethodCall(service, QStringLiteral("/org/freedesktop/secrets"),
                                                        QStringLiteral("org.freedesktop.Secret.Service"),
                                                        QStringLiteral("ReadAlias"));
    alias << QStringLiteral("default");
    const QDBusReply<QDBusObjectPath> collection = bus.call(alias, QDBus::Block, 5000);
    if (!collection.isValid() || collection.value().path() == u"/")
        return false;
    QDBusMessage get = QDBusMessage::createMethodCall(service, collection.value().path(),
                                                      QStringLiteral("org.freedesktop.DBus.Properties"),
                                                      QStringLiteral("Get"));
    get << QStringLiteral("org.freedesktop.Secret.Collection") << QStringLiteral("Locked");
    const QDBusReply<QVariant> locked = bus.call(get, QDBus::Block, 5000);
    return locked.isValid() && locked.value().toBool();
}
#endif

Error unavailable(const QKeychain::Job &job)
{
    // The error string comes from D-Bus or the OS and names no secret.
    qCWarning(lcKeychain) << "keychain job failed with error" << int(job.error()) << job.errorString();
    // The library's text has no full stop and would run on from the summary.
    return Error{ErrorCode::KeychainUnavailable,
                 QCoreApplication::translate("fanout::Keychain", "The keychain reported: %1.").arg(job.errorString())};
}

} // namespace

Keychain::Keychain(QString service)
    : m_service(std::move(service))
{
}

Expected<std::optional<QByteArray>> Keychain::read(const QString &key) const
{
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(key);
    switch (runJob(job)) {
    case QKeychain::NoError:
        return std::optional<QByteArray>(job.binaryData());
    case QKeychain::EntryNotFound:
#ifdef FANOUT_SECRET_SERVICE
        if (isSecretServiceLocked()) {
            qCWarning(lcKeychain) << "the keyring is locked, so the entry could not be read";
            return fail(ErrorCode::KeychainUnavailable,
                        QCoreApplication::translate("fanout::Keychain",
                                                    "The keyring is locked. Unlock it (for example by "
                                                    "signing in to the desktop again) and try again."));
        }
#endif
        return std::optional<QByteArray>();
    default:
        return std::unexpected(unavailable(job));
    }
}

Expected<void> Keychain::write(const QString &key, const QByteArray &data) const
{
    QKeychain::WritePasswordJob job(m_service);
    job.setKey(key);
    job.setBinaryData(data);
    if (runJob(job) != QKeychain::NoError)
        return std::unexpected(unavailable(job));
    return {};
}

Expected<void> Keychain::remove(const QString &key) const
{
    QKeychain::DeletePasswordJob job(m_service);
    job.setKey(key);
    const QKeychain::Error error = runJob(job);
    if (error != QKeychain::NoError && error != QKeychain::EntryNotFound)
        return std::unexpected(unavailable(job));
    return {};
}

} // namespace fanout
