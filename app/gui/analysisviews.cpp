#include "analysisviews.h"

#include "embeddingview.h"
#include "fairnesssummaryview.h"
#include "galleryview.h"
#include "promptsensitivityview.h"
#include "rocview.h"
#include "shortcutview.h"
#include "slicesview.h"
#include "subgroupaucview.h"

#include "demo/devicetruth.h"
#include "session/session.h"
#include "stats/tablemetrics.h"

#include <QComboBox>
#include <QDockWidget>
#include <QMainWindow>
#include <QTimer>

namespace cxrfair {

namespace {

QDockWidget* dockFor(QMainWindow* window, const QString& title, const QString& name,
                     QWidget* view) {
    auto* dock = new QDockWidget(title, window);
    dock->setObjectName(name);
    dock->setWidget(view);
    return dock;
}

/// What the gallery and viewer show of samples of `table`: attributes and every score. One
/// pass over the scores, whatever the number of samples.
std::vector<GalleryItem> galleryItems(const ScoreTable& table,
                                      const std::vector<std::uint32_t>& samples,
                                      const QHash<QString, QString>& paths,
                                      const QHash<QString, QString>& regionMasks) {
    std::vector<GalleryItem> items;
    QHash<std::uint32_t, size_t> itemOf;
    for (std::uint32_t s : samples) {
        GalleryItem item{table.sampleIds[s],
                         paths.value(table.sampleIds[s]),
                         {},
                         {},
                         {},
                         regionMasks.value(table.sampleIds[s])};
        for (qsizetype a = 0; a < table.attributes.size(); ++a)
            item.attributes << QStringLiteral("%1: %2").arg(
                table.attributes[a], table.sampleAttributes[size_t(a)][s].isEmpty()
                                         ? AnalysisViews::tr("missing")
                                         : table.sampleAttributes[size_t(a)][s]);
        itemOf.insert(s, items.size());
        items.push_back(std::move(item));
    }
    for (qsizetype m = 0; m < table.models.size(); ++m)
        for (qsizetype c = 0; c < table.conditions.size(); ++c)
            for (const ScoreTable::Entry& e : table.entries[size_t(m)][size_t(c)])
                if (const auto i = itemOf.constFind(e.sample); i != itemOf.cend()) {
                    items[*i].scores << AnalysisViews::tr("%1 (%2): %3, label %4")
                                            .arg(table.conditions[c], table.models[m])
                                            .arg(e.score, 0, 'f', 3)
                                            .arg(e.label);
                    items[*i].scored.push_back(
                        {table.models[m], table.conditions[c], e.score, int(e.label)});
                }
    return items;
}

} // namespace

AnalysisViews::AnalysisViews(Session* session, QMainWindow* window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
    , m_auc(new SubgroupAucView(window))
    , m_shortcut(new ShortcutView(window))
    , m_roc(new RocView(window))
    , m_embeddings(new EmbeddingView(window))
    , m_slices(new SlicesView(window))
    , m_sensitivity(new PromptSensitivityView(window))
    , m_summary(new FairnessSummaryView(window))
    , m_gallery(new GalleryView(window))
    , m_aucDock(dockFor(window, tr("Subgroup AUC"), QStringLiteral("SubgroupAucDock"), m_auc))
    , m_shortcutDock(dockFor(window, tr("Shortcut"), QStringLiteral("ShortcutDock"), m_shortcut))
    , m_rocDock(dockFor(window, tr("ROC and Threshold"), QStringLiteral("RocDock"), m_roc))
    , m_embeddingDock(
          dockFor(window, tr("Embeddings"), QStringLiteral("EmbeddingDock"), m_embeddings))
    , m_slicesDock(dockFor(window, tr("Slices"), QStringLiteral("SlicesDock"), m_slices))
    , m_sensitivityDock(dockFor(window, tr("Prompt Sensitivity"),
                                QStringLiteral("PromptSensitivityDock"), m_sensitivity))
    , m_summaryDock(
          dockFor(window, tr("Fairness Summary"), QStringLiteral("FairnessSummaryDock"), m_summary))
    , m_galleryDock(dockFor(window, tr("Gallery"), QStringLiteral("GalleryDock"), m_gallery)) {
    connect(m_auc, &SubgroupAucView::groupClicked, this, &AnalysisViews::showGroupImages);
    connect(m_embeddings, &EmbeddingView::samplesSelected, this,
            [this](const QStringList& ids) { showSampleImages(tr("PCA selection"), ids); });
    connect(m_slices, &SlicesView::sliceChosen, this,
            [this](const QString& title, const QString& condition, const QStringList& ids) {
                m_embeddings->selectSamples(ids);
                showSampleImages(title, ids);
                // The slice's condition on the badges, every image of it shown, worst first.
                if (const auto& table = m_session->shown().table; table && !table->models.isEmpty())
                    m_gallery->setCondition(table->models.front(), condition);
                m_gallery->setFilter(GalleryFilter::All);
                m_gallery->setOrder(GalleryOrder::LargestError);
            });
    connect(m_shortcut, &ShortcutView::shortcutChosen, session, &Session::setShortcut);
    connect(session, &Session::shownChanged, this, &AnalysisViews::showAnalysis);
}

void AnalysisViews::arrange(QDockWidget* right) {
    m_right = right;
    m_window->addDockWidget(Qt::BottomDockWidgetArea, m_aucDock);
    m_window->addDockWidget(Qt::BottomDockWidgetArea, m_shortcutDock);
    m_window->splitDockWidget(m_aucDock, m_shortcutDock, Qt::Horizontal);
    m_window->addDockWidget(Qt::BottomDockWidgetArea, m_rocDock);
    m_window->tabifyDockWidget(m_shortcutDock, m_rocDock);
    m_window->addDockWidget(Qt::BottomDockWidgetArea, m_embeddingDock);
    m_window->tabifyDockWidget(m_rocDock, m_embeddingDock);
    m_window->addDockWidget(Qt::BottomDockWidgetArea, m_slicesDock);
    m_window->tabifyDockWidget(m_embeddingDock, m_slicesDock);
    m_window->addDockWidget(Qt::BottomDockWidgetArea, m_sensitivityDock);
    m_window->tabifyDockWidget(m_slicesDock, m_sensitivityDock);
    m_window->addDockWidget(Qt::BottomDockWidgetArea, m_summaryDock);
    m_window->tabifyDockWidget(m_sensitivityDock, m_summaryDock);
    m_window->addDockWidget(Qt::RightDockWidgetArea, m_galleryDock);
    m_window->tabifyDockWidget(right, m_galleryDock);
    for (QDockWidget* dock : {m_aucDock, m_shortcutDock, m_rocDock, m_embeddingDock, m_slicesDock,
                              m_sensitivityDock, m_summaryDock, m_galleryDock})
        dock->hide();
}

void AnalysisViews::setCompact(bool compact) {
    if (compact) {
        // One bottom panel of tabs: each view gets the full width of a small screen.
        m_window->tabifyDockWidget(m_aucDock, m_shortcutDock);
        m_window->tabifyDockWidget(m_shortcutDock, m_rocDock);
        m_window->tabifyDockWidget(m_rocDock, m_embeddingDock);
        m_window->tabifyDockWidget(m_embeddingDock, m_slicesDock);
        m_window->tabifyDockWidget(m_slicesDock, m_sensitivityDock);
        m_window->tabifyDockWidget(m_sensitivityDock, m_summaryDock);
        if (m_compareDock)
            m_window->tabifyDockWidget(m_embeddingDock, m_compareDock);
        // The gallery too: thumbnails need the width, not a corner.
        m_window->tabifyDockWidget(m_embeddingDock, m_galleryDock);
    } else {
        m_window->splitDockWidget(m_aucDock, m_shortcutDock, Qt::Horizontal);
        m_window->tabifyDockWidget(m_shortcutDock, m_rocDock);
        m_window->tabifyDockWidget(m_rocDock, m_embeddingDock);
        m_window->tabifyDockWidget(m_embeddingDock, m_slicesDock);
        m_window->tabifyDockWidget(m_slicesDock, m_sensitivityDock);
        m_window->tabifyDockWidget(m_sensitivityDock, m_summaryDock);
        if (m_compareDock)
            m_window->splitDockWidget(m_aucDock, m_compareDock, Qt::Horizontal);
        m_window->tabifyDockWidget(m_right, m_galleryDock);
    }
    if (!m_aucDock->isHidden())
        m_aucDock->raise();
}

QDockWidget* AnalysisViews::frontDock() const {
    for (QDockWidget* dock : {m_aucDock, m_compareDock, m_shortcutDock, m_rocDock, m_embeddingDock,
                              m_slicesDock, m_sensitivityDock, m_summaryDock, m_galleryDock})
        if (dock && dock->isVisible() && !dock->visibleRegion().isEmpty())
            return dock;
    return nullptr;
}

QDockWidget* AnalysisViews::dock(const QString& name) const {
    const std::pair<const char*, QDockWidget*> docks[] = {
        {"auc", m_aucDock},           {"compare", m_compareDock},
        {"shortcut", m_shortcutDock}, {"drain", m_shortcutDock},
        {"roc", m_rocDock},           {"embeddings", m_embeddingDock},
        {"slices", m_slicesDock},     {"sensitivity", m_sensitivityDock},
        {"summary", m_summaryDock},   {"gallery", m_galleryDock}};
    for (const auto& [key, dock] : docks)
        if (name == QLatin1String(key))
            return dock;
    return nullptr;
}

QHash<QString, QString> AnalysisViews::modelBundles() const {
    QHash<QString, QString> bundles;
    for (int i = 0; i < m_session->datasetCount(); ++i)
        for (const ModelRun& run : m_session->dataset(i).runs)
            if (!run.model.bundlePath.isEmpty())
                bundles.insert(run.name, run.model.bundlePath);
    return bundles;
}

QHash<QString, QString> AnalysisViews::regionMasks() const {
    // The demo's drain masks, where the shown dataset has them (demo-drain-masks.csv).
    const int current = m_session->current();
    if (current < 0)
        return {};
    auto masks = readDemoDrainMasks(m_session->dataset(current).root());
    return masks ? *masks : QHash<QString, QString>();
}

QHash<QString, QStringList> AnalysisViews::colourOrders() const {
    // Every group of every dataset open, age bins first in their order: a group keeps its
    // colour whichever dataset or model is shown.
    QHash<QString, QStringList> orders;
    auto add = [&orders](const QString& attribute, const QString& group) {
        QStringList& order = orders[attribute];
        if (!order.contains(group))
            order << group;
    };
    for (int i = 0; i < m_session->datasetCount(); ++i) {
        const SessionDataset& d = m_session->dataset(i);
        for (const QString& bin : d.cohort.settings().ageBins.labels())
            add(QStringLiteral("age"), bin);
        for (const ModelRun& run : d.runs)
            for (const ModelConditionMetrics& m : run.analysis.metrics)
                for (const GroupMetrics& g : m.groups)
                    add(g.attribute, g.group);
    }
    return orders;
}

void AnalysisViews::showAnalysis() {
    const Analysis& shown = m_session->shown();
    const QHash<QString, QStringList> orders = colourOrders();
    m_auc->setColourOrders(orders);
    m_auc->setPublished(shownPublished());
    if (m_compare)
        m_compare->setPublished(shownPublished());
    m_roc->setColourOrders(orders);
    m_embeddings->setColourOrders(orders);
    m_auc->setMetrics(shown.metrics);
    if (m_compare) {
        m_compare->setColourOrders(orders);
        m_compare->setMetrics(shown.metrics);
    }
    // Shown (and sized) before it is filled: the scatter then draws its points once. At full
    // scale it is filled on the next turn of the event loop, so that the window never holds
    // the loop for every view at once; the latest analysis wins.
    m_embeddingDock->setVisible(shown.embeddings != nullptr);
    const quint64 fill = ++m_embeddingFills;
    auto fillEmbeddings = [this, fill, embeddings = shown.embeddings, table = shown.table] {
        if (fill == m_embeddingFills)
            m_embeddings->setAnalysis(embeddings, table);
    };
    if (shown.embeddings && shown.embeddings->sampleIds.size() >= kDeferredEmbeddingPoints)
        QTimer::singleShot(0, this, fillEmbeddings);
    else
        fillEmbeddings();
    m_slices->setDiscovery(shown.discovery);
    m_slicesDock->setVisible(shown.discovery && !shown.discovery->slices.empty());
    m_sensitivity->setSweep(shown.promptSweep);
    m_summary->setMetrics(shown.metrics);
    m_summaryDock->setVisible(!shown.metrics.empty());
    m_gallery->setModelBundles(modelBundles());
    m_sensitivityDock->setVisible(shown.promptSweep && !shown.promptSweep->rows.empty());
    const bool wasHidden = m_aucDock->isHidden();
    m_aucDock->setVisible(!shown.metrics.empty());
    if (!shown.metrics.empty())
        m_aucDock->raise();
    else if (shown.embeddings)
        m_embeddingDock->raise();
    m_shortcut->setRows(shown.shortcuts);
    const QStringList& confounders = shown.binaryAttributes;
    if (shown.table)
        m_shortcut->setChoices(confounders, shown.table->conditions, m_session->audit().shortcut);
    m_shortcutDock->setVisible(!shown.shortcuts.empty() || !confounders.isEmpty());
    m_roc->setHiddenAttributes({m_session->audit().shortcut.confounder});
    m_roc->setTable(shown.table);
    m_rocDock->setVisible(shown.table != nullptr);
    // The chart shows the shown run's model first.
    const int current = m_session->current();
    if (current >= 0) {
        const SessionDataset& d = m_session->dataset(current);
        if (d.shownRun >= 0 && !d.runs[size_t(d.shownRun)].analysis.metrics.empty())
            m_auc->modelBox()->setCurrentText(
                d.runs[size_t(d.shownRun)].analysis.metrics.front().model);
    }
    if (wasHidden && !shown.metrics.empty()) {
        m_window->resizeDocks({m_aucDock}, {m_window->height() * 2 / 3}, Qt::Vertical);
        m_window->resizeDocks({m_aucDock, m_rocDock},
                              {m_window->width() / 2, m_window->width() / 2}, Qt::Horizontal);
    }
}

void AnalysisViews::clear() {
    ++m_embeddingFills; // a filling still to come is for what was closed
    m_gallery->setItems({}, {});
    m_aucDock->hide();
}

void AnalysisViews::showGroupImages(const QString& model, const QString& condition,
                                    const QString& attribute, const QString& group) {
    const Analysis& shown = m_session->shown();
    if (!shown.table)
        return;
    const ScoreTable& table = *shown.table;
    const int current = m_session->current();
    const AgeBins bins =
        current >= 0 ? m_session->dataset(current).cohort.settings().ageBins : AgeBins();
    const auto samples =
        groupSamples(table, int(table.conditions.indexOf(condition)), attribute, group, bins);
    m_gallery->setItems(tr("%1, %2, %3 = %4").arg(model, condition, attribute, group),
                        galleryItems(table, samples, shown.imagePaths, regionMasks()));
    m_gallery->setCondition(model, condition); // the bar's condition on the badges
    m_galleryDock->show();
    m_galleryDock->raise();
}

void AnalysisViews::showSampleImages(const QString& title, const QStringList& sampleIds) {
    const Analysis& shown = m_session->shown();
    std::vector<GalleryItem> items;
    if (shown.table) {
        QHash<QString, std::uint32_t> sampleOf;
        for (qsizetype s = 0; s < shown.table->sampleIds.size(); ++s)
            sampleOf.insert(shown.table->sampleIds[s], std::uint32_t(s));
        std::vector<std::uint32_t> samples;
        for (const QString& id : sampleIds)
            if (const auto s = sampleOf.constFind(id); s != sampleOf.cend())
                samples.push_back(*s);
        items = galleryItems(*shown.table, samples, shown.imagePaths, regionMasks());
    } else {
        for (const QString& id : sampleIds)
            items.push_back({id, shown.imagePaths.value(id), {}, {}, {}, {}});
    }
    m_gallery->setItems(title, std::move(items));
    m_galleryDock->show();
    m_galleryDock->raise();
}

void AnalysisViews::setPublished(
    const QHash<QString, std::shared_ptr<const PublishedMatcher>>& published) {
    m_published = published;
    m_auc->setPublished(shownPublished());
    if (m_compare)
        m_compare->setPublished(shownPublished());
}

std::shared_ptr<const PublishedMatcher> AnalysisViews::shownPublished() const {
    const int current = m_session->current();
    if (m_published.isEmpty())
        return nullptr;
    // A score table opened alone (File > Open Scores) is compared with the study's subgroup
    // results, which it published for MIMIC-CXR.
    if (current < 0)
        return m_published.value(QStringLiteral("mimic"));
    switch (m_session->dataset(current).cohort.format()) {
    case DatasetFormat::Mimic:
        return m_published.value(QStringLiteral("mimic"));
    case DatasetFormat::Nih:
        return m_published.value(QStringLiteral("cxr14"));
    case DatasetFormat::Chexpert:
    case DatasetFormat::Csv:
        break;
    }
    return nullptr;
}

void AnalysisViews::compareSideBySide() {
    if (!m_compare) {
        m_compare = new SubgroupAucView(m_window);
        m_compareDock = dockFor(m_window, tr("Subgroup AUC (comparison)"),
                                QStringLiteral("CompareDock"), m_compare);
        m_window->addDockWidget(Qt::BottomDockWidgetArea, m_compareDock);
        m_window->splitDockWidget(m_aucDock, m_compareDock, Qt::Horizontal);
        connect(m_compare, &SubgroupAucView::groupClicked, this, &AnalysisViews::showGroupImages);
        m_compare->setColourOrders(colourOrders());
        m_compare->setPublished(shownPublished());
    }
    m_compare->setMetrics(m_session->shown().metrics);
    QComboBox* models = m_compare->modelBox();
    if (models->count() > 1) {
        models->setCurrentIndex((m_auc->modelBox()->currentIndex() + 1) % models->count());
    } else {
        QComboBox* attributes = m_compare->attributeBox();
        if (attributes->count() > 1)
            attributes->setCurrentIndex((m_auc->attributeBox()->currentIndex() + 1) %
                                        attributes->count());
    }
    m_aucDock->show();
    m_compareDock->show();
    m_compareDock->raise();
    m_window->resizeDocks({m_aucDock, m_compareDock},
                          {m_window->width() / 2, m_window->width() / 2}, Qt::Horizontal);
}

} // namespace cxrfair
