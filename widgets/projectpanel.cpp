#include "projectpanel.h"

#include <QAction>
#include <QHeaderView>
#include <QStyle>
#include <QToolBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cxrfair {

namespace {

constexpr int keyRole = Qt::UserRole + 1;

/// The dataset item an item belongs to.
QTreeWidgetItem* datasetOf(QTreeWidgetItem* item) {
    while (item && item->parent())
        item = item->parent();
    return item;
}

/// The run item an item belongs to (nullptr for a dataset).
QTreeWidgetItem* runOf(QTreeWidgetItem* item) {
    if (!item || !item->parent())
        return nullptr;
    return item->parent()->parent() ? item->parent() : item;
}

} // namespace

ProjectPanel::ProjectPanel(QWidget* parent)
    : QWidget(parent)
    , m_toolBar(new QToolBar(this))
    , m_tree(new QTreeWidget(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_toolBar->setIconSize(QSize(16, 16));
    layout->addWidget(m_toolBar);
    layout->addWidget(m_tree, 1);
    m_tree->setHeaderHidden(true);
    m_tree->setColumnCount(1);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_tree->setAccessibleName(tr("Project: datasets, models and embedding runs"));
    m_tree->header()->setStretchLastSection(true);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &ProjectPanel::selectionChanged);
}

void ProjectPanel::addActions(const QList<QAction*>& actions) {
    m_toolBar->addActions(actions);
    m_tree->addActions(actions);
}

void ProjectPanel::addDataset(const QString& label, const QString& tip) {
    auto* item = new QTreeWidgetItem(m_tree, {label});
    item->setToolTip(0, tip);
    item->setIcon(0, style()->standardIcon(QStyle::SP_DirIcon));
    item->setExpanded(true);
}

void ProjectPanel::setDatasetLabel(int index, const QString& label, const QString& tip) {
    if (QTreeWidgetItem* item = m_tree->topLevelItem(index)) {
        item->setText(0, label);
        item->setToolTip(0, tip);
    }
}

void ProjectPanel::removeDataset(int index) {
    delete m_tree->takeTopLevelItem(index);
}

void ProjectPanel::clear() {
    m_tree->clear();
}

int ProjectPanel::datasetCount() const {
    return m_tree->topLevelItemCount();
}

void ProjectPanel::setRuns(int index, const std::vector<ProjectRunItem>& runs) {
    QTreeWidgetItem* dataset = m_tree->topLevelItem(index);
    if (!dataset)
        return;
    m_updating = true;
    const QString current = currentDataset() == index ? currentRun() : QString();
    qDeleteAll(dataset->takeChildren());
    for (const ProjectRunItem& run : runs) {
        const QString kind = run.imported ? tr("imported embeddings") : tr("model");
        auto* item = new QTreeWidgetItem(
            dataset, {run.status.isEmpty() ? tr("%1 (%2)").arg(run.name, kind)
                                           : tr("%1 (%2): %3").arg(run.name, kind, run.status)});
        item->setData(0, keyRole, run.key);
        item->setToolTip(0, run.key);
        item->setIcon(
            0, style()->standardIcon(run.imported ? QStyle::SP_FileIcon : QStyle::SP_ComputerIcon));
        if (!run.embeddingRun.isEmpty()) {
            auto* embedding = new QTreeWidgetItem(item, {run.embeddingRun});
            embedding->setData(0, keyRole, run.key);
            embedding->setToolTip(0, run.embeddingRun);
            embedding->setIcon(0, style()->standardIcon(QStyle::SP_DriveHDIcon));
        }
        item->setExpanded(true);
        if (run.key == current)
            m_tree->setCurrentItem(item);
    }
    dataset->setExpanded(true);
    m_updating = false;
}

int ProjectPanel::runCount(int index) const {
    const QTreeWidgetItem* dataset = m_tree->topLevelItem(index);
    return dataset ? dataset->childCount() : 0;
}

QString ProjectPanel::runText(int index, int run) const {
    const QTreeWidgetItem* dataset = m_tree->topLevelItem(index);
    const QTreeWidgetItem* item = dataset ? dataset->child(run) : nullptr;
    return item ? item->text(0) : QString();
}

QString ProjectPanel::embeddingRunText(int index, int run) const {
    const QTreeWidgetItem* dataset = m_tree->topLevelItem(index);
    const QTreeWidgetItem* item = dataset ? dataset->child(run) : nullptr;
    return item && item->childCount() > 0 ? item->child(0)->text(0) : QString();
}

void ProjectPanel::setCurrent(int index, const QString& runKey) {
    QTreeWidgetItem* dataset = m_tree->topLevelItem(index);
    if (!dataset) {
        m_tree->setCurrentItem(nullptr);
        return;
    }
    QTreeWidgetItem* target = dataset;
    for (int i = 0; i < dataset->childCount() && !runKey.isEmpty(); ++i)
        if (dataset->child(i)->data(0, keyRole).toString() == runKey)
            target = dataset->child(i);
    m_tree->setCurrentItem(target);
}

int ProjectPanel::currentDataset() const {
    QTreeWidgetItem* item = datasetOf(m_tree->currentItem());
    return item ? m_tree->indexOfTopLevelItem(item) : -1;
}

QString ProjectPanel::currentRun() const {
    const QTreeWidgetItem* run = runOf(m_tree->currentItem());
    return run ? run->data(0, keyRole).toString() : QString();
}

void ProjectPanel::selectionChanged() {
    if (!m_updating)
        Q_EMIT currentChanged(currentDataset(), currentRun());
}

} // namespace cxrfair
