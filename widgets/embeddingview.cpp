#include "embeddingview.h"

#include "charts/chartstyle.h"
#include "common/displaynames.h"

#include "charts/exportbutton.h"
#include "charts/pcascatter.h"
#include "charts/probechart.h"
#include "charts/subgroupaucdata.h"
#include "helpbutton.h"
#include "subgroupauctablemodel.h"

#include "stats/tablemetrics.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSet>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QToolButton>

#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <numeric>

#include <cmath>

namespace cxrfair {

namespace {
/// Colour choices: "column:NAME" for a categorical column, "score:CONDITION" for a score.
const QString columnKey = QStringLiteral("column:");
const QString scoreKey = QStringLiteral("score:");
} // namespace

EmbeddingView::EmbeddingView(QWidget* parent)
    : QWidget(parent)
    , m_colour(new QComboBox(this))
    , m_tools(new QButtonGroup(this))
    , m_scatter(new PcaScatter(this))
    , m_probe(new ProbeChart(this))
    , m_shift(new QTableWidget(this))
    , m_exportScatter(new ExportButton(
          QStringLiteral("pca"), [this] { return m_scatter->plot(); },
          [this] { return m_scatter->csv(); }, this))
    , m_exportProbe(new ExportButton(
          QStringLiteral("probe"), [this] { return m_probe->plot(); },
          [this] { return m_probe->csv(); }, this))
    , m_selectionLabel(new QLabel(this))
    , m_selectionTable(new QTableView(this))
    , m_selectionModel(new SubgroupAucTableModel(this)) {
    m_colour->setObjectName(QStringLiteral("colour"));
    auto* bar = new QHBoxLayout;
    auto* colourLabel = new QLabel(tr("C&olour by:"), this);
    colourLabel->setBuddy(m_colour);
    bar->addWidget(colourLabel);
    bar->addWidget(m_colour, 1);
    const struct {
        PcaScatter::Tool tool;
        QString text;
        QString tip;
        QString key;
    } tools[] = {
        {PcaScatter::Tool::Navigate, tr("Pan"), tr("Drag to pan, wheel to zoom (N)"),
         QStringLiteral("N")},
        {PcaScatter::Tool::Rectangle, tr("Rectangle"),
         tr("Drag a rectangle to select images; Shift adds to the selection (R)"),
         QStringLiteral("R")},
        {PcaScatter::Tool::Lasso, tr("Lasso"),
         tr("Draw around images to select them; Shift adds to the selection (L)"),
         QStringLiteral("L")},
    };
    for (const auto& t : tools) {
        auto* button = new QToolButton(this);
        button->setText(t.text);
        button->setToolTip(t.tip);
        button->setCheckable(true);
        button->setShortcut(QKeySequence(t.key));
        button->setChecked(t.tool == PcaScatter::Tool::Navigate);
        m_tools->addButton(button, int(t.tool));
        bar->addWidget(button);
    }
    connect(m_tools, &QButtonGroup::idClicked, this,
            [this](int id) { m_scatter->setTool(PcaScatter::Tool(id)); });
    auto* clear = new QToolButton(this);
    clear->setText(tr("Clear Selection"));
    clear->setShortcut(QKeySequence(Qt::Key_Delete));
    connect(clear, &QToolButton::clicked, m_scatter, &PcaScatter::clearSelection);
    bar->addWidget(clear);
    m_exportScatter->setText(tr("Export PCA"));
    m_exportProbe->setText(tr("Export Probe"));
    bar->addWidget(m_exportScatter);
    bar->addWidget(m_exportProbe);
    bar->addWidget(new HelpButton(
        tr("PCA and probes"),
        tr("Each point is an image, placed by the first two principal components of its "
           "embedding (the axes say how much of the variance each shows). Colour it by an "
           "attribute to see whether groups separate. The bars beside it are probes: a "
           "classifier learns the attribute from the full embeddings on 80% of the patients and "
           "is tested on the other 20%. A macro AUC well above the dashed chance line (0.5) means "
           "the embeddings encode the attribute, even when the scatter looks mixed: two "
           "components show little of what the model keeps. The whiskers are 95% bootstrap "
           "intervals over the test patients; an interval that reaches 0.5 does not show that "
           "the attribute is encoded. Under the probes, the representation shift between each "
           "pair of groups: the maximum mean discrepancy (MMD\u00b2) between their embeddings, "
           "with a permutation p-value (1,000 relabellings of at most 1,000 images per group); "
           "a small p says the groups' images are told apart in embedding space. Select images "
           "with the rectangle or lasso to see them and "
           "compare their AUCs with the rest."),
        this));

    m_selectionLabel->setWordWrap(true);
    m_selectionLabel->setText(tr("Select images in the scatter to compare them with the rest."));
    m_selectionTable->setModel(m_selectionModel);
    // Tab leaves the table for the next panel; the arrow keys move inside it.
    m_selectionTable->setTabKeyNavigation(false);
    m_selectionTable->verticalHeader()->hide();
    m_selectionTable->verticalHeader()->setDefaultSectionSize(
        m_selectionTable->fontMetrics().height() + 8); // more rows in sight
    m_selectionTable->horizontalHeader()->setStretchLastSection(true);

    auto* probePanel = new QWidget(this);
    auto* probeLayout = new QVBoxLayout(probePanel);
    probeLayout->setContentsMargins(0, 0, 0, 0);
    probeLayout->addWidget(m_probe, 1);
    m_shift->setObjectName(QStringLiteral("shiftTable"));
    m_shift->setColumnCount(4);
    m_shift->setHorizontalHeaderLabels(
        {tr("Attribute"), tr("Groups"), tr("MMD\u00b2"), tr("p (permutations)")});
    m_shift->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_shift->setTabKeyNavigation(false);
    m_shift->verticalHeader()->hide();
    m_shift->verticalHeader()->setDefaultSectionSize(m_shift->fontMetrics().height() + 8);
    m_shift->horizontalHeader()->setStretchLastSection(true);
    m_shift->setToolTip(tr("Representation shift: how far apart two groups' images lie in "
                           "embedding space (MMD\u00b2), and whether that is beyond chance (p)"));
    probeLayout->addWidget(m_shift);
    auto* selectionPanel = new QWidget(this);
    auto* selectionLayout = new QVBoxLayout(selectionPanel);
    selectionLayout->setContentsMargins(0, 0, 0, 0);
    selectionLayout->addWidget(m_selectionLabel);
    selectionLayout->addWidget(m_selectionTable, 1);
    auto* side = new QSplitter(Qt::Vertical, this);
    side->addWidget(probePanel);
    side->addWidget(selectionPanel);
    side->setStretchFactor(0, 3);
    side->setStretchFactor(1, 2);
    side->setMinimumWidth(260);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_scatter);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({560, 440}); // the scatter gets the larger share from the start
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);

    connect(m_colour, &QComboBox::currentIndexChanged, this, &EmbeddingView::recolour);
    connect(m_scatter, &PcaScatter::selectionChanged, this, &EmbeddingView::selectionChanged);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &EmbeddingView::showComparison);
}

