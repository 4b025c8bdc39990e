#pragma once

#include "data/cohort.h"

namespace cxrfair {

/// Merges NEATX chest-drain annotations (`Image Index`, `Drain`: 1 drain, 0 none, -1 or empty
/// unknown) onto NIH rows as the categorical attribute `drain` ("1" / "0", missing otherwise).
/// Bad values are reported by row and ignored; annotations for images the cohort lacks are
/// counted in one problem.
Result<void> mergeNeatxDrains(const QString& path, CohortColumns& columns, LoadReport& report);

} // namespace cxrfair
