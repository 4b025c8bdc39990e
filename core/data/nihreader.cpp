#include "data/nihreader.h"

#include "data/csvreader.h"
#include "data/neatxreader.h"
#include "data/readerutils.h"
#include "data/tablefiles.h"
#include "data/valueparsers.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTextStream>

#include <array>
#include <cmath>
#include <unordered_map>

namespace cxrfair {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cxrfair::NihReader)
};

struct NihFinding {
    std::string_view nihName;
    const char* name;
};

// NIH's finding names, and the names cxrfair uses for them (the other datasets' names).
constexpr std::array<NihFinding, 15> kFindings{{
    {"Atelectasis", "Atelectasis"},
    {"Cardiomegaly", "Cardiomegaly"},
    {"Consolidation", "Consolidation"},
    {"Edema", "Edema"},
    {"Effusion", "Pleural Effusion"},
    {"Emphysema", "Emphysema"},
    {"Fibrosis", "Fibrosis"},
    {"Hernia", "Hernia"},
    {"Infiltration", "Infiltration"},
    {"Mass", "Mass"},
    {"No Finding", "No Finding"},
    {"Nodule", "Nodule"},
    {"Pleural_Thickening", "Pleural Thickening"},
    {"Pneumonia", "Pneumonia"},
    {"Pneumothorax", "Pneumothorax"},
}};

int findingIndex(std::string_view token) {
    token = trimmedView(token);
    for (size_t i = 0; i < kFindings.size(); ++i) {
        const std::string_view a = kFindings[i].nihName;
        if (a.size() != token.size())
            continue;
        bool same = true;
        for (size_t k = 0; k < a.size() && same; ++k)
            same = std::tolower(static_cast<unsigned char>(a[k])) ==
                   std::tolower(static_cast<unsigned char>(token[k]));
        if (same)
            return int(i);
    }
    // Also accept cxrfair's own names ("Pleural Effusion").
    for (size_t i = 0; i < kFindings.size(); ++i) {
        if (token == kFindings[i].name)
            return int(i);
    }
    return -1;
}

/// Image name -> folder (relative to the root), over images/, images_NNN/images/ and
/// images_NNN/.
struct ImageFolders {
    QStringList folders;
    std::unordered_map<std::string, std::uint16_t> byName;
};

ImageFolders indexImageFolders(const QDir& root) {
    ImageFolders index;
    QStringList candidates;
    for (const QString& dir : root.entryList({QStringLiteral("images*")},
                                             QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        candidates << dir;
        if (QFileInfo(root.filePath(dir + QStringLiteral("/images"))).isDir())
            candidates << dir + QStringLiteral("/images");
    }
    for (const QString& folder : candidates) {
        const auto folderIndex = std::uint16_t(index.folders.size());
        index.folders << folder;
        QDirIterator it(root.filePath(folder), QDir::Files);
        while (it.hasNext()) {
            it.next();
            index.byName.try_emplace(QFile::encodeName(it.fileName()).toStdString(), folderIndex);
        }
    }
    return index;
}

/// Image name -> split, from NIH's split lists.
std::unordered_map<std::string, std::string> readSplitLists(const QDir& root, LoadReport& report) {
    std::unordered_map<std::string, std::string> splits;
    for (const auto& [file, split] : {std::pair{QStringLiteral("train_val_list.txt"), "train_val"},
                                      std::pair{QStringLiteral("test_list.txt"), "test"}}) {
        QFile f(root.filePath(file));
        if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
            continue;
        report.filesRead << f.fileName();
        // A byte-order mark (what a Windows editor leaves) is not part of the first name.
        if (f.peek(3) == QByteArray("\xEF\xBB\xBF", 3))
            f.read(3);
        while (!f.atEnd()) {
            const QByteArray line = f.readLine().trimmed();
            if (!line.isEmpty())
                splits[line.toStdString()] = split;
        }
    }
    return splits;
}

} // namespace

QStringList nihConditions() {
    QStringList names;
    for (const NihFinding& f : kFindings)
        names << QString::fromLatin1(f.name);
    return names;
}

QString neatxFileName() {
    return QStringLiteral("NIH-CX14_TubeAnnotations_NonExperts_aggregated");
}

