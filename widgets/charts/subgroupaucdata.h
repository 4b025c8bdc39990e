#pragma once

#include "stats/subgroupmetrics.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace cxrfair {

/// One bar of the subgroup AUC chart: a group's AUC on one condition with its interval.
struct SubgroupAucBar {
    double auc = 0.0;
    double low = 0.0; ///< interval limits (bootstrap when computed, else DeLong)
    double high = 0.0;
    qint64 n = 0;
    qint64 positives = 0;
    std::optional<double> pAdjusted; ///< Holm-adjusted p against the rest of the groups
    bool flagged = false;            ///< too few positives or negatives to judge
    QString reason;
    /// Not enough evidence to show a gap (GroupMetrics::evidenceSufficient false): the interval
    /// is too wide or the difference to the rest is within the MDD.
    bool insufficient = false;
    bool evidenceKnown = false;       ///< the metrics judged the evidence (GroupMetrics)
    std::optional<double> mdd;        ///< minimum detectable difference against the rest
    std::optional<double> difference; ///< AUC minus the rest's
};

/// The numbers of the subgroup AUC chart for one model and one attribute (or intersection),
/// taken from core's metrics as they are: the chart draws these and nothing else.
struct SubgroupAucData {
    QString model;
    QString attribute;
    QStringList conditions;                                       ///< x axis
    QStringList groups;                                           ///< one series each
    std::vector<std::vector<std::optional<SubgroupAucBar>>> bars; ///< [group][condition]
    std::vector<std::optional<double>> overall; ///< AUC on all images, per condition
    /// The groups in the order that gives them their colours: every group the attribute can
    /// have (all age bins, say), so that a group keeps its colour in a dataset that lacks
    /// another. Empty: `groups`.
    QStringList colourOrder;

    bool isEmpty() const { return conditions.isEmpty() || groups.isEmpty(); }
};

/// The models and attributes `metrics` has results for, in order of appearance.
QStringList metricModels(const std::vector<ModelConditionMetrics>& metrics);
QStringList metricAttributes(const std::vector<ModelConditionMetrics>& metrics);

/// The chart's numbers. A flagged (too small) group keeps its AUC and interval but has no
/// p-value: too few images to test, so nothing is said about its significance.
SubgroupAucData subgroupAucData(const std::vector<ModelConditionMetrics>& metrics,
                                const QString& model, const QString& attribute,
                                const QStringList& colourOrder = {});

/// The lowest interval limit over every attribute of `model`: charts that compare attributes
/// start their AUC axis from the same value.
double lowestAucLimit(const std::vector<ModelConditionMetrics>& metrics, const QString& model);

} // namespace cxrfair
