#include "subgroupaucview.h"

#include "charts/exportbutton.h"
#include "charts/subgroupaucchart.h"
#include "helpbutton.h"
#include "qcp.h"
#include "subgroupauctablemodel.h"

#include "common/displaynames.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace cxrfair {

SubgroupAucView::SubgroupAucView(QWidget* parent)
    : QWidget(parent)
    , m_model(new QComboBox(this))
    , m_attribute(new QComboBox(this))
    , m_export(new ExportButton(
          QStringLiteral("subgroup-auc"), [this] { return m_chart->plot(); },
          [this] { return shownCsv(); }, this))
    , m_chart(new SubgroupAucChart(this))
    , m_allModels(new QToolButton(this))
    , m_sameScale(new QToolButton(this))
    , m_matched(new QToolButton(this))
    , m_pages(new QStackedWidget(this))
    , m_grid(new QWidget(this))
    , m_table(new QTableView(this))
    , m_tableModel(new SubgroupAucTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this)) {
    m_model->setObjectName(QStringLiteral("model"));
    m_attribute->setObjectName(QStringLiteral("attribute"));
    auto* bar = new QHBoxLayout;
    auto* modelLabel = new QLabel(tr("&Model:"), this);
    modelLabel->setBuddy(m_model);
    auto* attributeLabel = new QLabel(tr("&Groups:"), this);
    attributeLabel->setBuddy(m_attribute);
    bar->addWidget(modelLabel);
    bar->addWidget(m_model, 1);
    bar->addWidget(attributeLabel);
    bar->addWidget(m_attribute, 1);
    m_allModels->setText(tr("All Models"));
    m_allModels->setCheckable(true);
    m_allModels->setToolTip(tr("Show every model side by side as small multiples (M)"));
    m_allModels->setShortcut(QKeySequence(QStringLiteral("M")));
    m_allModels->setEnabled(false);
    bar->addWidget(m_allModels);
    m_sameScale->setText(tr("Same Scale"));
    m_sameScale->setObjectName(QStringLiteral("sameScale"));
    m_sameScale->setCheckable(true);
    m_sameScale->setChecked(true);
    m_sameScale->setToolTip(tr("One AUC axis for every attribute, so that age and sex compare at "
                               "a glance; off: the axis fits this attribute"));
    bar->addWidget(m_sameScale);
    m_matched->setText(tr("Matched"));
    // In this view only: the comparison beside it has its own.
    auto* toggleMatched = new QAction(this);
    toggleMatched->setShortcut(QKeySequence(tr("Ctrl+Shift+A")));
    toggleMatched->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(toggleMatched, &QAction::triggered, this, [this] {
        if (m_matched->isEnabled())
            m_matched->toggle();
    });
    addAction(toggleMatched);
    m_matched->setObjectName(QStringLiteral("matched"));
    m_matched->setCheckable(true);
    m_matched->setEnabled(false);
    m_matched->setToolTip(
        tr("Compare the groups as if they had the same ages (or sexes) and views and the same "
           "share of images with the condition: each image reweighted, so that a gap that "
           "remains is not explained by them (Ctrl+Shift+A)"));
    bar->addWidget(m_matched);
    bar->addWidget(m_export);
    bar->addWidget(new HelpButton(
        tr("Subgroup AUC"),
        tr("The AUC is the chance that the model scores a random image with the condition above "
           "a random image without it: 0.5 is guessing, 1 is perfect. Each bar is one group of "
           "patients; the dashed line is the AUC on all images. The whiskers are 95% intervals "
           "(1000 bootstrap resamples of patients): where two groups' intervals overlap widely, "
           "the data cannot tell them apart. A hatched bar has fewer than 10 images with or "
           "without the condition: too few to judge, so it is shown but left out of the gaps. "
           "A pale bar with a dashed outline has not enough evidence: its interval is wider "
           "than 0.2, or its difference to the other groups is smaller than the smallest "
           "difference a group of its size could detect (the MDD in its tooltip), so a gap "
           "there may be noise. "
           "Matched shows each group's AUC after reweighting its images to the same mix of "
           "age (or sex), view and prevalence as the others: if a gap shrinks, those explain "
           "it, not the model. White diamonds are the study's published values (File > "
           "Compare with Published Results), with their intervals dotted. "
           "p (Holm) tests each group against the others, corrected for the number of groups. "
           "Click a bar to see its images."),
        this));

    m_proxy->setSourceModel(m_tableModel);
    m_proxy->setSortRole(Qt::UserRole);
    m_table->setModel(m_proxy);
    // Tab leaves the table for the next panel; the arrow keys move inside it.
    m_table->setTabKeyNavigation(false);
    m_table->setSortingEnabled(true);
    // Keep the chart's order (conditions, then groups) until the user sorts.
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_proxy->sort(-1);
    m_chart->setMinimumHeight(170);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() +
                                                     8); // more rows in sight
    auto* copy = new QAction(tr("Copy"), m_table);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, &SubgroupAucView::copyTable);
    m_table->addAction(copy);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    new QGridLayout(m_grid);
    m_pages->addWidget(m_chart);
    m_pages->addWidget(m_grid);
    splitter->addWidget(m_pages);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({600, 400}); // the chart first; drag the handle for more rows
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);

    m_export->setGrid([this] { return multiplesGrid(); });
    connectChart(m_chart);
    connect(m_allModels, &QToolButton::toggled, this, &SubgroupAucView::setSmallMultiples);
    connect(m_sameScale, &QToolButton::toggled, this, &SubgroupAucView::refresh);
    connect(m_matched, &QToolButton::toggled, this, &SubgroupAucView::refresh);
    connect(m_model, &QComboBox::currentIndexChanged, this, &SubgroupAucView::refresh);
    connect(m_attribute, &QComboBox::currentIndexChanged, this, &SubgroupAucView::refresh);
}

