#include "data/chexpertreader.h"

#include "data/csvreader.h"
#include "data/readerutils.h"
#include "data/tablefiles.h"
#include "data/valueparsers.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <cmath>
#include <unordered_map>

namespace cxrfair {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cxrfair::ChexpertReader)
};

constexpr std::string_view kFixedColumns[] = {"Path", "Sex", "Age", "Frontal/Lateral", "AP/PA"};

/// How the `Path` column maps to files: CheXpert's paths start with the dataset folder's own
/// name (`CheXpert-v1.0-small/train/...`), so the root itself may or may not be part of them.
enum class PathBase { Root, RootWithoutFirstComponent, Parent };

std::string stripFirstComponent(std::string_view path) {
    const size_t slash = path.find('/');
    return slash == std::string_view::npos ? std::string(path)
                                           : std::string(path.substr(slash + 1));
}

std::string resolvePath(std::string_view path, PathBase base, const std::string& rootName) {
    switch (base) {
    case PathBase::Root:
        return std::string(path);
    case PathBase::Parent:
        // Relative to the root: drop the leading "<root name>/" when it is there.
        if (path.starts_with(rootName + '/'))
            return std::string(path.substr(rootName.size() + 1));
        return "../" + std::string(path);
    case PathBase::RootWithoutFirstComponent:
        break;
    }
    return stripFirstComponent(path);
}

PathBase detectPathBase(const QDir& root, const QString& tablePath, int pathCol) {
    auto reader = CsvReader::open(tablePath);
    if (!reader)
        return PathBase::RootWithoutFirstComponent;
    const std::string rootName =
        QFile::encodeName(QFileInfo(root.absolutePath()).fileName()).toStdString();
    for (int i = 0; i < 50 && reader->next(); ++i) {
        const std::string_view p = trimmedView(reader->field(pathCol));
        for (PathBase base :
             {PathBase::Root, PathBase::RootWithoutFirstComponent, PathBase::Parent}) {
            if (QFileInfo(root.filePath(QString::fromStdString(resolvePath(p, base, rootName))))
                    .isFile())
                return base;
        }
    }
    return PathBase::RootWithoutFirstComponent;
}

QString findDemographics(const DatasetSource& source, const QDir& root) {
    if (!source.demographics.isEmpty())
        return source.demographics;
    for (const QString& name : root.entryList({QStringLiteral("*.csv"), QStringLiteral("*.csv.gz")},
                                              QDir::Files, QDir::Name)) {
        if (name.contains(QStringLiteral("demo"), Qt::CaseInsensitive))
            return root.filePath(name);
    }
    return {};
}

struct Demographics {
    std::unordered_map<std::string, std::string> race;
    std::unordered_map<std::string, SexValue> sex;
};

Result<Demographics> readDemographics(const QString& path, LoadReport& report) {
    auto reader = CsvReader::open(path);
    if (!reader)
        return std::unexpected(reader.error());
    const auto required = reader->requireColumns("PATIENT", "PRIMARY_RACE");
    if (!required)
        return std::unexpected(required.error());
    const auto [patientCol, raceCol] = *required;
    const int genderCol = reader->columnIndex("GENDER");
    report.filesRead << path;
    Demographics d;
    while (reader->next()) {
        if (!rowFitsHeader(report, *reader))
            continue;
        const std::string patient(trimmedView(reader->field(patientCol)));
        if (patient.empty())
            continue;
        d.race[patient] = std::string(trimmedView(reader->field(raceCol)));
        if (genderCol >= 0)
            d.sex[patient] = parseSex(reader->field(genderCol));
    }
    if (reader->error())
        return std::unexpected(*reader->error());
    return d;
}

} // namespace

