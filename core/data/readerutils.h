#pragma once

#include "data/cohort.h"
#include "data/csvreader.h"

#include <QString>

#include <string>
#include <string_view>
#include <unordered_map>

namespace cxrfair {

/// Ages above this are recorded errors (NIH has 148 and 411), kept as missing with a problem.
inline constexpr double kMaxPlausibleAge = 100.0;

/// PA, AP, LATERAL (LL, RL, LAT), others upper-cased as given; empty stays empty.
std::string normalizeView(std::string_view view);

/// Maps each sample id of `columns` to its row.
std::unordered_map<std::string_view, std::uint32_t> indexSamples(const StringColumn& sampleIds);

/// Records a row-level problem and counts the row as skipped.
void skipRow(LoadReport& report, const CsvReader& reader, std::string_view column,
             const QString& message);

/// False, with the row recorded as skipped, when the current row has fewer fields than the
/// header (a line cut short, often the last one of a truncated file) or more non-empty ones (a
/// delimiter that should have been quoted). Empty extra fields (a trailing comma) are accepted.
bool rowFitsHeader(LoadReport& report, const CsvReader& reader);

/// Parses the label cells of the current row (one per column in `columns`) into `states` with
/// `parse`. On the first cell that is not a label, records the row as skipped, naming the cell's
/// column and the `accepted` forms, and returns false.
bool readLabelCells(const CsvReader& reader, const std::vector<int>& columns,
                    std::vector<LabelState>& states, LoadReport& report,
                    std::optional<LabelState> (*parse)(std::string_view), const QString& accepted);

/// Reports progress through a table, scaled into [begin, end] of the whole load, every 64k rows;
/// returns false when the user cancelled.
bool tableProgress(const Progress& control, const CsvReader& reader, qint64 rowsSoFar, double begin,
                   double end, const QString& stage);

/// The translated message for the Cancelled error.
Error cancelledError();

} // namespace cxrfair
