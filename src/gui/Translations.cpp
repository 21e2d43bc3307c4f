#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace Translations {

bool install(const QLocale& locale)
{
    auto* qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;

    auto* own = new QTranslator(QCoreApplication::instance());
    const bool found =
        own->load(locale, QStringLiteral("soliloquy"), QStringLiteral("_"), QStringLiteral(":/i18n"));
    // Without a translation the text is the sources' English, whose plural forms
    // ("%n post(s)") come from the English file.
    if (found || own->load(QStringLiteral(":/i18n/soliloquy_en.qm")))
        QCoreApplication::installTranslator(own);
    else
        delete own;
    return found;
}

} // namespace Translations
