#include "mainwindow.h"

#include "adddatasetdialog.h"
#include "analysisviews.h"
#include "charts/shortcutchart.h"
#include "charts/subgroupaucdata.h"
#include "cohortsettingseditor.h"
#include "cohortsummaryview.h"
#include "datasetviews.h"
#include "embeddingview.h"
#include "exportmodeldialog.h"
#include "galleryview.h"
#include "guidedtour.h"
#include "importembeddingsdialog.h"
#include "jobspanel.h"
#include "projectpanel.h"
#include "prompteditor.h"
#include "publishedmodelsdialog.h"
#include "rocview.h"
#include "shortcutview.h"
#include "study/reproduction.h"
#include "subgroupaucview.h"
#include "theme.h"

#include "common/settings.h"
#include "data/cohortloader.h"
#include "inference/prompts.h"
#include "session/session.h"

#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QScreen>
#include <QScrollArea>
#include <QStandardPaths>
#include <QStatusBar>
#include <QThreadPool>
#include <QToolButton>
#include <QUndoStack>

namespace cxrfair {

namespace {

/// A form in a scroll area: on a small screen its dock shrinks and scrolls instead of pushing
/// the window past the screen's bottom.
QWidget* scrollable(QWidget* form) {
    auto* area = new QScrollArea;
    area->setWidget(form);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    return area;
}

/// Below this available height (a 1366x768 laptop, a 1280x720 projector) the window starts in
/// the compact layout.
constexpr int smallScreenHeight = 900;

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_session(new Session(this))
    , m_views(nullptr)
    , m_projectPanel(new ProjectPanel(this))
    , m_summary(new CohortSummaryView(this))
    , m_settings(new CohortSettingsEditor(this))
    , m_promptEditor(new PromptEditor(this))
    , m_jobs(new JobsPanel(this)) {
    setObjectName(QStringLiteral("MainWindow"));
    // The jobs (loading, encoding, analyses, thumbnails) run in the global pool and mostly
    // wait on compute; Qt paints with the same pool. Room for all of them.
    QThreadPool::globalInstance()->setMaxThreadCount(
        std::max(QThreadPool::globalInstance()->maxThreadCount(), 8));
    m_views = new AnalysisViews(m_session, this);
    m_datasetViews =
        new DatasetViews(m_session, m_projectPanel, m_summary, m_settings, m_promptEditor, this);
    m_promptEditor->setUndoStack(m_session->undoStack());
    m_promptEditor->setConditions(studyConditions());
    setCentralWidget(m_summary);
    createDocks();
    createStatusBar();
    createActions();
    m_datasetViews->setDatasetActions(m_datasetActions);
    wireSession();
    updateTitle();

    restoreGeometry(settings::windowGeometry.value());
    restoreState(settings::windowState.value());
    if (!settings::windowGeometry.isSet()) {
        const QSize screen = this->screen()->availableGeometry().size();
        const bool small = screen.height() < smallScreenHeight;
        setCompactLayout(small);
        resize(small ? screen : QSize(1280, 800).boundedTo(screen));
        resizeDocks({m_projectDock, m_settingsDock}, {270, 360}, Qt::Horizontal);
    }
    fitToScreen();
}

void MainWindow::fitToScreen() {
    // A geometry saved on a larger screen (or a second monitor since unplugged) comes back
    // whole on this one.
    const QRect available = screen()->availableGeometry();
    const QSize frame = frameGeometry().size() - geometry().size();
    const QSize room = available.size() - frame;
    if (width() > room.width() || height() > room.height())
        resize(size().boundedTo(room));
    QRect placed = frameGeometry();
    placed.moveRight(std::min(placed.right(), available.right()));
    placed.moveBottom(std::min(placed.bottom(), available.bottom()));
    placed.moveLeft(std::max(placed.left(), available.left()));
    placed.moveTop(std::max(placed.top(), available.top()));
    move(placed.topLeft());
}

void MainWindow::setCompactLayout(bool compact) {
    m_compact = compact;
    m_views->setCompact(compact);
    if (compact) {
        tabifyDockWidget(m_projectDock, m_jobsDock);
        m_projectDock->raise();
    } else {
        splitDockWidget(m_projectDock, m_jobsDock, Qt::Vertical);
    }
    if (m_compactAction)
        m_compactAction->setChecked(compact);
}

void MainWindow::toggleMaximisedPanel() {
    if (!m_stateBeforeMaximise.isEmpty()) {
        restoreState(m_stateBeforeMaximise);
        m_stateBeforeMaximise.clear();
        centralWidget()->show();
        return;
    }
    // The panel holding the keyboard focus, else the analysis view in front.
    QDockWidget* panel = nullptr;
    for (QWidget* w = focusWidget(); w && !panel; w = w->parentWidget())
        panel = qobject_cast<QDockWidget*>(w);
    if (!panel)
        panel = m_views->frontDock();
    if (!panel)
        return;
    m_stateBeforeMaximise = saveState();
    for (QDockWidget* dock : findChildren<QDockWidget*>())
        if (dock != panel && !dock->isFloating())
            dock->hide();
    centralWidget()->hide();
    panel->show();
    panel->raise();
}

MainWindow::~MainWindow() = default;

void MainWindow::createDocks() {
    auto dock = [this](const QString& title, const QString& name, QWidget* view,
                       Qt::DockWidgetArea area) {
        auto* d = new QDockWidget(title, this);
        d->setObjectName(name);
        d->setWidget(view);
        addDockWidget(area, d);
        return d;
    };
    m_projectDock =
        dock(tr("Project"), QStringLiteral("DatasetsDock"), m_projectPanel, Qt::LeftDockWidgetArea);
    m_settingsDock = dock(tr("Cohort settings"), QStringLiteral("SettingsDock"),
                          scrollable(m_settings), Qt::RightDockWidgetArea);
    m_settings->setEnabled(false);
    m_views->arrange(m_settingsDock);
    m_jobsDock = dock(tr("Jobs"), QStringLiteral("JobsDock"), m_jobs, Qt::LeftDockWidgetArea);
    m_promptDock =
        dock(tr("Prompts"), QStringLiteral("PromptDock"), m_promptEditor, Qt::RightDockWidgetArea);
    tabifyDockWidget(m_settingsDock, m_promptDock);
    m_settingsDock->raise();
}

void MainWindow::createStatusBar() {
    m_status = new QLabel(tr("Ready"), this);
    m_progress = new QProgressBar(this);
    m_cancel = new QToolButton(this);
    m_progress->setRange(0, 1000);
    m_progress->setMaximumWidth(220);
    m_progress->hide();
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop the running job; those waiting go on (Esc)"));
    m_cancel->hide();
    statusBar()->addWidget(m_status, 1);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);
}

void MainWindow::wireSession() {
    Session* s = m_session;
    JobQueue* jobs = s->jobs();
    // The job queue: the status bar and the Jobs panel follow it; Cancel stops the running job
    // of any kind, Cancel All (and Esc) empty the queue too.
    connect(jobs, &JobQueue::started, this, [this](const QString& title) {
        m_status->setText(title);
        m_jobs->start(title);
        m_progress->setValue(0);
        m_progress->show();
        m_cancel->show();
        m_cancelJob->setEnabled(true);
    });
    connect(jobs, &JobQueue::progressed, this, [this](double fraction, const QString& text) {
        m_progress->setValue(int(1000 * fraction));
        m_jobs->progress(int(1000 * fraction), text);
        if (!text.isEmpty())
            m_status->setText(text);
    });
    connect(jobs, &JobQueue::finished, this, [this](JobOutcome, const QString& message) {
        m_status->setText(message);
        m_jobs->finish(message);
        m_progress->hide();
        m_cancel->hide();
        m_cancelJob->setEnabled(false);
    });
    connect(jobs, &JobQueue::queuedChanged, m_jobs,
            [this, jobs] { m_jobs->setWaiting(jobs->waiting()); });
    connect(jobs, &JobQueue::failed, this,
            [this](const QString& title, const Error& error) { showError(title, error); });
    connect(jobs, &JobQueue::idle, this, &MainWindow::idle);
    connect(m_cancel, &QToolButton::clicked, jobs, &JobQueue::cancelCurrent);
    connect(m_cancelJob, &QAction::triggered, jobs, &JobQueue::cancelCurrent);
    connect(m_jobs, &JobsPanel::cancelRequested, jobs, &JobQueue::cancelCurrent);
    connect(m_jobs, &JobsPanel::cancelAllRequested, jobs, &JobQueue::cancelAll);
    connect(m_jobs, &JobsPanel::cancelWaitingRequested, jobs, &JobQueue::cancelWaiting);

    // The document.
    connect(s, &Session::currentChanged, this, &MainWindow::updateTitle);
    connect(s, &Session::message, m_status, &QLabel::setText);
    connect(s, &Session::modifiedChanged, this, &QWidget::setWindowModified);
    connect(s, &Session::projectPathChanged, this, [this](const QString& path) {
        if (!path.isEmpty())
            rememberProject(path);
        updateTitle();
    });
    connect(s, &Session::rescored, this, &MainWindow::rescored);
    connect(s, &Session::rescoreStatus, m_promptEditor, &PromptEditor::setStatus);
    connect(s, &Session::promptsLoaded, m_promptEditor, &PromptEditor::setPrompts);
    connect(s, &Session::projectOpened, this, [this](const Project& project) {
        if (auto rule = ThresholdRule::parse(project.views.value(QStringLiteral("threshold"))
                                                 .toString(QStringLiteral("youden"))))
            rocView()->setRule(*rule);
        if (project.views.value(QStringLiteral("compare")).toBool() && !comparisonView())
            compareSideBySide(); // its dock must exist before the layout names it
        const QJsonObject& v = project.views;
        subgroupAucView()->setPreferredAttribute(
            v.value(QStringLiteral("aucAttribute")).toString());
        subgroupAucView()->setSameScale(v.value(QStringLiteral("aucSameScale")).toBool(true));
        rocView()->setPreferred(v.value(QStringLiteral("rocCondition")).toString(),
                                v.value(QStringLiteral("rocAttribute")).toString());
        embeddingView()->setPreferredColour(v.value(QStringLiteral("colourBy")).toString());
        // The published tables the project was compared with, drawn again.
        if (const PublishedReference& p = project.audit.published; !p.folder.isEmpty())
            loadPublished(p.folder, p.models);
        m_stateBeforeMaximise.clear();
        m_compact = v.value(QStringLiteral("compact")).toBool();
        m_compactAction->setChecked(m_compact);
        restoreGeometry(project.windowGeometry);
        restoreState(project.windowState);
        centralWidget()->show();
        fitToScreen();
    });

    // The views and editors that change it.
    connect(m_settings, &CohortSettingsEditor::applied, this,
            [this](const CohortSettings& settings, bool reload) {
                editDatasetSettings(m_session->current(), settings, reload);
            });
    connect(m_promptEditor, &PromptEditor::promptsChanged, s, &Session::setPrompts);
    connect(m_summary, &CohortSummaryView::startChosen, this, [this](const QString& action) {
        if (action == QStringLiteral("demo"))
            openDemo();
        else if (action == QStringLiteral("open"))
            chooseAndOpenDataset();
        else if (action == QStringLiteral("project"))
            chooseAndOpenProject();
        else if (action == QStringLiteral("tour"))
            startTour(false);
    });
}

void MainWindow::openDataset(const QString& root, std::optional<DatasetFormat> format) {
    if (!QFileInfo(root).isDir()) {
        showError(tr("Cannot Open Dataset"),
                  Error{ErrorCode::Io,
                        QFileInfo::exists(root) ? tr("this is a file, not a dataset folder")
                                                : tr("the folder does not exist"),
                        root,
                        -1,
                        {},
                        {},
                        {}});
        return;
    }
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
    m_session->openDataset(DatasetSource(*format, root));
}

void MainWindow::openDemo() {
    m_session->openDemo(QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
                            .filePath(QStringLiteral("demo")));
}

void MainWindow::openScores(const QString& path) {
    m_session->openScores(path);
}

bool MainWindow::loadPublished(const QString& root, const QHash<QString, QString>& map, bool ask) {
    // Both datasets' tables; a repository needs at least one of them.
    QHash<QString, std::vector<PublishedResult>> tables;
    std::optional<Error> problem;
    for (const QString& dataset : publishedDatasets()) {
        auto published = readPublishedResults(root, dataset);
        if (published)
            tables.insert(dataset, std::move(*published));
        else if (!problem || QFileInfo(publishedFolder(root, dataset)).isDir())
            problem = published.error();
    }
    if (tables.isEmpty() || (problem && problem->code != ErrorCode::Io)) {
        showError(tr("Cannot Read the Published Results"), *problem);
        return false;
    }
    QHash<QString, QString> chosen = map;
    const QStringList models = metricModels(m_session->shown().metrics);
    if (ask && !models.isEmpty()) {
        std::vector<PublishedResult> all;
        for (const auto& t : std::as_const(tables))
            all.insert(all.end(), t.begin(), t.end());
        const PublishedMatcher byName(std::move(all), map);
        QHash<QString, QString> preset;
        bool allMatched = true;
        for (const QString& m : models) {
            preset.insert(m, byName.publishedModelOf(m));
            allMatched = allMatched && !preset.value(m).isEmpty();
        }
        if (!allMatched) {
            PublishedModelsDialog dialog(models, byName.publishedModels(), preset, this);
            if (dialog.exec() != QDialog::Accepted)
                return false;
            chosen = dialog.map();
        }
    }
    QHash<QString, std::shared_ptr<const PublishedMatcher>> matchers;
    qsizetype rows = 0;
    for (auto it = tables.begin(); it != tables.end(); ++it) {
        rows += qsizetype(it.value().size());
        matchers.insert(it.key(),
                        std::make_shared<const PublishedMatcher>(std::move(it.value()), chosen));
    }
    m_views->setPublished(matchers);
    m_session->setPublished({QFileInfo(root).absoluteFilePath(), chosen});
    statusBar()->showMessage(
        tr("%n published result(s) of Sourget et al. (2025) read: diamonds on the bars they match",
           nullptr, int(rows)),
        8000);
    return true;
}

void MainWindow::chooseAndLoadPublished() {
    const QString root = QFileDialog::getExistingDirectory(
        this, tr("Choose the Study's Repository (the Folder That Holds data/)"),
        settings::lastPublishedFolder.value());
    if (root.isEmpty())
        return;
    settings::lastPublishedFolder.set(root);
    loadPublished(root, {}, true);
}

void MainWindow::analyseDataset(int index, const QString& bundlePath) {
    m_session->runModel(index, StudyModel{bundlePath, std::nullopt});
}

void MainWindow::importEmbeddings(int index, const EmbeddingImportRequest& request) {
    m_session->runModel(index, StudyModel{{}, request});
}

const std::vector<ModelConditionMetrics>& MainWindow::datasetMetrics(int index) const {
    static const std::vector<ModelConditionMetrics> none;
    const Analysis* shown = m_session->dataset(index).shownAnalysis();
    return shown ? shown->metrics : none;
}

int MainWindow::datasetCount() const {
    return m_session->datasetCount();
}

const Cohort& MainWindow::dataset(int index) const {
    return m_session->dataset(index).cohort;
}

void MainWindow::selectDataset(const QString& name) {
    for (int i = 0; i < m_session->datasetCount(); ++i)
        if (m_session->dataset(i).root().endsWith(name))
            m_session->setCurrent(i);
}

void MainWindow::editDatasetSettings(int index, const CohortSettings& settings, bool reloadNeeded) {
    m_session->editSettings(index, settings, reloadNeeded);
}

bool MainWindow::isBusy() const {
    return m_session->isBusy();
}

QUndoStack* MainWindow::undoStack() const {
    return m_session->undoStack();
}

QString MainWindow::projectPath() const {
    return m_session->projectPath();
}

Result<void> MainWindow::saveProject(const QString& path) {
    // Everything the user chose in the views, restored when the project opens.
    const QJsonObject views{{QStringLiteral("threshold"), rocView()->rule().toString()},
                            {QStringLiteral("compare"), comparisonView() != nullptr},
                            {QStringLiteral("compact"), m_compact},
                            {QStringLiteral("aucAttribute"), subgroupAucView()->attribute()},
                            {QStringLiteral("aucSameScale"), subgroupAucView()->sameScale()},
                            {QStringLiteral("rocCondition"), rocView()->condition()},
                            {QStringLiteral("rocAttribute"), rocView()->attribute()},
                            {QStringLiteral("colourBy"), embeddingView()->colourKey()}};
    // A maximised panel is a moment, not a layout: the layout behind it is saved.
    return m_session->save(path, views,
                           m_stateBeforeMaximise.isEmpty() ? saveState() : m_stateBeforeMaximise,
                           saveGeometry());
}

void MainWindow::openProject(const QString& path) {
    m_views->clear();
    if (auto opened = m_session->open(path); !opened)
        showError(tr("Cannot Open the Project"), opened.error());
}

void MainWindow::newProject() {
    if (m_session->clear())
        m_views->clear();
}

ShortcutChart* MainWindow::shortcutChart() const {
    return m_views->shortcut()->chart();
}

QDockWidget* MainWindow::raiseView(const QString& name) {
    QDockWidget* dock = name == QStringLiteral("prompts")    ? m_promptDock
                        : name == QStringLiteral("jobs")     ? m_jobsDock
                        : name == QStringLiteral("project")  ? m_projectDock
                        : name == QStringLiteral("settings") ? m_settingsDock
                                                             : m_views->dock(name);
    if (dock) {
        if (!m_stateBeforeMaximise.isEmpty())
            toggleMaximisedPanel(); // back to the layout, then to the view asked for
        dock->show();
        dock->raise();
        // The keyboard follows: the view's first control takes the focus.
        if (QWidget* first = dock->widget()->nextInFocusChain();
            first && dock->widget()->isAncestorOf(first))
            first->setFocus(Qt::ShortcutFocusReason);
        else
            dock->widget()->setFocus(Qt::ShortcutFocusReason);
    }
    return dock;
}

void MainWindow::compareSideBySide() {
    m_views->compareSideBySide();
}

GuidedTour* MainWindow::tour() {
    if (!m_tour)
        m_tour = new GuidedTour(this);
    return m_tour;
}

void MainWindow::startTour(bool fromStart) {
    if (m_session->datasetCount() == 0)
        openDemo();
    if (fromStart)
        tour()->restart();
    else
        tour()->resume();
}

void MainWindow::updateTitle() {
    const QString path = m_session->projectPath();
    const QString project = path.isEmpty() ? tr("Untitled") : QFileInfo(path).completeBaseName();
    const int current = m_session->current();
    if (current >= 0 && current < m_session->datasetCount())
        setWindowTitle(tr("%1[*] - %2 - cxrfair")
                           .arg(project, QFileInfo(m_session->dataset(current).root()).fileName()));
    else
        setWindowTitle(tr("%1[*] - cxrfair").arg(project));
}

void MainWindow::showError(const QString& title, const Error& error) {
    QMessageBox box(QMessageBox::Warning, title, error.message, QMessageBox::Ok, this);
    box.setInformativeText(error.toString());
    box.exec();
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (m_session->isModified() && m_session->datasetCount() > 0) {
        const auto answer = QMessageBox::question(
            this, tr("Save the Project?"),
            tr("The project has changes that are not saved. Save them before closing?"),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel) {
            event->ignore();
            return;
        }
        if (answer == QMessageBox::Save) {
            const bool saved = m_session->projectPath().isEmpty()
                                   ? chooseAndSaveProject()
                                   : saveProject(m_session->projectPath()).has_value();
            if (!saved) {
                event->ignore();
                return;
            }
        }
    }
    settings::windowGeometry.set(saveGeometry());
    settings::windowState.set(m_stateBeforeMaximise.isEmpty() ? saveState()
                                                              : m_stateBeforeMaximise);
    event->accept();
}

void MainWindow::chooseAndOpenDataset() {
    AddDatasetDialog dialog(this);
    dialog.setRoot(settings::lastDatasetFolder.value());
    if (dialog.exec() != QDialog::Accepted || !dialog.cohort())
        return;
    settings::lastDatasetFolder.set(QFileInfo(dialog.cohort()->source().root).absolutePath());
    m_session->addDataset(*dialog.cohort());
}

void MainWindow::chooseAndOpenScores() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Score Table"),
                                                      settings::lastScoreFolder.value(),
                                                      tr("Score tables (*.csv *.csv.gz)"));
    if (path.isEmpty())
        return;
    settings::lastScoreFolder.set(QFileInfo(path).absolutePath());
    openScores(path);
}

