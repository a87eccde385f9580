#include "app/store/datadir.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include "app/core/logging.h"

namespace fanout {

QString resolveDataDir(const QString &option)
{
    if (!option.isEmpty())
        return QDir::cleanPath(QDir::current().absoluteFilePath(option));
    const QString fromEnvironment = qEnvironmentVariable("FANOUT_DATA_DIR");
    if (!fromEnvironment.isEmpty())
        return QDir::cleanPath(QDir::current().absoluteFilePath(fromEnvironment));
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

Expected<void> prepareDataDir(const QString &dataDir)
{
    const QFileInfo info(dataDir);
    if (info.exists() && !info.isDir())
        return fail(ErrorCode::StorageError,
                    QCoreApplication::translate("fanout::Store", "%1 exists and is not a folder.")
                        .arg(dataDir));
    if (!QDir().mkpath(dataDir))
        return fail(ErrorCode::StorageError,
                    QCoreApplication::translate("fanout::Store", "Could not create the folder %1.")
                        .arg(dataDir));

    constexpr QFile::Permissions ownerOnly =
        QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadUser
        | QFile::WriteUser | QFile::ExeUser;
    if (QFile::permissions(dataDir) != ownerOnly && !QFile::setPermissions(dataDir, ownerOnly))
        qCWarning(lcStore) << "could not restrict the data directory to its owner" << dataDir;
    return {};
}

} // namespace fanout
