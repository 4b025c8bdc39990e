#pragma once

#include "discovery/slicediscovery.h"

#include <functional>
#include <string>
#include <vector>

namespace cxrfair {

/// The columns of a slice table: slice, images, positives, auc, auc_rest, auc_diff, ci_low,
/// ci_high, p, description, enriched.
const std::vector<std::string>& sliceTableColumns();

/// One slice's row; `number` writes a figure (undefined ones are empty cells).
std::vector<std::string> sliceTableRow(const DiscoveredSlice& slice,
                                       const std::function<std::string(double)>& number);

} // namespace cxrfair
