#pragma once

#include "common/error.h"
#include "stats/shortcut.h"
#include "stats/subgroupmetrics.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <vector>

namespace cxrfair {

/// A shortcut analysis of one model and condition.
struct ShortcutRow {
    QString model;
    QString condition;
    QString confounder;
    ShortcutMetrics metrics;
    ShortcutCurves curves; ///< the ROC curves behind the three AUCs
};

/// Everything `cxrfair-cli metrics` computes, ready to be written.
struct MetricsReport {
    MetricsSettings settings;
    std::vector<ModelConditionMetrics> results;
    std::vector<ShortcutRow> shortcuts;
    QStringList notes; ///< e.g. images left out because a model did not score them
};

/// The columns of the tidy metrics table, in order.
QStringList metricsColumns();

/// Writes the tidy table: one row per model x condition x attribute x group (attribute and
/// group "all" for the whole set), rows "gap" and "worst" per attribute, and "shortcut:NAME"
/// rows. Numbers at full precision; empty cells where a value is undefined.
Result<void> writeMetricsCsv(const QString& path, const MetricsReport& report);

/// The same as JSON, with the settings used.
QJsonObject metricsJson(const MetricsReport& report);

} // namespace cxrfair
