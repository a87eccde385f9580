#pragma once

#include <optional>

#include <QIcon>
#include <QString>
#include <QStringView>

#include "app/core/appsettings.h"

namespace fanout::ui {

// The theme Settings stores, also reachable as ui::Theme.
using Theme = fanout::Theme;

// "system", "light" or "dark", any case; std::nullopt for anything else.
[[nodiscard]] std::optional<Theme> themeFromName(QStringView name);

// Sets the style and palette of the whole application. System restores the
// style and palette Qt chose at start, so switching back needs no restart.
void applyTheme(Theme theme);

// A single-colour SVG (such as ":/icons/check.svg") drawn in the
// application palette's button text colour at every size it is asked for,
// so action icons stay sharp at any scale and visible on a dark palette.
[[nodiscard]] QIcon symbolicIcon(const QString &svgPath);

} // namespace fanout::ui
