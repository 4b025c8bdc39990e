#pragma once

#include "stats/metricsreport.h"
#include "stats/scoretable.h"
#include "stats/subgroupmetrics.h"

#include <functional>

namespace cxrfair {

/// computeMetrics for every condition of a score table, grouped as `grouping` says: what the
/// window shows for an opened table. Images not scored by every model are left out (as
/// `cxrfair-cli metrics` does). Cancelling returns ErrorCode::Cancelled.
Result<std::vector<ModelConditionMetrics>>
metricsForTable(const ScoreTable& table, const ScoreGrouping& grouping,
                const MetricsSettings& settings,
                const std::function<void(int done, int total)>& progress = {},
                const std::function<bool()>& cancelled = {});

/// The shortcut analysis of condition `condition` for every model, with the 0/1 attribute
/// `confounder` (recorded on positives; other values unknown). Models whose images have no
/// recorded confounder are left out.
std::vector<ShortcutRow> shortcutsForCondition(const ScoreTable& table, int condition,
                                               int confounder, const BootstrapOptions& options);

} // namespace cxrfair
