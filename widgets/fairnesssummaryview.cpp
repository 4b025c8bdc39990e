#include "fairnesssummaryview.h"

#include "charts/exportbutton.h"
#include "charts/paretochart.h"
#include "charts/subgroupaucdata.h"
#include "common/displaynames.h"
#include "crossaucmatrixmodel.h"
#include "helpbutton.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace cxrfair {

FairnessSummaryView::FairnessSummaryView(QWidget* parent)
    : QWidget(parent)
    , m_condition(new QComboBox(this))
    , m_attribute(new QComboBox(this))
    , m_model(new QComboBox(this))
    , m_chart(new ParetoChart(this))
    , m_summary(new QLabel(this))
    , m_matrix(new QTableView(this))
    , m_matrixModel(new CrossAucMatrixModel(this)) {
    m_condition->setObjectName(QStringLiteral("summaryCondition"));
    m_attribute->setObjectName(QStringLiteral("summaryAttribute"));
    m_model->setObjectName(QStringLiteral("summaryModel"));
    m_summary->setObjectName(QStringLiteral("fairnessSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* row = new QHBoxLayout;
    auto addCombo = [&](const QString& text, QComboBox* box) {
        auto* label = new QLabel(text, this);
        label->setBuddy(box);
        row->addWidget(label);
        row->addWidget(box, 1);
    };
    addCombo(tr("Con&dition:"), m_condition);
    addCombo(tr("&Groups:"), m_attribute);
    addCombo(tr("&Model:"), m_model);
    row->addWidget(new ExportButton(
        QStringLiteral("pareto"), [this] { return m_chart->plot(); },
        [this] { return m_chart->csv(); }, this));
    row->addWidget(new HelpButton(
        tr("Fairness summary"),
        tr("Each point is a model: across, its AUC on all images; up, the AUC of its worst "
           "group among those with enough evidence (at least 10 images with and without the "
           "condition and a 95% interval at most 0.2 wide). Both have their intervals as "
           "whiskers. Filled points are on the Pareto front: no other model is at least as good "
           "on both. On the dashed diagonal the worst group does as well as everyone. Below, "
           "the chosen model's gap between its best and worst groups, with its bias-corrected "
           "value (a gap between small groups is too large by chance; the bootstrap estimates "
           "by how much) and its equity-scaled AUC (ES-AUC: the AUC divided by one plus the "
           "groups' summed distance to it). The matrix gives the cross-group AUC: how often a "
           "positive of the row's group scores above a negative of the column's group. Two "
           "groups with the same AUC can differ here when one group's scores run higher for "
           "everyone; a bold cell's difference with its mirror is beyond noise (its interval "
           "leaves out 0)."),
        this));

    m_matrix->setModel(m_matrixModel);
    m_matrix->setObjectName(QStringLiteral("crossAucMatrix"));
    m_matrix->setTabKeyNavigation(false);
    m_matrix->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_matrix->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_matrix->setSelectionMode(QAbstractItemView::SingleSelection);
    auto* copy = new QAction(tr("Copy"), m_matrix);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, &FairnessSummaryView::copyMatrix);
    m_matrix->addAction(copy);
    auto* matrixTitle =
        new QLabel(tr("Cross-group AUC: a positive of the row's group against a negative of the "
                      "column's"),
                   this);
    matrixTitle->setWordWrap(true);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_chart, 1);
    leftLayout->addWidget(m_summary);
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(matrixTitle);
    rightLayout->addWidget(m_matrix, 1);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(splitter, 1);
    for (QComboBox* box : {m_condition, m_attribute, m_model})
        connect(box, &QComboBox::currentIndexChanged, this, &FairnessSummaryView::refresh);
    refresh();
}

void FairnessSummaryView::setMetrics(std::vector<ModelConditionMetrics> metrics) {
    m_metrics = std::move(metrics);
    const QString condition = m_condition->currentText(), model = m_model->currentText();
    const QString attribute = m_attribute->currentData().toString();
    {
        const QSignalBlocker c(m_condition), a(m_attribute), m(m_model);
        m_condition->clear();
        m_condition->addItems(metricConditions(m_metrics));
        m_attribute->clear();
        for (const QString& name : metricAttributes(m_metrics))
            m_attribute->addItem(attributeDisplayName(name), name);
        m_model->clear();
        m_model->addItems(metricModels(m_metrics));
        if (const int i = m_condition->findText(condition); i >= 0)
            m_condition->setCurrentIndex(i);
        const QString wanted = attribute.isEmpty() ? QStringLiteral("age") : attribute;
        if (const int i = m_attribute->findData(wanted); i >= 0)
            m_attribute->setCurrentIndex(i);
        if (const int i = m_model->findText(model); i >= 0)
            m_model->setCurrentIndex(i);
    }
    refresh();
}

void FairnessSummaryView::refresh() {
    const QString condition = m_condition->currentText(), model = m_model->currentText();
    const QString attribute = m_attribute->currentData().toString();
    m_chart->setPoints(condition, attribute, paretoPoints(m_metrics, condition, attribute));
    m_matrixModel->setMetrics(m_metrics, model, condition, attribute);
    QString text;
    for (const ModelConditionMetrics& m : m_metrics) {
        if (m.model != model || m.condition != condition)
            continue;
        for (const GapMetrics& s : m.summaries) {
            if (s.attribute != attribute)
                continue;
            if (!s.aucGap) {
                text = tr("%1: fewer than two %2 groups have enough evidence to be compared.")
                           .arg(model, attributeDisplayName(attribute));
                break;
            }
            text = tr("%1: worst group %2, AUC %3 [%4, %5]. Gap %6 [%7, %8] over %9; "
                      "bias-corrected %10. ES-AUC %11.")
                       .arg(model, groupDisplayName(s.worstGroup))
                       .arg(*s.worstAuc, 0, 'f', 3)
                       .arg(s.worstAucCi.low, 0, 'f', 3)
                       .arg(s.worstAucCi.high, 0, 'f', 3)
                       .arg(*s.aucGap, 0, 'f', 3)
                       .arg(s.aucGapCi.low, 0, 'f', 3)
                       .arg(s.aucGapCi.high, 0, 'f', 3)
                       .arg(s.compared.size())
                       .arg(s.aucGapBiasCorrected ? QString::number(*s.aucGapBiasCorrected, 'f', 3)
                                                  : QStringLiteral("-"))
                       .arg(s.esAuc ? QString::number(*s.esAuc, 'f', 3) : QStringLiteral("-"));
            if (s.equalOpportunity && s.equalizedOdds)
                text += QLatin1Char(' ') +
                        tr("At the threshold: equal-opportunity difference %1, equalized-odds "
                           "difference %2.")
                            .arg(*s.equalOpportunity, 0, 'f', 3)
                            .arg(*s.equalizedOdds, 0, 'f', 3);
        }
    }
    if (m_metrics.empty())
        text = tr("No metrics yet: run a model on a dataset with labels.");
    m_summary->setText(text);
}

QString FairnessSummaryView::summary() const {
    return m_summary->text();
}

void FairnessSummaryView::copyMatrix() const {
    QApplication::clipboard()->setText(m_matrixModel->csv());
}

} // namespace cxrfair
