#pragma once

#include "data/cohort.h"

#include <QFuture>

namespace cxrfair {

/// Reads the dataset `source` describes with the reader for its format.
Result<Cohort> loadCohort(const DatasetSource& source, const CohortSettings& settings,
                          const Progress& control = {});

/// Runs loadCohort on the global thread pool. The future reports progress (0-1000, with the
/// stage as progress text) and honours cancel().
QFuture<Result<Cohort>> loadCohortAsync(const DatasetSource& source,
                                        const CohortSettings& settings);

} // namespace cxrfair
