#pragma once

#include <optional>

#include <QIcon>
#include <QString>
#include <QStringView>

namespace fanout::ui {

enum class Theme {
    System, // the platform's style and palette, unchanged
    Light,  // Fusion with a light palette
    Dark,   // Fusion with a dark palette
};

// "system", "light" or "dark", any case; std::nullopt for anything else.
[[nodiscard]] std::optional<Theme> themeFromName(QStringView name);

// Sets the style and palette of the whole application.
void applyTheme(Theme theme);

// A single-colour SVG (such as ":/icons/check.svg") drawn in the
// application palette's button text colour at every size it is asked for,
// so action icons stay sharp at any scale and visible on a dark palette.
[[nodiscard]] QIcon symbolicIcon(const QString &svgPath);

} // namespace fanout::ui
