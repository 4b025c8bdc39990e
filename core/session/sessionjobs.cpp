// The session's background jobs: each reads or computes on a worker thread, then applies its
// result to the session on the GUI thread. Every analysis goes through runStudy.

#include "session/session.h"

#include "data/cohortloader.h"
#include "demo/demogenerator.h"
#include "demo/demomodel.h"
#include "inference/scoring.h"
#include "session/storedresults.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace cxrfair {

namespace {

/// How a run that did not finish is listed.
QString runStatusOf(const Error& error) {
    return error.code == ErrorCode::Cancelled ? Session::tr("cancelled")
                                              : Session::tr("failed: %1").arg(error.message);
}

/// What the Jobs panel says of a finished encoding.
QString inferenceLine(const InferenceSummary& s) {
    QString line = Session::tr("%1 encoded, %2 reused, %3 failed on %4 (%5 images/s)")
                       .arg(s.encoded)
                       .arg(s.reused)
                       .arg(s.failures.size())
                       .arg(s.device)
                       .arg(s.imagesPerSecond, 0, 'f', 1);
    if (!s.storeDamage.empty())
        line += Session::tr("; %n damaged stored record(s) cut out and encoded again", nullptr,
                            int(recordsLost(s.storeDamage)));
    if (!s.failures.empty())
        line += Session::tr("; the images that could not be read are listed in %1")
                    .arg(QDir::toNativeSeparators(s.segmentPath));
    return line;
}

/// Runs the study on a score table alone (the metrics stage).
Result<Analysis> studyOfScores(std::shared_ptr<const ScoreTable> scores,
                               const StudySettings& settings, const Progress& progress) {
    StudyInput input;
    input.scores = std::move(scores);
    auto study = runStudy(input, settings, progress);
    if (!study)
        return std::unexpected(study.error());
    return Analysis::fromStudy(std::move(*study));
}

} // namespace

void Session::queueLoad(const DatasetSource& source, const CohortSettings& settings, bool replace) {
    Job job;
    job.title = tr("Loading %1...").arg(QDir::toNativeSeparators(source.root));
    job.work = [this, source, settings, replace](const JobContext& c) -> Result<JobApply> {
        auto cohort = loadCohort(source, settings, c.progress);
        if (!cohort)
            return std::unexpected(cohort.error());
        auto loaded = std::make_shared<const Cohort>(std::move(*cohort));
        // Summarised here, off the GUI thread.
        auto summary = std::make_shared<const CohortSummary>(summarize(*loaded));
        return JobApply([this, loaded, summary, replace]() -> QString {
            const QString root = loaded->source().root;
            if (SessionDataset* d = replace ? datasetAt(root) : nullptr) {
                // Its analyses run again; what they showed stays until then.
                d->cohort = *loaded;
                d->summary = *summary;
                Q_EMIT datasetsChanged();
                Q_EMIT settingsChanged(datasetIndex(root));
                if (datasetIndex(root) == m_current)
                    setCurrent(m_current);
            } else {
                addDataset(*loaded, *summary);
            }
            const qint64 problems = loaded->report().problems.total();
            return problems > 0 ? tr("Loaded %1 images; %n problem(s) found (see the Problems "
                                     "tab)",
                                     nullptr, int(problems))
                                      .arg(loaded->size())
                                : tr("Loaded %1 images").arg(loaded->size());
        });
    };
    m_jobs->enqueue(std::move(job));
}

void Session::queueStudy(const QString& root, const StudyModel& model, bool restore) {
    const QString key = model.key();
    setRunStatus(root, key, tr("queued"));
    Job job;
    job.title = restore ? tr("Opening the results of %1...").arg(QFileInfo(key).fileName())
                : model.import
                    ? tr("Importing embeddings from %1...").arg(QFileInfo(key).fileName())
                    : tr("Encoding and analysing with %1...").arg(QFileInfo(key).fileName());
    // The cohort and settings as they are now: an edit of either queues the study again.
    const SessionDataset* d = datasetAt(root);
    if (!d)
        return;
    job.work = [this, root, key, model, restore, cohort = d->cohort, store = storeFor(d->cohort),
                settings = studySettings(&d->cohort)](const JobContext& c) -> Result<JobApply> {
        const StoredResultsKey stored = storedResultsKey(cohort, store, model, settings);
        QString notStored; // why the stored results could not be used
        if (restore) {
            c.progress.report(
                0.0, tr("Reading the stored results of %1").arg(QFileInfo(key).fileName()));
            auto restored = restoreResults(stored);
            if (restored) {
                auto analysis = std::make_shared<Analysis>(std::move(restored->analysis));
                const QString line =
                    tr("Results of %1 restored as computed on %2 (the same tables, settings, "
                       "prompts, model and store)")
                        .arg(QFileInfo(key).fileName(),
                             QLocale().toString(restored->computed, QLocale::ShortFormat));
                return JobApply([this, root, key, analysis, line]() -> QString {
                    runFinished(root, key, std::move(*analysis));
                    return line;
                });
            }
            if (QFileInfo::exists(stored.file))
                notStored = tr("stored results not used: %1").arg(restored.error().message);
        }
        StudyInput input;
        input.cohort = &cohort;
        input.storeDir = store;
        input.models = {model};
        auto study = runStudy(input, settings, c.progress);
        if (!study)
            return std::unexpected(study.error());
        if (const auto& error = study->models.front().error)
            return std::unexpected(*error);
        auto analysis = std::make_shared<Analysis>(Analysis::fromStudy(std::move(*study)));
        analysis->prompts = settings.prompts.toJson();
        // Kept for the next opening of the project.
        c.progress.report(1.0, tr("Storing the results"));
        if (auto kept = storeResults(stored, *analysis); !kept)
            notStored = tr("the results could not be stored: %1").arg(kept.error().toString());
        return JobApply([this, root, key, analysis, notStored]() -> QString {
            QString line = analysis->inference ? inferenceLine(*analysis->inference)
                           : analysis->embeddingProblem.isEmpty()
                               ? tr("Subgroup AUCs ready")
                               : tr("Subgroup AUCs ready; no embedding analysis: %1")
                                     .arg(analysis->embeddingProblem);
            if (!notStored.isEmpty())
                line += QStringLiteral("; ") + notStored;
            runFinished(root, key, std::move(*analysis));
            return line;
        });
    };
    job.onFailed = [this, root, key](const Error& error) {
        setRunStatus(root, key, runStatusOf(error));
    };
    m_jobs->enqueue(std::move(job));
}

