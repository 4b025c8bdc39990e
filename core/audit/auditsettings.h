#pragma once

#include "common/error.h"
#include "stats/subgroupmetrics.h"
#include "stats/thresholds.h"

#include <QJsonObject>
#include <QStringList>

namespace cxrfair {

/// Which analyses an audit runs.
struct AuditAnalyses {
    bool subgroups = true;     ///< subgroup AUCs with intervals, tests, gaps, AUPRC, thresholds
    bool intersections = true; ///< the datasets' attribute intersections (e.g. sex:age)
    bool shortcut = true;      ///< pneumothorax with and without drains, where drains are recorded
    bool calibration = true;   ///< reliability curves and ECE
    bool embeddings = true;    ///< PCA and attribute probes of the image embeddings

    bool operator==(const AuditAnalyses&) const = default;
};

/// What an audit computes beyond the datasets and models: the attributes to report, the
/// statistics and the analyses. Stored in a project file under "audit"; every field has the
/// study's value by default.
struct AuditSettings {
    QStringList attributes{QStringLiteral("sex"), QStringLiteral("race"), QStringLiteral("age")};
    /// Bootstrap resamples, seed, interval level and unit (patients or images), the minimum
    /// group size, calibration bins.
    MetricsSettings statistics;
    /// The operating threshold, chosen on a patient-grouped validation part (20% of patients).
    ThresholdRule threshold;
    AuditAnalyses analyses;
    QString store; ///< the embedding store folder; empty: `stores/` in the output folder

    AuditSettings();
    QJsonObject toJson() const;
    /// Reads what `toJson` writes; missing fields keep their defaults. Errors name the field.
    static Result<AuditSettings> fromJson(const QJsonObject& json);
};

} // namespace cxrfair
