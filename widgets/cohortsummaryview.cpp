#include "cohortsummaryview.h"

#include "summarymodels.h"

#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace cxrfair {

namespace {
QTableView* makeTable(QAbstractItemModel* model, QWidget* parent) {
    auto* proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(model);
    proxy->setSortRole(Qt::EditRole);
    auto* table = new QTableView(parent);
    table->setModel(proxy);
    // Tab leaves the table for the next panel; the arrow keys move inside it.
    table->setTabKeyNavigation(false);
    table->setSortingEnabled(true);
    table->sortByColumn(-1, Qt::AscendingOrder);
    table->setAlternatingRowColors(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() +
                                                   8); // more rows in sight
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(false);
    return table;
}
} // namespace

CohortSummaryView::CohortSummaryView(QWidget* parent)
    : QWidget(parent)
    , m_header(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_conditionsModel(new ConditionCountsModel(this))
    , m_attributesModel(new AttributeCountsModel(this))
    , m_problemsModel(new ProblemsModel(this)) {
    m_header->setTextFormat(Qt::RichText);
    m_header->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(m_header, &QLabel::linkActivated, this, [this](const QString& link) {
        if (link.startsWith(QStringLiteral("cxrfair:")))
            Q_EMIT startChosen(link.mid(8));
    });
    m_header->setWordWrap(true);
    m_conditions = makeTable(m_conditionsModel, this);
    m_attributes = makeTable(m_attributesModel, this);
    m_problems = makeTable(m_problemsModel, this);
    m_tabs->addTab(m_conditions, tr("&Labels"));
    m_tabs->addTab(m_attributes, tr("&Groups"));
    m_tabs->addTab(m_problems, tr("&Problems"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_tabs, 1);
    clear();
}

void CohortSummaryView::clear() {
    if (!m_startPage)
        m_header->setText(tr("<p>No dataset read yet.</p>"));
    else
        m_header->setText(
            tr("<h2>Audit CLIP-based chest X-ray models for fairness and robustness</h2>"
               "<p><a href=\"cxrfair:demo\">Open the demo</a> (synthetic data and a small model: "
               "nothing to download) &nbsp;&middot;&nbsp; <a href=\"cxrfair:tour\">Take the guided "
               "tour</a> (F1)</p>"
               "<p><a href=\"cxrfair:open\">Open a dataset</a> (Ctrl+O): a folder in a published "
               "layout (NIH ChestX-ray14, MIMIC-CXR, CheXpert) &nbsp;&middot;&nbsp; "
               "<a href=\"cxrfair:project\">Open a project</a> (Ctrl+Shift+P)</p>"));
    m_conditionsModel->setSummary(CohortSummary());
    m_attributesModel->setSummary(CohortSummary());
    m_problemsModel->setProblems({});
    m_tabs->setTabText(2, tr("&Problems"));
}

void CohortSummaryView::setSummary(const CohortSummary& s) {
    const LoadReport& r = s.report;
    QString left = tr("%1 missing images, %2 invalid rows, %3 outside the split, %4 outside the "
                      "views, %5 without labels")
                       .arg(r.missingImages)
                       .arg(r.invalidRows)
                       .arg(r.excludedBySplit)
                       .arg(r.excludedByView)
                       .arg(r.unlabeled);
    m_header->setText(tr("<h3>%1</h3><p><tt>%2</tt></p><p><b>%3</b> images from <b>%4</b> "
                         "patients. Left out: %5.</p>")
                          .arg(formatDisplayName(s.source.format), s.source.root.toHtmlEscaped())
                          .arg(s.images)
                          .arg(s.patients)
                          .arg(left));
    m_conditionsModel->setSummary(s);
    m_attributesModel->setSummary(s);
    m_problemsModel->setProblems(r.problems.listed());
    m_tabs->setTabText(2, r.problems.total() > 0 ? tr("&Problems (%1)").arg(r.problems.total())
                                                 : tr("&Problems"));
    for (QTableView* t : {m_conditions, m_attributes, m_problems})
        t->resizeColumnsToContents();
}

} // namespace cxrfair