void Session::queueShortcut(const QString& root, const QString& key) {
    // A run of a dataset, or (root empty) the score table opened on its own.
    const SessionDataset* d = root.isEmpty() ? nullptr : datasetAt(root);
    const ModelRun* run = d ? d->run(key) : nullptr;
    const Analysis* analysis = root.isEmpty() ? &m_scores : run ? &run->analysis : nullptr;
    if (!analysis || !analysis->table)
        return;
    StudySettings settings = studySettings(d ? &d->cohort : nullptr);
    settings.audit.analyses.subgroups = false; // the shortcut analysis alone
    Job job;
    job.title = tr("Shortcut analysis: %1 in %2")
                    .arg(m_audit.shortcut.confounder, m_audit.shortcut.condition);
    job.latestWinsKey = QStringLiteral("shortcut:%1:%2").arg(root, key);
    job.work = [this, root, key, table = analysis->table,
                settings](const JobContext& c) -> Result<JobApply> {
        auto result = studyOfScores(table, settings, c.progress);
        if (!result)
            return std::unexpected(result.error());
        return JobApply([this, root, key, rows = std::move(result->shortcuts)]() -> QString {
            SessionDataset* d = root.isEmpty() ? nullptr : datasetAt(root);
            ModelRun* run = d ? d->run(key) : nullptr;
            Analysis* target = root.isEmpty() ? &m_scores : run ? &run->analysis : nullptr;
            if (target && target->table) {
                target->shortcuts = rows;
                if (root.isEmpty() ? m_current < 0 : datasetIndex(root) == m_current)
                    updateShown();
            }
            return tr("Shortcut analysis ready");
        });
    };
    m_jobs->enqueue(std::move(job));
}

