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

bool rowFitsHeader(LoadReport& report, const CsvReader& reader) {
    // NIH's header ends with a comma (an empty name) that its rows may or may not repeat.
    int named = int(reader.header().size());
    while (named > 0 && reader.header()[size_t(named - 1)].empty())
        --named;
    // A row may stop after the named fields; beyond them, only empty fields are allowed.
    int fields = reader.fieldCount();
    while (fields > named && reader.field(fields - 1).empty())
        --fields;
    if (fields == named)
        return true;
    skipRow(report, reader, {},
            fields < named
                ? QCoreApplication::translate("cxrfair::Readers",
                                              "the row has %1 fields where the header has %2 (a "
                                              "line cut short?); row ignored")
                      .arg(fields)
                      .arg(named)
                : QCoreApplication::translate("cxrfair::Readers",
                                              "the row has %1 fields where the header has %2 (a "
                                              "delimiter inside a value that is not quoted?); "
                                              "row ignored")
                      .arg(fields)
                      .arg(named));
    return false;
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