void SubgroupAucView::setMetrics(std::vector<ModelConditionMetrics> metrics) {
    m_metrics = std::move(metrics);
    const QSignalBlocker blockModel(m_model);
    const QSignalBlocker blockAttribute(m_attribute);
    const QString shownAttribute = attribute();
    m_model->clear();
    m_model->addItems(metricModels(m_metrics));
    m_attribute->clear();
    for (const QString& a : metricAttributes(m_metrics))
        m_attribute->addItem(attributeDisplayName(a), a);
    // A project's choice first (once), then what was shown (a rescore keeps it), then the
    // study's first question, the age gap.
    for (const QString& wanted : {m_preferredAttribute, shownAttribute, QStringLiteral("age")})
        if (const int i = m_attribute->findData(wanted); i >= 0 && !wanted.isEmpty()) {
            m_attribute->setCurrentIndex(i);
            if (wanted == m_preferredAttribute)
                m_preferredAttribute.clear();
            break;
        }
    m_allModels->setEnabled(m_model->count() > 1);
    if (m_model->count() < 2)
        m_allModels->setChecked(false);
    refresh();
}

void SubgroupAucView::connectChart(SubgroupAucChart* chart) {
    connect(chart, &SubgroupAucChart::barClicked, this, [this, chart](int group, int condition) {
        const SubgroupAucData& d = chart->data();
        showTableOf(d);
        if (group >= 0 && group < d.groups.size() && condition >= 0 &&
            condition < d.conditions.size())
            Q_EMIT groupClicked(d.model, d.conditions[condition], d.attribute, d.groups[group]);
    });
}

void SubgroupAucView::setSmallMultiples(bool on) {
    if (m_allModels->isChecked() != on) {
        m_allModels->setChecked(on); // comes back here through toggled
        return;
    }
    m_model->setEnabled(!on);
    refresh();
}

bool SubgroupAucView::smallMultiples() const {
    return m_allModels->isChecked();
}

void SubgroupAucView::rebuildMultiples() {
    for (SubgroupAucChart* chart : m_multiples)
        delete chart;
    m_multiples.clear();
    auto* grid = static_cast<QGridLayout*>(m_grid->layout());
    const QStringList models = metricModels(m_metrics);
    const int columns = multipleColumns();
    for (int i = 0; i < int(models.size()); ++i) {
        auto* chart = new SubgroupAucChart(m_grid);
        chart->setMinimumHeight(150);
        chart->setAxisFloor(axisFloor());
        chart->setData(subgroupAucData(m_metrics, models[i], attribute(),
                                       m_colourOrders.value(attribute()), source()));
        connectChart(chart);
        grid->addWidget(chart, i / columns, i % columns);
        m_multiples.push_back(chart);
    }
}

