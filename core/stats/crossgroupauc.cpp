#include "stats/crossgroupauc.h"

#include <cmath>

namespace cxrfair {

std::vector<double> crossAucMatrix(std::span<const double> scores,
                                   std::span<const std::int8_t> labels,
                                   std::span<const std::int16_t> codes, int groups,
                                   std::span<const std::uint32_t> ascending,
                                   std::span<const double> weights) {
    const size_t g = size_t(groups);
    // Per group: negatives strictly below the current block, and the block's own counts.
    std::vector<double> negativesBelow(g, 0.0), negativesTied(g, 0.0), positivesTied(g, 0.0);
    std::vector<double> positives(g, 0.0), twiceWon(g * g, 0.0);
    size_t k = 0;
    while (k < ascending.size()) {
        size_t end = k;
        while (end < ascending.size() && scores[ascending[end]] == scores[ascending[k]])
            ++end;
        for (size_t i = k; i < end; ++i) {
            const std::uint32_t row = ascending[i];
            if (codes[row] < 0)
                continue;
            (labels[row] == 1 ? positivesTied : negativesTied)[size_t(codes[row])] +=
                weights.empty() ? 1.0 : weights[row];
        }
        for (size_t a = 0; a < g; ++a) {
            if (positivesTied[a] == 0.0)
                continue;
            for (size_t b = 0; b < g; ++b)
                twiceWon[a * g + b] +=
                    positivesTied[a] * (2.0 * negativesBelow[b] + negativesTied[b]);
        }
        for (size_t a = 0; a < g; ++a) {
            positives[a] += positivesTied[a];
            negativesBelow[a] += negativesTied[a];
            positivesTied[a] = negativesTied[a] = 0.0;
        }
        k = end;
    }
    std::vector<double> out(g * g, std::nan(""));
    for (size_t a = 0; a < g; ++a) {
        for (size_t b = 0; b < g; ++b) {
            if (positives[a] > 0.0 && negativesBelow[b] > 0.0)
                out[a * g + b] = twiceWon[a * g + b] / (2.0 * positives[a] * negativesBelow[b]);
        }
    }
    return out;
}

} // namespace cxrfair
