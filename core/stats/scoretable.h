#pragma once

#include "common/error.h"
#include "data/agebins.h"
#include "data/grouping.h"
#include "stats/subgroupmetrics.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace cxrfair {

/// The tidy table of scores that `cxrfair-cli metrics` reads (and inference writes): one row per
/// model x condition x image, with columns `model,condition,sample_id,patient_id,label,score`
/// and one column per attribute.
struct ScoreTable {
    struct Entry {
        std::uint32_t sample = 0;
        std::int8_t label = 0;
        double score = 0.0;
    };

    QString path;
    QStringList models;     ///< in order of first appearance
    QStringList conditions; ///< likewise
    QStringList attributes; ///< the extra columns, in file order
    QStringList sampleIds;
    std::vector<std::int32_t> samplePatient;   ///< patient index of each sample
    QStringList patientIds;                    ///< by patient index
    std::vector<QStringList> sampleAttributes; ///< [attribute][sample]: the value as written
    std::vector<std::vector<std::vector<Entry>>> entries; ///< [model][condition]
};

/// Reads and checks a score table. Every failure names the file, the row and the column: a
/// missing column, a label other than 0 or 1, a score that is not a finite number, a row that
/// repeats a model, condition and image, an image whose label differs between models, and a
/// file with no rows.
Result<ScoreTable> readScoreTable(const QString& path);

/// Writes `table` in the same format (one row per model, condition and image, in that order;
/// scores in the shortest form that reads back exactly).
Result<void> writeScoreTable(const QString& path, const ScoreTable& table);

/// Adds the models of `other` to `into`: both must hold the same images with the same
/// attributes (as the scorings of one store do); `other`'s conditions must be among `into`'s
/// or are added. Errors name the model that does not fit.
Result<void> appendModels(ScoreTable& into, const ScoreTable& other);

/// How a score table becomes per-condition metric inputs.
struct ScoreGrouping {
    QStringList attributes; ///< the attributes to report (default: all columns)
    AgeBins ageBins;        ///< numeric `age` columns are binned with these
    QList<QStringList> intersections;
    QString confounder; ///< a column left out of the attributes (shortcut analysis)
    /// Covariates to match every single attribute's groups on (the attribute itself left
    /// out); a column the table lacks is an error.
    QStringList match;
    /// Without `match`: match on defaultMatchCovariates() where the table has them.
    bool matchDefaults = false;
};

/// The groups of one attribute over the samples: numeric ages binned, other values as they are
/// (sorted), empty values missing.
Grouping sampleGrouping(const ScoreTable& table, int attribute, const AgeBins& bins);

/// Each patient's rank among the patient ids in sorted order: patient numbers that do not
/// depend on the order a table lists its rows in.
std::vector<std::int32_t> patientRanks(const ScoreTable& table);

/// One condition's data for computeMetrics: rows in the order of the images' ids, the images
/// every model scored (others are left out and counted in `leftOut`), with their attributes
/// and, when a validation table is given, each model's validation scores.
Result<ConditionData> conditionData(const ScoreTable& table, int condition,
                                    const ScoreGrouping& grouping, const ScoreTable* validation,
                                    qint64* leftOut = nullptr);

} // namespace cxrfair
