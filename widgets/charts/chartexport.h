#pragma once

#include "audit/figuresettings.h"
#include "common/error.h"

#include <QImage>
#include <QString>

#include <vector>

class QCustomPlot;

namespace cxrfair {

/// Charts shown together (small multiples), exported as one figure.
struct ChartGrid {
    std::vector<QCustomPlot*> plots;
    int columns = 2;
};

/// Writes charts as one figure (a grid of `columns`, filled row by row; one chart is a grid of
/// one) at the settings' physical size and font, the format told by the file's extension:
/// .png (at the settings' dpi), .svg or .pdf. The three formats have the same size in
/// millimetres and the same fonts, because all three are painted by the same code at 96
/// logical dots per inch. The charts' on-screen fonts are restored afterwards.
Result<void> exportFigure(const std::vector<QCustomPlot*>& plots, int columns, const QString& path,
                          const FigureSettings& settings);

/// The figure as an image, `scale` device pixels per logical (96 dpi) pixel.
QImage renderFigure(const std::vector<QCustomPlot*>& plots, int columns,
                    const FigureSettings& settings, double scale);

/// One chart, `widthInches` x `heightInches`, in the charts' on-screen font (9 pt).
Result<void> exportChart(QCustomPlot* plot, const QString& path, double widthInches = 6.5,
                         double heightInches = 3.5, int dpi = 300);

/// Several charts as one figure, each cell `cellWidthInches` x `cellHeightInches`, in the
/// charts' on-screen font. A panel of the grid equals the chart exported alone.
Result<void> exportChartGrid(const std::vector<QCustomPlot*>& plots, int columns,
                             const QString& path, double cellWidthInches = 4.5,
                             double cellHeightInches = 3.0, int dpi = 300);

/// The grid as an image (for the clipboard), in the on-screen font.
QImage renderChartGrid(const std::vector<QCustomPlot*>& plots, int columns,
                       double cellWidthInches = 4.5, double cellHeightInches = 3.0,
                       double scale = 2.0);

/// The settings of a grid of cells of these sizes in inches, in the on-screen font.
FigureSettings screenFigure(int cells, int columns, double cellWidthInches, double cellHeightInches,
                            int dpi);

} // namespace cxrfair
