#pragma once

#include "common/error.h"
#include "stats/roc.h"
#include "stats/subgroupmetrics.h"
#include "stats/thresholds.h"

#include <QString>

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace cxrfair {

/// One group's ROC curve for one model and condition ("all" is the whole set).
struct GroupRocCurve {
    QString group;
    qint64 positives = 0;
    qint64 negatives = 0;
    std::optional<double> auc;
    RocCurve curve;
};

/// The ROC curve of every image, then of each group of `data.attributes[attribute]` (in group
/// order; images whose attribute is missing belong to no group) for model `model`.
std::vector<GroupRocCurve> groupRocCurves(const ConditionData& data, int model, int attribute);

/// Rows whose patient falls in the validation part: a share `share` of the patients, drawn
/// with `seed`, so that no patient is on both sides. 1 marks validation, 0 evaluation.
std::vector<std::int8_t> validationRows(std::span<const std::int32_t> patients, double share,
                                        std::uint64_t seed);

/// The rates of one group at the chosen threshold.
struct GroupRates {
    QString group;
    qint64 n = 0;
    ConfusionRates rates;
    /// Seyyed-Kalantari et al.'s underdiagnosis: the share of patients with the finding called
    /// negative (the FNR); for "No Finding", the share of patients with a finding called "no
    /// finding" (its FPR). NaN when undefined.
    double underdiagnosis = 0.0;
};

struct ThresholdReport {
    ThresholdRule rule;
    double threshold = 0.0;
    qint64 validationImages = 0; ///< images the rule chose the threshold on (0 for a fixed value)
    qint64 evaluatedImages = 0;  ///< images the rates are computed on
    std::vector<GroupRates> groups; ///< "all" first, then each group
    std::optional<double> tprGap;   ///< equal-opportunity difference over groups with positives
    std::optional<double> fprGap;
    std::optional<double> equalizedOdds; ///< max(TPR gap, FPR gap)
};

/// Rates per group at a threshold. A fixed value is applied to every image; any other rule
/// chooses the threshold on a patient-grouped validation part (`validationShare` of the
/// patients, drawn with `seed`) and reports the rates on the other patients only, never on the
/// labels it chose with. Fails when the validation part lacks a class the rule needs.
Result<ThresholdReport> thresholdReport(const ConditionData& data, int model, int attribute,
                                        const ThresholdRule& rule, double validationShare = 0.2,
                                        std::uint64_t seed = 2025);

} // namespace cxrfair
