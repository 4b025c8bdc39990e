#pragma once

#include "data/labelstate.h"

#include <QString>

#include <cstdint>
#include <optional>
#include <string_view>

namespace cxrfair {

std::string_view trimmedView(std::string_view text);
QString toQString(std::string_view text);

std::optional<double> parseDouble(std::string_view text);
std::optional<std::int64_t> parseInt(std::string_view text);

/// CheXpert-style label cells: 1 / 1.0 positive, 0 / 0.0 negative, -1 / -1.0 uncertain,
/// empty blank; anything else (e.g. `2`, `yes`) is not a label.
std::optional<LabelState> parseLabel(std::string_view text);

/// Age in years from `58`, `58.5`, or the NIH 2017 release's `058Y`, `011M` (months),
/// `003W` (weeks), `045D` (days). Empty gives NaN (missing); nullopt means unparseable.
std::optional<double> parseAgeYears(std::string_view text);

enum class SexValue : std::int8_t { Female, Male, Missing, Invalid };
/// M/F, Male/Female (any case); empty, Unknown, U, and `Other` count as missing.
SexValue parseSex(std::string_view text);

} // namespace cxrfair
