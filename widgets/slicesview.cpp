#include "slicesview.h"

#include "helpbutton.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPalette>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>

namespace cxrfair {

namespace {
enum Column { Number, Images, Positives, Auc, Rest, Difference, Interval, P, Description, Count };

QString figure(const std::optional<double>& v) {
    return v ? QString::number(*v, 'f', 3) : QStringLiteral("-");
}
} // namespace

void SliceTableModel::setSlices(const ConditionSlices* slices) {
    beginResetModel();
    m_slices = slices;
    endResetModel();
}

const DiscoveredSlice* SliceTableModel::slice(int row) const {
    if (!m_slices || row < 0 || row >= int(m_slices->found.slices.size()))
        return nullptr;
    return &m_slices->found.slices[size_t(row)];
}

int SliceTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() || !m_slices ? 0 : int(m_slices->found.slices.size());
}

int SliceTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : Count;
}

QVariant SliceTableModel::data(const QModelIndex& index, int role) const {
    const DiscoveredSlice* s = slice(index.row());
    if (!s || !index.isValid())
        return {};
    const SliceComparison& c = s->comparison;
    const bool worse = c.interval.valid() && c.interval.high < 0.0;
    if (role == Qt::ForegroundRole && index.column() == Difference && worse)
        return QColor(Qt::red).darker(130); // the interval lies below zero
    if (role == Qt::TextAlignmentRole)
        return index.column() == Description ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                             : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Description) {
        QStringList enriched;
        for (const SliceEnrichment& e : s->enriched)
            enriched << e.toString();
        return enriched.isEmpty() ? tr("No attribute or tag is over-represented in this slice.")
                                  : tr("Over-represented (odds ratio, 95% interval):\n%1")
                                        .arg(enriched.join(QLatin1Char('\n')));
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Number:
        return s->number;
    case Images:
        return qlonglong(s->images);
    case Positives:
        return qlonglong(s->positives);
    case Auc:
        return figure(c.auc.slice);
    case Rest:
        return figure(c.auc.rest);
    case Difference:
        return c.difference ? QString::number(*c.difference, 'f', 3) : QStringLiteral("-");
    case Interval:
        return c.interval.valid() ? QStringLiteral("[%1, %2]")
                                        .arg(c.interval.low, 0, 'f', 3)
                                        .arg(c.interval.high, 0, 'f', 3)
                                  : QStringLiteral("-");
    case P:
        return c.p ? QString::number(*c.p, 'g', 2) : QStringLiteral("-");
    case Description: {
        QString text = s->description;
        if (!s->enriched.empty())
            text += QStringLiteral(" (%1=%2)")
                        .arg(s->enriched.front().attribute, s->enriched.front().group);
        return text;
    }
    default:
        return {};
    }
}

QVariant SliceTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Number:
        return tr("Slice");
    case Images:
        return tr("Images");
    case Positives:
        return tr("Positives");
    case Auc:
        return tr("AUC");
    case Rest:
        return tr("Rest");
    case Difference:
        return tr("Difference");
    case Interval:
        return tr("95% interval");
    case P:
        return tr("p");
    case Description:
        return tr("Description");
    default:
        return {};
    }
}

SlicesView::SlicesView(QWidget* parent)
    : QWidget(parent)
    , m_condition(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_table(new QTableView(this))
    , m_model(new SliceTableModel(this)) {
    m_condition->setObjectName(QStringLiteral("sliceCondition"));
    m_table->setObjectName(QStringLiteral("slices"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_summary->setWordWrap(true);
    auto* label = new QLabel(tr("Con&dition:"), this);
    label->setBuddy(m_condition);
    auto* row = new QHBoxLayout;
    row->addWidget(label);
    row->addWidget(m_condition, 1);
    row->addWidget(new HelpButton(
        tr("Slices"),
        tr("Groups of images, close to one another in the model's embedding space, where the "
           "model ranks worst. They are searched on half of the patients and every figure here "
           "comes from the other half, so a slice found by chance shows no difference. A "
           "slice's AUC counts the pairs of a positive and a negative of which at least one is "
           "in the slice (a slice of positives: its positives against every negative); Rest "
           "counts the other pairs. The interval is a 95% bootstrap interval over patients and "
           "p a permutation test. The description lists the phrases nearest to the slice in "
           "the model's text space, and the attributes and tags it holds more often than the "
           "rest (hover for the odds ratios). Choose a slice to see its images in the gallery "
           "and the PCA scatter."),
        this));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    connect(m_condition, &QComboBox::currentIndexChanged, this, &SlicesView::showCondition);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& index) { choose(index); });
    connect(m_table, &QTableView::activated, this, &SlicesView::choose);
    showCondition();
}

void SlicesView::setDiscovery(std::shared_ptr<const ModelDiscovery> discovery) {
    const QString current = m_condition->currentText();
    m_discovery = std::move(discovery);
    const QSignalBlocker block(m_condition);
    m_condition->clear();
    if (m_discovery)
        for (const ConditionSlices& c : m_discovery->slices)
            m_condition->addItem(c.condition);
    if (const int i = m_condition->findText(current); i >= 0)
        m_condition->setCurrentIndex(i);
    showCondition();
}

void SlicesView::showCondition() {
    const int i = m_condition->currentIndex();
    const ConditionSlices* slices = m_discovery && i >= 0 && i < int(m_discovery->slices.size())
                                        ? &m_discovery->slices[size_t(i)]
                                        : nullptr;
    m_model->setSlices(slices);
    m_table->resizeColumnsToContents();
    if (!slices) {
        m_summary->setText(m_discovery && !m_discovery->problems.isEmpty()
                               ? m_discovery->problems.join(QLatin1Char('\n'))
                               : tr("No slices: run a model on a dataset with labels."));
        return;
    }
    m_summary->setText(tr("Searched on %1 images, measured on %2 held-out images (%3 mixture "
                          "components on %4 principal components).")
                           .arg(slices->found.searchImages)
                           .arg(slices->found.evaluateImages)
                           .arg(slices->found.components)
                           .arg(slices->found.pcaComponents));
}

void SlicesView::choose(const QModelIndex& index) {
    const DiscoveredSlice* s = m_model->slice(index.row());
    const int c = m_condition->currentIndex();
    if (!s || !m_discovery || c < 0)
        return;
    const ConditionSlices& slices = m_discovery->slices[size_t(c)];
    QStringList ids;
    for (qsizetype i = 0; i < slices.sampleIds.size(); ++i)
        if (slices.found.sliceOfRow[size_t(i)] == s->number)
            ids << slices.sampleIds[i];
    Q_EMIT sliceChosen(tr("%1: slice %2").arg(slices.condition).arg(s->number), slices.condition,
                       ids);
}

} // namespace cxrfair
