// The window's menus: their actions, shortcuts and status tips (the rest of MainWindow is in
// mainwindow.cpp).
#include "mainwindow.h"

#include "projectpanel.h"
#include "theme.h"

#include "common/settings.h"
#include "session/session.h"

#include <QActionGroup>
#include <QCoreApplication>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QStyle>
#include <QUndoStack>

namespace cxrfair {

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
    QAction* model =
        file->addAction(tr("Run &Model on Dataset..."), this, &MainWindow::chooseModelForDataset);
    model->setShortcut(QKeySequence(tr("Ctrl+M")));
    model->setStatusTip(
        tr("Encode the selected dataset with a model bundle (NAME.cxrmodel) and audit it"));
    QAction* published = file->addAction(tr("Compare with &Published Results..."), this,
                                         &MainWindow::chooseAndLoadPublished);
    published->setStatusTip(tr("Draw the study's published AUCs (Sourget et al., FAIMI 2025) on "
                               "the subgroup bars: choose its repository's folder"));
    QAction* makeBundle = file->addAction(tr("Make Model &Bundle from Weights..."), this,
                                          &MainWindow::makeModelBundle);
    makeBundle->setShortcut(QKeySequence(tr("Ctrl+Shift+E")));
    makeBundle->setStatusTip(
        tr("Turn the weights that MedCLIP, BioViL, BioViL-T, "
           "MedImageInsight, CheXzero or CXR-CLIP publish into a model bundle"));
    QAction* import =
        file->addAction(tr("&Import Embeddings..."), this, &MainWindow::chooseEmbeddingsForDataset);
    import->setShortcut(QKeySequence(tr("Ctrl+Shift+M")));
    import->setStatusTip(
        tr("Add embeddings computed elsewhere (.npy) to the selected dataset as a model"));
    open->setIcon(style()->standardIcon(QStyle::SP_DirOpenIcon));
    model->setIcon(style()->standardIcon(QStyle::SP_ComputerIcon));
    import->setIcon(style()->standardIcon(QStyle::SP_FileDialogNewFolder));
    m_projectPanel->addActions({open, model, import});
    QAction* reload =
        file->addAction(tr("&Reload"), this, [this] { m_session->reload(m_session->current()); });
    reload->setShortcut(QKeySequence::Refresh);
    QAction* close = file->addAction(tr("&Close Dataset"), this, [this] {
        if (!m_session->isBusy())
            m_session->closeDataset(m_session->current());
    });
    close->setShortcut(QKeySequence::Close);
    m_datasetActions = {model, import, reload, close};
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

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_session->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_session->undoStack()->createRedoAction(this, tr("&Redo"));
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
    const std::pair<QString, QString> names[] = {{QString(), tr("System Default")},
                                                 {QStringLiteral("en"), QStringLiteral("English")},
                                                 {QStringLiteral("fr"), QStringLiteral("Français")},
                                                 {QStringLiteral("es"), QStringLiteral("Español")}};
    for (const auto& [code, name] : names) {
        QAction* action = language->addAction(name);
        action->setCheckable(true);
        action->setChecked(code == settings::language.value());
        languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] {
            settings::language.set(code);
            // Every text of the window was made in the old language: start again, after the
            // project is saved (closing asks), or later.
            QMessageBox box(QMessageBox::Question, tr("Change the Language"),
                            tr("The language changes when cxrfair starts again. Restart now?"),
                            QMessageBox::NoButton, this);
            QPushButton* now = box.addButton(tr("&Restart Now"), QMessageBox::AcceptRole);
            box.addButton(tr("&Later"), QMessageBox::RejectRole);
            box.setDefaultButton(now);
            box.exec();
            if (box.clickedButton() == now && this->close())
                QProcess::startDetached(QCoreApplication::applicationFilePath(),
                                        QCoreApplication::arguments().mid(1));
            else
                m_status->setText(tr("The language changes when cxrfair starts again."));
        });
    }
    QMenu* themes = view->addMenu(tr("&Theme"));
    auto* themeGroup = new QActionGroup(themes);
    const QString themeTitles[] = {tr("System"), tr("Light"), tr("Dark")};
    for (qsizetype i = 0; i < themeNames().size(); ++i) {
        const QString name = themeNames()[i];
        QAction* action = themes->addAction(themeTitles[i]);
        action->setCheckable(true);
        action->setChecked(name == settings::theme.value());
        themeGroup->addAction(action);
        connect(action, &QAction::triggered, this, [name] {
            settings::theme.set(name);
            applyTheme(name);
        });
    }
    view->addSeparator();
    // Ctrl+1 ... Ctrl+9 and Ctrl+0 raise the views, in the order of the window's panels;
    // Ctrl+Shift+R the Prompt Sensitivity view (robustness to the words), Ctrl+Shift+U the
    // Fairness Summary (the models' Pareto plot and cross-group AUCs).
    const std::pair<const char*, QString> views[] = {{"auc", tr("Subgroup &AUC")},
                                                     {"shortcut", tr("S&hortcut")},
                                                     {"roc", tr("&ROC and Threshold")},
                                                     {"embeddings", tr("&Embeddings")},
                                                     {"gallery", tr("&Gallery")},
                                                     {"project", tr("Pro&ject")},
                                                     {"settings", tr("Cohort &Settings")},
                                                     {"prompts", tr("Pro&mpts")},
                                                     {"jobs", tr("&Jobs")},
                                                     {"slices", tr("S&lices")},
                                                     {"sensitivity", tr("Prompt Se&nsitivity")},
                                                     {"summary", tr("Fairness S&ummary")}};
    QMenu* goTo = view->addMenu(tr("&Go to View"));
    for (int i = 0; i < int(std::size(views)); ++i) {
        QAction* action =
            goTo->addAction(views[i].second, this,
                            [this, name = QLatin1String(views[i].first)] { raiseView(name); });
        action->setShortcut(i < 9     ? QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i))
                            : i == 9  ? QKeySequence(Qt::CTRL | Qt::Key_0)
                            : i == 10 ? QKeySequence(tr("Ctrl+Shift+R"))
                                      : QKeySequence(tr("Ctrl+Shift+U")));
    }
    QAction* maximise =
        view->addAction(tr("&Maximise Panel"), this, &MainWindow::toggleMaximisedPanel);
    maximise->setShortcut(QKeySequence(tr("Ctrl+Shift+F")));
    maximise->setStatusTip(
        tr("Give the whole window to the panel with the focus; again to bring the others back"));
    m_compactAction = view->addAction(tr("&Compact Layout (Small Screens)"), this,
                                      [this](bool on) { setCompactLayout(on); });
    m_compactAction->setCheckable(true);
    m_compactAction->setChecked(m_compact);
    m_compactAction->setShortcut(QKeySequence(tr("Ctrl+Shift+L")));
    m_compactAction->setStatusTip(
        tr("The analysis views as tabs of one panel, for a laptop or a projector"));
    view->addSeparator();
    for (QDockWidget* dock : findChildren<QDockWidget*>())
        view->addAction(dock->toggleViewAction());

    // Esc stops the running job (the queue goes on); only while one runs, so that Esc keeps
    // its meaning in editors and dialogs otherwise.
    m_cancelJob = new QAction(tr("Cancel the Running Job"), this);
    m_cancelJob->setShortcut(Qt::Key_Escape);
    m_cancelJob->setEnabled(false);
    addAction(m_cancelJob);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* tourAction =
        help->addAction(tr("&Guided Tour of the Demo"), this, [this] { startTour(false); });
    tourAction->setShortcut(QKeySequence(tr("F1")));
    tourAction->setStatusTip(tr("Walk through the study's three findings on the demo"));
    help->addAction(tr("Restart the Tour"), this, [this] { startTour(true); });
    help->addSeparator();
    help->addAction(tr("&About cxrfair"), this, &MainWindow::about);
}

} // namespace cxrfair
