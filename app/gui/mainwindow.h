#pragma once

#include "analysisviews.h"

#include "common/error.h"
#include "data/datasetsource.h"
#include "inference/embeddingimport.h"
#include "stats/subgroupmetrics.h"

#include <QMainWindow>

#include <optional>
#include <vector>

class QDockWidget;
class QLabel;
class QProgressBar;
class QToolButton;
class QUndoStack;

namespace cxrfair {

class Cohort;
class CohortSettingsEditor;
class CohortSummaryView;
class DatasetViews;
class EmbeddingView;
class GalleryView;
class GuidedTour;
class JobsPanel;
class ProjectPanel;
class PromptEditor;
class RocView;
class Session;
class ShortcutChart;
class ShortcutView;
class PromptSensitivityView;
class FairnessSummaryView;
class SlicesView;
class SubgroupAucView;
struct CohortSettings;

/// The workbench window: actions, dialogs and wiring. The document is the Session (datasets,
/// model runs, analyses, undo, projects, the job queue); the views observe it.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    Session* session() const { return m_session; }
    /// Loads a dataset folder in the background (the format detected when not given).
    void openDataset(const QString& root, std::optional<DatasetFormat> format = std::nullopt);
    /// Generates the demo (once) and opens its NIH and MIMIC datasets with the demo model.
    void openDemo();
    /// Reads a score table (as cxrfair-cli score writes it) and shows its subgroup AUCs.
    void openScores(const QString& path);
    /// Reads the study's published tables under `root` (the folder that holds data/) and draws
    /// them on the subgroup AUC bars, the models named in `map` (published -> model) or by
    /// name; with `ask`, the user chooses for the models shown whose names match none. An
    /// error is shown, and false returned.
    bool loadPublished(const QString& root, const QHash<QString, QString>& map = {},
                       bool ask = false);
    /// Encodes the dataset at `index` with the bundle (reusing stored embeddings) and runs the
    /// study on it; all in the background.
    void analyseDataset(int index, const QString& bundlePath);
    /// Adds embeddings computed elsewhere to the dataset at `index` as a model of its own.
    void importEmbeddings(int index, const EmbeddingImportRequest& request);
    /// The metrics of the shown model of the dataset at `index` (empty until analysed).
    const std::vector<ModelConditionMetrics>& datasetMetrics(int index) const;
    int datasetCount() const;
    const Cohort& dataset(int index) const;
    /// Makes the dataset whose folder ends with `name` current (for the tour).
    void selectDataset(const QString& name);
    /// Applies cohort settings to the dataset at `index` (an undoable edit); analyses follow.
    void editDatasetSettings(int index, const CohortSettings& settings, bool reloadNeeded);
    /// True while a job runs or waits.
    bool isBusy() const;
    QUndoStack* undoStack() const;

    /// Writes the project (datasets, settings, models, prompts, layout) to `path`.
    Result<void> saveProject(const QString& path);
    /// Closes everything and opens the project at `path`.
    void openProject(const QString& path);
    QString projectPath() const;

    // The views, for the tour and for tests.
    SubgroupAucView* subgroupAucView() const { return m_views->subgroupAuc(); }
    SubgroupAucView* comparisonView() const { return m_views->comparison(); }
    ShortcutView* shortcutView() const { return m_views->shortcut(); }
    ShortcutChart* shortcutChart() const;
    RocView* rocView() const { return m_views->roc(); }
    EmbeddingView* embeddingView() const { return m_views->embeddings(); }
    GalleryView* galleryView() const { return m_views->gallery(); }
    SlicesView* slicesView() const { return m_views->slices(); }
    PromptSensitivityView* promptSensitivityView() const { return m_views->promptSensitivity(); }
    FairnessSummaryView* fairnessSummaryView() const { return m_views->fairnessSummary(); }
    ProjectPanel* projectPanel() const { return m_projectPanel; }
    PromptEditor* promptEditor() const { return m_promptEditor; }
    JobsPanel* jobsPanel() const { return m_jobs; }
    /// Shows and raises a view and gives it the keyboard focus: auc, roc, shortcut (or drain),
    /// embeddings, gallery, project, settings, prompts or jobs. Returns its dock, or nullptr for
    /// another name.
    QDockWidget* raiseView(const QString& name);
    /// A second subgroup AUC view beside the first, on the next model or attribute.
    void compareSideBySide();
    /// The guided tour of the demo (created on first use); resumes where it was left.
    GuidedTour* tour();
    /// The analysis views as tabs of one bottom panel and the jobs behind the project (for a
    /// small screen), or side by side.
    void setCompactLayout(bool compact);
    bool isCompactLayout() const { return m_compact; }
    /// Gives the whole window to the panel with the focus (or the analysis view in front);
    /// called again, brings the layout back.
    void toggleMaximisedPanel();
    bool hasMaximisedPanel() const { return !m_stateBeforeMaximise.isEmpty(); }

Q_SIGNALS:
    /// Every queued job has finished (successfully or not).
    void idle();
    /// The current dataset was rescored with new prompts: first without intervals, then with.
    void rescored(bool withIntervals);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createDocks();
    /// Shrinks and moves the window so that it lies whole on its screen.
    void fitToScreen();
    void createActions();
    void createStatusBar();
    void wireSession();
    void chooseAndOpenDataset();
    void chooseAndOpenScores();
    void chooseAndLoadPublished();
    void chooseModelForDataset();
    void chooseEmbeddingsForDataset();
    void makeModelBundle();
    void chooseAndOpenProject();
    bool chooseAndSaveProject();
    void saveCurrentProject();
    void newProject();
    void startTour(bool fromStart);
    void rememberProject(const QString& path);
    void fillRecentProjects();
    void updateTitle();
    void showError(const QString& title, const Error& error);
    void about();

    Session* m_session;
    AnalysisViews* m_views;
    DatasetViews* m_datasetViews = nullptr;
    ProjectPanel* m_projectPanel;
    CohortSummaryView* m_summary;
    CohortSettingsEditor* m_settings;
    PromptEditor* m_promptEditor;
    JobsPanel* m_jobs;
    QDockWidget* m_projectDock = nullptr;
    QDockWidget* m_settingsDock = nullptr;
    QDockWidget* m_promptDock = nullptr;
    QDockWidget* m_jobsDock = nullptr;
    QLabel* m_status = nullptr;
    QProgressBar* m_progress = nullptr;
    QToolButton* m_cancel = nullptr;
    QMenu* m_recentMenu = nullptr;
    QList<QAction*> m_datasetActions; ///< enabled while a dataset is current
    GuidedTour* m_tour = nullptr;
    QAction* m_cancelJob = nullptr;
    QAction* m_compactAction = nullptr;
    bool m_compact = false;
    QByteArray m_stateBeforeMaximise; ///< the layout to go back to from a maximised panel
};

} // namespace cxrfair
