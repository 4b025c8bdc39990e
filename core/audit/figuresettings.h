#pragma once

#include "common/error.h"

#include <QJsonObject>
#include <QStringList>

namespace cxrfair {

/// How a figure is written for a paper: its physical size, its font and the files. The PNG,
/// SVG and PDF of one chart at one setting have the same size in millimetres and the same
/// font. Stored in an audit configuration under "figures" and remembered by the export dialog.
struct FigureSettings {
    /// Journal column widths (Nature, IEEE, Elsevier use about these).
    static constexpr double singleColumnMm = 88.0;
    static constexpr double oneAndHalfColumnMm = 120.0;
    static constexpr double doubleColumnMm = 180.0;

    double widthMm = doubleColumnMm;
    double heightMm = 90.0;
    QString font = QStringLiteral("DejaVu Sans");
    double fontPt = 8.0; ///< tick labels, axis labels and legend; the title one point more
    int dpi = 300;       ///< PNG only: the vector formats have no resolution
    QStringList formats{QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("pdf")};

    bool operator==(const FigureSettings&) const = default;

    QJsonObject toJson() const;
    /// Reads what toJson writes, every key optional; "column" ("single", "1.5" or "double")
    /// may stand for "width_mm". A wrong type, a value out of range or an unknown key is an
    /// error naming it.
    static Result<FigureSettings> fromJson(const QJsonValue& json);
};

} // namespace cxrfair
