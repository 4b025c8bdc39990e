#include "study/studypipeline.h"

#include "data/cohort.h"
#include "inference/scoring.h"
#include "inference/storesamples.h"
#include "models/modelbundle.h"
#include "robustness/promptsets.h"
#include "stats/tablemetrics.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>

namespace cxrfair {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cxrfair::StudyPipeline)
};

/// One model of a study from images: encode, score, analyse the embeddings.
class ModelStage {
public:
    ModelStage(const StudyInput& input, const StudySettings& settings, const StoreSamples& samples)
        : m_input(input)
        , m_settings(settings)
        , m_samples(samples) {}

    /// The model's result and, for a bundle, its scores. Cancelling returns the error.
    Result<std::pair<StudyModelResult, std::optional<ScoreTable>>> run(const StudyModel& model,
                                                                       const Progress& progress) {
        StudyModelResult result;
        result.key = model.key();
        result.name = QFileInfo(result.key).completeBaseName();
        std::optional<ScoreTable> scores;
        auto ran = model.import ? importEmbeddings(*model.import, result, progress)
                                : encodeAndScore(model.bundlePath, result, scores, progress);
        if (!ran) {
            if (ran.error().code == ErrorCode::Cancelled)
                return std::unexpected(ran.error());
            result.error = ran.error();
        }
        return std::pair{std::move(result), std::move(scores)};
    }

private:
    Result<void> encodeAndScore(const QString& bundlePath, StudyModelResult& result,
                                std::optional<ScoreTable>& scores, const Progress& progress) {
        auto bundle = readModelBundle(bundlePath);
        if (!bundle)
            return std::unexpected(bundle.error());
        result.name = bundle->name;
        result.hash = bundle->contentHash;
        InferenceRequest request = inferenceRequestFor(m_samples, bundlePath, m_input.storeDir);
        request.settings = m_settings.inference;
        std::optional<StageTimings::Scope> timed;
        timed.emplace(m_input.timings, result.name + QStringLiteral(": encode"));
        auto inference =
            runInference(request, progress.part(0.0, 0.7).prefixed(
                                      Tr::tr("encoding the images with %1: ").arg(result.name)));
        timed.reset();
        if (!inference)
            return std::unexpected(inference.error());
        result.failures = inference->failures;
        result.embedded = inference->images - qint64(inference->failures.size());
        result.inference = std::move(*inference);

        progress.report(0.7, Tr::tr("Zero-shot scores of %1").arg(result.name));
        timed.emplace(m_input.timings, result.name + QStringLiteral(": score"));
        ScoringRequest scoring;
        scoring.storeDir = m_input.storeDir;
        scoring.bundlePath = bundlePath;
        scoring.conditions = m_settings.conditions;
        scoring.settings = m_settings.inference;
        auto scorer = StoreScorer::open(scoring);
        if (!scorer)
            return std::unexpected(scorer.error());
        auto scored = (*scorer)->score(m_settings.prompts);
        if (!scored)
            return std::unexpected(scored.error());
        // The tables name a model as its scores do.
        result.name = scored->table.models.value(0, result.name);
        scores = std::move(scored->table);
        result.scorer = std::shared_ptr<StoreScorer>(std::move(*scorer));
        timed.reset();
        if (progress.cancelled())
            return std::unexpected(Progress::cancelledError());

        const AuditAnalyses& analyses = m_settings.audit.analyses;
        if (analyses.tags || analyses.slices) {
            DiscoveryRequest discovery;
            discovery.tags = analyses.tags;
            discovery.slices = analyses.slices;
            discovery.settings = m_settings.audit.discovery;
            discovery.ageBins = m_settings.ageBins;
            discovery.bootstrap = m_settings.audit.statistics.bootstrap;
            discovery.threads = m_settings.inference.threads;
            const StageTimings::Scope timedDiscovery(m_input.timings,
                                                     result.name + QStringLiteral(": discovery"));
            auto found = discoverForModel(
                *result.scorer, *scores, discovery,
                progress.part(0.72, 0.8).prefixed(result.name + QStringLiteral(": ")));
            if (!found)
                return std::unexpected(found.error());
            result.discovery = std::make_shared<const ModelDiscovery>(std::move(*found));
        }
        if (analyses.promptSensitivity) {
            const StageTimings::Scope timedSweep(m_input.timings,
                                                 result.name + QStringLiteral(": prompt sweep"));
            auto sweep = sweepBuiltInPrompts(
                *result.scorer, *scores,
                progress.part(0.8, 0.82).prefixed(result.name + QStringLiteral(": ")));
            if (!sweep)
                return std::unexpected(sweep.error());
            result.promptSweep = std::make_shared<const PromptSweep>(std::move(*sweep));
        }
        if (!analyses.embeddings)
            return {};
        EmbeddingAnalysisRequest analysis = embeddingRequest();
        analysis.bundlePath = bundlePath;
        analysis.stageName = result.name;
        analysis.stored = &result.scorer->storedEmbeddings();
        analysis.samples = &result.scorer->storeSamples();
        auto embeddings = analyseEmbeddings(analysis, progress.part(0.82, 1.0));
        if (!embeddings) {
            if (embeddings.error().code == ErrorCode::Cancelled)
                return std::unexpected(embeddings.error());
            // The scores stand without it: say why there is no embedding analysis.
            result.embeddingProblem = embeddings.error().message;
            return {};
        }
        if (result.discovery && analyses.tags)
            // The tags colour the embedding views as any attribute does.
            for (const Grouping& g : tagColumns(*result.discovery, embeddings->sampleIds))
                embeddings->columns.push_back(
                    {g.attribute, g.groups,
                     std::vector<std::int32_t>(g.codes.begin(), g.codes.end())});
        result.embeddings = std::make_shared<const EmbeddingAnalysis>(std::move(*embeddings));
        return {};
    }

