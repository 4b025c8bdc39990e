#pragma once

#include <cstdint>
#include <span>
#include <vector>

namespace cxrfair {

/// Indices that sort `values` ascending (stable, so equal values keep their order). Sorts
/// (value, index) pairs: contiguous, so several times faster than comparing through indices.
std::vector<std::uint32_t> ascendingOrder(std::span<const double> values);

/// Mid-ranks (1-based, ties averaged) of `values`, as in the Mann-Whitney statistic.
std::vector<double> midranks(std::span<const double> values);

} // namespace cxrfair
