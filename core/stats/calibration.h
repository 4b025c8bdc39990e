#pragma once

#include "stats/roc.h"

#include <optional>
#include <vector>

namespace cxrfair {

/// A reliability curve over equal-width probability bins: per bin, how many predictions fell
/// in it, their mean, and the fraction that were positive.
struct ReliabilityCurve {
    std::vector<std::int64_t> count;
    std::vector<double> meanPredicted; ///< NaN for empty bins
    std::vector<double> fractionPositive;
    /// Expected calibration error: sum over bins of (share of predictions) x |fraction positive
    /// - mean predicted|.
    double ece = 0.0;
};

/// nullopt when there are no labelled scores or a score lies outside [0, 1] (not a probability).
std::optional<ReliabilityCurve> reliabilityCurve(LabelledScores data, int bins = 10);

} // namespace cxrfair