void EmbeddingView::showShifts() {
    int rows = 0;
    for (const AttributeShift& s : m_analysis->shifts)
        rows += int(s.pairs.size());
    m_shift->setRowCount(rows);
    int row = 0;
    for (const AttributeShift& s : m_analysis->shifts) {
        for (const MmdPair& p : s.pairs) {
            const QStringList cells{attributeDisplayName(s.attribute),
                                    QStringLiteral("%1 / %2").arg(groupDisplayName(p.groupA),
                                                                  groupDisplayName(p.groupB)),
                                    QString::number(p.mmd2, 'g', 3), QString::number(p.p, 'g', 3)};
            const QString images = tr("%1 and %2 images").arg(p.nA).arg(p.nB);
            for (int c = 0; c < int(cells.size()); ++c) {
                auto* item = new QTableWidgetItem(cells[c]);
                if (c >= 2)
                    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                item->setToolTip(images);
                m_shift->setItem(row, c, item);
            }
            ++row;
        }
    }
    m_shift->resizeColumnsToContents();
    m_shift->setVisible(rows > 0);
}

EmbeddingView::~EmbeddingView() {
    m_watcher.waitForFinished();
}

void EmbeddingView::setAnalysis(std::shared_ptr<const EmbeddingAnalysis> analysis,
                                std::shared_ptr<const ScoreTable> scores) {
    // A selection survives rescoring (the same images, new scores): it is compared again.
    const QStringList selected = selectedSamples();
    m_analysis = std::move(analysis);
    m_scores = std::move(scores);
    m_metrics.clear();
    m_selectionModel->setData({});
    m_tableSample.clear();
    m_selectionLabel->setText(tr("Select images in the scatter to compare them with the rest."));
    const QSignalBlocker block(m_colour);
    const QString current = m_colour->currentData().toString();
    m_colour->clear();
    if (!m_analysis) {
        m_scatter->setPoints({}, {}, {}, {});
        m_probe->setResults({});
        m_shift->setRowCount(0);
        return;
    }
    m_scatter->setPca(m_analysis->pca, false); // drawn once, when coloured below
    m_probe->setResults(m_analysis->probes);
    showShifts();

    for (const SampleClasses& c : m_analysis->columns)
        m_colour->addItem(c.name.startsWith(QStringLiteral("label:"))
                              ? tr("Label: %1").arg(c.name.mid(6))
                              : attributeDisplayName(c.name),
                          columnKey + c.name);
    if (m_scores) {
        // The study lists both in the store's order: then no lookup is needed (at full scale,
        // hashing 377,110 ids would stall the window for a tenth of a second).
        if (m_scores->sampleIds == m_analysis->sampleIds) {
            m_tableSample.resize(size_t(m_analysis->sampleIds.size()));
            std::iota(m_tableSample.begin(), m_tableSample.end(), qint64(0));
        } else {
            QHash<QString, qint64> sampleOf;
            for (qsizetype s = 0; s < m_scores->sampleIds.size(); ++s)
                sampleOf.insert(m_scores->sampleIds[s], s);
            for (const QString& id : m_analysis->sampleIds)
                m_tableSample.push_back(sampleOf.value(id, -1));
        }
        for (const QString& c : m_scores->conditions)
            m_colour->addItem(tr("Score: %1").arg(c), scoreKey + c);
    }
    // A project's choice (once), else what was shown.
    const int preferred = m_colour->findData(m_preferredColour);
    const int keep = m_colour->findData(current);
    m_colour->setCurrentIndex(preferred >= 0 ? preferred : keep >= 0 ? keep : 0);
    if (preferred >= 0)
        m_preferredColour.clear();
    // Drawn on the next turn of the event loop: at full scale, drawing 377,110 points takes a
    // few frames, which the other views' filling would otherwise add to.
    m_scatter->setDrawLater(true);
    if (!recolour())
        m_scatter->replot();
    m_scatter->setDrawLater(false);
    if (!selected.isEmpty() && selectSamples(selected) == 0)
        m_selectionLabel->setText(
            tr("The selection was cleared: these embeddings have none of its images."));
}

