#pragma once

#include "common/error.h"

#include <QImage>
#include <QString>

#include <vector>

class QCustomPlot;

namespace cxrfair {

/// Writes `plot` as a figure, the format told by the file's extension: .png (at `dpi`, the
/// size being `widthInches` x `heightInches`), .svg or .pdf (vector, the same size).
Result<void> exportChart(QCustomPlot* plot, const QString& path, double widthInches = 6.5,
                         double heightInches = 3.5, int dpi = 300);

/// Charts shown together (small multiples), exported as one figure.
struct ChartGrid {
    std::vector<QCustomPlot*> plots;
    int columns = 2;
};

/// Several charts as one figure: a grid of `columns` (filled row by row), each cell
/// `cellWidthInches` x `cellHeightInches`, as .png (at `dpi`), .svg or .pdf. The charts are
/// drawn by the same code as one by one, so a panel of the grid equals the chart exported alone.
Result<void> exportChartGrid(const std::vector<QCustomPlot*>& plots, int columns,
                             const QString& path, double cellWidthInches = 4.5,
                             double cellHeightInches = 3.0, int dpi = 300);

/// The grid as an image, `scale` device pixels per logical (96 dpi) pixel.
QImage renderChartGrid(const std::vector<QCustomPlot*>& plots, int columns,
                       double cellWidthInches = 4.5, double cellHeightInches = 3.0,
                       double scale = 2.0);

} // namespace cxrfair
