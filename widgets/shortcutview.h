#pragma once

#include "stats/metricsreport.h"

#include <QWidget>

class QComboBox;

namespace cxrfair {

class ExportButton;
class RocChart;
class ShortcutChart;

/// The shortcut view: the study's drain figure (per model: all images, without and with the
/// confounder, with intervals) beside the ROC curves of the two strata for a chosen model.
class ShortcutView : public QWidget {
    Q_OBJECT
public:
    explicit ShortcutView(QWidget* parent = nullptr);

    void setRows(std::vector<ShortcutRow> rows);
    ShortcutChart* chart() const { return m_chart; }
    RocChart* rocChart() const { return m_roc; }
    QComboBox* modelBox() const { return m_model; }
    /// The bars' numbers as CSV: model,stratum,positives,negatives,auc,ci_low,ci_high.
    QString csv() const;

private:
    void showCurves();

    QComboBox* m_model;
    ShortcutChart* m_chart;
    RocChart* m_roc;
    ExportButton* m_exportBars;
    ExportButton* m_exportRoc;
};

} // namespace cxrfair
