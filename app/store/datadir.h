#pragma once

#include <optional>

#include <QString>

#include "app/core/error.h"

namespace fanout {

// The data directory: the --data-dir option when given, else FANOUT_DATA_DIR,
// else the platform's application data location.
[[nodiscard]] QString resolveDataDir(const QString &option);

// Returns the error for a data folder chosen but left blank: --data-dir
// given an empty value (an unset shell variable in `--data-dir "$DIR"`), or
// FANOUT_DATA_DIR set to spaces. Either would otherwise fall back to another
// folder. optionSet is whether --data-dir was given at all.
[[nodiscard]] std::optional<Error> blankDataDirError(bool optionSet, const QString &option);

// Creates the directory when missing (0700) and removes any group or other
// permissions from an existing one.
[[nodiscard]] Expected<void> prepareDataDir(const QString &dataDir);

} // namespace fanout
