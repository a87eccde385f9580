#include "app/vault/keychain.h"

#include <QEventLoop>

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

Error unavailable(const QKeychain::Job &job)
{
    // The error string comes from D-Bus or the OS and names no secret.
    qCWarning(lcKeychain) << "keychain job failed with error" << int(job.error()) << job.errorString();
    return Error{ErrorCode::KeychainUnavailable, job.errorString()};
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
