#pragma once

#include "common/error.h"
#include "study/publishedresults.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace cxrfair {

/// A row of a metrics table that can stand next to a published one.
struct MetricsAuc {
    QString model;
    QString condition;
    QString attribute;
    QString group;
    std::optional<double> auc;
    std::optional<double> low;
    std::optional<double> high;
};

/// The AUC rows of a metrics table (`cxrfair-cli metrics`): model, condition, attribute, group,
/// auc, auc_ci_low, auc_ci_high. A missing column or a value that is not a number is an error
/// naming the file, the line and the column.
Result<std::vector<MetricsAuc>> readMetricsAucs(const QString& path);

/// The AUC rows of a metrics report as readMetricsAucs reads them from its table: every group
/// row, and the shortcut analysis's strata (attribute "shortcut:NAME", groups present and
/// absent).
std::vector<MetricsAuc> metricsAucs(const MetricsReport& report);

/// The metrics' models named as the published tables name theirs: `map` (published name ->
/// metrics name, from --map) first, then the same name in any case, or in the tables' file
/// form (lower case, spaces as '-').
class PublishedMatcher {
public:
    explicit PublishedMatcher(std::vector<PublishedResult> published,
                              QHash<QString, QString> map = {});
    /// The published row of a metrics row, or null.
    const PublishedResult* find(const QString& model, const QString& condition,
                                const QString& attribute, const QString& group) const;
    const std::vector<PublishedResult>& published() const { return m_published; }
    /// The published model that metrics model `model` stands for (by the map or by name), or
    /// an empty string.
    QString publishedModelOf(const QString& model) const;
    /// The published models, in the order of their tables.
    QStringList publishedModels() const;
    /// The published models that `map` names but no published table has.
    QStringList unknownMappedModels() const;

private:
    QString keyOf(const QString& model, const QString& condition, const QString& group) const;
    std::vector<PublishedResult> m_published;
    QHash<QString, QString> m_map;          ///< published -> metrics
    QHash<QString, QString> m_metricsToPub; ///< metrics model -> published model (mapped ones)
    QHash<QString, size_t> m_index;
};

/// One published row next to the metrics' row for the same model, condition and group.
struct ReproductionRow {
    QString model; ///< the metrics' name
    QString dataset;
    QString condition;
    QString group; ///< the published name
    double publishedAuc = 0.0;
    double publishedLow = 0.0;
    double publishedHigh = 0.0;
    double auc = 0.0;
    std::optional<double> low;
    std::optional<double> high;
    double difference = 0.0; ///< auc - publishedAuc
    bool intervalsOverlap = false;
};

/// Every published row that a metrics row with an AUC matches, in the published order.
std::vector<ReproductionRow> compareWithPublished(const PublishedMatcher& matcher,
                                                  const std::vector<MetricsAuc>& metrics);

/// model,dataset,condition,group,auc_published,ci_published_low,ci_published_high,auc,ci_low,
/// ci_high,difference,intervals_overlap
QStringList reproductionColumns();
Result<void> writeReproductionCsv(const QString& path, const std::vector<ReproductionRow>& rows);

/// Parses --map: "published=metrics,published=metrics".
Result<QHash<QString, QString>> parseModelMap(const QString& text);

} // namespace cxrfair
