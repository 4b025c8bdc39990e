#pragma once

#include "stats/bootstrap.h"
#include "stats/roc.h"

#include <optional>
#include <span>

namespace cxrfair {

/// Shortcut analysis for a binary confounder recorded on the positives (the study's chest
/// drains on pneumothorax images): the AUC of confounded positives against all negatives, of
/// unconfounded positives against all negatives, and their difference, with bootstrap intervals
/// from shared resamples.
struct ShortcutMetrics {
    std::int64_t confoundedPositives = 0;
    std::int64_t unconfoundedPositives = 0;
    std::int64_t unknownPositives = 0; ///< positives whose confounder is not recorded
    std::int64_t negatives = 0;
    std::optional<double> aucAll;
    std::optional<double> aucConfounded;
    std::optional<double> aucUnconfounded;
    std::optional<double> difference; ///< confounded - unconfounded
    PercentileInterval allCi, confoundedCi, unconfoundedCi, differenceCi;
};

/// `confounder[row]`: 1 present, 0 absent, -1 unknown (read on positives only).
ShortcutMetrics shortcutAnalysis(std::span<const double> scores,
                                 std::span<const std::int8_t> labels,
                                 std::span<const std::int8_t> confounder,
                                 std::span<const std::int32_t> patients,
                                 const BootstrapOptions& options);

/// The ROC curves behind the three AUCs: every image, confounded positives with all negatives,
/// unconfounded positives with all negatives.
struct ShortcutCurves {
    RocCurve all;
    RocCurve confounded;
    RocCurve unconfounded;
};
ShortcutCurves shortcutCurves(std::span<const double> scores, std::span<const std::int8_t> labels,
                              std::span<const std::int8_t> confounder);

} // namespace cxrfair
