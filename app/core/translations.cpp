#include "app/core/translations.h"

#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QTranslator>

namespace fanout {

namespace {
Q_LOGGING_CATEGORY(lcTranslations, "fanout.translations", QtInfoMsg)
} // namespace

void installTranslations(QCoreApplication &application)
{
    const QLocale locale = QLocale::system();

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
