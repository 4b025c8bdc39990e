#pragma once

#include <QString>
#include <QStringList>

namespace cxrfair {

/// The window's colours: "system" (the desktop's style and palette), "light" or "dark" (the
/// Fusion style with a light or dark palette, e.g. for a projector in a dark room). Charts keep
/// their white background in every theme: they are publication figures.
QStringList themeNames();

/// Applies a theme to the whole application at once; false for an unknown name.
bool applyTheme(const QString& name);

} // namespace cxrfair
