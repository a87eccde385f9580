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

std::optional<Error> blankDataDirError(bool optionSet, const QString &option)
{
    QString source;
    if (optionSet && option.trimmed().isEmpty())
        source = QStringLiteral("--data-dir");
    const QString fromEnvironment = qEnvironmentVariable("FANOUT_DATA_DIR");
    if (!optionSet && !fromEnvironment.isEmpty() && fromEnvironment.trimmed().isEmpty())
        source = QStringLiteral("FANOUT_DATA_DIR");
    if (source.isEmpty())
        return std::nullopt;
    return Error{ErrorCode::InvalidInput,
                 QCoreApplication::translate("fanout::Store", "%1 needs a folder; it was given an empty value.")
                     .arg(source)};
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
                    QCoreApplication::translate("fanout::Store",
                                                "Could not create the folder %1. Check that its parent "
                                                "folder exists and is writable for you.")
                        .arg(dataDir));

    // Take away what group and others may do, but leave the owner's own
    // bits alone: a folder its owner made read-only stays read-only.
    constexpr QFile::Permissions groupAndOthers = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup
        | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    const QFile::Permissions current = QFile::permissions(dataDir);
    if ((current & groupAndOthers) && !QFile::setPermissions(dataDir, current & ~groupAndOthers))
        qCWarning(lcStore) << "could not restrict the data directory to its owner" << dataDir;
    return {};
}

} // namespace fanout