void SubgroupAucView::showTableOf(const SubgroupAucData& data) {
    m_tableModel->setData(data);
    m_table->resizeColumnsToContents();
}

void SubgroupAucView::setColourOrders(const QHash<QString, QStringList>& orders) {
    if (orders == m_colourOrders)
        return;
    m_colourOrders = orders;
    refresh();
}

QString SubgroupAucView::attribute() const {
    return m_attribute->currentData().toString();
}

void SubgroupAucView::setAttribute(const QString& attribute) {
    if (const int i = m_attribute->findData(attribute); i >= 0)
        m_attribute->setCurrentIndex(i);
}

void SubgroupAucView::setSameScale(bool on) {
    m_sameScale->setChecked(on);
}

bool SubgroupAucView::sameScale() const {
    return m_sameScale->isChecked();
}

std::optional<double> SubgroupAucView::axisFloor() const {
    if (!m_sameScale->isChecked())
        return std::nullopt;
    // With small multiples every model shares it too.
    double lowest = 1.0;
    const QStringList models =
        smallMultiples() ? metricModels(m_metrics) : QStringList{m_model->currentText()};
    for (const QString& model : models)
        lowest = std::min(lowest, lowestAucLimit(m_metrics, model));
    return lowest;
}

void SubgroupAucView::setPublished(std::shared_ptr<const PublishedMatcher> published) {
    m_published = std::move(published);
    refresh();
}

void SubgroupAucView::setMatched(bool on) {
    m_matched->setChecked(on);
}

bool SubgroupAucView::matched() const {
    return m_matched->isChecked() && m_matched->isEnabled();
}

SubgroupAucSource SubgroupAucView::source() const {
    return {matched(), m_published.get()};
}

void SubgroupAucView::refresh() {
    m_matched->setEnabled(hasMatchedAucs(m_metrics, attribute()));
    const SubgroupAucData data = subgroupAucData(m_metrics, m_model->currentText(), attribute(),
                                                 m_colourOrders.value(attribute()), source());
    m_chart->setAxisFloor(axisFloor());
    m_chart->setData(data);
    showTableOf(data);
    if (smallMultiples()) {
        rebuildMultiples();
        m_pages->setCurrentWidget(m_grid);
    } else {
        m_pages->setCurrentWidget(m_chart);
    }
}

int SubgroupAucView::multipleColumns() const {
    return metricModels(m_metrics).size() > 4 ? 3 : 2;
}

ChartGrid SubgroupAucView::multiplesGrid() const {
    ChartGrid grid;
    grid.columns = multipleColumns();
    if (smallMultiples())
        for (SubgroupAucChart* chart : m_multiples)
            grid.plots.push_back(chart->plot());
    return grid;
}

QString SubgroupAucView::shownCsv() const {
    if (!smallMultiples() || m_multiples.empty())
        return subgroupAucCsv(m_chart->data());
    QString csv;
    for (const SubgroupAucChart* chart : m_multiples) {
        const QString part = subgroupAucCsv(chart->data());
        csv += csv.isEmpty() ? part : part.section(QLatin1Char('\n'), 1); // one header
    }
    return csv;
}

Result<void> SubgroupAucView::exportTo(const QString& path, int dpi) const {
    const ChartGrid grid = multiplesGrid();
    if (grid.plots.size() > 1 &&
        QFileInfo(path).suffix().compare(QStringLiteral("csv"), Qt::CaseInsensitive) != 0)
        return exportChartGrid(grid.plots, grid.columns, path, 4.5, 3.0, dpi);
    return exportFigureOrData(m_chart->plot(), shownCsv(), path, dpi);
}

void SubgroupAucView::copyTable() const {
    QApplication::clipboard()->setText(subgroupAucCsv(m_chart->data()));
}

} // namespace cxrfair
