#include "stats/multipletesting.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace cxrfair {

namespace {
/// Indices of the finite p-values, sorted by p ascending (ties by position).
std::vector<size_t> sortedFinite(std::span<const double> p) {
    std::vector<size_t> idx;
    for (size_t i = 0; i < p.size(); ++i) {
        if (std::isfinite(p[i]))
            idx.push_back(i);
    }
    std::stable_sort(idx.begin(), idx.end(), [&](size_t a, size_t b) { return p[a] < p[b]; });
    return idx;
}
} // namespace

std::vector<double> holmAdjust(std::span<const double> p) {
    std::vector<double> out(p.begin(), p.end());
    const std::vector<size_t> idx = sortedFinite(p);
    const size_t m = idx.size();
    double running = 0.0;
    for (size_t k = 0; k < m; ++k) {
        running = std::max(running, std::min(1.0, double(m - k) * p[idx[k]]));
        out[idx[k]] = running;
    }
    return out;
}

std::vector<double> benjaminiHochbergAdjust(std::span<const double> p) {
    std::vector<double> out(p.begin(), p.end());
    const std::vector<size_t> idx = sortedFinite(p);
    const size_t m = idx.size();
    double running = 1.0;
    for (size_t k = m; k-- > 0;) {
        running = std::min(running, double(m) / double(k + 1) * p[idx[k]]);
        out[idx[k]] = std::min(1.0, running);
    }
    return out;
}

} // namespace cxrfair
