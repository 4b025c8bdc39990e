#include "data/mimicreader.h"

#include "common/computepool.h"

#include "data/csvreader.h"
#include "data/mimicdemographics.h"
#include "data/readerutils.h"
#include "data/tablefiles.h"
#include "data/valueparsers.h"

#include <QDir>
#include <QDirIterator>
#include <QFuture>
#include <QScopeGuard>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>
#include <unordered_map>
#include <unordered_set>

namespace cxrfair {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cxrfair::MimicReader)
};

/// Labels per study, flattened: study_id -> offset into `states`.
struct StudyLabels {
    QStringList conditions;
    std::unordered_map<std::int64_t, std::uint32_t> offsets;
    std::vector<LabelState> states;
};

Result<StudyLabels> readStudyLabels(const QString& path, LoadReport& report,
                                    const Progress& control) {
    auto reader = CsvReader::open(path);
    if (!reader)
        return std::unexpected(reader.error());
    const auto required = reader->requireColumns("subject_id", "study_id");
    if (!required)
        return std::unexpected(required.error());
    const auto [subjectCol, studyCol] = *required;
    report.filesRead << path;

    StudyLabels labels;
    std::vector<int> labelCols;
    for (size_t i = 0; i < reader->header().size(); ++i) {
        if (int(i) == subjectCol || int(i) == studyCol || reader->header()[i].empty())
            continue;
        labelCols.push_back(int(i));
        labels.conditions << toQString(reader->header()[i]);
    }
    if (labelCols.empty())
        return fail(ErrorCode::Format, Tr::tr("the label table has no condition columns"), path, 1);

    std::vector<LabelState> row(labelCols.size());
    qint64 rows = 0;
    while (reader->next()) {
        if (!rowFitsHeader(report, *reader))
            continue;
        if (!tableProgress(control, *reader, ++rows, 0.0, 0.15, Tr::tr("reading labels")))
            return std::unexpected(cancelledError());
        const auto study = parseInt(reader->field(studyCol));
        if (!study) {
            skipRow(report, *reader, "study_id",
                    Tr::tr("'%1' is not a study id").arg(toQString(reader->field(studyCol))));
            continue;
        }
        if (!readLabelCells(*reader, labelCols, row, report, parseLabel,
                            Tr::tr("1.0, 0.0, -1.0 or empty; the study is left out")))
            continue;
        labels.offsets[*study] = std::uint32_t(labels.states.size());
        labels.states.insert(labels.states.end(), row.begin(), row.end());
    }
    if (reader->error())
        return std::unexpected(*reader->error());
    return labels;
}

/// `.jpg` for MIMIC-CXR-JPG, `.dcm` for MIMIC-CXR: the first image file under files/ tells.
std::string detectImageExtension(const QDir& root) {
    QDirIterator it(root.filePath(QStringLiteral("files")),
                    {QStringLiteral("*.jpg"), QStringLiteral("*.dcm")}, QDir::Files,
                    QDirIterator::Subdirectories);
    if (it.hasNext()) {
        it.next();
        return it.fileName().endsWith(QStringLiteral(".dcm")) ? ".dcm" : ".jpg";
    }
    return ".jpg";
}

Result<void> readSplits(const QString& path, CohortColumns& columns, LoadReport& report,
                        const Progress& control) {
    auto reader = CsvReader::open(path);
    if (!reader)
        return std::unexpected(reader.error());
    const auto required = reader->requireColumns("dicom_id", "split");
    if (!required)
        return std::unexpected(required.error());
    const auto [dicomCol, splitCol] = *required;
    report.filesRead << path;
    // PhysioNet's split table lists the images in the metadata's order: match row by row, and
    // fall back to a lookup by dicom_id when the orders differ.
    std::unordered_map<std::string_view, std::uint32_t> index;
    qint64 rows = 0;
    while (reader->next()) {
        if (!rowFitsHeader(report, *reader))
            continue;
        if (!tableProgress(control, *reader, ++rows, 0.45, 0.55, Tr::tr("reading the split")))
            return std::unexpected(cancelledError());
        const std::string_view dicom = trimmedView(reader->field(dicomCol));
        const size_t guess = size_t(rows - 1);
        if (guess < columns.rows() && columns.sampleId.view(guess) == dicom) {
            columns.split.set(guess, trimmedView(reader->field(splitCol)));
            continue;
        }
        if (index.empty())
            index = indexSamples(columns.sampleId);
        if (const auto it = index.find(dicom); it != index.end())
            columns.split.set(it->second, trimmedView(reader->field(splitCol)));
    }
    if (reader->error())
        return std::unexpected(*reader->error());
    return {};
}

} // namespace