void MainWindow::chooseModelForDataset() {
    if (m_session->current() < 0)
        return;
    const QString bundle = QFileDialog::getExistingDirectory(
        this, tr("Choose a Model Bundle (NAME.cxrmodel)"), settings::lastModelFolder.value());
    if (bundle.isEmpty())
        return;
    settings::lastModelFolder.set(QFileInfo(bundle).absolutePath());
    analyseDataset(m_session->current(), bundle);
}

void MainWindow::chooseEmbeddingsForDataset() {
    if (m_session->current() < 0)
        return;
    ImportEmbeddingsDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        importEmbeddings(m_session->current(), dialog.request());
}

void MainWindow::makeModelBundle() {
    ExportModelDialog dialog(m_session->current() >= 0, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    settings::lastModelFolder.set(QFileInfo(dialog.output()).absolutePath());
    m_status->setText(
        tr("Model bundle written: %1").arg(QDir::toNativeSeparators(dialog.output())));
    if (dialog.runOnDataset() && m_session->current() >= 0)
        analyseDataset(m_session->current(), dialog.output());
}

void MainWindow::chooseAndOpenProject() {
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open Project"), settings::lastProjectFolder.value(),
                                     tr("cxrfair projects (*.cxrproject)"));
    if (path.isEmpty())
        return;
    settings::lastProjectFolder.set(QFileInfo(path).absolutePath());
    openProject(path);
}

