#pragma once

#include "embedding/npy.h"

#include <cstdint>
#include <span>
#include <vector>

namespace cxrfair {

/// Class probabilities of `query` rows of `x`: the share of each class among the k nearest
/// `train` rows (Euclidean distance; ties broken by row order). rows x classes, row-major.
std::vector<double> knnPredict(const FloatMatrix& x, std::span<const std::uint32_t> train,
                               std::span<const std::int32_t> labels, int classes,
                               std::span<const std::uint32_t> query, int k = 15);

} // namespace cxrfair
