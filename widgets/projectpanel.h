#pragma once

#include <QWidget>

#include <vector>

class QAction;
class QToolBar;
class QTreeWidget;
class QTreeWidgetItem;

namespace cxrfair {

/// A model run on a dataset, as the project panel lists it.
struct ProjectRunItem {
    QString key;           ///< the bundle folder, or the imported array file
    QString name;          ///< the model's name
    bool imported = false; ///< embeddings computed elsewhere (no text encoder: no scores)
    QString status;        ///< e.g. "queued", "AUCs of 6 conditions", "failed: ..."
    QString embeddingRun;  ///< the store segment: images, dimension and folder; empty until run
};

/// The project panel: each dataset with the models run on it and, under each model, its
/// embedding run (the store segment its embeddings are kept in). Choosing a model shows its
/// analysis; choosing a dataset shows its cohort and the model shown last.
class ProjectPanel : public QWidget {
    Q_OBJECT
public:
    explicit ProjectPanel(QWidget* parent = nullptr);

    void addDataset(const QString& label, const QString& tip);
    void setDatasetLabel(int index, const QString& label, const QString& tip);
    void removeDataset(int index);
    void clear();
    int datasetCount() const;
    /// Lists the runs of dataset `index` (replacing what was listed).
    void setRuns(int index, const std::vector<ProjectRunItem>& runs);
    int runCount(int index) const;
    QString runText(int index, int run) const;
    QString embeddingRunText(int index, int run) const;
    /// Selects a dataset, and one of its runs when `runKey` is not empty.
    void setCurrent(int index, const QString& runKey = {});
    int currentDataset() const;
    QString currentRun() const; ///< empty when a dataset itself is selected
    /// Buttons above the tree (and the tree's context menu).
    void addActions(const QList<QAction*>& actions);
    QTreeWidget* tree() const { return m_tree; }

Q_SIGNALS:
    /// The user chose a dataset (`runKey` empty) or one of its runs.
    void currentChanged(int index, const QString& runKey);

private:
    void selectionChanged();

    QToolBar* m_toolBar;
    QTreeWidget* m_tree;
    bool m_updating = false;
};

} // namespace cxrfair
