#pragma once

#include "stats/metricsreport.h"

#include <QWidget>

class QCustomPlot;

namespace cxrfair {

/// The study's drain figure: for each model, the AUC on all images, on positives without the
/// confounder ("No drain") and on positives with it ("With drain"), each against all
/// negatives, with intervals.
class ShortcutChart : public QWidget {
    Q_OBJECT
public:
    explicit ShortcutChart(QWidget* parent = nullptr);

    /// Shows the rows of one condition (one per model).
    void setRows(std::vector<ShortcutRow> rows);
    const std::vector<ShortcutRow>& rows() const { return m_rows; }
    QCustomPlot* plot() const { return m_plot; }

private:
    QCustomPlot* m_plot;
    std::vector<ShortcutRow> m_rows;
};

} // namespace cxrfair
