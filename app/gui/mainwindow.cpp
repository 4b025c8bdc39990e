#include "mainwindow.h"

#include "adddatasetdialog.h"
#include "audit/project.h"
#include "charts/shortcutchart.h"
#include "cohortsettingseditor.h"
#include "cohortsummaryview.h"
#include "embeddingview.h"
#include "exportmodeldialog.h"
#include "galleryview.h"
#include "guidedtour.h"
#include "importembeddingsdialog.h"
#include "jobspanel.h"
#include "projectpanel.h"
#include "prompteditor.h"
#include "rocview.h"
#include "shortcutview.h"
#include "subgroupaucview.h"
#include "theme.h"

#include "data/cohortloader.h"
#include "demo/demogenerator.h"
#include "demo/demomodel.h"
#include "inference/scoring.h"
#include "inference/storesamples.h"
#include "stats/tablemetrics.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPromise>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QThreadPool>
#include <QToolButton>
#include <QUndoCommand>
#include <QUndoStack>
#include <QtConcurrent/QtConcurrentRun>

namespace cxrfair {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_projectPanel(new ProjectPanel(this))
    , m_summary(new CohortSummaryView(this))
    , m_settings(new CohortSettingsEditor(this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QToolButton(this))
    , m_aucView(new SubgroupAucView(this))
    , m_aucDock(new QDockWidget(tr("Subgroup AUC"), this))
    , m_shortcutView(new ShortcutView(this))
    , m_shortcutDock(new QDockWidget(tr("Drain Shortcut"), this))
    , m_rocView(new RocView(this))
    , m_rocDock(new QDockWidget(tr("ROC and Threshold"), this))
    , m_embeddingView(new EmbeddingView(this))
    , m_embeddingDock(new QDockWidget(tr("Embeddings"), this))
    , m_galleryView(new GalleryView(this))
    , m_galleryDock(new QDockWidget(tr("Gallery"), this)) {
    setWindowTitle(tr("cxrfair"));
    setObjectName(QStringLiteral("MainWindow"));
    // The window's jobs (loading, encoding, analyses, rescoring, thumbnails) run in the global
    // pool and mostly wait on compute; Qt paints with the same pool. Room for all of them.
    QThreadPool::globalInstance()->setMaxThreadCount(
        std::max(QThreadPool::globalInstance()->maxThreadCount(), 8));
    m_undo = new QUndoStack(this);
    m_promptEditor = new PromptEditor(this);
    m_promptEditor->setUndoStack(m_undo);
    m_promptEditor->setConditions(studyConditions());
    m_promptDock = new QDockWidget(tr("Prompts"), this);
    m_jobs = new JobsPanel(this);
    m_jobsDock = new QDockWidget(tr("Jobs"), this);
    setCentralWidget(m_summary);

    auto* datasets = new QDockWidget(tr("Project"), this);
    datasets->setObjectName(QStringLiteral("DatasetsDock"));
    datasets->setWidget(m_projectPanel);
    addDockWidget(Qt::LeftDockWidgetArea, datasets);
    auto* settings = new QDockWidget(tr("Cohort settings"), this);
    settings->setObjectName(QStringLiteral("SettingsDock"));
    settings->setWidget(m_settings);
    addDockWidget(Qt::RightDockWidgetArea, settings);
    m_settings->setEnabled(false);
    m_aucDock->setObjectName(QStringLiteral("SubgroupAucDock"));
    m_aucDock->setWidget(m_aucView);
    addDockWidget(Qt::BottomDockWidgetArea, m_aucDock);
    m_aucDock->hide();
    m_shortcutDock->setObjectName(QStringLiteral("ShortcutDock"));
    m_shortcutDock->setWidget(m_shortcutView);
    addDockWidget(Qt::BottomDockWidgetArea, m_shortcutDock);
    splitDockWidget(m_aucDock, m_shortcutDock, Qt::Horizontal);
    m_shortcutDock->hide();
    m_rocDock->setObjectName(QStringLiteral("RocDock"));
    m_rocDock->setWidget(m_rocView);
    addDockWidget(Qt::BottomDockWidgetArea, m_rocDock);
    tabifyDockWidget(m_shortcutDock, m_rocDock);
    m_rocDock->hide();
    m_embeddingDock->setObjectName(QStringLiteral("EmbeddingDock"));
    m_embeddingDock->setWidget(m_embeddingView);
    addDockWidget(Qt::BottomDockWidgetArea, m_embeddingDock);
    tabifyDockWidget(m_rocDock, m_embeddingDock);
    m_embeddingDock->hide();
    m_galleryDock->setObjectName(QStringLiteral("GalleryDock"));
    m_galleryDock->setWidget(m_galleryView);
    addDockWidget(Qt::RightDockWidgetArea, m_galleryDock);
    tabifyDockWidget(settings, m_galleryDock);
    m_galleryDock->hide();
    m_jobsDock->setObjectName(QStringLiteral("JobsDock"));
    m_jobsDock->setWidget(m_jobs);
    addDockWidget(Qt::LeftDockWidgetArea, m_jobsDock);
    connect(m_jobs, &JobsPanel::cancelRequested, m_cancel, &QToolButton::click);
    connect(m_jobs, &JobsPanel::cancelAllRequested, m_cancel, &QToolButton::click);
    m_promptDock->setObjectName(QStringLiteral("PromptDock"));
    m_promptDock->setWidget(m_promptEditor);
    addDockWidget(Qt::RightDockWidgetArea, m_promptDock);
    tabifyDockWidget(settings, m_promptDock);
    settings->raise();
    connect(m_promptEditor, &PromptEditor::promptsChanged, this, &MainWindow::rescore);
    connect(&m_rescoreWatcher, &QFutureWatcherBase::resultReadyAt, this,
            &MainWindow::rescoreResult);
    connect(&m_rescoreWatcher, &QFutureWatcherBase::finished, this, [this] {
        m_rescoring = false;
        if (m_rescorePending)
            rescore();
    });
    connect(m_aucView, &SubgroupAucView::groupClicked, this, &MainWindow::showGroupImages);
    connect(m_summary, &CohortSummaryView::startChosen, this, [this](const QString& action) {
        if (action == QStringLiteral("demo"))
            openDemo();
        else if (action == QStringLiteral("open"))
            chooseAndOpenDataset();
        else if (action == QStringLiteral("project"))
            chooseAndOpenProject();
        else if (action == QStringLiteral("tour")) {
            if (m_datasets.empty())
                openDemo();
            tour()->resume();
        }
    });
    connect(m_embeddingView, &EmbeddingView::samplesSelected, this,
            [this](const QStringList& ids) { showSampleImages(tr("PCA selection"), ids); });

    m_progress->setRange(0, 1000);
    m_progress->setMaximumWidth(220);
    m_progress->hide();
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop the running job (Esc)"));
    m_cancel->setShortcut(Qt::Key_Escape);
    m_cancel->hide();
    statusBar()->addWidget(m_status, 1);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);
    m_status->setText(tr("Ready"));

    createActions();
    updateTitle();
    connect(m_undo, &QUndoStack::cleanChanged, this,
            [this](bool clean) { setWindowModified(!clean || isWindowModified()); });
    connect(m_undo, &QUndoStack::indexChanged, this, [this] { setWindowModified(true); });
    connect(m_projectPanel, &ProjectPanel::currentChanged, this, &MainWindow::showRun);
    connect(m_settings, &CohortSettingsEditor::applied, this, &MainWindow::applySettings);
    connect(m_cancel, &QToolButton::clicked, this, [this] {
        m_loadWatcher.cancel();
        m_demoWatcher.cancel();
        m_metricsWatcher.cancel();
        m_inferenceWatcher.cancel();
        m_queue.clear();
        m_jobs->setQueued(0);
        m_status->setText(tr("Cancelling..."));
    });
    for (auto* watcher : {static_cast<QFutureWatcherBase*>(&m_loadWatcher),
                          static_cast<QFutureWatcherBase*>(&m_demoWatcher),
                          static_cast<QFutureWatcherBase*>(&m_metricsWatcher),
                          static_cast<QFutureWatcherBase*>(&m_inferenceWatcher)}) {
        connect(watcher, &QFutureWatcherBase::progressValueChanged, m_progress,
                &QProgressBar::setValue);
        connect(watcher, &QFutureWatcherBase::progressTextChanged, m_status, &QLabel::setText);
        connect(watcher, &QFutureWatcherBase::progressValueChanged, m_jobs,
                [this](int value) { m_jobs->progress(value, {}); });
        connect(watcher, &QFutureWatcherBase::progressTextChanged, m_jobs,
                [this](const QString& text) { m_jobs->progress(-1, text); });
    }

    QSettings stored;
    restoreGeometry(stored.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(stored.value(QStringLiteral("window/state")).toByteArray());
    if (!stored.contains(QStringLiteral("window/geometry"))) {
        resize(1280, 800);
        resizeDocks({datasets, settings}, {270, 360}, Qt::Horizontal);
    }
}

MainWindow::~MainWindow() {
    m_queue.clear();
    m_jobs->setQueued(0);
    m_rescoreWatcher.cancel();
    m_rescoreWatcher.waitForFinished();
    m_loadWatcher.cancel();
    m_demoWatcher.cancel();
    m_metricsWatcher.cancel();
    m_inferenceWatcher.cancel();
    m_inferenceWatcher.waitForFinished();
    m_loadWatcher.waitForFinished();
    m_demoWatcher.waitForFinished();
    m_metricsWatcher.waitForFinished();
}

void MainWindow::createActions() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open =
        file->addAction(tr("&Open Dataset..."), this, &MainWindow::chooseAndOpenDataset);
    open->setShortcut(QKeySequence::Open);
    open->setStatusTip(tr("Open a dataset folder in its published layout"));
    QAction* demo = file->addAction(tr("Open &Demo"), this, &MainWindow::openDemo);
    demo->setShortcut(QKeySequence(tr("Ctrl+D")));
    demo->setStatusTip(tr("Generate the synthetic demo datasets (once) and open them"));
    QAction* scores =
        file->addAction(tr("Open &Scores..."), this, &MainWindow::chooseAndOpenScores);
    scores->setShortcut(QKeySequence(tr("Ctrl+Shift+O")));
    scores->setStatusTip(tr("Open a score table (cxrfair-cli score) and chart its subgroup AUCs"));
    m_modelAction =
        file->addAction(tr("Run &Model on Dataset..."), this, &MainWindow::chooseModelForDataset);
    m_modelAction->setShortcut(QKeySequence(tr("Ctrl+M")));
    m_modelAction->setStatusTip(
        tr("Encode the selected dataset with a model bundle (NAME.cxrmodel) and audit it"));
    m_modelAction->setEnabled(false);
    QAction* makeBundle = file->addAction(tr("Make Model &Bundle from Weights..."), this,
                                          &MainWindow::makeModelBundle);
    makeBundle->setShortcut(QKeySequence(tr("Ctrl+Shift+E")));
    makeBundle->setStatusTip(
        tr("Turn the weights that MedCLIP, BioViL, BioViL-T, "
           "MedImageInsight, CheXzero or CXR-CLIP publish into a model bundle"));
    m_importAction =
        file->addAction(tr("&Import Embeddings..."), this, &MainWindow::chooseEmbeddingsForDataset);
    m_importAction->setShortcut(QKeySequence(tr("Ctrl+Shift+M")));
    m_importAction->setStatusTip(
        tr("Add embeddings computed elsewhere (.npy) to the selected dataset as a model"));
    m_importAction->setEnabled(false);
    open->setIcon(style()->standardIcon(QStyle::SP_DirOpenIcon));
    m_modelAction->setIcon(style()->standardIcon(QStyle::SP_ComputerIcon));
    m_importAction->setIcon(style()->standardIcon(QStyle::SP_FileDialogNewFolder));
    m_projectPanel->addActions({open, m_modelAction, m_importAction});
    m_reloadAction = file->addAction(tr("&Reload"), this, &MainWindow::reloadCurrent);
    m_reloadAction->setShortcut(QKeySequence::Refresh);
    m_closeAction = file->addAction(tr("&Close Dataset"), this, &MainWindow::closeCurrent);
    m_closeAction->setShortcut(QKeySequence::Close);
    file->addSeparator();
    QAction* newProject = file->addAction(tr("&New Project"), this, &MainWindow::newProject);
    newProject->setShortcut(QKeySequence::New);
    QAction* openProject =
        file->addAction(tr("Open &Project..."), this, &MainWindow::chooseAndOpenProject);
    openProject->setShortcut(QKeySequence(tr("Ctrl+Shift+P")));
    openProject->setStatusTip(tr("Open a project: its datasets, models, prompts and layout"));
    m_recentMenu = file->addMenu(tr("Recent Projects"));
    fillRecentProjects();
    QAction* save = file->addAction(tr("&Save Project"), this, &MainWindow::saveCurrentProject);
    save->setShortcut(QKeySequence::Save);
    QAction* saveAs =
        file->addAction(tr("Save Project &As..."), this, [this] { chooseAndSaveProject(); });
    saveAs->setShortcut(QKeySequence::SaveAs);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    m_reloadAction->setEnabled(false);
    m_closeAction->setEnabled(false);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* compare =
        view->addAction(tr("&Compare Side by Side"), this, &MainWindow::compareSideBySide);
    compare->setShortcut(QKeySequence(tr("Ctrl+Shift+B")));
    compare->setStatusTip(
        tr("A second subgroup AUC view beside the first: another model, or another attribute"));
    QMenu* language = view->addMenu(tr("&Language"));
    auto* languages = new QActionGroup(language);
    const QString chosen = QSettings().value(QStringLiteral("language")).toString();
    const std::pair<QString, QString> names[] = {{QString(), tr("System Default")},
                                                 {QStringLiteral("en"), QStringLiteral("English")},
                                                 {QStringLiteral("fr"), QStringLiteral("Français")},
                                                 {QStringLiteral("es"), QStringLiteral("Español")}};
    for (const auto& [code, name] : names) {
        QAction* action = language->addAction(name);
        action->setCheckable(true);
        action->setChecked(code == chosen);
        languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] {
            QSettings().setValue(QStringLiteral("language"), code);
            m_status->setText(tr("The language changes when cxrfair starts again."));
        });
    }
    QMenu* themes = view->addMenu(tr("&Theme"));
    auto* themeGroup = new QActionGroup(themes);
    const QString chosenTheme =
        QSettings().value(QStringLiteral("theme"), QStringLiteral("system")).toString();
    const QString themeTitles[] = {tr("System"), tr("Light"), tr("Dark")};
    for (qsizetype i = 0; i < themeNames().size(); ++i) {
        const QString name = themeNames()[i];
        QAction* action = themes->addAction(themeTitles[i]);
        action->setCheckable(true);
        action->setChecked(name == chosenTheme);
        themeGroup->addAction(action);
        connect(action, &QAction::triggered, this, [name] {
            QSettings().setValue(QStringLiteral("theme"), name);
            applyTheme(name);
        });
    }
    view->addSeparator();
    for (QDockWidget* dock : findChildren<QDockWidget*>())
        view->addAction(dock->toggleViewAction());

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* tourAction = help->addAction(tr("&Guided Tour of the Demo"), this, [this] {
        if (m_datasets.empty())
            openDemo();
        tour()->resume();
    });
    tourAction->setShortcut(QKeySequence(tr("F1")));
    tourAction->setStatusTip(tr("Walk through the study's three findings on the demo"));
    help->addAction(tr("Restart the Tour"), this, [this] {
        if (m_datasets.empty())
            openDemo();
        tour()->restart();
    });
    help->addSeparator();
    help->addAction(tr("&About cxrfair"), this, &MainWindow::about);
}

