#include "stats/roc.h"

#include "stats/delong.h"
#include "stats/ranking.h"

#include <cmath>
#include <limits>

namespace cxrfair {

SortedScores sortScores(LabelledScores data) {
    const std::vector<std::uint32_t> order = ascendingOrder(data.scores);
    SortedScores s;
    s.scores.reserve(order.size());
    s.labels.reserve(order.size());
    for (std::uint32_t i : order) {
        if (data.labels[i] != 0 && data.labels[i] != 1)
            continue;
        s.scores.push_back(data.scores[i]);
        s.labels.push_back(data.labels[i]);
    }
    return s;
}

ClassCounts countClasses(std::span<const std::int8_t> labels) {
    ClassCounts c;
    for (std::int8_t l : labels) {
        if (l == 1)
            ++c.positives;
        else if (l == 0)
            ++c.negatives;
    }
    return c;
}

std::optional<double> rocAuc(LabelledScores data) {
    // One AUC computation for the whole project: DeLong's pass over sorted scores.
    const auto estimate = delongAucSorted(sortScores(data));
    if (!estimate)
        return std::nullopt;
    return estimate->auc;
}

namespace {

/// Cumulative true and false positives at each distinct threshold, scores descending.
struct Steps {
    std::vector<double> thresholds;
    std::vector<double> tps;
    std::vector<double> fps;
};

Steps cumulativeSteps(LabelledScores data) {
    std::vector<std::uint32_t> order = ascendingOrder(data.scores);
    Steps s;
    double tp = 0, fp = 0;
    for (size_t k = order.size(); k-- > 0;) {
        const std::uint32_t i = order[k];
        if (data.labels[i] == 1)
            tp += 1;
        else
            fp += 1;
        // A threshold closes where the next (lower) score differs.
        if (k == 0 || data.scores[order[k - 1]] != data.scores[i]) {
            s.thresholds.push_back(data.scores[i]);
            s.tps.push_back(tp);
            s.fps.push_back(fp);
        }
    }
    return s;
}

} // namespace

RocCurve rocCurve(LabelledScores data) {
    const ClassCounts c = countClasses(data.labels);
    const Steps s = cumulativeSteps(data);
    RocCurve r;
    r.thresholds.push_back(std::numeric_limits<double>::infinity());
    r.fpr.push_back(0.0);
    r.tpr.push_back(0.0);
    for (size_t k = 0; k < s.thresholds.size(); ++k) {
        r.thresholds.push_back(s.thresholds[k]);
        r.fpr.push_back(c.negatives > 0 ? s.fps[k] / double(c.negatives) : std::nan(""));
        r.tpr.push_back(c.positives > 0 ? s.tps[k] / double(c.positives) : std::nan(""));
    }
    return r;
}

std::optional<double> averagePrecision(LabelledScores data) {
    return averagePrecisionSorted(sortScores(data));
}

std::optional<double> averagePrecisionSorted(const SortedScores& sorted) {
    const ClassCounts c = countClasses(sorted.labels);
    if (c.positives == 0)
        return std::nullopt;
    // Thresholds from the top score down; each closes a block of tied scores.
    double ap = 0.0, previousRecall = 0.0, tp = 0.0, fp = 0.0;
    for (size_t k = sorted.scores.size(); k-- > 0;) {
        (sorted.labels[k] == 1 ? tp : fp) += 1.0;
        if (k > 0 && sorted.scores[k - 1] == sorted.scores[k])
            continue;
        const double recall = tp / double(c.positives);
        ap += (recall - previousRecall) * (tp / (tp + fp));
        previousRecall = recall;
    }
    return ap;
}

std::optional<double> adjustedAuprc(double ap, double prevalence) {
    if (!(ap > 0.0) || !(prevalence > 0.0) || !(prevalence < 1.0))
        return std::nullopt;
    return 1.0 - std::log(ap) / std::log(prevalence);
}

} // namespace cxrfair