Result<Cohort> loadChexpert(const DatasetSource& source, const CohortSettings& settings,
                            const Progress& control) {
    const QDir root(source.root);
    if (!root.exists())
        return fail(ErrorCode::Io, Tr::tr("dataset folder not found"), source.root);
    struct Table {
        QString path;
        const char* split;
    };
    std::vector<Table> tables;
    for (const auto& [name, split] :
         {std::pair{QStringLiteral("train"), "train"}, std::pair{QStringLiteral("valid"), "valid"},
          std::pair{QStringLiteral("test"), "test"}}) {
        if (QString path = findTable(root, name); !path.isEmpty())
            tables.push_back({path, split});
    }
    if (tables.empty())
        return fail(ErrorCode::Format,
                    Tr::tr("no CheXpert table (train.csv, valid.csv) in this folder"), source.root);

    LoadReport report;
    Demographics demographics;
    if (const QString demoPath = findDemographics(source, root); !demoPath.isEmpty()) {
        auto d = readDemographics(demoPath, report);
        if (!d)
            return std::unexpected(d.error());
        demographics = std::move(*d);
    } else {
        report.problems.add(
            source.root, -1, {},
            Tr::tr("no demographics table (CHEXPERT DEMO saved as CSV): race is missing"));
    }

    static const QRegularExpression patientPattern(QStringLiteral("(patient\\d+)"));
    const std::string rootName =
        QFile::encodeName(QFileInfo(root.absolutePath()).fileName()).toStdString();
    CohortColumns out;
    out.imageColumn = QStringLiteral("Path");
    for (size_t t = 0; t < tables.size(); ++t) {
        auto reader = CsvReader::open(tables[t].path);
        if (!reader)
            return std::unexpected(reader.error());
        const auto fixed =
            reader->requireColumns(kFixedColumns[0], kFixedColumns[1], kFixedColumns[2],
                                   kFixedColumns[3], kFixedColumns[4]);
        if (!fixed)
            return std::unexpected(fixed.error());
        const auto [pathCol, sexCol, ageCol, frontalCol, apPaCol] = *fixed;
        QStringList conditions;
        std::vector<int> labelCols;
        for (size_t i = 0; i < reader->header().size(); ++i) {
            const std::string& name = reader->header()[i];
            if (name.empty() || std::find(std::begin(kFixedColumns), std::end(kFixedColumns),
                                          name) != std::end(kFixedColumns))
                continue;
            labelCols.push_back(int(i));
            conditions << toQString(name);
        }
        if (t == 0) {
            out.setConditions(conditions);
        } else if (conditions != out.conditions) {
            return fail(ErrorCode::Format,
                        Tr::tr("the label columns differ from those of %1").arg(tables[0].path),
                        tables[t].path, 1);
        }
        report.filesRead << tables[t].path;
        out.tables << tables[t].path;
        const PathBase base = detectPathBase(root, tables[t].path, pathCol);

        std::vector<LabelState> states(labelCols.size());
        while (reader->next()) {
            ++report.rowsRead;
            if (!rowFitsHeader(report, *reader))
                continue;
            if (!tableProgress(control, *reader, report.rowsRead, 0.1, 0.85,
                               Tr::tr("reading %1").arg(tables[t].path)))
                return std::unexpected(cancelledError());
            const std::string_view path = trimmedView(reader->field(pathCol));
            if (path.empty()) {
                skipRow(report, *reader, "Path", Tr::tr("empty image path"));
                continue;
            }
            const QRegularExpressionMatch match = patientPattern.match(toQString(path));
            if (!match.hasMatch()) {
                skipRow(report, *reader, "Path",
                        Tr::tr("no patient id (patientNNNNN) in the path"));
                continue;
            }
            if (!readLabelCells(*reader, labelCols, states, report, parseLabel,
                                Tr::tr("1.0, 0.0, -1.0 or empty")))
                continue;
            std::optional<double> age = parseAgeYears(reader->field(ageCol));
            if (!age) {
                skipRow(report, *reader, "Age",
                        Tr::tr("'%1' is not an age").arg(toQString(reader->field(ageCol))));
                continue;
            }
            if (*age > kMaxPlausibleAge) {
                report.problems.add(tables[t].path, reader->line(), QStringLiteral("Age"),
                                    Tr::tr("impossible age %1; kept as missing")
                                        .arg(toQString(reader->field(ageCol))));
                age = std::nan("");
            }
            const std::string patient = match.captured(1).toStdString();
            SexValue sex = parseSex(reader->field(sexCol));
            if (sex == SexValue::Invalid) {
                skipRow(report, *reader, "Sex",
                        Tr::tr("'%1' is not a sex").arg(toQString(reader->field(sexCol))));
                continue;
            }
            if (sex == SexValue::Missing) {
                if (const auto it = demographics.sex.find(patient);
                    it != demographics.sex.end() && it->second != SexValue::Invalid)
                    sex = it->second;
            }
            std::string view = normalizeView(reader->field(frontalCol));
            if (view != "LATERAL")
                view = normalizeView(reader->field(apPaCol));

            out.imagePath.append(resolvePath(path, base, rootName));
            out.sampleId.append(path);
            out.patientId.append(patient);
            out.sourceLine.push_back(std::uint32_t(reader->line()));
            out.sourceTable.push_back(std::uint8_t(t));
            out.appendLabels(states.data());
            out.age.push_back(float(*age));
            out.sex.append(sex == SexValue::Female ? "F" : sex == SexValue::Male ? "M" : "");
            const auto race = demographics.race.find(patient);
            out.race.append(race != demographics.race.end() ? std::string_view(race->second)
                                                            : std::string_view());
            out.view.append(view);
            out.split.append(tables[t].split);
        }
        if (reader->error())
            return std::unexpected(*reader->error());
    }
    return Cohort::build(source, settings, std::move(out), std::move(report), control);
}

} // namespace cxrfair
