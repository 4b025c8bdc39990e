#pragma once

#include "stats/subgroupmetrics.h"

#include <QWidget>

#include <vector>

class QComboBox;
class QLabel;
class QTableView;

namespace cxrfair {

class CrossAucMatrixModel;
class ParetoChart;

/// The models compared on accuracy and fairness at once: for a condition and an attribute,
/// the Pareto plot of overall AUC against worst-group AUC (every model), the chosen model's
/// gap, bias-corrected gap and ES-AUC in words, and its matrix of cross-group AUCs.
class FairnessSummaryView : public QWidget {
    Q_OBJECT
public:
    explicit FairnessSummaryView(QWidget* parent = nullptr);

    void setMetrics(std::vector<ModelConditionMetrics> metrics);
    ParetoChart* chart() const { return m_chart; }
    QTableView* matrix() const { return m_matrix; }
    CrossAucMatrixModel* matrixModel() const { return m_matrixModel; }
    QComboBox* conditionBox() const { return m_condition; }
    QComboBox* attributeBox() const { return m_attribute; }
    QComboBox* modelBox() const { return m_model; }
    /// The chosen model's summary, as the label under the chart says it.
    QString summary() const;

private:
    void refresh();
    void copyMatrix() const;

    std::vector<ModelConditionMetrics> m_metrics;
    QComboBox* m_condition;
    QComboBox* m_attribute;
    QComboBox* m_model;
    ParetoChart* m_chart;
    QLabel* m_summary;
    QTableView* m_matrix;
    CrossAucMatrixModel* m_matrixModel;
};

} // namespace cxrfair
