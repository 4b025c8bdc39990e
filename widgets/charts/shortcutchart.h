#pragma once

#include "stats/metricsreport.h"

#include <QWidget>

class QCPBars;
class QCustomPlot;
class QMouseEvent;

namespace cxrfair {

/// The study's drain figure: for each model, the AUC on all images, on positives without the
/// confounder ("No drain") and on positives with it ("With drain"), each against all
/// negatives, with intervals. Each bar carries its value; hovering it tells its numbers.
class ShortcutChart : public QWidget {
    Q_OBJECT
public:
    explicit ShortcutChart(QWidget* parent = nullptr);

    /// Shows the rows of one condition (one per model).
    void setRows(std::vector<ShortcutRow> rows);
    const std::vector<ShortcutRow>& rows() const { return m_rows; }
    QCustomPlot* plot() const { return m_plot; }

    /// The tooltip of the bar of stratum `stratum` (0 all, 1 without, 2 with the confounder)
    /// of model `model`: its AUC, interval and counts.
    QString barDescription(int model, int stratum) const;

private:
    void showToolTip(QMouseEvent* event);

    QCustomPlot* m_plot;
    std::vector<ShortcutRow> m_rows;
    std::vector<QCPBars*> m_bars; ///< one per stratum
};

} // namespace cxrfair
