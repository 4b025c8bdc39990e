#pragma once

#include "audit/project.h"
#include "session/analysis.h"
#include "session/jobqueue.h"

#include <QObject>

#include <vector>

class QUndoStack;

namespace cxrfair {

/// The workbench's document, without a widget: the datasets with their cohorts and model
/// runs, what each run's study found, the prompts and the audit settings of the project,
/// the undo stack (the project is modified exactly when the stack is not at its clean
/// state) and the job queue that every background job goes through. Reads and writes
/// projects. Views observe its signals; the window only wires them.
class Session : public QObject {
    Q_OBJECT
public:
    explicit Session(QObject* parent = nullptr);
    ~Session() override;

    JobQueue* jobs() const { return m_jobs; }
    QUndoStack* undoStack() const { return m_undo; }

    int datasetCount() const { return int(m_datasets.size()); }
    const SessionDataset& dataset(int index) const { return m_datasets[size_t(index)]; }
    /// The dataset whose folder is `root`, or -1.
    int datasetIndex(const QString& root) const;
    int current() const { return m_current; }
    /// Makes the dataset at `index` current (-1: none) and, when given, shows its run `runKey`.
    void setCurrent(int index, const QString& runKey = {});
    /// What the views show: the current dataset's shown run, with the metrics and shortcut
    /// rows of every run of that dataset (so that models compare); or an opened score table.
    const Analysis& shown() const { return m_shown; }

    const AuditSettings& audit() const { return m_audit; }
    /// The audit settings of a new session: the study's, with tags and slices.
    static AuditSettings workbenchAudit();
    const PromptSet& prompts() const { return m_prompts; }
    /// The study's settings for `cohort`, or for a score table of its own (nullptr).
    StudySettings studySettings(const Cohort* cohort) const;
    /// Where the embeddings of `cohort` are kept between sessions.
    static QString storeFor(const Cohort& cohort);

    QString projectPath() const { return m_projectPath; }
    bool isModified() const;
    bool isBusy() const { return m_jobs->isBusy(); }

    // What the user does. Each change of the project is one undoable command.
    void openDataset(const DatasetSource& source, const CohortSettings& settings = {});
    /// Adds a cohort read elsewhere (the Add Dataset dialog), with its summary when the caller
    /// has it (else it is computed here).
    void addDataset(const Cohort& cohort, std::optional<CohortSummary> summary = std::nullopt);
    /// Generates the demo in `folder` (once), opens its datasets and runs its model on both.
    void openDemo(const QString& folder);
    /// Reads a score table and analyses it on its own (not part of the project).
    void openScores(const QString& path);
    /// Runs `model` on the dataset at `index` (the store spares encoding images twice).
    void runModel(int index, const StudyModel& model);
    void closeDataset(int index);
    void editSettings(int index, const CohortSettings& settings, bool reloadNeeded);
    void reload(int index);
    void setShortcut(const ShortcutSettings& shortcut);
    /// The published tables the window compares with, kept in the project ("published").
    void setPublished(const PublishedReference& published) { m_audit.published = published; }
    /// The prompt editor's prompts: the shown run is scored again (the newest prompts win).
    void setPrompts(const PromptSet& prompts);

    /// Writes the project, with the window's `views`, `state` and `geometry`.
    Result<void> save(const QString& path, const QJsonObject& views, const QByteArray& state,
                      const QByteArray& geometry);
    /// Closes everything and opens the project at `path`: its datasets are loaded and its
    /// models run again (stored embeddings are reused); projectOpened follows.
    Result<void> open(const QString& path);
    /// Closes everything: an untitled, empty project. Refused while a job runs.
    bool clear();

    // What the undo commands do (not for other callers).
    void insertDataset(int index, SessionDataset dataset);
    SessionDataset takeDataset(const QString& root);
    void applySettings(const QString& root, const CohortSettings& settings, bool reloadNeeded);
    void addRun(const QString& root, const StudyModel& model);
    void removeRun(const QString& root, const QString& key);
    void applyShortcut(const ShortcutSettings& shortcut);

Q_SIGNALS:
    /// A dataset was added, removed or read again: lists of datasets follow.
    void datasetsChanged();
    void runsChanged(int index);
    void currentChanged(int index);
    /// What the views show changed (see shown()).
    void shownChanged();
    /// The current dataset's settings changed.
    void settingsChanged(int index);
    /// The shown run was rescored with new prompts: first without bootstrap intervals
    /// (`withIntervals` false, within a second), then with them.
    void rescored(bool withIntervals);
    void rescoreStatus(const QString& status);
    /// A project was read: the prompts to show.
    void promptsLoaded(const PromptSet& prompts);
    /// Every dataset and run of an opened project is loaded: the layout may be restored.
    void projectOpened(const Project& project);
    void projectPathChanged(const QString& path);
    void modifiedChanged(bool modified);
    void message(const QString& text);

private:
    void queueLoad(const DatasetSource& source, const CohortSettings& settings, bool replace);
    /// Runs the study of `model` on the dataset of `root`; with `restore`, results stored by an
    /// earlier run of the same inputs are read instead when they are still valid.
    void queueStudy(const QString& root, const StudyModel& model, bool restore = false);
    void queueShortcut(const QString& root, const QString& key);
    void queueRescore();
    void setRunStatus(const QString& root, const QString& key, const QString& status);
    void runFinished(const QString& root, const QString& key, Analysis analysis);
    void updateShown();
    SessionDataset* datasetAt(const QString& root);
    /// Makes the dataset of `root` current when it is open (and says so); false otherwise.
    bool switchIfOpen(const QString& root);

    JobQueue* m_jobs;
    QUndoStack* m_undo;
    std::vector<SessionDataset> m_datasets;
    int m_current = -1;
    Analysis m_shown;
    Analysis m_scores; ///< an opened score table, shown when no dataset is
    AuditSettings m_audit;
    QHash<QString, QStringList> m_conditions; ///< dataset root -> conditions to audit
    PromptSet m_prompts;
    QString m_projectPath;
    bool m_opening = false; ///< a project's jobs are queued: their edits are not undoable
};

} // namespace cxrfair
