#include "stats/calibration.h"

#include <algorithm>
#include <cmath>

namespace cxrfair {

std::optional<ReliabilityCurve> reliabilityCurve(LabelledScores data, int bins) {
    if (bins <= 0)
        return std::nullopt;
    ReliabilityCurve c;
    c.count.assign(size_t(bins), 0);
    std::vector<double> sumPredicted(size_t(bins), 0.0), sumPositive(size_t(bins), 0.0);
    std::int64_t total = 0;
    for (size_t i = 0; i < data.scores.size(); ++i) {
        if (data.labels[i] != 0 && data.labels[i] != 1)
            continue;
        const double p = data.scores[i];
        if (!(p >= 0.0 && p <= 1.0))
            return std::nullopt;
        // Bins [0, 0.1), [0.1, 0.2), ..., [0.9, 1.0]: the last one closed.
        const int b = std::min(bins - 1, int(p * bins));
        ++c.count[size_t(b)];
        sumPredicted[size_t(b)] += p;
        sumPositive[size_t(b)] += data.labels[i];
        ++total;
    }
    if (total == 0)
        return std::nullopt;
    c.meanPredicted.resize(size_t(bins));
    c.fractionPositive.resize(size_t(bins));
    for (size_t b = 0; b < size_t(bins); ++b) {
        if (c.count[b] == 0) {
            c.meanPredicted[b] = c.fractionPositive[b] = std::nan("");
            continue;
        }
        c.meanPredicted[b] = sumPredicted[b] / double(c.count[b]);
        c.fractionPositive[b] = sumPositive[b] / double(c.count[b]);
        c.ece += double(c.count[b]) / double(total) *
                 std::abs(c.fractionPositive[b] - c.meanPredicted[b]);
    }
    return c;
}

} // namespace cxrfair
