#include "app/core/logging.h"

Q_LOGGING_CATEGORY(lcVault, "fanout.vault", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "fanout.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcKeychain, "fanout.keychain", QtInfoMsg)
Q_LOGGING_CATEGORY(lcBluesky, "fanout.bluesky", QtInfoMsg)
Q_LOGGING_CATEGORY(lcOAuth, "fanout.oauth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcRefresh, "fanout.refresh", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCli, "fanout.cli", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "fanout.ui", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAvatar, "fanout.avatar", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSettings, "fanout.settings", QtInfoMsg)
