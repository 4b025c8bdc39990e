#pragma once

#include "data/cohort.h"

#include <array>

namespace cxrfair {

/// MIMIC-CXR-JPG 2.0.0 / MIMIC-CXR as PhysioNet ships them, each table as `.csv` or `.csv.gz`:
/// `mimic-cxr-2.0.0-metadata` (one row per image), `-chexpert` or `-negbio` labels (one row
/// per study; every column after subject_id and study_id is a condition), `-split`, images
/// under `files/pXX/pSUBJECT/sSTUDY/DICOM_ID.jpg` (or `.dcm`), and MIMIC-IV `hosp/patients`
/// and `hosp/admissions` for sex, age at study (anchor_age + study year - anchor_year) and race
/// (the most frequent known value over the patient's admissions, ties to the latest).
Result<Cohort> loadMimic(const DatasetSource& source, const CohortSettings& settings,
                         const Progress& control = {});

/// The 14 CheXpert label columns of `mimic-cxr-2.0.0-chexpert.csv`, in their published order.
const std::array<const char*, 14>& mimicLabelColumns();

/// The MIMIC-IV `hosp` folder for `source`: `source.mimicIv` (or its `hosp/`) when set, else
/// `hosp/` under the root; empty when there is none.
QString findMimicIvHosp(const DatasetSource& source);

} // namespace cxrfair