void MainWindow::chooseAndOpenDataset() {
    QSettings stored;
    AddDatasetDialog dialog(this);
    dialog.setRoot(stored.value(QStringLiteral("lastDatasetFolder")).toString());
    if (dialog.exec() != QDialog::Accepted || !dialog.cohort())
        return;
    stored.setValue(QStringLiteral("lastDatasetFolder"),
                    QFileInfo(dialog.cohort()->source().root).absolutePath());
    addCohort(*dialog.cohort(), -1);
}

void MainWindow::chooseAndOpenScores() {
    QSettings stored;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Score Table"), stored.value(QStringLiteral("lastScoreFolder")).toString(),
        tr("Score tables (*.csv *.csv.gz)"));
    if (path.isEmpty())
        return;
    stored.setValue(QStringLiteral("lastScoreFolder"), QFileInfo(path).absolutePath());
    openScores(path);
}

namespace {

/// Subgroup metrics of every condition and, when the table records drains, the study's
/// pneumothorax shortcut analysis; progress and cancel through `promise`.
Result<Analysis> analyseTable(std::shared_ptr<const ScoreTable> shared,
                              QPromise<Result<Analysis>>& promise, int resamples = 1000,
                              const ScoreGrouping& grouping = {}) {
    const ScoreTable& table = *shared;
    MetricsSettings settings; // the study's: 1000 resamples, seed 2025
    settings.bootstrap.resamples = resamples;
    auto metrics = metricsForTable(
        table, grouping, settings,
        [&](int done, int total) {
            promise.setProgressValueAndText(
                int(1000.0 * done / std::max(1, total)),
                MainWindow::tr("Bootstrap intervals: condition %1 of %2")
                    .arg(std::min(done + 1, total))
                    .arg(total));
        },
        [&] { return promise.isCanceled(); });
    if (!metrics)
        return std::unexpected(metrics.error());
    Analysis analysis;
    analysis.table = std::move(shared);
    analysis.metrics = std::move(*metrics);
    const qsizetype drain = table.attributes.indexOf(QStringLiteral("drain"));
    const qsizetype pneumothorax = table.conditions.indexOf(QStringLiteral("Pneumothorax"));
    if (drain >= 0 && pneumothorax >= 0)
        analysis.shortcuts =
            shortcutsForCondition(table, int(pneumothorax), int(drain), settings.bootstrap);
    return analysis;
}

/// How a dataset's scores are grouped: its age bins and intersections.
ScoreGrouping datasetGrouping(const Cohort& cohort) {
    ScoreGrouping grouping;
    grouping.ageBins = cohort.settings().ageBins;
    grouping.intersections = cohort.settings().intersections;
    return grouping;
}

/// The study's embedding analysis (PCA and attribute probes) with progress and cancel through
/// `promise`; on success the analysis also learns the images' files.
Result<EmbeddingAnalysis> analyseEmbeddingsFor(const EmbeddingAnalysisRequest& request,
                                               QPromise<Result<Analysis>>& promise,
                                               Analysis& analysis) {
    auto embeddings = analyseEmbeddings(
        request,
        [&](int done, int total) {
            promise.setProgressValueAndText(
                int(1000.0 * done / std::max(1, total)),
                MainWindow::tr("Embedding analysis: PCA and attribute probes (%1 of %2)")
                    .arg(std::min(done + 1, total))
                    .arg(total));
        },
        [&] { return promise.isCanceled(); });
    if (embeddings)
        for (qsizetype i = 0; i < embeddings->sampleIds.size(); ++i)
            analysis.imagePaths.insert(embeddings->sampleIds[i], embeddings->paths[i]);
    return embeddings;
}

/// How a run that did not finish is listed.
QString runStatusOf(const Error& error) {
    return error.code == ErrorCode::Cancelled ? MainWindow::tr("cancelled")
                                              : MainWindow::tr("failed: %1").arg(error.message);
}

/// The dataset's embedding store, kept between sessions: a second analysis encodes nothing.
QString datasetStore(const Cohort& cohort) {
    const QString key = QString::fromLatin1(
        QCryptographicHash::hash(QDir(cohort.source().root).absolutePath().toUtf8(),
                                 QCryptographicHash::Sha1)
            .toHex()
            .left(12));
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(QStringLiteral("stores/%1-%2").arg(formatName(cohort.format()), key));
}

/// An edit of a dataset's cohort settings: undo restores the previous ones.
class SettingsEdit : public QUndoCommand {
public:
    SettingsEdit(MainWindow* window, QString root, CohortSettings before, CohortSettings after,
                 bool reload)
        : QUndoCommand(
              MainWindow::tr("Change Cohort Settings of %1").arg(QFileInfo(root).fileName()))
        , m_window(window)
        , m_root(std::move(root))
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_reload(reload) {}
    void undo() override { m_window->applyDatasetSettings(m_root, m_before, m_reload); }
    void redo() override { m_window->applyDatasetSettings(m_root, m_after, m_reload); }

private:
    MainWindow* m_window;
    QString m_root;
    CohortSettings m_before, m_after;
    bool m_reload;
};

} // namespace

