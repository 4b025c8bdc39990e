#include "data/genericcsvreader.h"

#include "data/csvreader.h"
#include "data/readerutils.h"
#include "data/valueparsers.h"

#include <QDir>

#include <cmath>

namespace cxrfair {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cxrfair::GenericCsvReader)
};

std::optional<LabelState> parseFlexibleLabel(std::string_view text) {
    if (const auto state = parseLabel(text))
        return state;
    std::string lower(trimmedView(text));
    for (char& c : lower)
        c = char(std::tolower(static_cast<unsigned char>(c)));
    if (lower == "true" || lower == "yes" || lower == "positive")
        return LabelState::Positive;
    if (lower == "false" || lower == "no" || lower == "negative")
        return LabelState::Negative;
    if (lower == "uncertain")
        return LabelState::Uncertain;
    return std::nullopt;
}

/// Column index of an optional mapped column: -1 when unmapped, an error when mapped but absent.
Result<int> optionalColumn(const CsvReader& reader, const QString& name) {
    if (name.isEmpty())
        return -1;
    return reader.requireColumn(name.toStdString());
}

} // namespace

Result<Cohort> loadGenericCsv(const DatasetSource& source, const CohortSettings& settings,
                              const Progress& control) {
    if (source.mapping.isEmpty())
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("a generic CSV dataset needs a column mapping (--mapping FILE.json)"));
    auto mapping = ColumnMapping::load(QDir(source.root).filePath(source.mapping));
    if (!mapping)
        return std::unexpected(mapping.error());
    return loadGenericCsv(source, *mapping, settings, control);
}

Result<Cohort> loadGenericCsv(const DatasetSource& source, const ColumnMapping& mapping,
                              const CohortSettings& settings, const Progress& control) {
    const QDir root(source.root);
    const QString tablePath = root.filePath(mapping.table);
    auto reader = CsvReader::open(tablePath, mapping.delimiter);
    if (!reader)
        return std::unexpected(reader.error());

    const auto imageCol = reader->requireColumn(mapping.image.toStdString());
    if (!imageCol)
        return std::unexpected(imageCol.error());
    int optional[7];
    const QString* names[] = {&mapping.patient, &mapping.sample, &mapping.sex, &mapping.age,
                              &mapping.race,    &mapping.split,  &mapping.view};
    for (int i = 0; i < 7; ++i) {
        const auto c = optionalColumn(*reader, *names[i]);
        if (!c)
            return std::unexpected(c.error());
        optional[i] = *c;
    }
    const auto [patientCol, sampleCol, sexCol, ageCol, raceCol, splitCol, viewCol] = optional;
    std::vector<int> labelCols;
    QStringList conditions;
    for (const auto& [name, column] : mapping.labels) {
        const auto c = reader->requireColumn(column.toStdString());
        if (!c)
            return std::unexpected(c.error());
        labelCols.push_back(*c);
        conditions << name;
    }
    std::vector<std::pair<int, QString>> extraCols;
    for (const auto& [name, column] : mapping.attributes) {
        const auto c = reader->requireColumn(column.toStdString());
        if (!c)
            return std::unexpected(c.error());
        extraCols.emplace_back(*c, name);
    }

    LoadReport report;
    report.filesRead << tablePath;
    CohortColumns out;
    out.tables = {tablePath};
    out.imageColumn = mapping.image;
    out.setConditions(conditions);
    for (const auto& [col, name] : extraCols)
        out.extraColumn(name);
    const std::string imagePrefix =
        mapping.imageRoot.isEmpty() ? std::string() : mapping.imageRoot.toStdString() + '/';
    std::vector<LabelState> states(labelCols.size());
    while (reader->next()) {
        ++report.rowsRead;
        if (!rowFitsHeader(report, *reader))
            continue;
        if (!tableProgress(control, *reader, report.rowsRead, 0.0, 0.85,
                           Tr::tr("reading %1").arg(tablePath)))
            return std::unexpected(cancelledError());
        const std::string_view image = trimmedView(reader->field(*imageCol));
        if (image.empty()) {
            skipRow(report, *reader, mapping.image.toStdString(), Tr::tr("empty image path"));
            continue;
        }
        if (!readLabelCells(*reader, labelCols, states, report, parseFlexibleLabel,
                            Tr::tr("1, 0, -1, empty, true or false")))
            continue;
        double age = std::nan("");
        if (ageCol >= 0) {
            const auto parsed = parseAgeYears(reader->field(ageCol));
            if (!parsed) {
                skipRow(report, *reader, mapping.age.toStdString(),
                        Tr::tr("'%1' is not an age").arg(toQString(reader->field(ageCol))));
                continue;
            }
            age = *parsed;
            if (age > kMaxPlausibleAge) {
                report.problems.add(tablePath, reader->line(), mapping.age,
                                    Tr::tr("impossible age %1; kept as missing")
                                        .arg(toQString(reader->field(ageCol))));
                age = std::nan("");
            }
        }
        SexValue sex = SexValue::Missing;
        if (sexCol >= 0) {
            sex = parseSex(reader->field(sexCol));
            if (sex == SexValue::Invalid) {
                skipRow(report, *reader, mapping.sex.toStdString(),
                        Tr::tr("'%1' is not a sex").arg(toQString(reader->field(sexCol))));
                continue;
            }
        }
        const std::string_view sample =
            sampleCol >= 0 ? trimmedView(reader->field(sampleCol)) : image;
        const std::string_view patient =
            patientCol >= 0 ? trimmedView(reader->field(patientCol)) : sample;
        out.imagePath.append(imagePrefix + std::string(image));
        out.sampleId.append(sample);
        out.patientId.append(patient);
        out.sourceLine.push_back(std::uint32_t(reader->line()));
        out.appendLabels(states.data());
        out.age.push_back(float(age));
        out.sex.append(sex == SexValue::Female ? "F" : sex == SexValue::Male ? "M" : "");
        out.race.append(raceCol >= 0 ? trimmedView(reader->field(raceCol)) : std::string_view());
        out.split.append(splitCol >= 0 ? trimmedView(reader->field(splitCol)) : std::string_view());
        out.view.append(viewCol >= 0 ? normalizeView(reader->field(viewCol)) : std::string());
        for (size_t e = 0; e < extraCols.size(); ++e)
            out.extra[e].append(trimmedView(reader->field(extraCols[e].first)));
    }
    if (reader->error())
        return std::unexpected(*reader->error());
    // A generic table without views cannot be filtered by view.
    CohortSettings effective = settings;
    if (viewCol < 0)
        effective.views.clear();
    return Cohort::build(source, effective, std::move(out), std::move(report), control);
}

} // namespace cxrfair
