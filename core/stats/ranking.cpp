#include "stats/ranking.h"

#include <algorithm>
#include <numeric>

namespace cxrfair {

std::vector<std::uint32_t> ascendingOrder(std::span<const double> values) {
    std::vector<std::uint32_t> order(values.size());
    std::iota(order.begin(), order.end(), 0u);
    std::stable_sort(order.begin(), order.end(),
                     [&](std::uint32_t a, std::uint32_t b) { return values[a] < values[b]; });
    return order;
}

std::vector<double> midranks(std::span<const double> values) {
    const std::vector<std::uint32_t> order = ascendingOrder(values);
    std::vector<double> ranks(values.size());
    size_t i = 0;
    while (i < order.size()) {
        size_t j = i;
        while (j + 1 < order.size() && values[order[j + 1]] == values[order[i]])
            ++j;
        // Positions i..j (0-based) share the mean of the ranks i+1..j+1.
        const double rank = 0.5 * double(i + j) + 1.0;
        for (size_t k = i; k <= j; ++k)
            ranks[order[k]] = rank;
        i = j + 1;
    }
    return ranks;
}

} // namespace cxrfair