void MainWindow::openScores(const QString& path) {
    enqueue([this, path] {
        startAnalysisJob(
            tr("Computing subgroup AUCs for %1...").arg(QDir::toNativeSeparators(path)),
            [path](QPromise<Result<Analysis>>& promise) -> Result<Analysis> {
                promise.setProgressValueAndText(0, MainWindow::tr("Reading %1").arg(path));
                auto table = readScoreTable(path);
                if (!table)
                    return std::unexpected(table.error());
                return analyseTable(std::make_shared<const ScoreTable>(std::move(*table)), promise);
            },
            [this](Analysis analysis) { showAnalysis(analysis); });
    });
}

void MainWindow::startAnalysisJob(const QString& what,
                                  std::function<Result<Analysis>(QPromise<Result<Analysis>>&)> work,
                                  std::function<void(Analysis)> done,
                                  std::function<void(const Error&)> failed) {
    setBusy(what);
    m_metricsWatcher.disconnect(this);
    connect(&m_metricsWatcher, &QFutureWatcherBase::finished, this, [this, done, failed] {
        m_metricsWatcher.disconnect(this);
        m_running = false;
        if (m_metricsWatcher.isCanceled() || m_metricsWatcher.future().resultCount() == 0) {
            if (failed)
                failed(Error{ErrorCode::Cancelled, tr("cancelled"), {}, -1, {}, {}, {}});
            setIdle(tr("Analysis cancelled"));
            runNext();
            return;
        }
        auto metrics = m_metricsWatcher.result();
        if (!metrics && failed)
            failed(metrics.error());
        if (!metrics) {
            if (metrics.error().code != ErrorCode::Cancelled)
                showError(tr("Cannot Compute the Metrics"), metrics.error());
            setIdle(metrics.error().code == ErrorCode::Cancelled ? tr("Analysis cancelled")
                                                                 : tr("Analysis failed"));
            m_queue.clear();
            m_jobs->setQueued(0);
            runNext();
            return;
        }
        const QString problem = metrics->embeddingProblem;
        done(std::move(*metrics));
        setIdle(problem.isEmpty()
                    ? tr("Subgroup AUCs ready")
                    : tr("Subgroup AUCs ready; no embedding analysis: %1").arg(problem));
        runNext();
    });
    m_metricsWatcher.setFuture(QtConcurrent::run([work](QPromise<Result<Analysis>>& promise) {
        promise.setProgressRange(0, 1000);
        promise.addResult(work(promise));
    }));
}

