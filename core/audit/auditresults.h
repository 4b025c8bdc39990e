#pragma once

#include "audit/project.h"
#include "discovery/modeldiscovery.h"
#include "inference/embeddinganalysis.h"
#include "inference/inferencejob.h"
#include "robustness/promptsweep.h"
#include "stats/metricsreport.h"
#include "study/reproduction.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace cxrfair {

/// A figure of the report: its title, its files without extension (relative to the output
/// folder) and what it shows.
struct AuditFigure {
    QString title;
    QString base;
    QString caption;
};

/// One model run on one dataset.
struct AuditModelResult {
    QString name;       ///< the bundle's label, as the tables name it
    QString bundlePath; ///< absolute
    QString hash;       ///< the bundle's content hash (SHA-256 of its files)
    qint64 embedded = 0;
    qint64 failed = 0;
    std::shared_ptr<const EmbeddingAnalysis> embeddings;
    QString embeddingProblem;
    std::shared_ptr<const ModelDiscovery> discovery; ///< tags and slices, when asked for
    std::shared_ptr<const PromptSweep> promptSweep;  ///< prompt sensitivity, when asked for
};

/// One dataset of an audit: its cohort, its models and what was computed.
struct AuditDatasetResult {
    QString slug; ///< its folder in the output
    DatasetSource source;
    CohortSettings settings;
    qint64 images = 0;
    qint64 patients = 0;
    QStringList filesRead; ///< the dataset's tables, absolute
    QStringList conditions;
    std::vector<AuditModelResult> models;
    MetricsReport metrics;
    std::vector<AuditFigure> figures;
    /// The published rows of the study that this dataset's metrics reproduce, when the audit
    /// names the published tables ("published").
    std::vector<ReproductionRow> reproduction;
    QStringList problems; ///< what could not be done, for the report
};

/// Everything an audit produced, for the report, the table and the manifest.
struct AuditResults {
    Project config;
    QString version; ///< cxrfair's
    std::vector<AuditDatasetResult> datasets;
};

} // namespace cxrfair
