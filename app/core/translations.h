#pragma once

#include <QCoreApplication>

namespace fanout {

// Installs Qt's own translations (standard buttons, QCommandLineParser's
// help lines) and Fanout's for the language chosen in Settings
// (AppSettings::language()) or else the system locale, QLocale::system(),
// which follows LANGUAGE, LC_ALL, LC_MESSAGES and LANG on Unix. Fanout's .qm files
// are compiled into the fanout executable under :/i18n by
// qt_add_translations, so executables without them keep the English source
// texts. Call right after creating the application, before any tr() and after
// setApplicationIdentity(), which names the settings file.
void installTranslations(QCoreApplication &application);

} // namespace fanout
