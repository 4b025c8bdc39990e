#pragma once

#include "common/progress.h"
#include "data/grouping.h"
#include "stats/bootstrap.h"
#include "stats/calibration.h"
#include "stats/delong.h"
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

/// Differences across the groups of one attribute, over the groups not flagged.
struct GapMetrics {
    QString attribute;
    QStringList compared;
    std::optional<double> aucGap;   ///< max - min
    PercentileInterval aucGapCi;    ///< recomputed inside each resample
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
};

/// Subgroup AUCs with DeLong and bootstrap intervals, tests against the rest with Holm and
/// Benjamini-Hochberg adjustment, AUPRC, threshold rates, calibration and gaps, for every model
/// of one condition. Models share the bootstrap resamples. Cancelling returns
/// ErrorCode::Cancelled.
Result<std::vector<ModelConditionMetrics>> computeMetrics(const ConditionData& data,
                                                          const MetricsSettings& settings,
                                                          const Progress& progress = {});

} // namespace cxrfair
