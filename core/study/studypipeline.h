#pragma once

#include "audit/auditsettings.h"
#include "common/progress.h"
#include "common/stagetimings.h"
#include "data/agebins.h"
#include "discovery/modeldiscovery.h"
#include "inference/embeddinganalysis.h"
#include "inference/embeddingimport.h"
#include "inference/inferencejob.h"
#include "inference/prompts.h"
#include "models/inferencesettings.h"
#include "robustness/promptsweep.h"
#include "stats/metricsreport.h"
#include "stats/scoretable.h"

#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace cxrfair {

class Cohort;
class StoreScorer;

/// Everything the study's analyses depend on, for one dataset: the project's audit settings
/// (attributes, statistics, threshold, which analyses, the shortcut's confounder and
/// condition), the dataset's age bins and intersections, the conditions and the prompts.
struct StudySettings {
    AuditSettings audit;
    /// Every attribute of `audit.attributes` must be in the scores (a missing one is an error
    /// naming it), instead of being left out (an audit's NIH has no race).
    bool attributesRequired = false;
    AgeBins ageBins;
    QList<QStringList> intersections;
    /// Covariates to match every attribute's groups on (`cxrfair-cli metrics --match`);
    /// empty: the defaults when audit.analyses.matched.
    QStringList match;
    /// The conditions to score; empty: those of the study that the dataset has, else all.
    QStringList conditions;
    PromptSet prompts;
    InferenceSettings inference;

    /// The settings of a project's dataset whose cohort is read with `cohort`'s settings.
    static StudySettings forDataset(const AuditSettings& audit, const Cohort& cohort,
                                    const QStringList& conditions, const PromptSet& prompts);
    /// How the metrics group `table`: the audit's attributes that it records (every one of its
    /// attributes when the list is empty), its tags when tags are asked for, the age bins, the
    /// intersections when asked for, and the shortcut's confounder left out of the groups.
    ScoreGrouping grouping(const ScoreTable& table) const;
};

/// The model of a run: a bundle, or embeddings computed elsewhere (no scores, no metrics).
struct StudyModel {
    QString bundlePath;
    std::optional<EmbeddingImportRequest> import;
    /// The run's key in a project: the bundle folder or the array file.
    QString key() const { return import ? import->npyPath : bundlePath; }
};

/// Where a study starts: a cohort with its embedding store and the models to run on it, or
/// a score table computed earlier (`cxrfair-cli metrics`, File > Open Scores).
struct StudyInput {
    const Cohort* cohort = nullptr;
    QString storeDir;
    std::vector<StudyModel> models;

    std::shared_ptr<const ScoreTable> scores;     ///< instead of a cohort
    std::shared_ptr<const ScoreTable> validation; ///< scores to choose thresholds on
    StageTimings* timings = nullptr;              ///< records each stage's time and memory when set
};

/// What the study found for one model of the input.
struct StudyModelResult {
    QString key;
    QString name; ///< as the tables name it
    QString hash; ///< the bundle's content hash, or the array's
    qint64 embedded = 0;
    std::vector<ImageFailure> failures;
    std::optional<InferenceSummary> inference;
    std::shared_ptr<const EmbeddingAnalysis> embeddings;
    QString embeddingProblem; ///< why there is no embedding analysis
    /// Tags and slices, when the audit asks for either.
    std::shared_ptr<const ModelDiscovery> discovery;
    /// Subgroup AUCs under the built-in prompt sets, when the audit asks for them.
    std::shared_ptr<const PromptSweep> promptSweep;
    /// Scores the store again for edited prompts, encoding prompts only.
    std::shared_ptr<StoreScorer> scorer;
    std::optional<Error> error; ///< this model could not be run; the others were
};

/// Everything the study computes for one dataset.
struct StudyResult {
    std::shared_ptr<const ScoreTable> scores; ///< every model's; null when none was scored
    /// Subgroup metrics with intersections, thresholds, calibration and gaps; the shortcut
    /// analysis; notes.
    MetricsReport metrics;
    std::vector<StudyModelResult> models;
};

/// The study, for one dataset and its models; the only code that computes its results (the
/// window, `cxrfair-cli audit` and `cxrfair-cli metrics` all call it). From a cohort: each
/// model's embeddings through the store (a rerun encodes nothing twice), zero-shot scores,
/// PCA and attribute probes; then, over every model's scores, the subgroup metrics and the
/// shortcut analysis (tags and slices too when asked for: the tags of the first model become
/// attributes of the scores). From a score table: the metrics and the shortcut analysis. A
/// model that
/// fails is reported in its result and the others go on; the study fails when every model
/// failed, or with ErrorCode::Cancelled when cancelled (never with partial numbers).
Result<StudyResult> runStudy(const StudyInput& input, const StudySettings& settings,
                             const Progress& progress = {});

/// The metrics stage alone, on scores: what runStudy computes from them, and what the
/// window recomputes after a prompt edit.
Result<MetricsReport> analyseScores(const ScoreTable& scores, const StudySettings& settings,
                                    const ScoreTable* validation = nullptr,
                                    const Progress& progress = {});

} // namespace cxrfair
