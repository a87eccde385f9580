#pragma once

#include <QString>

#include "app/core/error.h"

namespace fanout {

// The data directory: the --data-dir option when given, else FANOUT_DATA_DIR,
// else the platform's application data location.
[[nodiscard]] QString resolveDataDir(const QString &option);

// Creates the directory when missing (0700) and removes any group or other
// permissions from an existing one.
[[nodiscard]] Expected<void> prepareDataDir(const QString &dataDir);

} // namespace fanout
