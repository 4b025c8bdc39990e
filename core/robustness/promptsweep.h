#pragma once

#include "common/error.h"
#include "common/progress.h"
#include "inference/prompts.h"
#include "stats/scoretable.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace cxrfair {

class StoreScorer;

/// One AUC of a prompt sensitivity sweep: a prompt set's zero-shot AUC for a condition in one
/// group of one attribute (the whole population: attribute and group "all").
struct SweepRow {
    QString condition;
    QString attribute;
    QString group;
    QString promptSet;
    qint64 n = 0; ///< images of the group with a known label
    qint64 positives = 0;
    std::optional<double> auc; ///< none where the group lacks positives or negatives
};

/// Every prompt set's AUCs for one model: per condition, attribute and group, in that order,
/// the sets in the order given.
struct PromptSweep {
    QString model;
    QStringList sets;
    QStringList conditions; ///< the study conditions the store has labels for
    std::vector<SweepRow> rows;
};

/// Scores each set from the stored embeddings (prompts are encoded, images never) and computes
/// the AUCs of the study conditions among `scorer`'s, overall and per group of each attribute
/// of `grouping` (all the images' attributes when it names none; ages binned). An attribute
/// that the images lack is an error naming those they have.
Result<PromptSweep> sweepPrompts(StoreScorer& scorer, const std::vector<PromptSet>& sets,
                                 const ScoreGrouping& grouping, const Progress& progress = {});

/// The sets whose AUC for `condition` on all images is below 0.5 (inverted), in set order.
QStringList invertedSets(const PromptSweep& sweep, const QString& condition);

/// What the sweep says about one group (or the population) of one attribute and condition,
/// across the sets.
struct SweepSummaryRow {
    QString condition;
    QString attribute;
    QString group;
    int sets = 0; ///< sets that give this group an AUC
    std::optional<double> aucMin, aucMax, aucSd;
    /// The attribute's gap (largest group AUC minus smallest) over the sets: its smallest and
    /// largest value. None for the population.
    std::optional<double> gapMin, gapMax;
    bool worstGroupChanges = false; ///< sets disagree on which group has the lowest AUC
    QStringList worstGroups;        ///< "set=group" for each set
    QStringList inverted;           ///< the sets whose AUC on all images is below 0.5
};

/// One row per condition, attribute and group of `sweep` (the population first).
std::vector<SweepSummaryRow> summariseSweep(const PromptSweep& sweep);

/// The tables' columns and rows as `cxrfair-cli prompts sweep` and the audit write them.
std::vector<std::string> sweepColumns();
std::vector<std::string> sweepCsvRow(const PromptSweep& sweep, const SweepRow& row);
std::vector<std::string> sweepSummaryColumns();
std::vector<std::string> sweepSummaryCsvRow(const PromptSweep& sweep, const SweepSummaryRow& row);

} // namespace cxrfair
