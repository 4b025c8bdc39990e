#pragma once

#include "charts/chartexport.h"
#include "common/error.h"

#include <QToolButton>

#include <functional>
#include <optional>

class QCustomPlot;

namespace cxrfair {

/// Writes a chart's figure (.png at `dpi`, .svg, .pdf) or, for .csv, its data.
Result<void> exportFigureOrData(QCustomPlot* plot, const QString& csv, const QString& path,
                                int dpi = 300);

/// The Export menu every chart view shares: a figure for a paper (size, font, format, preview:
/// FigureExportDialog), the data as CSV, figure or data to the clipboard.
class ExportButton : public QToolButton {
    Q_OBJECT
public:
    ExportButton(QString baseName, std::function<QCustomPlot*()> plot, std::function<QString()> csv,
                 QWidget* parent);

    /// When the view shows several charts at once: while `grid` gives more than one, the
    /// figure exported or copied is the whole grid.
    void setGrid(std::function<ChartGrid()> grid) { m_grid = std::move(grid); }

private:
    void chooseFigure();
    void chooseDataFile();
    /// The grid to export, when there is one of several charts.
    std::optional<ChartGrid> currentGrid() const;

    QString m_baseName;
    std::function<QCustomPlot*()> m_plot;
    std::function<QString()> m_csv;
    std::function<ChartGrid()> m_grid;
};

} // namespace cxrfair
