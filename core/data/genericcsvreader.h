#pragma once

#include "data/cohort.h"
#include "data/columnmapping.h"

namespace cxrfair {

/// Any CSV with a column mapping (`source.mapping`, a JSON file; see ColumnMapping). Relative
/// table and image paths are resolved against `source.root`.
Result<Cohort> loadGenericCsv(const DatasetSource& source, const CohortSettings& settings,
                              const Progress& control = {});
Result<Cohort> loadGenericCsv(const DatasetSource& source, const ColumnMapping& mapping,
                              const CohortSettings& settings, const Progress& control = {});

} // namespace cxrfair
