#pragma once

#include "data/cohort.h"

#include <cmath>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <unordered_set>

namespace cxrfair {

/// What MIMIC-IV says about one patient.
struct MimicPatient {
    std::int8_t sex = -1; ///< 0 female, 1 male, -1 unknown
    float anchorAge = NAN;
    int anchorYear = 0;
    std::string race;          ///< chosen over the admissions; empty if none is known
    bool raceConflict = false; ///< admissions disagree on the (known) race
};

/// Reads MIMIC-IV `patients` and `admissions` from `hospDir` for the subjects in `wanted` (all
/// subjects when `wanted` is empty).
/// Race strings that `mapping` calls missing do not count when choosing a patient's race.
Result<std::unordered_map<std::int64_t, MimicPatient>>
readMimicDemographics(const QString& hospDir, const std::unordered_set<std::int64_t>& wanted,
                      const RaceMapping& mapping, LoadReport& report, const Progress& control);

} // namespace cxrfair
