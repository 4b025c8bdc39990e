#pragma once

#include "charts/chartexport.h"
#include "charts/subgroupaucdata.h"
#include "stats/subgroupmetrics.h"

#include <QHash>
#include <QWidget>

#include <memory>

class QComboBox;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace cxrfair {

class ExportButton;
class SubgroupAucChart;
class SubgroupAucTableModel;

/// The subgroup AUC view: choose a model and an attribute; the chart above, its numbers in a
/// sortable, copyable table below; figures export to PNG, SVG and PDF, data to CSV.
class SubgroupAucView : public QWidget {
    Q_OBJECT
public:
    explicit SubgroupAucView(QWidget* parent = nullptr);

    void setMetrics(std::vector<ModelConditionMetrics> metrics);
    /// Every group each attribute can have, in the order that gives them their colours (all
    /// age bins, say), so that a group keeps its colour across datasets and models.
    void setColourOrders(const QHash<QString, QStringList>& orders);
    /// One AUC axis for every attribute of the model (the default), or each chart its own.
    void setSameScale(bool on);
    bool sameScale() const;
    /// The attribute to show when the metrics arrive (a project's choice); age when empty.
    void setPreferredAttribute(const QString& attribute) { m_preferredAttribute = attribute; }
    SubgroupAucChart* chart() const { return m_chart; }
    QTableView* table() const { return m_table; }
    QComboBox* modelBox() const { return m_model; }
    QComboBox* attributeBox() const { return m_attribute; }
    /// The attribute shown (its name, not its translated label).
    QString attribute() const;
    void setAttribute(const QString& attribute);
    /// Every model at once, as small multiples (a chart per model, same axes); the table
    /// shows the model whose chart was clicked last.
    void setSmallMultiples(bool on);
    bool smallMultiples() const;
    const std::vector<SubgroupAucChart*>& multiples() const { return m_multiples; }
    /// The study's published tables, drawn as markers on the bars they match; null: none.
    void setPublished(std::shared_ptr<const PublishedMatcher> published);
    const PublishedMatcher* published() const { return m_published.get(); }
    /// The groups' AUCs after matching on covariates instead of as observed (when the metrics
    /// have them for the attribute shown).
    void setMatched(bool on);
    bool matched() const;
    QToolButton* matchedButton() const { return m_matched; }

    /// The small multiples as one figure (when they are shown), in their on-screen columns.
    ChartGrid multiplesGrid() const;
    /// Writes the current chart (.png at `dpi`, .svg, .pdf) or its data (.csv); with small
    /// multiples shown, the whole grid and every model's data.
    Result<void> exportTo(const QString& path, int dpi = 300) const;

Q_SIGNALS:
    /// A bar was clicked: its model, condition, attribute and group.
    void groupClicked(const QString& model, const QString& condition, const QString& attribute,
                      const QString& group);

private:
    void refresh();
    void rebuildMultiples();
    std::optional<double> axisFloor() const;
    void showTableOf(const SubgroupAucData& data);
    void connectChart(SubgroupAucChart* chart);
    void copyTable() const;
    /// The data of what is shown: the chart's, or every model's with small multiples.
    QString shownCsv() const;
    int multipleColumns() const;
    SubgroupAucSource source() const;

    std::vector<ModelConditionMetrics> m_metrics;
    QComboBox* m_model;
    QComboBox* m_attribute;
    ExportButton* m_export;
    SubgroupAucChart* m_chart;
    QToolButton* m_allModels;
    QToolButton* m_sameScale;
    QToolButton* m_matched;
    std::shared_ptr<const PublishedMatcher> m_published;
    QHash<QString, QStringList> m_colourOrders;
    QString m_preferredAttribute;
    QStackedWidget* m_pages;
    QWidget* m_grid;
    std::vector<SubgroupAucChart*> m_multiples;
    QTableView* m_table;
    SubgroupAucTableModel* m_tableModel;
    QSortFilterProxyModel* m_proxy;
};

} // namespace cxrfair