void MainWindow::showAnalysis(const Analysis& analysis,
                              const std::vector<ModelConditionMetrics>* allMetrics,
                              const std::vector<ShortcutRow>* allShortcuts) {
    m_shown = analysis;
    if (allMetrics)
        m_shown.metrics = *allMetrics;
    if (allShortcuts)
        m_shown.shortcuts = *allShortcuts;
    m_aucView->setMetrics(m_shown.metrics);
    if (m_compareView)
        m_compareView->setMetrics(m_shown.metrics);
    m_embeddingView->setAnalysis(analysis.embeddings, analysis.table);
    m_embeddingDock->setVisible(analysis.embeddings != nullptr);
    const bool wasHidden = m_aucDock->isHidden();
    m_aucDock->setVisible(!m_shown.metrics.empty());
    if (!m_shown.metrics.empty())
        m_aucDock->raise();
    else if (analysis.embeddings)
        m_embeddingDock->raise();
    m_shortcutView->setRows(m_shown.shortcuts);
    m_shortcutDock->setVisible(!m_shown.shortcuts.empty());
    m_rocView->setTable(analysis.table);
    m_rocDock->setVisible(analysis.table != nullptr);
    if (wasHidden) {
        resizeDocks({m_aucDock}, {height() * 2 / 3}, Qt::Vertical);
        resizeDocks({m_aucDock, m_rocDock}, {width() / 2, width() / 2}, Qt::Horizontal);
    }
}

int MainWindow::datasetIndex(const QString& root) const {
    for (size_t i = 0; i < m_datasets.size(); ++i)
        if (QDir(m_datasets[i].cohort.source().root) == QDir(root))
            return int(i);
    return -1;
}

void MainWindow::chooseModelForDataset() {
    if (m_current < 0)
        return;
    QSettings stored;
    const QString bundle = QFileDialog::getExistingDirectory(
        this, tr("Choose a Model Bundle (NAME.cxrmodel)"),
        stored.value(QStringLiteral("lastModelFolder")).toString());
    if (bundle.isEmpty())
        return;
    stored.setValue(QStringLiteral("lastModelFolder"), QFileInfo(bundle).absolutePath());
    analyseDataset(m_current, bundle);
}

