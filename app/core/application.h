#pragma once

#include <QCoreApplication>

namespace fanout {

// Sets the application name, organisation and version that QSettings,
// QStandardPaths and --version use. Call right after creating the application.
inline void setApplicationIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("Fanout"));
    QCoreApplication::setOrganizationName(QStringLiteral("Fanout"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("fanout.example.org"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FANOUT_VERSION));
}

} // namespace fanout
