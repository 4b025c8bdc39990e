#pragma once

#include "audit/figuresettings.h"
#include "common/error.h"
#include "discovery/discoverysettings.h"
#include "stats/subgroupmetrics.h"
#include "stats/thresholds.h"

#include <QHash>
#include <QJsonObject>
#include <QStringList>

namespace cxrfair {

/// Which analyses an audit runs.
struct AuditAnalyses {
    bool subgroups = true;     ///< subgroup AUCs with intervals, tests, gaps, AUPRC, thresholds
    bool intersections = true; ///< the datasets' attribute intersections (e.g. sex:age)
    bool shortcut = true;      ///< the shortcut analysis of `AuditSettings::shortcut`
    bool calibration = true;   ///< reliability curves and ECE
    bool crossGroupAuc = true; ///< every pair of groups' xAUC (xauc.csv)
    /// Groups compared after matching on covariates (defaultMatchCovariates())
    bool matched = true;
    bool embeddings = true; ///< PCA and attribute probes of the image embeddings
    bool tags = false;      ///< zero-shot device and acquisition tags, as attributes
    bool slices = false;    ///< the slices where each model does worst
    /// Each model's subgroup AUCs under the built-in prompt sets (study, chexzero, synonyms)
    bool promptSensitivity = false;

    bool operator==(const AuditAnalyses&) const = default;
};

/// Which condition's positives the shortcut analysis splits by which confounder: a 0/1
/// attribute recorded on positives (the study's chest drains in pneumothorax). Each model's AUC
/// on all images is compared with its AUC when the positives have the confounder and when they
/// do not (each against all negatives). An empty condition takes every condition.
struct ShortcutSettings {
    QString confounder;
    QString condition;
    bool operator==(const ShortcutSettings&) const = default;
};

/// The study's published tables to put the audit's results next to (Sourget et al., FAIMI
/// 2025): the repository's root (the folder that holds data/) and, for models whose names
/// differ, which published model each reproduces (published name -> the audit's model name).
struct PublishedReference {
    QString folder;
    QHash<QString, QString> models;
    bool operator==(const PublishedReference&) const = default;
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
    /// The confounder and condition of the shortcut analysis; the study's (studyShortcut())
    /// by default, so that projects written before it was a setting keep their analysis.
    ShortcutSettings shortcut;
    /// Tags and slices ("tags" and "slices" in the configuration).
    DiscoverySettings discovery;
    QString store; ///< the embedding store folder; empty: `stores/` in the output folder
    /// Published results to compare with ("published" in the configuration): a reproduction
    /// table per dataset (reproduction.csv) and in the report. Empty folder: none.
    PublishedReference published;
    /// The report's figures: size, font and formats ("figures" in the configuration).
    FigureSettings figures;

    AuditSettings();
    QJsonObject toJson() const;
    /// Reads what `toJson` writes; missing fields keep their defaults. A wrong type, a value
    /// out of range or an unknown key is an error naming the field (and `file`, when given).
    static Result<AuditSettings> fromJson(const QJsonObject& json, const QString& file = {});
};

} // namespace cxrfair
