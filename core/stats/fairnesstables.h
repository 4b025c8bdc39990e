#pragma once

#include "common/error.h"
#include "stats/metricsreport.h"

#include <QString>
#include <QStringList>

namespace cxrfair {

/// The columns of the cross-group AUC table, in order: model, condition, attribute, group_a,
/// group_b, xauc_ab, xauc_ba, disparity (xauc_ab - xauc_ba), ci_low, ci_high (its bootstrap
/// percentile interval).
QStringList crossAucColumns();

/// Writes every pair of groups' xAUCs of `report` (computed with
/// MetricsSettings::crossGroupAuc), one row per unordered pair.
Result<void> writeCrossAucCsv(const QString& path, const MetricsReport& report);

/// The columns of the summary table: per model, condition and attribute, the overall AUC, the
/// worst group's, the gap with its interval and bias-corrected estimate, ES-AUC and the
/// equal-opportunity and equalized-odds differences at the threshold.
QStringList summaryColumns();

/// Writes ModelConditionMetrics::summaries of `report`, one row per model x condition x
/// attribute.
Result<void> writeSummaryCsv(const QString& path, const MetricsReport& report);

} // namespace cxrfair
