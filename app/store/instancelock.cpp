#include "app/store/instancelock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include "app/core/logging.h"

namespace fanout {

InstanceLock::InstanceLock(const QString &path)
    : m_file(path)
{
}

bool InstanceLock::isHeldElsewhere(const QString &dataDir)
{
    const QString path = QDir(dataDir).filePath(QStringLiteral("fanout.lock"));
    if (!QFileInfo::exists(path))
        return false;
    QLockFile probe(path);
    probe.setStaleLockTime(0);
    if (probe.tryLock(0)) {
        probe.unlock();
        return false;
    }
    return probe.error() == QLockFile::LockFailedError;
}

Expected<std::unique_ptr<InstanceLock>> InstanceLock::acquire(const QString &dataDir, int timeoutMs)
{
    std::unique_ptr<InstanceLock> lock(new InstanceLock(QDir(dataDir).filePath(QStringLiteral("fanout.lock"))));
    // A lock older than this whose process is gone is taken over; a live
    // holder's lock is refreshed by QLockFile and never goes stale.
    lock->m_file.setStaleLockTime(0);
    if (lock->m_file.tryLock(timeoutMs)) {
        // QLockFile creates the file with the umask's mode; it holds only a
        // process id, but nothing in the data folder is for other users.
        QFile::setPermissions(lock->m_file.fileName(), QFile::ReadOwner | QFile::WriteOwner);
        return lock;
    }

    qint64 pid = 0;
    QString host;
    QString application;
    lock->m_file.getLockInfo(&pid, &host, &application);
    if (pid != 0)
        qCInfo(lcStore) << "the data directory is locked by process" << pid;
    if (lock->m_file.error() == QLockFile::LockFailedError) {
        return fail(ErrorCode::StorageError,
                    QCoreApplication::translate("fanout::Store",
                                                "Another Fanout window or command (process %2) is using the "
                                                "data folder %1. Wait for it to finish or close it, then try "
                                                "again.")
                        .arg(dataDir)
                        .arg(pid));
    }
    if (lock->m_file.error() == QLockFile::PermissionError) {
        return fail(ErrorCode::StorageError,
                    QCoreApplication::translate("fanout::Store",
                                                "Could not create the lock file in %1: the folder or its disk "
                                                "is read-only, or it belongs to another user. Make the folder "
                                                "writable for you and try again.")
                        .arg(dataDir));
    }
    return fail(ErrorCode::StorageError,
                QCoreApplication::translate("fanout::Store", "Could not create the lock file in %1.")
                    .arg(dataDir));
}

} // namespace fanout
