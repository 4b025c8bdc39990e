#pragma once

#include "data/cohort.h"
#include "data/cohortsummary.h"
#include "inference/embeddinganalysis.h"
#include "inference/embeddingimport.h"
#include "inference/inferencejob.h"
#include "stats/metricsreport.h"
#include "stats/scoretable.h"
#include "study/studypipeline.h"

#include <QHash>
#include <QJsonObject>

#include <memory>
#include <optional>
#include <vector>

namespace cxrfair {

class StoreScorer;

/// What the workbench shows of one model run (or of an opened score table): the study's
/// result for it, and what the views need around it.
struct Analysis {
    std::shared_ptr<const ScoreTable> table; ///< the scores the metrics come from
    std::vector<ModelConditionMetrics> metrics;
    std::vector<ShortcutRow> shortcuts;
    std::shared_ptr<const EmbeddingAnalysis> embeddings; ///< PCA and probes (from a store)
    std::shared_ptr<const ModelDiscovery> discovery;     ///< tags and slices (from a store)
    std::shared_ptr<const PromptSweep> promptSweep;      ///< AUCs under several prompt sets
    QHash<QString, QString> imagePaths;                  ///< sample id -> image file
    QStringList binaryAttributes;              ///< the table's 0/1 attributes: possible confounders
    QString embeddingProblem;                  ///< why there is no embedding analysis
    std::shared_ptr<StoreScorer> scorer;       ///< rescoring after a prompt edit (from a store)
    QJsonObject prompts;                       ///< the prompts the scores come from
    std::optional<InferenceSummary> inference; ///< the encoding that preceded it

    bool isEmpty() const { return !table && !embeddings; }
    /// Fills what the views derive from the results (imagePaths, binaryAttributes): done where
    /// the results are made, off the GUI thread, since at full scale it scans every image.
    void deriveViewData();
    /// The analysis of the first model of a study's result.
    static Analysis fromStudy(StudyResult study);
};

/// A model run on a dataset: a bundle, or imported embeddings.
struct ModelRun {
    StudyModel model;
    QString name;
    QString status; ///< queued, encoding, failed: ..., or what it holds
    Analysis analysis;

    QString key() const { return model.key(); }
};

/// A dataset of the session: its cohort, and the models run on it in the order they were
/// added (kept in projects).
struct SessionDataset {
    Cohort cohort;
    CohortSummary summary;
    std::vector<ModelRun> runs;
    int shownRun = -1;

    QString root() const { return cohort.source().root; }
    const ModelRun* run(const QString& key) const;
    ModelRun* run(const QString& key);
    /// The analysis of the shown run, or nullptr when it has none yet.
    const Analysis* shownAnalysis() const;
};

} // namespace cxrfair
