#pragma once

#include <QLoggingCategory>

// One category per subsystem, enabled or silenced with QT_LOGGING_RULES, for
// example QT_LOGGING_RULES="fanout.bluesky.debug=true". Messages name events
// and ids, never a token, password, code, key or raw upstream body.
Q_DECLARE_LOGGING_CATEGORY(lcVault)
Q_DECLARE_LOGGING_CATEGORY(lcStore)
Q_DECLARE_LOGGING_CATEGORY(lcKeychain)
Q_DECLARE_LOGGING_CATEGORY(lcBluesky)
Q_DECLARE_LOGGING_CATEGORY(lcOAuth)
Q_DECLARE_LOGGING_CATEGORY(lcRefresh)
Q_DECLARE_LOGGING_CATEGORY(lcCli)
Q_DECLARE_LOGGING_CATEGORY(lcUi)
Q_DECLARE_LOGGING_CATEGORY(lcAvatar)
Q_DECLARE_LOGGING_CATEGORY(lcSettings)
