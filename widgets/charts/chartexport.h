#pragma once

#include "common/error.h"

#include <QString>

class QCustomPlot;

namespace cxrfair {

/// Writes `plot` as a figure, the format told by the file's extension: .png (at `dpi`, the
/// size being `widthInches` x `heightInches`), .svg or .pdf (vector, the same size).
Result<void> exportChart(QCustomPlot* plot, const QString& path, double widthInches = 6.5,
                         double heightInches = 3.5, int dpi = 300);

} // namespace cxrfair
