#pragma once

#include "common/error.h"
#include "data/cohort.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace cxrfair {

/// The cohort an embedding store was made for, kept beside it (`samples.csv.gz`) so that
/// scoring and export need only the store: per image its sample id, patient, file, labels
/// (under the label policies of the run) and attributes (mapped and named as the run's
/// settings say; age in years).
struct StoreSamples {
    QString datasetRoot;
    QString datasetFormat;
    QStringList conditions;
    QStringList attributes;
    QStringList sampleIds;
    QStringList patientIds;
    QStringList paths;                            ///< absolute
    std::vector<std::vector<std::int8_t>> labels; ///< [condition][row]: 1, 0 or -1 (unknown)
    std::vector<QStringList> values;              ///< [attribute][row]; empty when missing

    qsizetype size() const { return sampleIds.size(); }
};

/// The samples of `cohort` under its current settings.
StoreSamples storeSamples(const Cohort& cohort);

/// Writes `samples` into `storeDir` (atomically). A store holds one dataset: writing another
/// dataset's samples into it is an error naming both.
Result<void> writeStoreSamples(const QString& storeDir, const StoreSamples& samples);
Result<StoreSamples> readStoreSamples(const QString& storeDir);

} // namespace cxrfair