    /// The audit's attributes (those the scores have) under the study, CheXzero and synonym
    /// prompt sets.
    Result<PromptSweep> sweepBuiltInPrompts(StoreScorer& scorer, const ScoreTable& scores,
                                            const Progress& progress) {
        auto sets = sweepPromptSets(sweepSetNames());
        if (!sets)
            return std::unexpected(sets.error());
        ScoreGrouping grouping;
        grouping.ageBins = m_settings.ageBins;
        for (const QString& a : m_settings.audit.attributes)
            if (scores.attributes.contains(a))
                grouping.attributes << a;
        if (grouping.attributes.isEmpty())
            grouping.attributes = scores.attributes;
        return sweepPrompts(scorer, *sets, grouping, progress);
    }

    Result<void> importEmbeddings(EmbeddingImportRequest request, StudyModelResult& result,
                                  const Progress& progress) {
        request.storeDir = m_input.storeDir;
        if (!request.name.isEmpty())
            result.name = request.name;
        progress.report(0.0, Tr::tr("Importing %1").arg(QFileInfo(request.npyPath).fileName()));
        // The store names its dataset's images: the analysis joins on them.
        if (auto written = writeStoreSamples(request.storeDir, m_samples); !written)
            return std::unexpected(written.error());
        auto imported = cxrfair::importEmbeddings(request);
        if (!imported)
            return std::unexpected(imported.error());
        result.hash = imported->info.modelHash;
        result.embedded = imported->rows;
        EmbeddingAnalysisRequest analysis = embeddingRequest();
        analysis.modelHash = imported->info.modelHash;
        auto embeddings = analyseEmbeddings(analysis, progress.part(0.2, 1.0));
        if (!embeddings)
            return std::unexpected(embeddings.error());
        result.name = embeddings->model.isEmpty() ? result.name : embeddings->model;
        result.embeddings = std::make_shared<const EmbeddingAnalysis>(std::move(*embeddings));
        return {};
    }

    EmbeddingAnalysisRequest embeddingRequest() const {
        EmbeddingAnalysisRequest request;
        request.storeDir = m_input.storeDir;
        request.timings = m_input.timings;
        request.ageBins = m_settings.ageBins;
        request.probeAttributes = m_settings.audit.attributes;
        request.probe.seed = m_settings.audit.statistics.bootstrap.seed;
        return request;
    }

    const StudyInput& m_input;
    const StudySettings& m_settings;
    const StoreSamples& m_samples;
};

} // namespace

StudySettings StudySettings::forDataset(const AuditSettings& audit, const Cohort& cohort,
                                        const QStringList& conditions, const PromptSet& prompts) {
    StudySettings s;
    s.audit = audit;
    s.ageBins = cohort.settings().ageBins;
    s.intersections = cohort.settings().intersections;
    s.prompts = prompts;
    s.conditions = conditions;
    if (s.conditions.isEmpty())
        for (const QString& c : studyConditions())
            if (cohort.conditions().contains(c))
                s.conditions << c;
    return s;
}

