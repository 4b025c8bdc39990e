#pragma once

#include "common/progress.h"
#include "data/grouping.h"
#include "stats/bootstrap.h"
#include "stats/calibration.h"
#include "stats/crossgroupauc.h"
#include "stats/delong.h"
#include "stats/matchedcomparison.h"
#include "stats/thresholds.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace cxrfair {

struct MetricsSettings {
    BootstrapOptions bootstrap;
    bool logitDelong = false;
    /// Groups with fewer positives or negatives are flagged "small" (kept, never dropped).
    int minPositives = 10;
    int minNegatives = 10;
    std::optional<ThresholdRule> threshold;
    int calibrationBins = 10;
    /// A group whose bootstrap interval is wider than this has insufficient evidence.
    double evidenceWidth = 0.2;
    /// Also every pair of groups' cross-group AUCs (xAUC), bootstrapped with the AUCs.
    bool crossGroupAuc = false;
};

/// One condition: the images whose label is known, one score column per model (all models
/// scored the same images), the patients and the attributes to group by. Validation scores,
/// when given, choose each model's threshold.
struct ConditionData {
    QString condition;
    QStringList models;
    std::vector<std::vector<double>> scores; ///< [model][row]
    std::vector<std::int8_t> labels;         ///< 0 or 1
    std::vector<std::int32_t> patients;
    std::vector<std::uint32_t> samples; ///< each row's sample in its score table, when from one
    std::vector<Grouping> attributes;
    /// Images of each attribute group whose label is unknown: [attribute][group], and overall.
    std::vector<std::vector<qint64>> unknownLabels;
    qint64 unknownLabelsTotal = 0;
    std::vector<std::vector<double>> validationScores; ///< [model][row], may be empty
    std::vector<std::int8_t> validationLabels;
    /// Confounder matching: the covariates' groupings over the rows, and per attribute (in
    /// the order of `attributes`) the indices of those its groups are matched on (empty: the
    /// attribute is not matched).
    std::vector<Grouping> covariates;
    std::vector<std::vector<int>> matchOn;
};

enum class GroupFlag { None, Small, Undefined, MissingAttribute };
QString groupFlagName(GroupFlag flag); ///< "", "small", "undefined", "missing_attribute"

/// Every number about one group of one attribute (or the whole set: attribute and group "all").
struct GroupMetrics {
    QString attribute;
    QString group;
    qint64 n = 0;
    qint64 positives = 0;
    qint64 negatives = 0;
    qint64 unknownLabels = 0;
    GroupFlag flag = GroupFlag::None;
    QString reason;
    std::optional<AucEstimate> auc; ///< with its DeLong variance
    std::pair<double, double> delongCi{};
    PercentileInterval bootstrapCi;
    std::optional<double> differenceVsRest; ///< this group's AUC minus that of the other groups
    std::optional<double> pVsRest;          ///< its two-sided DeLong p-value (unpaired)
    std::optional<double> pHolm;
    std::optional<double> pBenjaminiHochberg;
    /// The minimum detectable difference of this group's AUC against the rest's (two-sided
    /// alpha 0.05, power 0.8, Hanley and McNeil's standard errors at the overall AUC).
    std::optional<double> mdd;
    /// Whether the group can show a gap: its bootstrap interval at most
    /// MetricsSettings::evidenceWidth wide and its MDD at most |its AUC - the rest's|. Empty for
    /// the overall row and the images missing the attribute.
    std::optional<bool> evidenceSufficient;
    std::optional<double> averagePrecision;
    std::optional<double> auprcAdjusted;
    std::optional<ConfusionRates> atThreshold;
    std::optional<ReliabilityCurve> calibration;
};

/// Differences across the groups of one attribute, over the groups not flagged (the metrics
/// table's gap rows), or over those with enough evidence to be compared (the summary).
struct GapMetrics {
    QString attribute;
    QStringList compared;
    std::optional<double> aucGap; ///< max - min
    PercentileInterval aucGapCi;  ///< recomputed inside each resample
    /// 2 x aucGap - the mean of the bootstrap gaps: max - min over small groups is biased
    /// upward (Lum et al., FAccT 2022).
    std::optional<double> aucGapBiasCorrected;
    /// AUC / (1 + sum over the compared groups of |AUC_g - AUC|) (Luo et al., CVPR 2024).
    std::optional<double> esAuc;
    std::optional<double> worstAuc; ///< min
    PercentileInterval worstAucCi;
    QString worstGroup;
    std::optional<double> equalOpportunity; ///< TPR gap
    std::optional<double> equalizedOdds;    ///< max(TPR gap, FPR gap)
    std::optional<double> eceGap;
};

struct ModelConditionMetrics {
    QString model;
    QString condition;
    std::optional<double> threshold;
    std::vector<GroupMetrics> groups; ///< "all" first, then each attribute's groups
    std::vector<GapMetrics> gaps;
    /// Per attribute, the summary over the groups with enough evidence to be compared: not
    /// flagged, and a bootstrap interval at most MetricsSettings::evidenceWidth wide (a gap
    /// over a group whose interval spans half the scale measures noise).
    std::vector<GapMetrics> summaries;
    /// With MetricsSettings::crossGroupAuc: per attribute, every unordered pair of its
    /// groups once, in the order of `groups`.
    std::vector<CrossGroupAuc> crossAucs;
    /// Per matched attribute, its groups compared after matching on covariates.
    std::vector<MatchedComparison> matched;
};

/// Subgroup AUCs with DeLong and bootstrap intervals, tests against the rest with Holm and
/// Benjamini-Hochberg adjustment, AUPRC, threshold rates, calibration and gaps, for every model
/// of one condition. Models share the bootstrap resamples. Cancelling returns
/// ErrorCode::Cancelled.
Result<std::vector<ModelConditionMetrics>> computeMetrics(const ConditionData& data,
                                                          const MetricsSettings& settings,
                                                          const Progress& progress = {});

} // namespace cxrfair
