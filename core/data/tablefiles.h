#pragma once

#include <QDir>
#include <QString>
#include <QStringList>

namespace cxrfair {

/// The path of table `baseName` in `dir` as `baseName.csv` or as the `baseName.csv.gz` that
/// PhysioNet ships, whichever exists (plain first), or an empty string.
QString findTable(const QDir& dir, const QString& baseName);

/// The first of `baseNames` found by findTable, or an empty string.
QString findAnyTable(const QDir& dir, const QStringList& baseNames);

/// Both names findTable tries, for error messages: "DIR/baseName.csv[.gz]".
QString tableCandidates(const QDir& dir, const QString& baseName);

} // namespace cxrfair
