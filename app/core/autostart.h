#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include "app/core/error.h"

namespace fanout {

// Starts Fanout when the current user logs in. Off until setEnabled(true).
//
// Linux and other XDG desktops: $XDG_CONFIG_HOME/autostart/org.fanout.Fanout.desktop.
// Windows: the value "Fanout" under HKCU\Software\Microsoft\Windows\CurrentVersion\Run.
// macOS: ~/Library/LaunchAgents/org.fanout.Fanout.plist with RunAtLoad.
class Autostart final
{
    Q_DECLARE_TR_FUNCTIONS(fanout::Autostart)

public:
    // program is the absolute path started at login, followed by arguments.
    explicit Autostart(QString program, QStringList arguments = {});

    [[nodiscard]] bool isEnabled() const;
    // Writes or removes the entry. Removing an entry that does not exist succeeds.
    [[nodiscard]] Expected<void> setEnabled(bool enabled);
    // The file (Linux, macOS) or registry value (Windows) that setEnabled writes.
    [[nodiscard]] QString location() const;

    // The Exec value of a desktop entry for program and arguments, quoted and
    // escaped as the Desktop Entry Specification requires.
    [[nodiscard]] static QString desktopExecLine(const QString &program, const QStringList &arguments);

private:
    QString m_program;
    QStringList m_arguments;
};

} // namespace fanout
