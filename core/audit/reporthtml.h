#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cxrfair {

/// A number as the report prints it: `decimals` places, "-" when undefined.
QString reportNumber(double v, int decimals = 3);
QString reportNumber(const std::optional<double>& v, int decimals = 3);

/// "0.812 [0.780, 0.845]", or "-" for an undefined value.
QString reportInterval(const std::optional<double>& v, double low, double high, bool valid);

/// An HTML section of the report: a heading, a paragraph that says how to read it (when not
/// empty) and a table of `rows` under `headers`, every cell escaped.
QString reportTable(const QString& heading, const QString& explanation, const QStringList& headers,
                    const QList<QStringList>& rows);

} // namespace cxrfair
