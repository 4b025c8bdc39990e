#pragma once

#include "data/cohort.h"

namespace cxrfair {

/// CheXpert (v1.0 and v1.0-small): `train.csv` and `valid.csv` (splits `train`, `valid`) with
/// `Path,Sex,Age,Frontal/Lateral,AP/PA` and the label columns, `Path` resolved against the
/// root or its parent; race from the demographics table saved as CSV (`PATIENT`,
/// `PRIMARY_RACE`, optionally `GENDER`, `AGE_AT_CXR`).
Result<Cohort> loadChexpert(const DatasetSource& source, const CohortSettings& settings,
                            const Progress& control = {});

} // namespace cxrfair