qsizetype EmbeddingView::selectSamples(const QStringList& sampleIds) {
    if (!m_analysis)
        return 0;
    const QSet<QString> wanted(sampleIds.begin(), sampleIds.end());
    std::vector<bool> flags(size_t(m_analysis->sampleIds.size()), false);
    qsizetype kept = 0;
    for (qsizetype i = 0; i < m_analysis->sampleIds.size(); ++i)
        if (wanted.contains(m_analysis->sampleIds[i])) {
            flags[size_t(i)] = true;
            ++kept;
        }
    if (kept > 0) {
        m_restoringSelection = true; // compared, not sent to the gallery again
        m_scatter->setSelection(std::move(flags));
        m_restoringSelection = false;
    }
    return kept;
}

QString EmbeddingView::colourKey() const {
    return m_colour->currentData().toString();
}

bool EmbeddingView::recolour() {
    if (!m_analysis)
        return false;
    const QString key = m_colour->currentData().toString();
    if (key.startsWith(columnKey)) {
        if (const SampleClasses* c = findColumn(*m_analysis, key.mid(columnKey.size()))) {
            QStringList classes;
            std::vector<QColor> colours; // each group's colour in every view
            const QStringList order = m_colourOrders.value(c->name);
            for (const QString& name : c->classes) {
                classes << groupDisplayName(name);
                colours.push_back(order.contains(name) ? groupColor(order, int(order.indexOf(name)))
                                                       : QColor());
            }
            if (c->name.startsWith(QStringLiteral("label:"))) {
                classes = QStringList{tr("negative"), tr("positive")};
                colours.clear();
            }
            m_scatter->colourByClasses(m_colour->currentText(), classes, c->codes, colours);
            return true;
        }
        return false;
    }
    if (!key.startsWith(scoreKey) || !m_scores)
        return false;
    // The first model's score on the condition (the table may hold several models).
    const qsizetype condition = m_scores->conditions.indexOf(key.mid(scoreKey.size()));
    std::vector<double> bySample(size_t(m_scores->sampleIds.size()), NAN);
    if (condition >= 0 && !m_scores->entries.empty())
        for (const ScoreTable::Entry& e : m_scores->entries[0][size_t(condition)])
            bySample[e.sample] = e.score;
    std::vector<double> values;
    for (qint64 s : m_tableSample)
        values.push_back(s >= 0 ? bySample[size_t(s)] : NAN);
    m_scatter->colourByValues(m_colour->currentText(), values);
    return true;
}

