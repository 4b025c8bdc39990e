#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace cxrfair {

/// Scores and 0/1 labels of the images one metric is computed on. Rows with unknown labels are
/// left out before this point.
struct LabelledScores {
    std::span<const double> scores;
    std::span<const std::int8_t> labels;
};

/// Labelled scores sorted ascending by score: sort once, then any subset taken in this order
/// stays sorted, and AUCs, DeLong variances and average precisions follow in one pass.
struct SortedScores {
    std::vector<double> scores;
    std::vector<std::int8_t> labels; ///< 0 or 1 (unknown labels are left out)
};
SortedScores sortScores(LabelledScores data);

struct ClassCounts {
    std::int64_t positives = 0;
    std::int64_t negatives = 0;
};
ClassCounts countClasses(std::span<const std::int8_t> labels);

/// Area under the ROC curve with scikit-learn's semantics (roc_auc_score): the probability that
/// a random positive scores above a random negative, ties counting one half. nullopt when one
/// class is absent.
std::optional<double> rocAuc(LabelledScores data);

/// The ROC curve as scikit-learn's roc_curve(drop_intermediate=False) gives it: one point per
/// distinct score, thresholds descending, starting at (0, 0) with an infinite threshold.
struct RocCurve {
    std::vector<double> fpr;
    std::vector<double> tpr;
    std::vector<double> thresholds;
};
RocCurve rocCurve(LabelledScores data);

/// Average precision with scikit-learn's semantics (average_precision_score): the sum over
/// distinct thresholds of (recall step) x precision. nullopt without positives.
std::optional<double> averagePrecision(LabelledScores data);
std::optional<double> averagePrecisionSorted(const SortedScores& sorted);

/// The study's adjusted AUPRC: 1 - ln(AP) / ln(prevalence). 0 for a model no better than the
/// prevalence, 1 for a perfect one. nullopt when AP is undefined or the prevalence is 0 or 1.
std::optional<double> adjustedAuprc(double averagePrecision, double prevalence);

} // namespace cxrfair
