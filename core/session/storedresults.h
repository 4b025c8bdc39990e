#pragma once

#include "common/error.h"
#include "session/analysis.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace cxrfair {

/// Raised whenever what archiveAnalysis writes changes: older stored results are then computed
/// again instead of being read wrongly.
inline constexpr std::uint32_t kStoredResultsFormat = 1;

/// Where a run's results are kept between sessions, and the fingerprint of everything they
/// were computed from: the program's version, the dataset's tables (paths, sizes and times)
/// and settings, the study's settings and prompts, and the model's files. The store's segment
/// is checked when the results are read (its parts' sizes and times), since encoding adds to it.
struct StoredResultsKey {
    QString file;
    QByteArray fingerprint;
};

/// The key of the run of `model` on `cohort` with embeddings in `storeDir`: the file is
/// `STORE/results/<hash of the model's path>.results`, one per dataset and model.
StoredResultsKey storedResultsKey(const Cohort& cohort, const QString& storeDir,
                                  const StudyModel& model, const StudySettings& settings);

/// Writes `analysis` under `key` (whole or not at all), with the signature of the store
/// segment it was computed from. An analysis without a segment (nothing was stored) is not
/// kept: that is no error.
Result<void> storeResults(const StoredResultsKey& key, const Analysis& analysis);

struct RestoredResults {
    Analysis analysis;
    QDateTime computed;
};

/// The results stored under `key`, when they are still those of its inputs. An error says why
/// they cannot be used (none stored, computed from other settings or files, the store changed
/// since, another format, damaged bytes): the caller computes them again.
Result<RestoredResults> restoreResults(const StoredResultsKey& key);

} // namespace cxrfair