const std::array<const char*, 14>& mimicLabelColumns() {
    static const std::array<const char*, 14> columns{"Atelectasis",
                                                     "Cardiomegaly",
                                                     "Consolidation",
                                                     "Edema",
                                                     "Enlarged Cardiomediastinum",
                                                     "Fracture",
                                                     "Lung Lesion",
                                                     "Lung Opacity",
                                                     "No Finding",
                                                     "Pleural Effusion",
                                                     "Pleural Other",
                                                     "Pneumonia",
                                                     "Pneumothorax",
                                                     "Support Devices"};
    return columns;
}

QString findMimicIvHosp(const DatasetSource& source) {
    auto holdsPatients = [](const QString& dir) {
        return !findTable(QDir(dir), QStringLiteral("patients")).isEmpty();
    };
    if (!source.mimicIv.isEmpty()) {
        for (const QString& dir :
             {QDir(source.mimicIv).filePath(QStringLiteral("hosp")), source.mimicIv}) {
            if (holdsPatients(dir))
                return dir;
        }
        return {};
    }
    const QString hosp = QDir(source.root).filePath(QStringLiteral("hosp"));
    return holdsPatients(hosp) ? hosp : QString();
}

Result<Cohort> loadMimic(const DatasetSource& source, const CohortSettings& settings,
                         const Progress& control) {
    const QDir root(source.root);
    if (!root.exists())
        return fail(ErrorCode::Io, Tr::tr("dataset folder not found"), source.root);
    const QString labeler =
        source.labeler.isEmpty() ? QStringLiteral("chexpert") : source.labeler.toLower();
    if (labeler != QStringLiteral("chexpert") && labeler != QStringLiteral("negbio"))
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("the MIMIC labeler must be chexpert or negbio, not '%1'").arg(labeler));
    const QString metadataName = QStringLiteral("mimic-cxr-2.0.0-metadata");
    const QString labelsName = QStringLiteral("mimic-cxr-2.0.0-") + labeler;
    const QString metadataPath = findTable(root, metadataName);
    if (metadataPath.isEmpty())
        return fail(ErrorCode::Format, Tr::tr("MIMIC-CXR metadata table not found"),
                    tableCandidates(root, metadataName));
    const QString labelsPath = findTable(root, labelsName);
    if (labelsPath.isEmpty())
        return fail(ErrorCode::Format, Tr::tr("MIMIC-CXR label table not found"),
                    tableCandidates(root, labelsName));
    const QString splitPath = findTable(root, QStringLiteral("mimic-cxr-2.0.0-split"));
    const QString hosp = findMimicIvHosp(source);
    if (!source.mimicIv.isEmpty() && hosp.isEmpty()) {
        return fail(
            ErrorCode::Io,
            Tr::tr("no MIMIC-IV patients table (patients.csv or patients.csv.gz) here or in hosp/"),
            source.mimicIv);
    }

    LoadReport report;
    auto studies = readStudyLabels(labelsPath, report, control);
    if (!studies)
        return std::unexpected(studies.error());

    auto reader = CsvReader::open(metadataPath);
    if (!reader)
        return std::unexpected(reader.error());
    const auto required =
        reader->requireColumns("dicom_id", "subject_id", "study_id", "ViewPosition");
    if (!required)
        return std::unexpected(required.error());
    const auto [dicomCol, subjectCol, studyCol, viewCol] = *required;
    const int dateCol = reader->columnIndex("StudyDate");
    report.filesRead << metadataPath;

    const std::string extension = detectImageExtension(root);
    CohortColumns out;
    out.tables = {metadataPath};
    out.imageColumn = QStringLiteral("dicom_id");
    out.setConditions(studies->conditions);
    std::vector<std::int64_t> subjects;
    std::vector<std::int16_t> studyYears;
    std::string path;
    while (reader->next()) {
        if (!rowFitsHeader(report, *reader))
            continue;
        ++report.rowsRead;
        if (!tableProgress(control, *reader, report.rowsRead, 0.15, 0.45,
                           Tr::tr("reading metadata")))
            return std::unexpected(cancelledError());
        const std::string_view dicom = trimmedView(reader->field(dicomCol));
        const std::string_view subjectText = trimmedView(reader->field(subjectCol));
        const std::string_view studyText = trimmedView(reader->field(studyCol));
        if (dicom.empty()) {
            skipRow(report, *reader, "dicom_id", Tr::tr("empty dicom_id"));
            continue;
        }
        const auto subject = parseInt(subjectText);
        if (!subject || *subject <= 0 || subjectText.size() < 2) {
            skipRow(report, *reader, "subject_id",
                    Tr::tr("'%1' is not a subject id").arg(toQString(subjectText)));
            continue;
        }
        const auto study = parseInt(studyText);
        if (!study || *study <= 0) {
            skipRow(report, *reader, "study_id",
                    Tr::tr("'%1' is not a study id").arg(toQString(studyText)));
            continue;
        }
        std::int16_t year = 0;
        if (dateCol >= 0) {
            const std::string_view date = trimmedView(reader->field(dateCol));
            if (const auto y = parseInt(date.substr(0, 4)); y && date.size() >= 4)
                year = std::int16_t(*y);
        }

        path.assign("files/p");
        path.append(subjectText.substr(0, 2));
        path.append("/p");
        path.append(subjectText);
        path.append("/s");
        path.append(studyText);
        path.push_back('/');
        path.append(dicom);
        path.append(extension);

        out.imagePath.append(path);
        out.sampleId.append(dicom);
        out.patientId.append(subjectText);
        out.sourceLine.push_back(std::uint32_t(reader->line()));
        if (const auto it = studies->offsets.find(*study); it != studies->offsets.end())
            out.appendLabels(studies->states.data() + it->second);
        else
            out.appendUnlabelled();
        out.view.append(normalizeView(reader->field(viewCol)));
        out.split.appendMissing();
        subjects.push_back(*subject);
        studyYears.push_back(year);
    }
    if (reader->error())
        return std::unexpected(*reader->error());
    studies = {};

    // MIMIC-IV's tables do not depend on the split: read them on the other core meanwhile.
    using Demographics =
        std::pair<Result<std::unordered_map<std::int64_t, MimicPatient>>, LoadReport>;
    QFuture<Demographics> demographics;
    if (!hosp.isEmpty()) {
        demographics = QtConcurrent::run(computePool(), [&hosp, &subjects, &settings, &control] {
            const std::unordered_set<std::int64_t> wanted(subjects.begin(), subjects.end());
            LoadReport own;
            // Progress is reported by the reading thread only; cancel reaches both.
            const Progress quiet({}, [&control] { return control.cancelled(); });
            auto patients = readMimicDemographics(hosp, wanted, settings.race, own, quiet);
            return Demographics{std::move(patients), std::move(own)};
        });
    }
    // The worker reads locals of this function: it must finish before any return.
    const auto join = qScopeGuard([&] {
        if (demographics.isValid()) // takeResult() leaves it invalid
            demographics.waitForFinished();
    });

    if (!splitPath.isEmpty()) {
        if (auto ok = readSplits(splitPath, out, report, control); !ok)
            return std::unexpected(ok.error());
    } else if (!settings.splitFilter().isEmpty()) {
        report.problems.add(
            source.root, -1, {},
            Tr::tr("no split table (mimic-cxr-2.0.0-split.csv): the split filter keeps nothing"));
    }

    std::unordered_map<std::int64_t, MimicPatient> patients;
    if (!hosp.isEmpty()) {
        control.report(0.6, Tr::tr("reading MIMIC-IV patients and admissions"));
        Demographics read = demographics.takeResult();
        if (!read.first)
            return std::unexpected(read.first.error());
        patients = std::move(*read.first);
        report.problems.append(read.second.problems);
        report.filesRead << read.second.filesRead;
    } else {
        report.problems.add(source.root, -1, {},
                            Tr::tr("MIMIC-IV not found (hosp/ under the root, or --mimic-iv): sex, "
                                   "age and race are missing"));
    }

    // Patients whose admissions disagree on race, among this cohort's patients.
    if (!hosp.isEmpty()) {
        std::unordered_set<std::int64_t> conflicting;
        for (std::int64_t subject : subjects) {
            if (const auto it = patients.find(subject);
                it != patients.end() && it->second.raceConflict)
                conflicting.insert(subject);
        }
        if (!conflicting.empty()) {
            report.problems.add(
                findTable(QDir(hosp), QStringLiteral("admissions")), -1, QStringLiteral("race"),
                Tr::tr("%n patient(s) have different race values across admissions; the most "
                       "frequent is used (ties: the latest)",
                       nullptr, int(conflicting.size())));
        }
    }

    const size_t rows = out.rows();
    out.age.resize(rows, std::nanf(""));
    out.sex.reserve(rows);
    out.race.reserve(rows);
    qint64 withoutDate = 0;
    for (size_t row = 0; row < rows; ++row) {
        const auto it = patients.find(subjects[row]);
        if (it == patients.end()) {
            out.sex.appendMissing();
            out.race.appendMissing();
            continue;
        }
        const MimicPatient& p = it->second;
        out.sex.append(p.sex == 0 ? "F" : p.sex == 1 ? "M" : "");
        out.race.append(p.race);
        if (std::isnan(p.anchorAge))
            continue;
        if (studyYears[row] == 0) {
            ++withoutDate;
            continue;
        }
        out.age[row] = p.anchorAge + float(studyYears[row] - p.anchorYear);
    }
    if (withoutDate > 0) {
        report.problems.add(metadataPath, -1, QStringLiteral("StudyDate"),
                            Tr::tr("%n image(s) have no study date, so no age at study", nullptr,
                                   int(withoutDate)));
    }
    return Cohort::build(source, settings, std::move(out), std::move(report), control);
}

} // namespace cxrfair
