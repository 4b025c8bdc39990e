#pragma once

#include "stats/roc.h"

#include <optional>
#include <span>
#include <utility>
#include <vector>

namespace cxrfair {

/// DeLong's structural components of an AUC, computed with the O(n log n) algorithm of Sun and
/// Xu (2014): for each positive, the share of negatives it outscores (V10); for each negative,
/// the share of positives that outscore it (V01); ties count one half.
struct DelongComponents {
    double auc = 0.0;
    std::vector<double> v10; ///< one per positive, in the order of the input
    std::vector<double> v01; ///< one per negative
};
std::optional<DelongComponents> delongComponents(LabelledScores data);

/// An AUC with its DeLong variance.
struct AucEstimate {
    double auc = 0.0;
    double variance = 0.0;
    double se = 0.0;
    std::int64_t positives = 0;
    std::int64_t negatives = 0;
};
std::optional<AucEstimate> delongAuc(LabelledScores data);
/// The same from presorted scores, in one pass without sorting.
std::optional<AucEstimate> delongAucSorted(const SortedScores& sorted);

/// The normal-approximation interval at `level` (0.95), optionally on the logit scale (which
/// stays inside [0, 1]); clipped to [0, 1].
std::pair<double, double> delongInterval(const AucEstimate& estimate, double level,
                                         bool logit = false);

struct AucComparison {
    double difference = 0.0; ///< first minus second
    double se = 0.0;
    double z = 0.0;
    double pValue = 1.0; ///< two-sided
};

/// Two models scored on the same images: the covariance of their AUCs enters the variance.
std::optional<AucComparison> delongPairedTest(std::span<const double> scoresA,
                                              std::span<const double> scoresB,
                                              std::span<const std::int8_t> labels);
/// Two disjoint groups of images (a subgroup against the rest): independent AUCs.
AucComparison delongUnpairedTest(const AucEstimate& a, const AucEstimate& b);

} // namespace cxrfair
