#pragma once

#include "stats/subgroupmetrics.h"

#include <QWidget>

class QComboBox;
class QSortFilterProxyModel;
class QTableView;
class QToolButton;

namespace cxrfair {

class SubgroupAucChart;
class SubgroupAucTableModel;

/// The subgroup AUC view: choose a model and an attribute; the chart above, its numbers in a
/// sortable, copyable table below; figures export to PNG, SVG and PDF, data to CSV.
class SubgroupAucView : public QWidget {
    Q_OBJECT
public:
    explicit SubgroupAucView(QWidget* parent = nullptr);

    void setMetrics(std::vector<ModelConditionMetrics> metrics);
    SubgroupAucChart* chart() const { return m_chart; }
    QTableView* table() const { return m_table; }
    QComboBox* modelBox() const { return m_model; }
    QComboBox* attributeBox() const { return m_attribute; }

    /// Writes the current chart (.png at `dpi`, .svg, .pdf) or its data (.csv).
    Result<void> exportTo(const QString& path, int dpi = 300) const;

private:
    void refresh();
    void chooseExport();
    void copyTable() const;

    std::vector<ModelConditionMetrics> m_metrics;
    QComboBox* m_model;
    QComboBox* m_attribute;
    QToolButton* m_export;
    SubgroupAucChart* m_chart;
    QTableView* m_table;
    SubgroupAucTableModel* m_tableModel;
    QSortFilterProxyModel* m_proxy;
};

} // namespace cxrfair