bool MainWindow::chooseAndSaveProject() {
    const QString current = m_session->projectPath();
    QString path = QFileDialog::getSaveFileName(
        this, tr("Save Project"),
        current.isEmpty()
            ? QDir(settings::lastProjectFolder.value()).filePath(QStringLiteral("audit.cxrproject"))
            : current,
        tr("cxrfair projects (*.cxrproject)"));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".cxrproject");
    settings::lastProjectFolder.set(QFileInfo(path).absolutePath());
    if (auto saved = saveProject(path); !saved) {
        showError(tr("Cannot Save the Project"), saved.error());
        return false;
    }
    return true;
}

void MainWindow::saveCurrentProject() {
    if (m_session->projectPath().isEmpty()) {
        chooseAndSaveProject();
        return;
    }
    if (auto saved = saveProject(m_session->projectPath()); !saved)
        showError(tr("Cannot Save the Project"), saved.error());
}

void MainWindow::rememberProject(const QString& path) {
    QStringList recent = settings::recentProjects.value();
    recent.removeAll(path);
    recent.prepend(path);
    settings::recentProjects.set(recent.mid(0, 8));
    fillRecentProjects();
}

void MainWindow::fillRecentProjects() {
    m_recentMenu->clear();
    const QStringList recent = settings::recentProjects.value();
    for (int i = 0; i < int(recent.size()); ++i) {
        QAction* action = m_recentMenu->addAction(
            QStringLiteral("&%1 %2").arg(i + 1).arg(QFileInfo(recent[i]).fileName()), this,
            [this, path = recent[i]] { openProject(path); });
        action->setStatusTip(QDir::toNativeSeparators(recent[i]));
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
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

} // namespace cxrfair
