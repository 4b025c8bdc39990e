#pragma once

#include <span>
#include <vector>

namespace cxrfair {

/// Holm's step-down adjustment (family-wise error rate). NaN p-values are passed through and
/// do not count towards the family size.
std::vector<double> holmAdjust(std::span<const double> pValues);

/// Benjamini-Hochberg step-up adjustment (false discovery rate), NaN handled as above.
std::vector<double> benjaminiHochbergAdjust(std::span<const double> pValues);

} // namespace cxrfair