void MainWindow::makeModelBundle() {
    ExportModelDialog dialog(m_current >= 0, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QSettings().setValue(QStringLiteral("lastModelFolder"),
                         QFileInfo(dialog.output()).absolutePath());
    m_status->setText(
        tr("Model bundle written: %1").arg(QDir::toNativeSeparators(dialog.output())));
    if (dialog.runOnDataset() && m_current >= 0)
        analyseDataset(m_current, dialog.output());
}

void MainWindow::analyseDataset(int index, const QString& bundlePath) {
    if (index < 0 || index >= int(m_datasets.size()))
        return;
    const Cohort& cohort = m_datasets[size_t(index)].cohort;
    const QString root = cohort.source().root;
    ModelRun& run = runOf(m_datasets[size_t(index)], bundlePath);
    run.name = QFileInfo(bundlePath).completeBaseName();
    run.status = tr("queued");
    refreshRuns(index);
    const ScoreGrouping grouping = datasetGrouping(cohort);
    const QString store = datasetStore(cohort);
    // The study's conditions when the dataset has them, else every condition.
    QStringList conditions;
    for (const QString& c : studyConditions())
        if (cohort.conditions().contains(c))
            conditions << c;
    enqueue([this, cohort, root, bundlePath, store] {
        setBusy(tr("Encoding images with %1...").arg(QFileInfo(bundlePath).fileName()));
        setRunStatus(root, bundlePath, tr("encoding"));
        m_inferenceWatcher.disconnect(this);
        connect(&m_inferenceWatcher, &QFutureWatcherBase::finished, this, [this, root, bundlePath] {
            m_inferenceWatcher.disconnect(this);
            m_running = false;
            const bool stopped =
                m_inferenceWatcher.isCanceled() || m_inferenceWatcher.future().resultCount() == 0;
            const auto summary =
                stopped ? Result<InferenceSummary>(std::unexpected(
                              Error{ErrorCode::Cancelled, tr("cancelled"), {}, -1, {}, {}, {}}))
                        : m_inferenceWatcher.result();
            if (!summary) {
                setRunStatus(root, bundlePath, runStatusOf(summary.error()));
                if (summary.error().code != ErrorCode::Cancelled)
                    showError(tr("Cannot Encode the Images"), summary.error());
                setIdle(summary.error().code == ErrorCode::Cancelled ? tr("Encoding cancelled")
                                                                     : tr("Encoding failed"));
                m_queue.clear();
                m_jobs->setQueued(0);
                runNext();
                return;
            }
            if (!summary->failures.empty())
                m_status->setText(tr("%n image(s) could not be read (listed in %1)", nullptr,
                                     int(summary->failures.size()))
                                      .arg(summary->segmentPath));
            m_jobs->finish(tr("%1 encoded, %2 reused, %3 failed on %4 (%5 images/s)")
                               .arg(summary->encoded)
                               .arg(summary->reused)
                               .arg(summary->failures.size())
                               .arg(summary->device)
                               .arg(summary->imagesPerSecond, 0, 'f', 1));
            runNext();
        });
        m_inferenceWatcher.setFuture(runInferenceAsync(cohort, bundlePath, store));
    });
    enqueue([this, root, bundlePath, store, conditions, grouping] {
        startAnalysisJob(
            tr("Scoring and computing subgroup AUCs..."),
            [bundlePath, store, conditions, grouping, prompts = m_promptEditor->prompts()](
                QPromise<Result<Analysis>>& promise) -> Result<Analysis> {
                promise.setProgressValueAndText(0, MainWindow::tr("Zero-shot scores"));
                ScoringRequest request;
                request.storeDir = store;
                request.bundlePath = bundlePath;
                request.conditions = conditions;
                auto scorer = StoreScorer::open(request);
                if (!scorer)
                    return std::unexpected(scorer.error());
                auto scored = (*scorer)->score(prompts);
                if (!scored)
                    return std::unexpected(scored.error());
                auto analysis =
                    analyseTable(std::make_shared<const ScoreTable>(std::move(scored->table)),
                                 promise, 1000, grouping);
                if (!analysis)
                    return analysis;
                // Kept for the prompt editor: rescoring encodes prompts, never images.
                analysis->scorer = std::shared_ptr<StoreScorer>(std::move(*scorer));
                analysis->prompts = prompts.toJson();
                // The study's embedding analysis: PCA and attribute probes.
                EmbeddingAnalysisRequest embeddingRequest;
                embeddingRequest.storeDir = store;
                embeddingRequest.bundlePath = bundlePath;
                auto embeddings = analyseEmbeddingsFor(embeddingRequest, promise, *analysis);
                if (!embeddings) {
                    if (embeddings.error().code == ErrorCode::Cancelled)
                        return std::unexpected(embeddings.error());
                    // The AUCs stand without it: say why the embedding view is empty.
                    analysis->embeddingProblem = embeddings.error().message;
                    return analysis;
                }
                analysis->embeddings =
                    std::make_shared<const EmbeddingAnalysis>(std::move(*embeddings));
                return analysis;
            },
            [this, root, bundlePath](Analysis analysis) {
                runFinished(root, bundlePath, std::move(analysis));
            },
            [this, root, bundlePath](const Error& error) {
                setRunStatus(root, bundlePath, runStatusOf(error));
            });
    });
}

void MainWindow::openDataset(const QString& root, std::optional<DatasetFormat> format) {
    if (!format)
        format = detectFormat(root);
    if (!format) {
        showError(tr("Cannot Open Dataset"),
                  Error{ErrorCode::Format,
                        tr("cxrfair cannot tell the layout of this folder"),
                        root,
                        -1,
                        {},
                        {},
                        {}});
        return;
    }
    const DatasetSource source(*format, root);
    enqueue([this, source] { startLoad(source, CohortSettings(), -1); });
}

void MainWindow::openDemo() {
    const QString folder =
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
            .filePath(QStringLiteral("demo"));
    enqueue([this, folder] {
        setBusy(tr("Preparing the demo datasets..."));
        connect(&m_demoWatcher, &QFutureWatcherBase::finished, this, [this] {
            m_demoWatcher.disconnect(this);
            m_running = false;
            if (m_demoWatcher.isCanceled() || m_demoWatcher.future().resultCount() == 0) {
                setIdle(tr("Demo cancelled"));
                runNext();
                return;
            }
            const Result<QString> folder = m_demoWatcher.result();
            if (!folder) {
                showError(tr("Cannot Create the Demo"), folder.error());
                setIdle(tr("Demo failed"));
                runNext();
                return;
            }
            m_queue.insert(
                m_queue.begin(),
                {[this, root = *folder] {
                     startLoad(DatasetSource(DatasetFormat::Nih, root + QStringLiteral("/nih")),
                               CohortSettings(), -1);
                 },
                 [this, root = *folder] {
                     startLoad(DatasetSource(DatasetFormat::Mimic, root + QStringLiteral("/mimic")),
                               CohortSettings(), -1);
                 },
                 [this, root = *folder] {
                     // Then the study on both, with the demo's model.
                     m_running = false;
                     const QString model = QDir(root).filePath(demoModelName());
                     for (const QString& sub : {QStringLiteral("nih"), QStringLiteral("mimic")})
                         if (const int i = datasetIndex(QDir(root).filePath(sub)); i >= 0)
                             analyseDataset(i, model);
                     // End on NIH: it has the drain annotations of the study's second finding.
                     enqueue([this, root] {
                         m_running = false;
                         if (const int i = datasetIndex(QDir(root).filePath(QStringLiteral("nih")));
                             i >= 0)
                             m_projectPanel->setCurrent(i);
                         runNext();
                     });
                     runNext();
                 }});
            runNext();
        });
        m_demoWatcher.setFuture(QtConcurrent::run([folder](QPromise<Result<QString>>& promise) {
            promise.setProgressRange(0, 1000);
            DemoOptions options;
            options.outDir = folder;
            const auto result = generateDemo(
                options,
                [&promise](int done, int total) {
                    promise.setProgressValueAndText(
                        int(1000.0 * done / total),
                        MainWindow::tr("Rendering demo radiographs: %1 of %2")
                            .arg(done)
                            .arg(total));
                },
                [&promise] { return promise.isCanceled(); });
            if (result)
                promise.addResult(Result<QString>(folder));
            else
                promise.addResult(Result<QString>(std::unexpected(result.error())));
        }));
    });
}

void MainWindow::startLoad(const DatasetSource& source, const CohortSettings& settings,
                           int replaceIndex) {
    setBusy(tr("Loading %1...").arg(QDir::toNativeSeparators(source.root)));
    m_loadWatcher.disconnect(this);
    connect(&m_loadWatcher, &QFutureWatcherBase::finished, this,
            [this, replaceIndex] { loadFinished(replaceIndex); });
    m_loadWatcher.setFuture(loadCohortAsync(source, settings));
}

void MainWindow::loadFinished(int replaceIndex) {
    m_loadWatcher.disconnect(this);
    m_running = false;
    if (m_loadWatcher.isCanceled() || m_loadWatcher.future().resultCount() == 0) {
        setIdle(tr("Loading cancelled"));
        runNext();
        return;
    }
    const Result<Cohort> cohort = m_loadWatcher.result();
    if (!cohort) {
        if (cohort.error().code != ErrorCode::Cancelled)
            showError(tr("Cannot Load the Dataset"), cohort.error());
        setIdle(cohort.error().code == ErrorCode::Cancelled ? tr("Loading cancelled")
                                                            : tr("Loading failed"));
        runNext();
        return;
    }
    addCohort(*cohort, replaceIndex);
    runNext();
}

void MainWindow::addCohort(const Cohort& loaded, int replaceIndex) {
    const Cohort* cohort = &loaded;
    Dataset entry{loaded, summarize(loaded), {}, -1};
    const QString label =
        tr("%1 - %2 images").arg(formatDisplayName(cohort->format())).arg(cohort->size());
    const QString tip = QDir::toNativeSeparators(cohort->source().root);
    int index = replaceIndex;
    if (index >= 0 && index < int(m_datasets.size())) {
        // Their analyses run again; what they showed stays until then.
        entry.runs = std::move(m_datasets[size_t(index)].runs);
        entry.shownRun = m_datasets[size_t(index)].shownRun;
        m_datasets[size_t(index)] = std::move(entry);
        m_projectPanel->setDatasetLabel(index, label, tip);
    } else {
        m_datasets.push_back(std::move(entry));
        m_projectPanel->addDataset(label, tip);
        setWindowModified(true);
        index = int(m_datasets.size()) - 1;
    }
    refreshRuns(index);
    m_projectPanel->setCurrent(index);
    showDataset(index);
    const qint64 problems = cohort->report().problems.total();
    setIdle(problems > 0 ? tr("Loaded %1 images; %n problem(s) found (see the Problems tab)",
                              nullptr, int(problems))
                               .arg(cohort->size())
                         : tr("Loaded %1 images").arg(cohort->size()));
}

void MainWindow::showDataset(int index) {
    m_current = index;
    const bool valid = index >= 0 && index < int(m_datasets.size());
    m_reloadAction->setEnabled(valid);
    m_closeAction->setEnabled(valid);
    m_settings->setEnabled(valid);
    m_modelAction->setEnabled(valid);
    m_importAction->setEnabled(valid);
    if (!valid) {
        m_summary->clear();
        return;
    }
    const Dataset& d = m_datasets[size_t(index)];
    m_summary->setSummary(d.summary);
    showDatasetAnalysis(index);
    QStringList conditions;
    for (const QString& c : studyConditions())
        if (d.cohort.conditions().contains(c))
            conditions << c;
    m_promptEditor->setConditions(conditions.isEmpty() ? d.cohort.conditions() : conditions);
    // Scored with other prompts than the editor's: rescore.
    if (const Analysis* shown = shownAnalysis(d);
        shown && shown->scorer && shown->prompts != m_promptEditor->prompts().toJson())
        rescore();
    m_settings->setSettings(d.cohort.settings());
    updateTitle();
}

void MainWindow::showDatasetAnalysis(int index) {
    const Dataset& d = m_datasets[size_t(index)];
    const Analysis* shown = shownAnalysis(d);
    if (!shown)
        return;
    // The subgroup AUC and drain views compare every model run on the dataset.
    std::vector<ModelConditionMetrics> metrics;
    std::vector<ShortcutRow> shortcuts;
    for (const ModelRun& run : d.runs) {
        metrics.insert(metrics.end(), run.analysis.metrics.begin(), run.analysis.metrics.end());
        shortcuts.insert(shortcuts.end(), run.analysis.shortcuts.begin(),
                         run.analysis.shortcuts.end());
    }
    showAnalysis(*shown, &metrics, &shortcuts);
    if (!shown->metrics.empty())
        m_aucView->modelBox()->setCurrentText(shown->metrics.front().model);
}

MainWindow::ModelRun& MainWindow::runOf(Dataset& d, const QString& key) {
    for (ModelRun& run : d.runs)
        if (run.key == key)
            return run;
    d.runs.push_back(ModelRun{key, std::nullopt, QFileInfo(key).completeBaseName(), {}, {}});
    return d.runs.back();
}

const Analysis* MainWindow::shownAnalysis(const Dataset& d) {
    if (d.shownRun < 0 || d.shownRun >= int(d.runs.size()))
        return nullptr;
    const Analysis& analysis = d.runs[size_t(d.shownRun)].analysis;
    return analysis.table || analysis.embeddings ? &analysis : nullptr;
}

const std::vector<ModelConditionMetrics>& MainWindow::datasetMetrics(int index) const {
    static const std::vector<ModelConditionMetrics> none;
    const Analysis* shown = shownAnalysis(m_datasets[size_t(index)]);
    return shown ? shown->metrics : none;
}

void MainWindow::refreshRuns(int index) {
    std::vector<ProjectRunItem> items;
    for (const ModelRun& run : m_datasets[size_t(index)].runs) {
        ProjectRunItem item{run.key, run.name, run.import.has_value(), run.status, {}};
        if (const auto& e = run.analysis.embeddings)
            item.embeddingRun = tr("Embedding run: %1 images x %2 (%3)")
                                    .arg(e->storedImages)
                                    .arg(e->dimension)
                                    .arg(QFileInfo(e->segmentPath).fileName());
        else if (!run.analysis.embeddingProblem.isEmpty())
            item.embeddingRun = tr("No embedding analysis: %1").arg(run.analysis.embeddingProblem);
        items.push_back(std::move(item));
    }
    m_projectPanel->setRuns(index, items);
}

void MainWindow::setRunStatus(const QString& root, const QString& key, const QString& status) {
    if (const int i = datasetIndex(root); i >= 0) {
        runOf(m_datasets[size_t(i)], key).status = status;
        refreshRuns(i);
    }
}

void MainWindow::showRun(int index, const QString& runKey) {
    if (index >= 0 && index < int(m_datasets.size()) && !runKey.isEmpty()) {
        Dataset& d = m_datasets[size_t(index)];
        for (size_t r = 0; r < d.runs.size(); ++r)
            if (d.runs[r].key == runKey)
                d.shownRun = int(r);
    }
    showDataset(index);
}

void MainWindow::runFinished(const QString& root, const QString& key, Analysis analysis) {
    const int i = datasetIndex(root);
    if (i < 0)
        return;
    Dataset& d = m_datasets[size_t(i)];
    ModelRun& run = runOf(d, key);
    if (!analysis.metrics.empty())
        run.name = analysis.metrics.front().model;
    else if (analysis.embeddings)
        run.name = analysis.embeddings->model;
    run.status = analysis.table ? tr("AUCs of %n condition(s)", nullptr,
                                     int(analysis.table->conditions.size()))
                                : tr("PCA and probes");
    run.analysis = std::move(analysis);
    d.shownRun = int(&run - d.runs.data());
    refreshRuns(i);
    if (i == m_current) {
        m_projectPanel->setCurrent(i, key);
        showDatasetAnalysis(i);
    }
}

void MainWindow::chooseEmbeddingsForDataset() {
    if (m_current < 0)
        return;
    ImportEmbeddingsDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    importEmbeddings(m_current, dialog.request());
}

void MainWindow::importEmbeddings(int index, const EmbeddingImportRequest& request) {
    if (index < 0 || index >= int(m_datasets.size()))
        return;
    Dataset& d = m_datasets[size_t(index)];
    const Cohort cohort = d.cohort;
    const QString root = cohort.source().root;
    ModelRun& run = runOf(d, request.npyPath);
    run.import = request;
    if (!request.name.isEmpty())
        run.name = request.name;
    run.status = tr("queued");
    refreshRuns(index);
    setWindowModified(true);
    enqueue([this, cohort, root, request] {
        startAnalysisJob(
            tr("Importing embeddings from %1...").arg(QFileInfo(request.npyPath).fileName()),
            [cohort, request](QPromise<Result<Analysis>>& promise) -> Result<Analysis> {
                EmbeddingImportRequest toStore = request;
                toStore.storeDir = datasetStore(cohort);
                promise.setProgressValueAndText(0, MainWindow::tr("Reading the cohort's samples"));
                // The store names its dataset's images: the analysis joins on them.
                if (auto written = writeStoreSamples(toStore.storeDir, storeSamples(cohort));
                    !written)
                    return std::unexpected(written.error());
                promise.setProgressValueAndText(
                    0, MainWindow::tr("Importing %1").arg(QFileInfo(request.npyPath).fileName()));
                auto imported = cxrfair::importEmbeddings(toStore);
                if (!imported)
                    return std::unexpected(imported.error());
                EmbeddingAnalysisRequest embeddingRequest;
                embeddingRequest.storeDir = toStore.storeDir;
                embeddingRequest.modelHash = imported->info.modelHash;
                embeddingRequest.ageBins = cohort.settings().ageBins;
                Analysis analysis;
                auto embeddings = analyseEmbeddingsFor(embeddingRequest, promise, analysis);
                if (!embeddings)
                    return std::unexpected(embeddings.error());
                analysis.embeddings =
                    std::make_shared<const EmbeddingAnalysis>(std::move(*embeddings));
                return analysis;
            },
            [this, root, key = request.npyPath](Analysis analysis) {
                runFinished(root, key, std::move(analysis));
            },
            [this, root, key = request.npyPath](const Error& error) {
                setRunStatus(root, key, runStatusOf(error));
            });
    });
}

void MainWindow::applySettings(const CohortSettings& settings, bool reloadNeeded) {
    editDatasetSettings(m_current, settings, reloadNeeded);
}

void MainWindow::editDatasetSettings(int index, const CohortSettings& settings, bool reloadNeeded) {
    if (index < 0 || index >= int(m_datasets.size()))
        return;
    const Dataset& d = m_datasets[size_t(index)];
    if (settings == d.cohort.settings() && !reloadNeeded)
        return;
    m_undo->push(new SettingsEdit(this, d.cohort.source().root, d.cohort.settings(), settings,
                                  reloadNeeded));
}

void MainWindow::applyDatasetSettings(const QString& root, const CohortSettings& settings,
                                      bool reloadNeeded) {
    const int index = datasetIndex(root);
    if (index < 0)
        return;
    Dataset& d = m_datasets[size_t(index)];
    // MIMIC chooses each patient's race among their admissions by the mapping's unknowns.
    reloadNeeded = reloadNeeded || (d.cohort.format() == DatasetFormat::Mimic &&
                                    settings.race != d.cohort.settings().race);
    if (reloadNeeded) {
        enqueue([this, source = d.cohort.source(), settings, index] {
            startLoad(source, settings, index);
        });
    } else {
        // Labels, bins and mappings act when the cohort is read: no reload.
        d.cohort.setSettings(settings);
        d.summary = summarize(d.cohort);
        if (index == m_current) {
            m_summary->setSummary(d.summary);
            m_settings->setSettings(settings);
        }
        m_status->setText(tr("Settings applied"));
    }
    // The analyses follow: the store's samples take the new labels, groups and bins; no image
    // is encoded again.
    for (const ModelRun& run : std::vector<ModelRun>(d.runs)) {
        if (run.import)
            enqueueImport(root, *run.import);
        else
            enqueueAnalysis(root, run.key);
    }
    setWindowModified(true);
}

void MainWindow::reloadCurrent() {
    if (m_current < 0)
        return;
    const Dataset& d = m_datasets[size_t(m_current)];
    enqueue([this, source = d.cohort.source(), settings = d.cohort.settings(), index = m_current] {
        startLoad(source, settings, index);
    });
}

void MainWindow::closeCurrent() {
    if (m_current < 0 || m_running)
        return;
    const int index = m_current;
    m_datasets.erase(m_datasets.begin() + index);
    m_projectPanel->removeDataset(index);
    showDataset(m_projectPanel->currentDataset());
}

void MainWindow::enqueue(Job job) {
    m_queue.push_back(std::move(job));
    m_jobs->setQueued(int(m_queue.size()));
    if (!m_running)
        runNext();
}

void MainWindow::runNext() {
    if (m_running)
        return;
    if (m_queue.empty()) {
        Q_EMIT idle();
        return;
    }
    Job job = std::move(m_queue.front());
    m_queue.erase(m_queue.begin());
    m_jobs->setQueued(int(m_queue.size()));
    m_running = true;
    job();
}

namespace {

/// What the gallery and viewer show of samples of `table`: attributes and every score. One
/// pass over the scores, whatever the number of samples.
std::vector<GalleryItem> galleryItems(const ScoreTable& table,
                                      const std::vector<std::uint32_t>& samples,
                                      const QHash<QString, QString>& paths) {
    std::vector<GalleryItem> items;
    QHash<std::uint32_t, size_t> itemOf;
    for (std::uint32_t s : samples) {
        GalleryItem item{table.sampleIds[s], paths.value(table.sampleIds[s]), {}, {}};
        for (qsizetype a = 0; a < table.attributes.size(); ++a)
            item.attributes << QStringLiteral("%1: %2").arg(
                table.attributes[a], table.sampleAttributes[size_t(a)][s].isEmpty()
                                         ? MainWindow::tr("missing")
                                         : table.sampleAttributes[size_t(a)][s]);
        itemOf.insert(s, items.size());
        items.push_back(std::move(item));
    }
    for (qsizetype m = 0; m < table.models.size(); ++m)
        for (qsizetype c = 0; c < table.conditions.size(); ++c)
            for (const ScoreTable::Entry& e : table.entries[size_t(m)][size_t(c)])
                if (const auto i = itemOf.constFind(e.sample); i != itemOf.cend())
                    items[*i].scores << MainWindow::tr("%1 (%2): %3, label %4")
                                            .arg(table.conditions[c], table.models[m])
                                            .arg(e.score, 0, 'f', 3)
                                            .arg(e.label);
    return items;
}

} // namespace

void MainWindow::showGroupImages(const QString& model, const QString& condition,
                                 const QString& attribute, const QString& group) {
    if (!m_shown.table)
        return;
    const ScoreTable& table = *m_shown.table;
    const auto samples = groupSamples(table, int(table.conditions.indexOf(condition)), attribute,
                                      group, ScoreGrouping{}.ageBins);
    m_galleryView->setItems(tr("%1, %2, %3 = %4").arg(model, condition, attribute, group),
                            galleryItems(table, samples, m_shown.imagePaths));
    m_galleryDock->show();
    m_galleryDock->raise();
}

void MainWindow::showSampleImages(const QString& title, const QStringList& sampleIds) {
    std::vector<GalleryItem> items;
    if (m_shown.table) {
        QHash<QString, std::uint32_t> sampleOf;
        for (qsizetype s = 0; s < m_shown.table->sampleIds.size(); ++s)
            sampleOf.insert(m_shown.table->sampleIds[s], std::uint32_t(s));
        std::vector<std::uint32_t> samples;
        for (const QString& id : sampleIds)
            if (const auto s = sampleOf.constFind(id); s != sampleOf.cend())
                samples.push_back(*s);
        items = galleryItems(*m_shown.table, samples, m_shown.imagePaths);
    } else {
        for (const QString& id : sampleIds)
            items.push_back({id, m_shown.imagePaths.value(id), {}, {}});
    }
    m_galleryView->setItems(title, std::move(items));
    m_galleryDock->show();
    m_galleryDock->raise();
}

void MainWindow::compareSideBySide() {
    if (!m_compareView) {
        m_compareView = new SubgroupAucView(this);
        m_compareDock = new QDockWidget(tr("Subgroup AUC (comparison)"), this);
        m_compareDock->setObjectName(QStringLiteral("CompareDock"));
        m_compareDock->setWidget(m_compareView);
        addDockWidget(Qt::BottomDockWidgetArea, m_compareDock);
        splitDockWidget(m_aucDock, m_compareDock, Qt::Horizontal);
        connect(m_compareView, &SubgroupAucView::groupClicked, this, &MainWindow::showGroupImages);
    }
    m_compareView->setMetrics(m_shown.metrics);
    QComboBox* models = m_compareView->modelBox();
    if (models->count() > 1) {
        models->setCurrentIndex((m_aucView->modelBox()->currentIndex() + 1) % models->count());
    } else {
        QComboBox* attributes = m_compareView->attributeBox();
        if (attributes->count() > 1)
            attributes->setCurrentIndex((m_aucView->attributeBox()->currentIndex() + 1) %
                                        attributes->count());
    }
    m_aucDock->show();
    m_compareDock->show();
    m_compareDock->raise();
    resizeDocks({m_aucDock, m_compareDock}, {width() / 2, width() / 2}, Qt::Horizontal);
}

void MainWindow::rescore() {
    if (m_current < 0)
        return;
    const Analysis* shown = shownAnalysis(m_datasets[size_t(m_current)]);
    if (!shown || !shown->scorer)
        return;
    if (m_rescoring) {
        m_rescorePending = true; // the newest prompts run when this pass stops
        m_rescoreWatcher.cancel();
        return;
    }
    m_rescorePending = false;
    m_rescoring = true;
    const Dataset& d = m_datasets[size_t(m_current)];
    m_rescoreRoot = d.cohort.source().root;
    m_rescoreRun = d.runs[size_t(d.shownRun)].key;
    m_rescoreClock.start();
    m_promptEditor->setStatus(tr("Rescoring..."));
    m_rescoreWatcher.setFuture(QtConcurrent::run(
        [scorer = shown->scorer, prompts = m_promptEditor->prompts(),
         grouping = datasetGrouping(d.cohort)](QPromise<Result<Analysis>>& promise) {
            promise.setProgressRange(0, 1000);
            auto scored = scorer->score(prompts);
            if (!scored) {
                promise.addResult(Result<Analysis>(std::unexpected(scored.error())));
                return;
            }
            auto table = std::make_shared<const ScoreTable>(std::move(scored->table));
            // First the AUCs at once, with DeLong intervals; then the bootstrap intervals.
            promise.addResult(analyseTable(table, promise, 0, grouping));
            if (promise.isCanceled())
                return;
            auto full = analyseTable(table, promise, 1000, grouping);
            if (!promise.isCanceled())
                promise.addResult(std::move(full));
        }));
}

void MainWindow::rescoreResult(int index) {
    if (m_rescorePending)
        return; // stale: newer prompts are waiting
    Result<Analysis> result = m_rescoreWatcher.resultAt(index);
    if (!result) {
        if (result.error().code != ErrorCode::Cancelled)
            m_promptEditor->setStatus(tr("Cannot rescore: %1").arg(result.error().message));
        return;
    }
    const int i = datasetIndex(m_rescoreRoot);
    if (i < 0)
        return;
    Analysis& kept = runOf(m_datasets[size_t(i)], m_rescoreRun).analysis;
    result->embeddings = kept.embeddings;
    result->imagePaths = kept.imagePaths;
    result->embeddingProblem = kept.embeddingProblem;
    result->scorer = kept.scorer;
    result->prompts = m_promptEditor->prompts().toJson();
    kept = std::move(*result);
    if (i == m_current)
        showDatasetAnalysis(i);
    const bool withIntervals = index > 0;
    m_promptEditor->setStatus(
        withIntervals ? tr("Rescored with bootstrap intervals in %1 s.")
                            .arg(m_rescoreClock.elapsed() / 1000.0, 0, 'f', 2)
                      : tr("Rescored in %1 s (DeLong intervals; bootstrap intervals follow).")
                            .arg(m_rescoreClock.elapsed() / 1000.0, 0, 'f', 2));
    Q_EMIT rescored(withIntervals);
}

GuidedTour* MainWindow::tour() {
    if (!m_tour)
        m_tour = new GuidedTour(this);
    return m_tour;
}

QDockWidget* MainWindow::raiseView(const QString& name) {
    const std::pair<const char*, QDockWidget*> docks[] = {
        {"auc", m_aucDock},         {"roc", m_rocDock},
        {"drain", m_shortcutDock},  {"embeddings", m_embeddingDock},
        {"gallery", m_galleryDock}, {"prompts", m_promptDock},
        {"jobs", m_jobsDock}};
    for (const auto& [key, dock] : docks)
        if (name == QLatin1String(key)) {
            dock->show();
            dock->raise();
            return dock;
        }
    return nullptr;
}

void MainWindow::enqueueAnalysis(const QString& root, const QString& bundlePath) {
    enqueue([this, root, bundlePath] {
        m_running = false;
        if (const int i = datasetIndex(root); i >= 0)
            analyseDataset(i, bundlePath);
        runNext();
    });
}

void MainWindow::enqueueImport(const QString& root, const EmbeddingImportRequest& request) {
    enqueue([this, root, request] {
        m_running = false;
        if (const int i = datasetIndex(root); i >= 0)
            importEmbeddings(i, request);
        runNext();
    });
}

ShortcutChart* MainWindow::shortcutChart() const {
    return m_shortcutView->chart();
}

bool MainWindow::isBusy() const {
    return m_running || !m_queue.empty();
}

void MainWindow::setBusy(const QString& what) {
    m_status->setText(what);
    m_jobs->start(what);
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->show();
}

void MainWindow::setIdle(const QString& message) {
    m_status->setText(message);
    m_jobs->finish(message);
    m_progress->hide();
    m_cancel->hide();
}

void MainWindow::showError(const QString& title, const Error& error) {
    QMessageBox box(QMessageBox::Warning, title, error.message, QMessageBox::Ok, this);
    box.setInformativeText(error.toString());
    box.exec();
}

void MainWindow::about() {
    QMessageBox::about(this, tr("About cxrfair"),
                       tr("<h3>cxrfair %1</h3><p>A workbench that audits CLIP-based chest X-ray "
                          "models for fairness "
                          "and robustness, after Sourget et al., <i>Fairness and Robustness of "
                          "CLIP-Based Models for "
                          "Chest X-rays</i>, FAIMI 2025.</p>")
                           .arg(QStringLiteral(CXRFAIR_VERSION)));
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (isWindowModified() && !m_datasets.empty()) {
        const auto answer = QMessageBox::question(
            this, tr("Save the Project?"),
            tr("The project has changes that are not saved. Save them before closing?"),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel ||
            (answer == QMessageBox::Save &&
             !(m_projectPath.isEmpty() ? chooseAndSaveProject()
                                       : saveProject(m_projectPath).has_value()))) {
            event->ignore();
            return;
        }
    }
    QSettings stored;
    stored.setValue(QStringLiteral("window/geometry"), saveGeometry());
    stored.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}

Result<void> MainWindow::saveProject(const QString& path) {
    Project project;
    for (const Dataset& d : m_datasets) {
        ProjectDataset entry{d.cohort.source(),
                             d.cohort.settings(),
                             {},
                             {},
                             m_auditConditions.value(d.cohort.source().root)};
        for (const ModelRun& run : d.runs) {
            if (run.import)
                entry.embeddings.push_back({run.import->npyPath, run.import->keysPath,
                                            run.import->idColumn, run.import->name});
            else
                entry.models << run.key;
        }
        project.datasets.push_back(std::move(entry));
    }
    project.current = m_current;
    project.prompts = m_promptEditor->prompts();
    project.audit = m_audit;
    project.views = QJsonObject{{QStringLiteral("threshold"), m_rocView->rule().toString()},
                                {QStringLiteral("compare"), m_compareView != nullptr}};
    project.windowState = saveState();
    project.windowGeometry = saveGeometry();
    auto written = project.write(path);
    if (!written)
        return written;
    m_projectPath = QFileInfo(path).absoluteFilePath();
    m_undo->setClean();
    setWindowModified(false);
    rememberProject(m_projectPath);
    updateTitle();
    m_status->setText(tr("Project saved to %1").arg(QDir::toNativeSeparators(m_projectPath)));
    return {};
}

void MainWindow::openProject(const QString& path) {
    auto project = Project::read(path);
    if (!project) {
        showError(tr("Cannot Open the Project"), project.error());
        return;
    }
    if (isBusy()) {
        showError(tr("Cannot Open the Project"),
                  Error{ErrorCode::InvalidArgument,
                        tr("a job is running; cancel it or wait for it first"),
                        path,
                        -1,
                        {},
                        {},
                        {}});
        return;
    }
    newProject();
    m_projectPath = QFileInfo(path).absoluteFilePath();
    m_audit = project->audit;
    m_promptEditor->setPrompts(project->prompts);
    if (auto rule = ThresholdRule::parse(
            project->views.value(QStringLiteral("threshold")).toString(QStringLiteral("youden"))))
        m_rocView->setRule(*rule);
    for (const ProjectDataset& d : project->datasets) {
        enqueue([this, d] { startLoad(d.source, d.settings, -1); });
        m_auditConditions.insert(d.source.root, d.conditions);
        for (const QString& model : d.models)
            enqueueAnalysis(d.source.root, model);
        for (const ProjectEmbeddings& e : d.embeddings) {
            EmbeddingImportRequest request;
            request.npyPath = e.array;
            request.keysPath = e.keys;
            request.idColumn = e.idColumn;
            request.name = e.name;
            enqueueImport(d.source.root, request);
        }
    }
    enqueue([this, current = project->current, state = project->windowState,
             compare = project->views.value(QStringLiteral("compare")).toBool(),
             geometry = project->windowGeometry] {
        m_running = false;
        if (current >= 0 && current < int(m_datasets.size()))
            m_projectPanel->setCurrent(current);
        if (compare && !m_compareView)
            compareSideBySide(); // its dock must exist before the layout names it
        restoreGeometry(geometry);
        restoreState(state);
        m_undo->clear();
        setWindowModified(false);
        updateTitle();
        m_status->setText(tr("Project %1 opened").arg(QFileInfo(m_projectPath).fileName()));
        runNext();
    });
    rememberProject(m_projectPath);
    updateTitle();
}

void MainWindow::newProject() {
    if (isBusy())
        return;
    m_datasets.clear();
    m_projectPanel->clear();
    m_shown = Analysis();
    showDataset(-1);
    showAnalysis(Analysis());
    m_aucDock->hide();
    m_galleryView->setItems({}, {});
    m_undo->clear();
    m_projectPath.clear();
    m_audit = AuditSettings();
    m_auditConditions.clear();
    setWindowModified(false);
    updateTitle();
}

void MainWindow::chooseAndOpenProject() {
    QSettings stored;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Project"), stored.value(QStringLiteral("lastProjectFolder")).toString(),
        tr("cxrfair projects (*.cxrproject)"));
    if (path.isEmpty())
        return;
    stored.setValue(QStringLiteral("lastProjectFolder"), QFileInfo(path).absolutePath());
    openProject(path);
}