ScoreGrouping StudySettings::grouping(const ScoreTable& table) const {
    ScoreGrouping g;
    for (const QString& a : audit.attributes)
        if (attributesRequired || table.attributes.contains(a))
            g.attributes << a;
    if (audit.analyses.tags)
        for (const QString& a : table.attributes)
            if (a.startsWith(tagAttributeName({})) && !g.attributes.contains(a))
                g.attributes << a;
    g.ageBins = ageBins;
    if (audit.analyses.intersections)
        g.intersections = intersections;
    g.confounder = audit.shortcut.confounder;
    g.match = match;
    g.matchDefaults = match.isEmpty() && audit.analyses.matched;
    return g;
}

Result<MetricsReport> analyseScores(const ScoreTable& scores, const StudySettings& settings,
                                    const ScoreTable* validation, const Progress& progress) {
    const AuditSettings& audit = settings.audit;
    MetricsReport report;
    MetricsSettings statistics = audit.statistics;
    statistics.crossGroupAuc = audit.analyses.crossGroupAuc;
    report.settings = statistics;
    if (audit.analyses.subgroups) {
        auto metrics = metricsForTable(scores, settings.grouping(scores), statistics, validation,
                                       progress.part(0.0, 0.9));
        if (!metrics)
            return std::unexpected(metrics.error());
        report = std::move(*metrics);
    }
    const qsizetype confounder = audit.shortcut.confounder.isEmpty()
                                     ? -1
                                     : scores.attributes.indexOf(audit.shortcut.confounder);
    if (audit.analyses.shortcut && confounder >= 0) {
        progress.report(0.9, Tr::tr("Shortcut: %1").arg(audit.shortcut.confounder));
        for (int c = 0; c < int(scores.conditions.size()); ++c) {
            if (!audit.shortcut.condition.isEmpty() &&
                scores.conditions[c] != audit.shortcut.condition)
                continue;
            if (progress.cancelled())
                return std::unexpected(Progress::cancelledError());
            for (ShortcutRow& row :
                 shortcutsForCondition(scores, c, int(confounder), audit.statistics.bootstrap))
                report.shortcuts.push_back(std::move(row));
        }
    }
    if (progress.cancelled())
        return std::unexpected(Progress::cancelledError());
    progress.report(1.0);
    return report;
}

Result<StudyResult> runStudy(const StudyInput& input, const StudySettings& settings,
                             const Progress& progress) {
    StudyResult result;
    if (input.scores) {
        auto metrics = analyseScores(*input.scores, settings, input.validation.get(), progress);
        if (!metrics)
            return std::unexpected(metrics.error());
        result.scores = input.scores;
        result.metrics = std::move(*metrics);
        return result;
    }
    if (!input.cohort)
        return fail(ErrorCode::InvalidArgument, Tr::tr("the study has no cohort and no scores"));
    const StoreSamples samples = storeSamples(*input.cohort);
    ModelStage stage(input, settings, samples);
    ScoreTable scores;
    std::optional<Error> firstError;
    const double models = double(std::max<size_t>(1, input.models.size()));
    // The models take 80% of the time, the metrics over all of them the rest.
    for (size_t m = 0; m < input.models.size(); ++m) {
        auto ran =
            stage.run(input.models[m], progress.part(0.8 * m / models, 0.8 * (m + 1) / models));
        if (!ran)
            return std::unexpected(ran.error());
        auto& [model, table] = *ran;
        if (table) {
            if (auto added = appendModels(scores, *table); !added)
                model.error = added.error();
        }
        if (model.error && !firstError)
            firstError = model.error;
        result.models.push_back(std::move(model));
    }
    if (input.models.empty())
        return fail(ErrorCode::InvalidArgument, Tr::tr("no model to run"));
    if (std::all_of(result.models.begin(), result.models.end(),
                    [](const StudyModelResult& m) { return m.error.has_value(); }))
        return std::unexpected(*firstError);
    if (settings.audit.analyses.tags)
        for (const StudyModelResult& m : result.models)
            if (m.discovery && !scores.models.isEmpty()) {
                if (auto added = addTagAttributes(scores, *m.discovery); !added)
                    return std::unexpected(added.error());
                break;
            }
    if (!scores.models.isEmpty()) {
        const StageTimings::Scope timed(input.timings, QStringLiteral("metrics"));
        auto metrics = analyseScores(scores, settings, nullptr, progress.part(0.8, 1.0));
        if (!metrics)
            return std::unexpected(metrics.error());
        result.metrics = std::move(*metrics);
        result.scores = std::make_shared<const ScoreTable>(std::move(scores));
    }
    progress.report(1.0);
    return result;
}

} // namespace cxrfair
