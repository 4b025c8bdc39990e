#pragma once

#include "data/cohort.h"

#include <QFuture>

#include <memory>

namespace cxrfair {

/// Reads the dataset `source` describes with the reader for its format.
Result<Cohort> loadCohort(const DatasetSource& source, const CohortSettings& settings,
                          const LoadControl& control = {});

/// A shared cohort, the unit a loading job hands over (cohorts are large and read-only once
/// loaded, so views share them instead of copying).
using CohortPtr = std::shared_ptr<const Cohort>;

/// Runs loadCohort on the global thread pool. The future reports progress (0-1000, with the
/// stage as progress text) and honours cancel().
QFuture<Result<CohortPtr>> loadCohortAsync(const DatasetSource& source,
                                           const CohortSettings& settings);

} // namespace cxrfair