QStringList EmbeddingView::selectedSamples() const {
    QStringList ids;
    if (!m_analysis)
        return ids;
    const auto& selection = m_scatter->selection();
    for (size_t i = 0; i < selection.size(); ++i)
        if (selection[i])
            ids << m_analysis->sampleIds[qsizetype(i)];
    return ids;
}

void EmbeddingView::selectionChanged() {
    const qsizetype n = m_scatter->selectedCount();
    if (n == 0) {
        m_selectionLabel->setText(
            tr("Select images in the scatter to compare them with the rest."));
        m_metrics.clear();
        m_selectionModel->setData({});
        return;
    }
    m_selectionLabel->setText(
        tr("%n image(s) selected; comparing their AUCs with the rest...", nullptr, int(n)));
    if (!m_restoringSelection)
        Q_EMIT samplesSelected(selectedSamples());
    compareSelection();
}

void EmbeddingView::compareSelection(bool intervals) {
    if (!m_scores)
        return;
    if (m_watcher.isRunning()) {
        m_pending = true;
        return;
    }
    m_pending = false;
    m_computing = true;
    m_intervals = intervals;
    std::vector<bool> selected(size_t(m_scores->sampleIds.size()), false);
    const auto& selection = m_scatter->selection();
    for (size_t i = 0; i < selection.size() && i < m_tableSample.size(); ++i)
        if (selection[i] && m_tableSample[i] >= 0)
            selected[size_t(m_tableSample[i])] = true;
    // First the AUCs and DeLong's p, at once; then a quick interval while exploring.
    MetricsSettings settings;
    settings.bootstrap.resamples = intervals ? 200 : 0;
    m_watcher.setFuture(
        QtConcurrent::run([scores = m_scores, selected = std::move(selected), settings] {
            return cxrfair::selectionMetrics(*scores, selected, settings);
        }));
}

void EmbeddingView::showComparison() {
    if (m_pending) {
        compareSelection();
        return;
    }
    auto metrics = m_watcher.result();
    if (!metrics) {
        m_computing = false;
        m_selectionLabel->setText(metrics.error().message);
        return;
    }
    m_metrics = std::move(*metrics);
    const QString model = m_metrics.empty() ? QString() : m_metrics.front().model;
    m_selectionModel->setData(subgroupAucData(m_metrics, model, QStringLiteral("selection")));
    m_selectionTable->resizeColumnsToContents();
    if (!m_intervals) {
        m_selectionLabel->setText(
            tr("%n image(s) selected. AUC of the selection and of the rest, per condition (p "
               "compares the two; intervals from 200 resamples follow):",
               nullptr, int(m_scatter->selectedCount())));
        Q_EMIT selectionAucsShown();
        compareSelection(true);
        return;
    }
    m_computing = false;
    m_selectionLabel->setText(
        tr("%n image(s) selected. AUC of the selection and of the rest, per condition (95% "
           "intervals from 200 resamples; p compares the two):",
           nullptr, int(m_scatter->selectedCount())));
    Q_EMIT selectionMetricsReady();
}

} // namespace cxrfair