void Session::queueRescore() {
    if (m_current < 0)
        return;
    const SessionDataset& d = m_datasets[size_t(m_current)];
    const Analysis* shown = d.shownAnalysis();
    if (!shown || !shown->table || d.runs[size_t(d.shownRun)].model.import)
        return;
    const StudyModel& model = d.runs[size_t(d.shownRun)].model;
    const QString root = d.root();
    const QString key = model.key();
    // Restored results come without the store's embeddings: the first rescoring reads them.
    ScoringRequest reopen;
    reopen.storeDir = storeFor(d.cohort);
    reopen.bundlePath = model.bundlePath;
    Q_EMIT rescoreStatus(tr("Rescoring..."));
    Job job;
    job.title = tr("Rescoring with the edited prompts");
    job.latestWinsKey = QStringLiteral("rescore"); // the newest prompts win
    job.work = [this, root, key, reopen, scorer = shown->scorer, discovery = shown->discovery,
                settings =
                    studySettings(&d.cohort)](const JobContext& c) mutable -> Result<JobApply> {
        const qint64 started = QDateTime::currentMSecsSinceEpoch();
        if (!scorer) {
            c.progress.report(0.0, tr("Reading the stored embeddings"));
            reopen.conditions = settings.conditions;
            reopen.settings = settings.inference;
            auto opened = StoreScorer::open(reopen);
            if (!opened)
                return std::unexpected(opened.error());
            scorer = std::shared_ptr<StoreScorer>(std::move(*opened));
        }
        auto scored = scorer->score(settings.prompts);
        if (!scored)
            return std::unexpected(scored.error());
        // The tags do not depend on the prompts: they stay attributes of the new scores.
        if (discovery && settings.audit.analyses.tags)
            if (auto added = addTagAttributes(scored->table, *discovery); !added)
                return std::unexpected(added.error());
        auto table = std::make_shared<const ScoreTable>(std::move(scored->table));
        // Applies one pass: the AUCs with DeLong intervals first, then with the bootstrap.
        auto apply = [this, root, key, started, scorer,
                      prompts = settings.prompts.toJson()](Analysis analysis, bool withIntervals) {
            auto shared = std::make_shared<Analysis>(std::move(analysis));
            return JobApply([=, this]() -> QString {
                SessionDataset* d = datasetAt(root);
                ModelRun* run = d ? d->run(key) : nullptr;
                if (!run)
                    return QString();
                Analysis& kept = run->analysis;
                if (!kept.scorer)
                    kept.scorer = scorer;
                kept.table = shared->table;
                kept.binaryAttributes = shared->binaryAttributes;
                kept.metrics = shared->metrics;
                kept.shortcuts = shared->shortcuts;
                kept.prompts = prompts;
                if (datasetIndex(root) == m_current)
                    updateShown();
                const double seconds = (QDateTime::currentMSecsSinceEpoch() - started) / 1000.0;
                const QString status =
                    withIntervals
                        ? tr("Rescored with bootstrap intervals in %1 s.").arg(seconds, 0, 'f', 2)
                        : tr("Rescored in %1 s (DeLong intervals; bootstrap intervals follow).")
                              .arg(seconds, 0, 'f', 2);
                Q_EMIT rescoreStatus(status);
                Q_EMIT rescored(withIntervals);
                return status;
            });
        };
        StudySettings quick = settings;
        quick.audit.statistics.bootstrap.resamples = 0;
        auto first = studyOfScores(table, quick, c.progress.part(0.0, 0.1));
        if (!first)
            return std::unexpected(first.error());
        c.publish(apply(std::move(*first), false));
        auto full = studyOfScores(table, settings, c.progress.part(0.1, 1.0));
        if (!full)
            return std::unexpected(full.error());
        return apply(std::move(*full), true);
    };
    job.onFailed = [this](const Error& error) {
        Q_EMIT rescoreStatus(error.code == ErrorCode::Cancelled
                                 ? tr("Rescoring cancelled.")
                                 : tr("Cannot rescore: %1").arg(error.message));
    };
    m_jobs->enqueue(std::move(job));
}

void Session::openScores(const QString& path) {
    Job job;
    job.title = tr("Computing subgroup AUCs for %1...").arg(QDir::toNativeSeparators(path));
    job.work = [this, path,
                settings = studySettings(nullptr)](const JobContext& c) -> Result<JobApply> {
        c.progress.report(0.0, tr("Reading %1").arg(path));
        auto table = readScoreTable(path);
        if (!table)
            return std::unexpected(table.error());
        auto analysis = studyOfScores(std::make_shared<const ScoreTable>(std::move(*table)),
                                      settings, c.progress);
        if (!analysis)
            return std::unexpected(analysis.error());
        return JobApply([this, shared = std::make_shared<Analysis>(std::move(*analysis))] {
            setCurrent(-1);
            m_scores = *shared;
            updateShown();
            return tr("Subgroup AUCs ready");
        });
    };
    m_jobs->enqueue(std::move(job));
}

void Session::openDemo(const QString& folder) {
    Job job;
    job.title = tr("Preparing the demo datasets...");
    job.work = [this, folder](const JobContext& c) -> Result<JobApply> {
        DemoOptions options;
        options.outDir = folder;
        auto demo = generateDemo(options, c.progress);
        if (!demo)
            return std::unexpected(demo.error());
        return JobApply([this, folder] {
            const QString nih = QDir(folder).filePath(QStringLiteral("nih"));
            const QString mimic = QDir(folder).filePath(QStringLiteral("mimic"));
            queueLoad(DatasetSource(DatasetFormat::Nih, nih), {}, false);
            queueLoad(DatasetSource(DatasetFormat::Mimic, mimic), {}, false);
            // Then the study on both with the demo's model, ending on NIH: it has the drain
            // annotations of the study's second finding.
            Job models;
            models.title = tr("Running the demo model");
            models.work = [this, folder, nih, mimic](const JobContext&) -> Result<JobApply> {
                return JobApply([this, folder, nih, mimic] {
                    const QString model = QDir(folder).filePath(demoModelName());
                    for (const QString& root : {nih, mimic})
                        if (const int i = datasetIndex(root); i >= 0)
                            runModel(i, StudyModel{model, std::nullopt});
                    Job last;
                    last.title = tr("Showing the NIH demo");
                    last.work = [this, nih](const JobContext&) -> Result<JobApply> {
                        return JobApply([this, nih] {
                            if (const int i = datasetIndex(nih); i >= 0)
                                setCurrent(i);
                            return tr("The demo is ready");
                        });
                    };
                    m_jobs->enqueue(std::move(last));
                    return QString();
                });
            };
            m_jobs->enqueue(std::move(models));
            return tr("Demo ready in %1").arg(QDir::toNativeSeparators(folder));
        });
    };
    m_jobs->enqueue(std::move(job));
}

} // namespace cxrfair
