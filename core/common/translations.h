#pragma once

#include <QString>

namespace cxrfair {

/// Loads the interface translation for `language` ("fr", "es", ...; empty: the system locale)
/// from the application's embedded `:/i18n/cxrfair_<language>.qm`, and Qt's own (the C locale
/// counts as English). Returns the language installed, or an empty string.
QString installTranslations(const QString& language = {});

} // namespace cxrfair
