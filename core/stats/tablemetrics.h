#pragma once

#include "stats/metricsreport.h"
#include "stats/scoretable.h"
#include "stats/subgroupmetrics.h"

#include <functional>

namespace cxrfair {

/// computeMetrics for every condition of a score table, grouped as `grouping` says, with
/// thresholds chosen on `validation` when the rule needs one. Images not scored by every model
/// are left out, and a note says how many. Cancelling returns ErrorCode::Cancelled.
Result<MetricsReport> metricsForTable(const ScoreTable& table, const ScoreGrouping& grouping,
                                      const MetricsSettings& settings,
                                      const ScoreTable* validation = nullptr,
                                      const Progress& progress = {});

/// A confounder's value: 1 present ("1", "yes"), 0 absent ("0", "no"), -1 unknown.
std::int8_t confounderPresence(const QString& value);

/// The shortcut analysis of condition `condition` for every model, with the 0/1 attribute
/// `confounder` (recorded on positives; other values unknown). Models whose images have no
/// recorded confounder are left out.
std::vector<ShortcutRow> shortcutsForCondition(const ScoreTable& table, int condition,
                                               int confounder, const BootstrapOptions& options);

/// Metrics of a selection of images (by sample index of `table`) against the rest, for every
/// condition: attribute "selection" with groups "selected" and "rest", each with its AUC,
/// interval and test against the other. Cancelling returns ErrorCode::Cancelled.
Result<std::vector<ModelConditionMetrics>> selectionMetrics(const ScoreTable& table,
                                                            const std::vector<bool>& selected,
                                                            const MetricsSettings& settings,
                                                            const Progress& progress = {});

/// The attributes of `table` that can be a shortcut's confounder: recorded as 0 or 1 (other
/// values unknown) on at least one image.
QStringList binaryAttributes(const ScoreTable& table);

/// The sample indices of `table` in group `group` of `attribute` ("all": every sample) among the
/// images scored on `condition`.
std::vector<std::uint32_t> groupSamples(const ScoreTable& table, int condition,
                                        const QString& attribute, const QString& group,
                                        const AgeBins& bins = {});

} // namespace cxrfair