bool MainWindow::chooseAndSaveProject() {
    QSettings stored;
    QString path = QFileDialog::getSaveFileName(
        this, tr("Save Project"),
        m_projectPath.isEmpty() ? QDir(stored.value(QStringLiteral("lastProjectFolder")).toString())
                                      .filePath(QStringLiteral("audit.cxrproject"))
                                : m_projectPath,
        tr("cxrfair projects (*.cxrproject)"));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".cxrproject");
    stored.setValue(QStringLiteral("lastProjectFolder"), QFileInfo(path).absolutePath());
    if (auto saved = saveProject(path); !saved) {
        showError(tr("Cannot Save the Project"), saved.error());
        return false;
    }
    return true;
}

void MainWindow::saveCurrentProject() {
    if (m_projectPath.isEmpty()) {
        chooseAndSaveProject();
        return;
    }
    if (auto saved = saveProject(m_projectPath); !saved)
        showError(tr("Cannot Save the Project"), saved.error());
}

void MainWindow::rememberProject(const QString& path) {
    QSettings stored;
    QStringList recent = stored.value(QStringLiteral("recentProjects")).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    stored.setValue(QStringLiteral("recentProjects"), recent.mid(0, 8));
    fillRecentProjects();
}

void MainWindow::fillRecentProjects() {
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("recentProjects")).toStringList();
    for (int i = 0; i < int(recent.size()); ++i) {
        QAction* action = m_recentMenu->addAction(
            QStringLiteral("&%1 %2").arg(i + 1).arg(QFileInfo(recent[i]).fileName()), this,
            [this, path = recent[i]] { openProject(path); });
        action->setStatusTip(QDir::toNativeSeparators(recent[i]));
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::updateTitle() {
    const QString project =
        m_projectPath.isEmpty() ? tr("Untitled") : QFileInfo(m_projectPath).completeBaseName();
    if (m_current >= 0 && m_current < int(m_datasets.size()))
        setWindowTitle(
            tr("%1[*] - %2 - cxrfair")
                .arg(project,
                     QFileInfo(m_datasets[size_t(m_current)].cohort.source().root).fileName()));
    else
        setWindowTitle(tr("%1[*] - cxrfair").arg(project));
}

} // namespace cxrfair
