#include "app/core/translations.h"

#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QTranslator>

#include "app/core/appsettings.h"

namespace fanout {

namespace {
Q_LOGGING_CATEGORY(lcTranslations, "fanout.translations", QtInfoMsg)
} // namespace

void installTranslations(QCoreApplication &application)
{
    // The language chosen in Settings wins over the system's; it only takes
    // effect here, so a change applies at the next start.
    const QString chosen = AppSettings().language();
    const QLocale locale = chosen.isEmpty() ? QLocale::system() : QLocale(chosen);
    if (!chosen.isEmpty())
        QLocale::setDefault(locale);

    auto *qtTranslator = new QTranslator(&application);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    else
        delete qtTranslator;

    auto *translator = new QTranslator(&application);
    if (translator->load(locale, QStringLiteral("fanout"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(translator);
    } else {
        qCDebug(lcTranslations) << "no Fanout translation for the UI languages" << locale.uiLanguages();
        delete translator;
    }
}

} // namespace fanout
