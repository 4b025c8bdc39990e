#pragma once

#include "data/cohort.h"

namespace cxrfair {

/// NIH ChestX-ray14 as published: `Data_Entry_2017_v2020.csv` (or the 2017 `Data_Entry_2017.csv`
/// with `058Y` ages), `train_val_list.txt` / `test_list.txt` (splits `train_val` and `test`),
/// images in `images/` or `images_NNN/images/`, and the NEATX drain table when present
/// (attribute `drain`). NIH's `Effusion` and `Pleural_Thickening` are named `Pleural Effusion`
/// and `Pleural Thickening`, as in the other datasets.
Result<Cohort> loadNih(const DatasetSource& source, const CohortSettings& settings,
                       const Progress& control = {});

/// The NIH conditions in the order cxrfair lists them.
QStringList nihConditions();

/// The NEATX file name (Zenodo record 14944064).
QString neatxFileName();

} // namespace cxrfair
