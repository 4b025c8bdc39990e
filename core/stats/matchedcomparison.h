#pragma once

#include "common/error.h"
#include "common/progress.h"
#include "data/grouping.h"
#include "stats/bootstrap.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace cxrfair {

/// Weights that give every compared group the same joint distribution of the covariates and
/// the label as the compared groups pooled: a row of group g in covariate cell c with label y
/// weighs N(c, y) / n_g(c, y), N the pooled count. Cells (c, y) that some compared group lacks
/// are outside the common support: their rows weigh 0, as do rows outside the compared groups
/// or with a covariate missing.
struct MatchingWeights {
    std::vector<double> weights;
    qint64 outsideSupport = 0; ///< rows of compared groups weighing 0
};
MatchingWeights matchingWeights(std::span<const std::int16_t> groupCodes,
                                const std::vector<int>& compared,
                                const std::vector<const Grouping*>& covariates,
                                std::span<const std::int8_t> labels);

/// One group's AUC after matching.
struct MatchedGroup {
    QString group;
    qint64 positives = 0; ///< in the common support
    qint64 negatives = 0;
    std::optional<double> auc; ///< pairs weighted by the product of their weights
    PercentileInterval ci;
};

/// The groups of one attribute compared after matching on covariates, with the gap before
/// (as the metrics table has it) and after.
struct MatchedComparison {
    QString attribute;
    QStringList covariates;
    qint64 outsideSupport = 0;
    std::vector<MatchedGroup> groups;
    std::optional<double> gap; ///< max - min of the matched AUCs
    PercentileInterval gapCi;
    std::optional<double> gapBefore;
    PercentileInterval gapBeforeCi;
};

struct ConditionData;
struct MetricsSettings;
struct ModelConditionMetrics;

/// For every attribute of `data` with covariates to match on (ConditionData::matchOn), each
/// model's groups compared after matching: the groups compared are those of the unadjusted gap
/// (neither small nor undefined), weighted by matchingWeights, their AUCs and the gap
/// bootstrapped with the same resamples (patients or images, with the weights held fixed).
/// Appends to each model's ModelConditionMetrics::matched. Cancelling returns
/// ErrorCode::Cancelled.
Result<void> appendMatchedComparisons(const ConditionData& data, const MetricsSettings& settings,
                                      std::vector<ModelConditionMetrics>& results,
                                      const Progress& progress = {});

/// The covariates that the study matches an attribute's groups on by default: age (in bins)
/// and view for sex and race, sex and view for age; none for other attributes.
QStringList defaultMatchCovariates(const QString& attribute);

} // namespace cxrfair
