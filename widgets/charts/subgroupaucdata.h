#pragma once

#include "stats/subgroupmetrics.h"
#include "study/reproduction.h"

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
    /// The study's published AUC and interval for this model, condition and group, when a
    /// folder of its tables is loaded and one matches.
    std::optional<double> published;
    double publishedLow = 0.0;
    double publishedHigh = 0.0;
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
    /// Not empty: the bars are the groups' AUCs after matching on these covariates
    /// (MatchedComparison), without tests or evidence.
    QStringList matchedOn;

    bool isEmpty() const { return conditions.isEmpty() || groups.isEmpty(); }
};

/// The models and attributes `metrics` has results for, in order of appearance.
QStringList metricModels(const std::vector<ModelConditionMetrics>& metrics);
QStringList metricAttributes(const std::vector<ModelConditionMetrics>& metrics);

/// What the bars show beyond the metrics' own AUCs.
struct SubgroupAucSource {
    /// The AUCs after matching on covariates, where the metrics have them for the attribute.
    bool matched = false;
    /// The study's published tables, drawn as markers on the bars they match.
    const PublishedMatcher* published = nullptr;
};

/// The chart's numbers. A flagged (too small) group keeps its AUC and interval but has no
/// p-value: too few images to test, so nothing is said about its significance.
SubgroupAucData subgroupAucData(const std::vector<ModelConditionMetrics>& metrics,
                                const QString& model, const QString& attribute,
                                const QStringList& colourOrder = {},
                                const SubgroupAucSource& source = {});

/// Whether `metrics` has matched AUCs for `attribute`.
bool hasMatchedAucs(const std::vector<ModelConditionMetrics>& metrics, const QString& attribute);

/// The lowest interval limit over every attribute of `model`: charts that compare attributes
/// start their AUC axis from the same value.
double lowestAucLimit(const std::vector<ModelConditionMetrics>& metrics, const QString& model);

} // namespace cxrfair
