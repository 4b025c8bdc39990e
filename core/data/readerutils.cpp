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

bool tableProgress(const LoadControl& control, const CsvReader& reader, qint64 rowsSoFar,
                   double begin, double end, const QString& stage) {
    if ((rowsSoFar & 0xFFFF) != 0)
        return true;
    if (control.cancelled())
        return false;
    const double within =
        reader.fileSize() > 0 ? double(reader.compressedOffset()) / double(reader.fileSize()) : 0.0;
    control.progress(begin + (end - begin) * std::min(1.0, within), stage);
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