Result<Cohort> loadNih(const DatasetSource& source, const CohortSettings& settings,
                       const Progress& control) {
    const QDir root(source.root);
    if (!root.exists())
        return fail(ErrorCode::Io, Tr::tr("dataset folder not found"), source.root);
    const QString entryPath = findAnyTable(
        root, {QStringLiteral("Data_Entry_2017_v2020"), QStringLiteral("Data_Entry_2017")});
    if (entryPath.isEmpty()) {
        return fail(ErrorCode::Format,
                    Tr::tr("no NIH data entry table (Data_Entry_2017_v2020.csv or "
                           "Data_Entry_2017.csv) in this folder"),
                    source.root);
    }
    auto reader = CsvReader::open(entryPath);
    if (!reader)
        return std::unexpected(reader.error());
    const auto required =
        reader->requireColumns("Image Index", "Finding Labels", "Patient ID", "Patient Age");
    if (!required)
        return std::unexpected(required.error());
    const auto [imageCol, findingsCol, patientCol, ageCol] = *required;
    const int sexCol = reader->columnIndex("Patient Gender");
    const int viewCol = reader->columnIndex("View Position");

    LoadReport report;
    report.filesRead << entryPath;
    control.report(0.0, Tr::tr("indexing image folders"));
    const ImageFolders folders = indexImageFolders(root);
    const auto splits = readSplitLists(root, report);
    if (splits.empty() && !settings.splitFilter().isEmpty()) {
        report.problems.add(source.root, -1, {},
                            Tr::tr("no split lists (train_val_list.txt, test_list.txt): the split "
                                   "filter keeps nothing"));
    }

    CohortColumns out;
    out.tables = {entryPath};
    out.imageColumn = QStringLiteral("Image Index");
    out.setConditions(nihConditions());
    std::array<LabelState, kFindings.size()> states{};
    std::string path;
    while (reader->next()) {
        ++report.rowsRead;
        if (!rowFitsHeader(report, *reader))
            continue;
        if (!tableProgress(control, *reader, report.rowsRead, 0.05, 0.85,
                           Tr::tr("reading the data entry table")))
            return std::unexpected(cancelledError());
        const std::string_view image = trimmedView(reader->field(imageCol));
        if (image.empty()) {
            skipRow(report, *reader, "Image Index", Tr::tr("empty image name"));
            continue;
        }
        const std::string_view patient = trimmedView(reader->field(patientCol));
        if (patient.empty()) {
            skipRow(report, *reader, "Patient ID", Tr::tr("empty patient id"));
            continue;
        }
        states.fill(LabelState::Negative);
        bool labelsOk = true;
        std::string_view findings = reader->field(findingsCol);
        while (labelsOk) {
            const size_t bar = findings.find('|');
            const std::string_view token = trimmedView(findings.substr(0, bar));
            if (!token.empty()) {
                const int index = findingIndex(token);
                if (index < 0) {
                    skipRow(report, *reader, "Finding Labels",
                            Tr::tr("unknown finding '%1'").arg(toQString(token)));
                    labelsOk = false;
                    break;
                }
                states[size_t(index)] = LabelState::Positive;
            }
            if (bar == std::string_view::npos)
                break;
            findings.remove_prefix(bar + 1);
        }
        if (!labelsOk)
            continue;
        const std::string_view ageText = reader->field(ageCol);
        std::optional<double> age = parseAgeYears(ageText);
        if (!age) {
            skipRow(report, *reader, "Patient Age",
                    Tr::tr("'%1' is not an age").arg(toQString(ageText)));
            continue;
        }
        if (*age > kMaxPlausibleAge) {
            report.problems.add(
                entryPath, reader->line(), QStringLiteral("Patient Age"),
                Tr::tr("impossible age %1; kept as missing").arg(toQString(trimmedView(ageText))));
            age = std::nan("");
        }
        const std::string_view sexText = sexCol >= 0 ? reader->field(sexCol) : std::string_view();
        const SexValue sex = parseSex(sexText);
        if (sex == SexValue::Invalid) {
            skipRow(report, *reader, "Patient Gender",
                    Tr::tr("'%1' is not a sex (M or F)").arg(toQString(sexText)));
            continue;
        }

        const auto found = folders.byName.find(std::string(image));
        path.clear();
        path.append(found != folders.byName.end()
                        ? QFile::encodeName(folders.folders[found->second]).toStdString()
                        : std::string("images"));
        path.push_back('/');
        path.append(image);

        out.imagePath.append(path);
        out.sampleId.append(image);
        out.patientId.append(patient);
        out.sourceLine.push_back(std::uint32_t(reader->line()));
        out.appendLabels(states.data());
        out.age.push_back(float(*age));
        out.sex.append(sex == SexValue::Female ? "F" : sex == SexValue::Male ? "M" : "");
        out.race.appendMissing();
        out.view.append(viewCol >= 0 ? normalizeView(reader->field(viewCol)) : std::string());
        const auto split = splits.find(std::string(image));
        out.split.append(split != splits.end() ? std::string_view(split->second)
                                               : std::string_view());
    }
    if (reader->error())
        return std::unexpected(*reader->error());

    const QString drains =
        !source.drains.isEmpty() ? source.drains : findTable(root, neatxFileName());
    if (!drains.isEmpty()) {
        control.report(0.87, Tr::tr("reading drain annotations"));
        if (auto merged = mergeNeatxDrains(drains, out, report); !merged)
            return std::unexpected(merged.error());
    }
    return Cohort::build(source, settings, std::move(out), std::move(report), control);
}

} // namespace cxrfair
