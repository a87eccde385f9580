#include "app/core/appsettings.h"

#include <QCoreApplication>
#include <QSettings>

namespace fanout {

namespace {

constexpr QLatin1StringView kNotifications("notifications/enabled");
constexpr QLatin1StringView kCloseToTray("window/closeToTray");
constexpr QLatin1StringView kTheme("window/theme");
constexpr QLatin1StringView kLanguage("window/language");

constexpr QLatin1StringView kThemeLight("light");
constexpr QLatin1StringView kThemeDark("dark");

} // namespace

AppSettings::AppSettings()
    : m_settings(std::make_unique<QSettings>())
{
}

AppSettings::~AppSettings() = default;

QString AppSettings::fileName() const
{
    return m_settings->fileName();
}

bool AppSettings::notificationsEnabled() const
{
    return m_settings->value(kNotifications, true).toBool();
}

void AppSettings::setNotificationsEnabled(bool enabled)
{
    m_settings->setValue(kNotifications, enabled);
}

bool AppSettings::closeToTray(bool trayAvailable) const
{
    return m_settings->value(kCloseToTray, trayAvailable).toBool();
}

void AppSettings::setCloseToTray(bool enabled)
{
    m_settings->setValue(kCloseToTray, enabled);
}

Theme AppSettings::theme() const
{
    const QString value = m_settings->value(kTheme).toString();
    if (value == kThemeLight)
        return Theme::Light;
    if (value == kThemeDark)
        return Theme::Dark;
    return Theme::System;
}

void AppSettings::setTheme(Theme theme)
{
    switch (theme) {
    case Theme::System:
        m_settings->remove(kTheme);
        return;
    case Theme::Light:
        m_settings->setValue(kTheme, kThemeLight);
        return;
    case Theme::Dark:
        m_settings->setValue(kTheme, kThemeDark);
        return;
    }
}

QString AppSettings::language() const
{
    const QString value = m_settings->value(kLanguage).toString();
    // A hand-edited file may hold anything: treat an unknown code as "system".
    return availableLanguages().contains(value) ? value : QString();
}

Expected<void> AppSettings::setLanguage(const QString &language)
{
    if (language.isEmpty()) {
        m_settings->remove(kLanguage);
        return {};
    }
    if (!availableLanguages().contains(language))
        return fail(ErrorCode::InvalidInput, tr("“%1” is not a language Fanout is translated into (%2).")
                                                 .arg(language.left(20), availableLanguages().join(QStringLiteral(", "))));
    m_settings->setValue(kLanguage, language);
    return {};
}

QStringList AppSettings::availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("es")};
}

Expected<void> AppSettings::sync()
{
    m_settings->sync();
    if (m_settings->status() != QSettings::NoError)
        return fail(ErrorCode::StorageError, tr("The settings file %1 cannot be written.").arg(m_settings->fileName()));
    return {};
}

} // namespace fanout
