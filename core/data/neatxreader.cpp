#include "data/neatxreader.h"

#include "data/csvreader.h"
#include "data/readerutils.h"
#include "data/valueparsers.h"

namespace cxrfair {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cxrfair::NeatxReader)
};
} // namespace

Result<void> mergeNeatxDrains(const QString& path, CohortColumns& columns, LoadReport& report) {
    auto reader = CsvReader::open(path);
    if (!reader)
        return std::unexpected(reader.error());
    const auto required = reader->requireColumns("Image Index", "Drain");
    if (!required)
        return std::unexpected(required.error());
    const auto [imageColumn, drainColumn] = *required;
    report.filesRead << path;

    const auto index = indexSamples(columns.sampleId);
    CategoricalColumn& drain = columns.extraColumn(QStringLiteral("drain"));
    drain.reserve(columns.rows());
    while (drain.size() < columns.rows())
        drain.appendMissing();

    qint64 unmatched = 0;
    while (reader->next()) {
        if (!rowFitsHeader(report, *reader))
            continue;
        const std::string_view image = trimmedView(reader->field(imageColumn));
        const std::string_view value = trimmedView(reader->field(drainColumn));
        const std::optional<double> v =
            value.empty() ? std::optional<double>(-1.0) : parseDouble(value);
        if (!v || (*v != 1.0 && *v != 0.0 && *v != -1.0)) {
            report.problems.add(
                path, reader->line(), QStringLiteral("Drain"),
                Tr::tr("'%1' is not a drain annotation (1, 0, -1 or empty); ignored")
                    .arg(toQString(value)));
            continue;
        }
        const auto it = index.find(image);
        if (it == index.end()) {
            ++unmatched;
            continue;
        }
        if (*v == 1.0)
            drain.set(it->second, "1");
        else if (*v == 0.0)
            drain.set(it->second, "0");
    }
    if (reader->error())
        return std::unexpected(*reader->error());
    if (unmatched > 0) {
        report.problems.add(
            path, -1, QStringLiteral("Image Index"),
            Tr::tr("%n annotation(s) name images that are not in the data entry table", nullptr,
                   int(unmatched)));
    }
    return {};
}

} // namespace cxrfair
