#pragma once

#include "common/error.h"
#include "stats/metricsreport.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace cxrfair {

/// One row of the study's published result tables (Sourget et al., FAIMI 2025), as they are in
/// its repository: `data/performance/{MIMIC,CXR14}/zeroshot_{model}.csv`.
struct PublishedResult {
    QString model;     ///< from the file name: zeroshot_{model}.csv
    QString dataset;   ///< "mimic" or "cxr14"
    QString condition; ///< the "class" column
    QString group;     ///< global, Female, Male, White, Black, Asian, 18-25, ..., 80+, 0.0, 1.0
    double auc = 0.0;
    double aucLow = 0.0;
    double aucHigh = 0.0;
    std::optional<double> auprcAdjusted; ///< the table's AUPRC is the adjusted AUPRC
    std::optional<double> auprcLow;
    std::optional<double> auprcHigh;
    std::optional<double> baselineAuprc;
    QString file;
    qint64 line = 0;
};

/// A model's name as the tables' files write it: lower case, spaces as '-' ("biovil-t").
QString publishedModelFileName(const QString& model);

/// The datasets of the published tables: "mimic" and "cxr14".
QStringList publishedDatasets();

/// The folder of `dataset`'s tables under a repository root: ROOT/data/performance/MIMIC.
QString publishedFolder(const QString& root, const QString& dataset);

/// The columns of a published table, in order.
QStringList publishedColumns();

/// Every model's table of `dataset` under `root` (the folder that holds `data/`), in the order
/// of the file names. A missing folder, a folder without tables, a missing column or a value
/// that is not a number is an error naming the file, the line and the column.
Result<std::vector<PublishedResult>> readPublishedResults(const QString& root,
                                                          const QString& dataset);

/// The published group that a metrics row (attribute, group) stands for: "global" for the
/// whole set, Female and Male for sex F and M, 1.0 and 0.0 for a shortcut's present and absent
/// strata, the group's own name for the other groups of a single attribute; empty for rows
/// the study has no counterpart of (intersections, gaps, missing attributes).
QString publishedGroupOf(const QString& attribute, const QString& group);

/// Writes `report` in the study's layout under `root`: ROOT/data/performance/{MIMIC,CXR14}/
/// zeroshot_{model}.csv, one file per model (its name in lower case, spaces as '-'), a row per
/// condition and group that publishedGroupOf names, at full precision. The AUPRC is the
/// adjusted AUPRC and baseline_auprc the group's prevalence; cxrfair does not bootstrap the
/// AUPRC, so its interval is left empty. Returns the files written.
Result<QStringList> writePublishedLayout(const QString& root, const QString& dataset,
                                         const MetricsReport& report);

} // namespace cxrfair
