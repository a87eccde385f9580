#pragma once

#include <memory>

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include "app/core/error.h"

class QSettings;

namespace fanout {

// How the window is painted.
enum class Theme {
    System, // the platform style and palette Qt picked at start
    Light,  // Fusion with its light palette
    Dark,   // Fusion with a dark palette
};

// The user's preferences that are not provider configuration: the window's
// theme and language, tray notifications and what closing the window does.
// They live in QSettings (on Linux ~/.config/Fanout/Fanout.conf) and hold no
// secret. Start at login is not stored here but read from the system
// (Autostart), so removing the entry by hand is reflected.
class AppSettings final
{
    Q_DECLARE_TR_FUNCTIONS(fanout::AppSettings)

public:
    // The settings of the application identity set by setApplicationIdentity().
    AppSettings();
    ~AppSettings();
    AppSettings(const AppSettings &) = delete;
    AppSettings &operator=(const AppSettings &) = delete;

    [[nodiscard]] QString fileName() const;

    // Tray notifications for token.expiring and token.revoked; on by default.
    [[nodiscard]] bool notificationsEnabled() const;
    void setNotificationsEnabled(bool enabled);

    // Whether closing the window hides it to the tray; the default is whether
    // a tray exists, since without one a hidden window cannot come back.
    [[nodiscard]] bool closeToTray(bool trayAvailable) const;
    void setCloseToTray(bool enabled);

    [[nodiscard]] Theme theme() const;
    void setTheme(Theme theme);

    // A language code from availableLanguages(), or empty to follow the system.
    [[nodiscard]] QString language() const;
    // Rejects a code that is not in availableLanguages() with InvalidInput.
    [[nodiscard]] Expected<void> setLanguage(const QString &language);
    // en, de, fr, es: the languages Fanout has translations for (English is the source).
    [[nodiscard]] static QStringList availableLanguages();

    // Writes pending changes to disk; StorageError when the file cannot be written.
    [[nodiscard]] Expected<void> sync();

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace fanout
