#pragma once

#include "audit/auditsettings.h"
#include "data/cohort.h"
#include "data/cohortsummary.h"
#include "inference/embeddinganalysis.h"
#include "inference/embeddingimport.h"
#include "inference/inferencejob.h"
#include "inference/scoring.h"
#include "stats/metricsreport.h"
#include "stats/scoretable.h"
#include "stats/subgroupmetrics.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QJsonObject>
#include <QMainWindow>
#include <QPromise>

#include <functional>
#include <memory>

class QDockWidget;
class QLabel;
class QProgressBar;
class QToolButton;
class QUndoStack;

namespace cxrfair {

class CohortSettingsEditor;
class CohortSummaryView;
class EmbeddingView;
class GalleryView;
class GuidedTour;
class JobsPanel;
class ProjectPanel;
class PromptEditor;
class RocView;
class ShortcutChart;
class ShortcutView;
class SubgroupAucView;

/// What the window computes for one dataset or score table.
struct Analysis {
    std::shared_ptr<const ScoreTable> table; ///< the scores the metrics come from
    std::vector<ModelConditionMetrics> metrics;
    std::vector<ShortcutRow> shortcuts; ///< pneumothorax with and without drains, per model
    std::shared_ptr<const EmbeddingAnalysis> embeddings; ///< PCA and probes (from a store)
    QHash<QString, QString> imagePaths;                  ///< sample id -> image file
    QString embeddingProblem;                            ///< why there is no embedding analysis
    std::shared_ptr<StoreScorer> scorer; ///< rescoring after a prompt edit (from a store)
    QJsonObject prompts;                 ///< the prompts the scores come from
};

/// The workbench window: loaded datasets on the left, the selected one's cohort in the centre,
/// its cohort settings on the right; long work runs off the GUI thread with progress and cancel
/// in the status bar.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Loads a dataset folder in the background (the format detected when not given).
    void openDataset(const QString& root, std::optional<DatasetFormat> format = std::nullopt);
    /// Generates the demo (once) and opens its NIH and MIMIC datasets.
    void openDemo();
    /// Reads a score table (as cxrfair-cli score writes it) and shows its subgroup AUCs, with
    /// intervals computed in the background.
    void openScores(const QString& path);
    SubgroupAucView* subgroupAucView() const { return m_aucView; }
    /// Encodes the dataset at `index` with the bundle (reusing stored embeddings), scores it
    /// zero-shot with the study's prompts and shows its subgroup AUCs; all in the background.
    void analyseDataset(int index, const QString& bundlePath);
    /// Adds embeddings computed elsewhere to the dataset at `index` as a model of its own
    /// (its store gets an "embeddings only" segment) and runs the PCA and probes on them.
    void importEmbeddings(int index, const EmbeddingImportRequest& request);
    /// The metrics of the shown model of the dataset at `index` (empty until analysed).
    const std::vector<ModelConditionMetrics>& datasetMetrics(int index) const;
    /// Shows the model run `runKey` (a bundle folder or imported array) of dataset `index`.
    void showRun(int index, const QString& runKey);
    ProjectPanel* projectPanel() const { return m_projectPanel; }
    ShortcutChart* shortcutChart() const;
    ShortcutView* shortcutView() const { return m_shortcutView; }
    RocView* rocView() const { return m_rocView; }
    EmbeddingView* embeddingView() const { return m_embeddingView; }
    GalleryView* galleryView() const { return m_galleryView; }
    /// Shows the images of one bar of the subgroup AUC chart in the gallery.
    void showGroupImages(const QString& model, const QString& condition, const QString& attribute,
                         const QString& group);
    PromptEditor* promptEditor() const { return m_promptEditor; }
    JobsPanel* jobsPanel() const { return m_jobs; }
    /// The guided tour of the demo (created on first use); resumes where it was left.
    GuidedTour* tour();
    /// Shows and raises a view: auc, roc, drain, embeddings, gallery, prompts or jobs. Returns
    /// its dock, or nullptr for another name.
    QDockWidget* raiseView(const QString& name);
    /// One click: a second subgroup AUC view beside the first, on the next model (or, with one
    /// model, the next attribute). Saved with the project's layout.
    void compareSideBySide();
    SubgroupAucView* comparisonView() const { return m_compareView; }
    QUndoStack* undoStack() const { return m_undo; }
    /// True while a prompt edit is being rescored.
    bool isRescoring() const { return m_rescoring; }
    /// Shows the images with these sample ids in the gallery.
    void showSampleImages(const QString& title, const QStringList& sampleIds);
    /// Writes the project (datasets, settings, models, prompts, layout) to `path`.
    Result<void> saveProject(const QString& path);
    /// Closes everything and opens the project at `path`: its datasets are loaded and its
    /// models run again (stored embeddings are reused), then its layout is restored.
    void openProject(const QString& path);
    QString projectPath() const { return m_projectPath; }
    /// Applies cohort settings to the dataset at `index` (an undoable edit); analyses follow.
    void editDatasetSettings(int index, const CohortSettings& settings, bool reloadNeeded);
    /// Applies settings without recording an edit (what undo and redo call).
    void applyDatasetSettings(const QString& root, const CohortSettings& settings,
                              bool reloadNeeded);
    /// True while a job runs.
    bool isBusy() const;
    int datasetCount() const { return int(m_datasets.size()); }
    const Cohort& dataset(int index) const { return m_datasets[size_t(index)].cohort; }

Q_SIGNALS:
    /// Every queued job has finished (successfully or not).
    void idle();
    /// The current dataset was rescored with new prompts: first without intervals
    /// (`withIntervals` false, within a second), then with them.
    void rescored(bool withIntervals);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    /// A model run on a dataset: a bundle, or imported embeddings.
    struct ModelRun {
        QString key; ///< the bundle folder or the array file
        std::optional<EmbeddingImportRequest> import;
        QString name;
        QString status;
        Analysis analysis;
    };
    struct Dataset {
        Cohort cohort;
        CohortSummary summary;
        std::vector<ModelRun> runs; ///< in the order they were added (kept in projects)
        int shownRun = -1;
    };
    /// The run of `key` on `d`, added when missing.
    static ModelRun& runOf(Dataset& d, const QString& key);
    /// The analysis of the run shown for `d`, or nullptr.
    static const Analysis* shownAnalysis(const Dataset& d);
    /// Lists the runs of the dataset at `index` in the project panel.
    void refreshRuns(int index);
    void setRunStatus(const QString& root, const QString& key, const QString& status);
    /// Shows the analysis of the dataset's shown run beside those of its other runs.
    void showDatasetAnalysis(int index);
    void chooseEmbeddingsForDataset();
    /// Stores a finished run's analysis and shows it when its dataset is current.
    void runFinished(const QString& root, const QString& key, Analysis analysis);
    using Job = std::function<void()>;

