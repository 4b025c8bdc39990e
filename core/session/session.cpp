#include "session/session.h"

#include "session/sessioncommands.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUndoStack>

namespace cxrfair {

AuditSettings Session::workbenchAudit() {
    AuditSettings audit;
    // Tags and slices cost a second on a study-sized split: the workbench shows them.
    audit.analyses.tags = true;
    audit.analyses.slices = true;
    audit.analyses.promptSensitivity = true;
    return audit;
}

Session::Session(QObject* parent)
    : QObject(parent)
    , m_jobs(new JobQueue(this))
    , m_undo(new QUndoStack(this))
    , m_audit(workbenchAudit()) {
    connect(m_undo, &QUndoStack::cleanChanged, this,
            [this](bool clean) { Q_EMIT modifiedChanged(!clean); });
    // A project's jobs were cancelled before the last: its edits are the user's again.
    connect(m_jobs, &JobQueue::idle, this, [this] { m_opening = false; });
}

Session::~Session() {
    m_jobs->cancelAll();
    m_jobs->waitForCurrent();
}

bool Session::isModified() const {
    return !m_undo->isClean();
}

int Session::datasetIndex(const QString& root) const {
    for (size_t i = 0; i < m_datasets.size(); ++i)
        if (QDir(m_datasets[i].root()) == QDir(root))
            return int(i);
    return -1;
}

SessionDataset* Session::datasetAt(const QString& root) {
    const int i = datasetIndex(root);
    return i < 0 ? nullptr : &m_datasets[size_t(i)];
}

QString Session::storeFor(const Cohort& cohort) {
    const QString key = QString::fromLatin1(
        QCryptographicHash::hash(QDir(cohort.source().root).absolutePath().toUtf8(),
                                 QCryptographicHash::Sha1)
            .toHex()
            .left(12));
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(QStringLiteral("stores/%1-%2").arg(formatName(cohort.format()), key));
}

StudySettings Session::studySettings(const Cohort* cohort) const {
    if (!cohort) {
        StudySettings settings;
        settings.audit = m_audit;
        settings.audit.attributes.clear(); // a score table's own attributes
        settings.prompts = m_prompts;
        return settings;
    }
    return StudySettings::forDataset(m_audit, *cohort, m_conditions.value(cohort->source().root),
                                     m_prompts);
}

void Session::setCurrent(int index, const QString& runKey) {
    if (index >= int(m_datasets.size()))
        index = -1;
    if (index >= 0 && !runKey.isEmpty()) {
        SessionDataset& d = m_datasets[size_t(index)];
        for (size_t r = 0; r < d.runs.size(); ++r)
            if (d.runs[r].key() == runKey)
                d.shownRun = int(r);
    }
    const bool changed = index != m_current;
    m_current = index;
    m_scores = Analysis(); // a dataset replaces an opened score table in the views
    if (changed)
        Q_EMIT currentChanged(index);
    updateShown();
    // Scored with other prompts than the editor's: score again.
    if (index >= 0)
        if (const Analysis* a = m_datasets[size_t(index)].shownAnalysis();
            a && a->table && a->prompts != m_prompts.toJson())
            queueRescore();
}

void Session::updateShown() {
    if (m_current < 0) {
        m_shown = m_scores;
        Q_EMIT shownChanged();
        return;
    }
    const SessionDataset& d = m_datasets[size_t(m_current)];
    const Analysis* shown = d.shownAnalysis();
    m_shown = shown ? *shown : Analysis();
    if (shown) {
        // The subgroup AUC and shortcut views compare every model run on the dataset.
        m_shown.metrics.clear();
        m_shown.shortcuts.clear();
        for (const ModelRun& run : d.runs) {
            m_shown.metrics.insert(m_shown.metrics.end(), run.analysis.metrics.begin(),
                                   run.analysis.metrics.end());
            m_shown.shortcuts.insert(m_shown.shortcuts.end(), run.analysis.shortcuts.begin(),
                                     run.analysis.shortcuts.end());
        }
    }
    Q_EMIT shownChanged();
}

bool Session::switchIfOpen(const QString& root) {
    const int open = datasetIndex(root);
    if (open < 0)
        return false;
    // One folder is one dataset: a second copy under the same name would only mislead.
    setCurrent(open);
    Q_EMIT message(tr("%1 is already open: shown").arg(QDir::toNativeSeparators(root)));
    return true;
}

void Session::openDataset(const DatasetSource& source, const CohortSettings& settings) {
    if (!switchIfOpen(source.root))
        queueLoad(source, settings, false);
}

void Session::addDataset(const Cohort& cohort, std::optional<CohortSummary> summary) {
    if (!m_opening && switchIfOpen(cohort.source().root))
        return;
    SessionDataset d{cohort, summary ? std::move(*summary) : summarize(cohort), {}, -1};
    if (m_opening)
        insertDataset(datasetCount(), std::move(d));
    else
        m_undo->push(new AddDatasetCommand(this, std::move(d)));
}

void Session::insertDataset(int index, SessionDataset dataset) {
    index = std::clamp(index, 0, datasetCount());
    m_datasets.insert(m_datasets.begin() + index, std::move(dataset));
    Q_EMIT datasetsChanged();
    setCurrent(index);
}

SessionDataset Session::takeDataset(const QString& root) {
    const int index = datasetIndex(root);
    SessionDataset d = std::move(m_datasets[size_t(index)]);
    m_datasets.erase(m_datasets.begin() + index);
    Q_EMIT datasetsChanged();
    setCurrent(std::min(index, datasetCount() - 1));
    return d;
}

void Session::closeDataset(int index) {
    if (index >= 0 && index < datasetCount())
        m_undo->push(new CloseDatasetCommand(this, m_datasets[size_t(index)].root(), index));
}

void Session::editSettings(int index, const CohortSettings& settings, bool reloadNeeded) {
    if (index < 0 || index >= datasetCount())
        return;
    const SessionDataset& d = m_datasets[size_t(index)];
    if (settings == d.cohort.settings() && !reloadNeeded)
        return;
    m_undo->push(new SettingsCommand(this, d.root(), d.cohort.settings(), settings, reloadNeeded));
}

void Session::applySettings(const QString& root, const CohortSettings& settings,
                            bool reloadNeeded) {
    SessionDataset* d = datasetAt(root);
    if (!d)
        return;
    // MIMIC chooses each patient's race among their admissions by the mapping's unknowns.
    reloadNeeded = reloadNeeded || (d->cohort.format() == DatasetFormat::Mimic &&
                                    settings.race != d->cohort.settings().race);
    if (reloadNeeded) {
        queueLoad(d->cohort.source(), settings, true);
    } else {
        // Labels, bins and mappings act when the cohort is read: no reload.
        d->cohort.setSettings(settings);
        d->summary = summarize(d->cohort);
        Q_EMIT settingsChanged(datasetIndex(root));
        Q_EMIT message(tr("Settings applied"));
    }
    // The analyses follow: the store's samples take the new labels, groups and bins; no image
    // is encoded again.
    for (const ModelRun& run : d->runs)
        queueStudy(root, run.model);
}

void Session::reload(int index) {
    if (index >= 0 && index < datasetCount())
        queueLoad(m_datasets[size_t(index)].cohort.source(),
                  m_datasets[size_t(index)].cohort.settings(), true);
}

void Session::runModel(int index, const StudyModel& model) {
    if (index < 0 || index >= datasetCount())
        return;
    const QString root = m_datasets[size_t(index)].root();
    if (m_opening || m_datasets[size_t(index)].run(model.key()))
        addRun(root, model); // running a model again is no edit of the project
    else
        m_undo->push(new AddRunCommand(this, root, model));
}

void Session::addRun(const QString& root, const StudyModel& model) {
    SessionDataset* d = datasetAt(root);
    if (!d)
        return;
    ModelRun* run = d->run(model.key());
    if (!run) {
        d->runs.push_back(ModelRun{model, QFileInfo(model.key()).completeBaseName(), {}, {}});
        run = &d->runs.back();
        if (model.import && !model.import->name.isEmpty())
            run->name = model.import->name;
    }
    run->model = model;
    run->status = tr("queued");
    Q_EMIT runsChanged(datasetIndex(root));
    // A project opens with the results it had when they are still those of its inputs.
    queueStudy(root, model, m_opening);
}

void Session::removeRun(const QString& root, const QString& key) {
    SessionDataset* d = datasetAt(root);
    if (!d)
        return;
    for (size_t r = 0; r < d->runs.size(); ++r) {
        if (d->runs[r].key() != key)
            continue;
        d->runs.erase(d->runs.begin() + ptrdiff_t(r));
        if (d->shownRun >= int(d->runs.size()) || d->shownRun == int(r))
            d->shownRun = d->runs.empty() ? -1 : 0;
        else if (d->shownRun > int(r))
            --d->shownRun;
        break;
    }
    const int index = datasetIndex(root);
    Q_EMIT runsChanged(index);
    if (index == m_current)
        updateShown();
}

void Session::setRunStatus(const QString& root, const QString& key, const QString& status) {
    if (SessionDataset* d = datasetAt(root))
        if (ModelRun* run = d->run(key)) {
            run->status = status;
            Q_EMIT runsChanged(datasetIndex(root));
        }
}

void Session::runFinished(const QString& root, const QString& key, Analysis analysis) {
    SessionDataset* d = datasetAt(root);
    ModelRun* run = d ? d->run(key) : nullptr;
    if (!run)
        return; // closed or undone meanwhile
    if (!analysis.metrics.empty())
        run->name = analysis.metrics.front().model;
    else if (analysis.embeddings)
        run->name = analysis.embeddings->model;
    run->status = analysis.table ? tr("AUCs of %n condition(s)", nullptr,
                                      int(analysis.table->conditions.size()))
                                 : tr("PCA and probes");
    run->analysis = std::move(analysis);
    d->shownRun = int(run - d->runs.data());
    const int index = datasetIndex(root);
    Q_EMIT runsChanged(index);
    if (index == m_current)
        setCurrent(index, key);
}

void Session::setShortcut(const ShortcutSettings& shortcut) {
    if (shortcut != m_audit.shortcut)
        m_undo->push(new ShortcutCommand(this, m_audit.shortcut, shortcut));
}

void Session::applyShortcut(const ShortcutSettings& shortcut) {
    m_audit.shortcut = shortcut;
    for (const SessionDataset& d : m_datasets)
        for (const ModelRun& run : d.runs)
            if (run.analysis.table)
                queueShortcut(d.root(), run.key());
    if (m_scores.table)
        queueShortcut({}, {}); // the score table opened on its own
}

void Session::setPrompts(const PromptSet& prompts) {
    m_prompts = prompts;
    queueRescore();
}

bool Session::clear() {
    if (isBusy())
        return false;
    m_datasets.clear();
    m_current = -1;
    m_scores = Analysis();
    m_undo->clear();
    m_projectPath.clear();
    m_audit = workbenchAudit();
    m_conditions.clear();
    Q_EMIT datasetsChanged();
    Q_EMIT currentChanged(-1);
    updateShown();
    Q_EMIT projectPathChanged({});
    Q_EMIT modifiedChanged(false);
    return true;
}

Result<void> Session::save(const QString& path, const QJsonObject& views, const QByteArray& state,
                           const QByteArray& geometry) {
    Project project;
    for (const SessionDataset& d : m_datasets) {
        ProjectDataset entry{
            d.cohort.source(), d.cohort.settings(), {}, {}, m_conditions.value(d.root())};
        for (const ModelRun& run : d.runs) {
            if (const auto& i = run.model.import)
                entry.embeddings.push_back({i->npyPath, i->keysPath, i->idColumn, i->name});
            else
                entry.models << run.model.bundlePath;
        }
        project.datasets.push_back(std::move(entry));
    }
    project.current = m_current;
    project.prompts = m_prompts;
    project.audit = m_audit;
    project.views = views;
    project.windowState = state;
    project.windowGeometry = geometry;
    if (auto written = project.write(path); !written)
        return written;
    m_projectPath = QFileInfo(path).absoluteFilePath();
    m_undo->setClean();
    Q_EMIT projectPathChanged(m_projectPath);
    Q_EMIT message(tr("Project saved to %1").arg(QDir::toNativeSeparators(m_projectPath)));
    return {};
}

Result<void> Session::open(const QString& path) {
    auto project = Project::read(path);
    if (!project)
        return std::unexpected(project.error());
    if (!clear())
        return fail(ErrorCode::InvalidArgument,
                    tr("a job is running; cancel it or wait for it first"), path);
    m_projectPath = QFileInfo(path).absoluteFilePath();
    m_audit = project->audit;
    m_prompts = project->prompts;
    Q_EMIT promptsLoaded(m_prompts);
    m_opening = true;
    for (const ProjectDataset& d : project->datasets) {
        m_conditions.insert(d.source.root, d.conditions);
        queueLoad(d.source, d.settings, false);
    }
    // Once the datasets are read, their models; once those ran, the project is open.
    Job models;
    models.title = tr("Opening %1").arg(QFileInfo(path).fileName());
    models.work = [this, p = *project](const JobContext&) -> Result<JobApply> {
        return JobApply([this, p] {
            for (const ProjectDataset& d : p.datasets) {
                const int index = datasetIndex(d.source.root);
                for (const QString& model : d.models)
                    runModel(index, StudyModel{model, std::nullopt});
                for (const ProjectEmbeddings& e : d.embeddings)
                    runModel(index, StudyModel{{},
                                               EmbeddingImportRequest{
                                                   e.array, e.keys, e.idColumn, e.name, {}}});
            }
            Job opened;
            opened.title = tr("Restoring the layout");
            opened.work = [this, p](const JobContext&) -> Result<JobApply> {
                return JobApply([this, p] {
                    m_opening = false;
                    // Shown already when its run finished: the views are not filled twice.
                    if (p.current >= 0 && p.current < datasetCount() && p.current != m_current)
                        setCurrent(p.current);
                    m_undo->clear();
                    Q_EMIT modifiedChanged(false);
                    Q_EMIT projectOpened(p);
                    return tr("Project %1 opened").arg(QFileInfo(m_projectPath).fileName());
                });
            };
            m_jobs->enqueue(std::move(opened));
            return QString();
        });
    };
    m_jobs->enqueue(std::move(models));
    Q_EMIT projectPathChanged(m_projectPath);
    return {};
}

} // namespace cxrfair
