#include "common/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace cxrfair {

QString installTranslations(const QString& language) {
    QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (locale.language() == QLocale::C)
        locale = QLocale(QLocale::English);
    // English loads too: its file holds the plural forms ("1 problem", "2 problems").
    auto* app = QCoreApplication::instance();
    auto* own = new QTranslator(app);
    if (!own->load(locale, QStringLiteral("cxrfair"), QStringLiteral("_"),
                   QStringLiteral(":/i18n"))) {
        delete own;
        return {};
    }
    QCoreApplication::installTranslator(own);
    auto* qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return QLocale::languageToCode(locale.language());
}

} // namespace cxrfair