    void createActions();
    void chooseAndOpenDataset();
    void chooseAndOpenScores();
    void chooseModelForDataset();
    /// Turns a model's published weights into a bundle (tools/export), then runs it on the
    /// selected dataset when asked to.
    void makeModelBundle();
    int datasetIndex(const QString& root) const;
    /// Runs `work` in the background; `done` receives its analysis on the GUI thread.
    void startAnalysisJob(const QString& what,
                          std::function<Result<Analysis>(QPromise<Result<Analysis>>&)> work,
                          std::function<void(Analysis)> done,
                          std::function<void(const Error&)> failed = {});
    /// Shows an analysis; the subgroup AUC and drain views get `allMetrics` and
    /// `allShortcuts` (every model run on the dataset) when given.
    void showAnalysis(const Analysis& analysis,
                      const std::vector<ModelConditionMetrics>* allMetrics = nullptr,
                      const std::vector<ShortcutRow>* allShortcuts = nullptr);
    void startLoad(const DatasetSource& source, const CohortSettings& settings, int replaceIndex);
    void loadFinished(int replaceIndex);
    /// Adds a read cohort to the list (or replaces the one at `replaceIndex`) and shows it.
    void addCohort(const Cohort& cohort, int replaceIndex);
    void showDataset(int index);
    /// Queues `bundlePath` to run again on the dataset at `root` (the store spares the encoding).
    void enqueueAnalysis(const QString& root, const QString& bundlePath);
    /// Queues embeddings to be imported (again) into the dataset at `root`.
    void enqueueImport(const QString& root, const EmbeddingImportRequest& request);
    /// Rescores the current dataset with the editor's prompts (latest edit wins).
    void rescore();
    void rescoreResult(int index);
    void applySettings(const CohortSettings& settings, bool reloadNeeded);
    void chooseAndOpenProject();
    bool chooseAndSaveProject();
    void saveCurrentProject();
    void newProject();
    void rememberProject(const QString& path);
    void fillRecentProjects();
    void updateTitle();
    void reloadCurrent();
    void closeCurrent();
    void runNext();
    void enqueue(Job job);
    void setBusy(const QString& what);
    void setIdle(const QString& message);
    void showError(const QString& title, const Error& error);
    void about();

    std::vector<Dataset> m_datasets;
    int m_current = -1;
    std::vector<Job> m_queue;
    bool m_running = false;

    ProjectPanel* m_projectPanel;
    CohortSummaryView* m_summary;
    CohortSettingsEditor* m_settings;
    QLabel* m_status;
    QProgressBar* m_progress;
    QToolButton* m_cancel;
    QFutureWatcher<Result<Cohort>> m_loadWatcher;
    QFutureWatcher<Result<QString>> m_demoWatcher;
    QFutureWatcher<Result<Analysis>> m_metricsWatcher;
    QFutureWatcher<Result<InferenceSummary>> m_inferenceWatcher;
    QFutureWatcher<Result<Analysis>> m_rescoreWatcher;
    bool m_rescorePending = false;
    bool m_rescoring = false;
    QString m_rescoreRoot;
    QString m_rescoreRun;
    QElapsedTimer m_rescoreClock;
    QUndoStack* m_undo;
    PromptEditor* m_promptEditor;
    QDockWidget* m_promptDock;
    JobsPanel* m_jobs;
    QDockWidget* m_jobsDock;
    SubgroupAucView* m_aucView;
    QDockWidget* m_aucDock;
    ShortcutView* m_shortcutView;
    QDockWidget* m_shortcutDock;
    RocView* m_rocView;
    QDockWidget* m_rocDock;
    EmbeddingView* m_embeddingView;
    QDockWidget* m_embeddingDock;
    GalleryView* m_galleryView;
    QDockWidget* m_galleryDock;
    Analysis m_shown; ///< what the views show
    QAction* m_reloadAction = nullptr;
    QMenu* m_recentMenu = nullptr;
    SubgroupAucView* m_compareView = nullptr;
    GuidedTour* m_tour = nullptr;
    QDockWidget* m_compareDock = nullptr;
    QString m_projectPath;
    /// What the window does not edit but a project (an audit configuration) holds: kept from
    /// the opened project and written back when it is saved.
    AuditSettings m_audit;
    QHash<QString, QStringList> m_auditConditions; ///< dataset root -> conditions to audit
    QAction* m_closeAction = nullptr;
    QAction* m_modelAction = nullptr;
    QAction* m_importAction = nullptr;
};

} // namespace cxrfair
