#include "data/readerutils.h"

#include "data/valueparsers.h"

namespace cxrfair {

std::string normalizeView(std::string_view view) {
    view = trimmedView(view);
    std::string out(view);
    for (char& c : out) {
        if (c >= 'a' && c <= 'z')
            c = char(c - 32);
    }
    if (out == "LL" || out == "RL" || out == "LAT" || out == "LATERAL")
        return "LATERAL";
    return out;
}

std::unordered_map<std::string_view, std::uint32_t> indexSamples(const StringColumn& sampleIds) {
    std::unordered_map<std::string_view, std::uint32_t> index;
    index.reserve(sampleIds.size());
    for (size_t row = 0; row < sampleIds.size(); ++row)
        index.emplace(sampleIds.view(row), std::uint32_t(row));
    return index;
}

void skipRow(LoadReport& report, const CsvReader& reader, std::string_view column,
             const QString& message) {
    ++report.invalidRows;
    report.problems.add(reader.path(), reader.line(), toQString(column), message);
}

bool readLabelCells(const CsvReader& reader, const std::vector<int>& columns,
                    std::vector<LabelState>& states, LoadReport& report,
                    std::optional<LabelState> (*parse)(std::string_view), const QString& accepted) {
    states.resize(columns.size());
    for (size_t c = 0; c < columns.size(); ++c) {
        const std::string_view cell = reader.field(columns[c]);
        const auto state = parse(cell);
        if (!state) {
            skipRow(report, reader, reader.header()[size_t(columns[c])],
                    QCoreApplication::translate("cxrfair::Readers", "'%1' is not a label (%2)")
                        .arg(toQString(cell), accepted));
            return false;
        }
        states[c] = *state;
    }
    return true;
}

bool tableProgress(const Progress& control, const CsvReader& reader, qint64 rowsSoFar, double begin,
                   double end, const QString& stage) {
    if ((rowsSoFar & 0xFFFF) != 0)
        return true;
    if (control.cancelled())
        return false;
    const double within =
        reader.fileSize() > 0 ? double(reader.compressedOffset()) / double(reader.fileSize()) : 0.0;
    control.report(begin + (end - begin) * std::min(1.0, within), stage);
    return true;
}

Error cancelledError() {
    return Error{ErrorCode::Cancelled,
                 QCoreApplication::translate("cxrfair::Cohort", "cancelled"),
                 {},
                 -1,
                 {},
                 {},
                 {}};
}

} // namespace cxrfair
