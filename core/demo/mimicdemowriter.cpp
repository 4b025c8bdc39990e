#include "demo/demowriters.h"

#include "common/random.h"
#include "data/csvwriter.h"
#include "data/mimicreader.h"
#include "demo/devicetruth.h"
#include "imaging/dicomwriter.h"

#include <QDir>
#include <QMutex>
#include <QtConcurrent/QtConcurrentMap>

#include <atomic>

#include <algorithm>
#include <cmath>
#include <map>

namespace cxrfair {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cxrfair::MimicDemoWriter)
};

std::string labelText(LabelState state) {
    switch (state) {
    case LabelState::Positive:
        return "1.0";
    case LabelState::Negative:
        return "0.0";
    case LabelState::Uncertain:
        return "-1.0";
    case LabelState::Blank:
        break;
    }
    return {};
}

std::string twoDigits(int v) {
    return (v < 10 ? "0" : "") + std::to_string(v);
}

/// Per image: the identifiers and acquisition details MIMIC records.
struct MimicImageRecord {
    std::string dicomId;
    std::string studyId;
    int year = 0;
    int month = 1;
    int day = 1;
    std::string time;
    bool monochrome1 = false;
    DicomSyntax syntax = DicomSyntax::ExplicitLittle;
    bool window = true;
};

class MimicDemoWriter final : public DemoDatasetWriter {
public:
    MimicDemoWriter(QString root, DemoPlan plan, int size, std::uint64_t seed)
        : m_root(std::move(root))
        , m_plan(std::move(plan))
        , m_size(size)
        , m_seed(seed) {
        // Anchor years: MIMIC shifts every patient's dates into 2100-2200.
        Random r = Random::stream(seed, 21);
        for (size_t p = 0; p < m_plan.patients.size(); ++p)
            m_anchorYear.push_back(r.integer(2110, 2190));
        int studyCounter = 0;
        std::map<std::pair<int, int>, std::string> studies;
        for (size_t i = 0; i < m_plan.images.size(); ++i) {
            const DemoImage& image = m_plan.images[i];
            Random ir = Random::stream(seed, 100000 + i);
            MimicImageRecord rec;
            char hex[45];
            std::snprintf(hex, sizeof hex, "%08x-%08x-%08x-%08x-%08x", unsigned(ir.next()),
                          unsigned(ir.next()), unsigned(ir.next()), unsigned(ir.next()),
                          unsigned(ir.next()));
            rec.dicomId = hex;
            auto [it, inserted] = studies.try_emplace({image.patient, image.study}, std::string());
            if (inserted)
                it->second = std::to_string(50000000 + 37 * ++studyCounter + ir.integer(0, 30));
            rec.studyId = it->second;
            const DemoPatient& patient = m_plan.patients[size_t(image.patient)];
            rec.year = m_anchorYear[size_t(image.patient)] +
                       int(std::lround(image.age - patient.firstAge));
            rec.month = ir.integer(1, 12);
            rec.day = ir.integer(1, 28);
            rec.time = twoDigits(ir.integer(0, 23)) + twoDigits(ir.integer(0, 59)) +
                       twoDigits(ir.integer(0, 59)) + ".000";
            rec.monochrome1 = ir.chance(0.15);
            const double s = ir.uniform();
            rec.syntax = s < 0.25   ? DicomSyntax::JpegLossless
                         : s < 0.35 ? DicomSyntax::ImplicitLittle
                                    : DicomSyntax::ExplicitLittle;
            rec.window = ir.chance(0.75);
            m_records.push_back(rec);
        }
    }

    size_t imageCount() const override { return m_plan.images.size(); }

    QString relativePath(size_t index) const {
        const DemoImage& image = m_plan.images[index];
        const std::string& subject = m_plan.patients[size_t(image.patient)].id;
        return QString::fromStdString("files/p" + subject.substr(0, 2) + "/p" + subject + "/s" +
                                      m_records[index].studyId + "/" + m_records[index].dicomId +
                                      ".dcm");
    }

    Result<void> writeTables() override {
        if (auto ok = makeFolders(); !ok)
            return ok;
        if (auto ok = writeMetadataAndSplit(); !ok)
            return ok;
        if (auto ok = writeLabels(); !ok)
            return ok;
        if (auto ok = writeDemoDeviceTruth(
                m_root, m_plan,
                [this](size_t i) { return QString::fromStdString(m_records[i].dicomId); });
            !ok)
            return ok;
        if (auto ok = writeDemoDrainMaskList(
                m_root, m_plan,
                [this](size_t i) { return QString::fromStdString(m_records[i].dicomId); });
            !ok)
            return ok;
        return writeMimicIv();
    }

    /// Every study's folder, each made once (hundreds of thousands at full scale), the groups
    /// of patients (p10, p11, ...) in parallel.
    Result<void> makeFolders() {
        std::vector<QString> folders;
        folders.reserve(m_plan.images.size());
        for (size_t i = 0; i < m_plan.images.size(); ++i)
            folders.push_back(QFileInfo(relativePath(i)).path());
        std::sort(folders.begin(), folders.end());
        folders.erase(std::unique(folders.begin(), folders.end()), folders.end());
        // files/pXX/pXXXXXXXX/sNNNNNNNN: the groups start where "files/pXX" changes.
        std::vector<std::pair<size_t, size_t>> groups;
        for (size_t i = 0; i < folders.size(); ++i)
            if (i == 0 || QStringView(folders[i]).left(9) != QStringView(folders[i - 1]).left(9))
                groups.push_back({i, i});
        for (size_t g = 0; g < groups.size(); ++g)
            groups[g].second = g + 1 < groups.size() ? groups[g + 1].first : folders.size();
        const QDir root(m_root);
        std::atomic<bool> failed{false};
        QString failedFolder;
        QMutex mutex;
        QtConcurrent::blockingMap(groups, [&](const std::pair<size_t, size_t>& group) {
            QString parent;
            for (size_t i = group.first; i < group.second && !failed; ++i) {
                const QString folderParent = QFileInfo(folders[i]).path();
                const bool made =
                    folderParent == parent ? root.mkdir(folders[i]) : root.mkpath(folders[i]);
                if (!made && !QFileInfo(root.filePath(folders[i])).isDir()) {
                    QMutexLocker lock(&mutex);
                    failed = true;
                    failedFolder = root.filePath(folders[i]);
                }
                parent = folderParent;
            }
        });
        if (failed)
            return fail(ErrorCode::Io, Tr::tr("cannot create the folder"), failedFolder);
        return {};
    }

    Result<void> writeMetadataAndSplit() {
        QDir root(m_root);
        auto metadata =
            CsvWriter::create(root.filePath(QStringLiteral("mimic-cxr-2.0.0-metadata.csv.gz")));
        if (!metadata)
            return std::unexpected(metadata.error());
        auto split =
            CsvWriter::create(root.filePath(QStringLiteral("mimic-cxr-2.0.0-split.csv.gz")));
        if (!split)
            return std::unexpected(split.error());
        metadata->writeRow({"dicom_id", "subject_id", "study_id",
                            "PerformedProcedureStepDescription", "ViewPosition", "Rows", "Columns",
                            "StudyDate", "StudyTime", "ProcedureCodeSequence_CodeMeaning",
                            "ViewCodeSequence_CodeMeaning",
                            "PatientOrientationCodeSequence_CodeMeaning"});
        split->writeRow({"dicom_id", "study_id", "subject_id", "split"});
        const std::string size = std::to_string(m_size);
        for (size_t i = 0; i < m_plan.images.size(); ++i) {
            const DemoImage& image = m_plan.images[i];
            const DemoPatient& patient = m_plan.patients[size_t(image.patient)];
            const MimicImageRecord& rec = m_records[i];
            const char* view = image.view == DemoView::PA   ? "PA"
                               : image.view == DemoView::AP ? "AP"
                                                            : "LATERAL";
            const char* procedure =
                image.view == DemoView::AP ? "CHEST (PORTABLE AP)" : "CHEST (PA AND LAT)";
            const char* meaning = image.view == DemoView::PA   ? "postero-anterior"
                                  : image.view == DemoView::AP ? "antero-posterior"
                                                               : "lateral";
            metadata->writeRow(
                {rec.dicomId, patient.id, rec.studyId, procedure, view, size, size,
                 std::to_string(rec.year) + twoDigits(rec.month) + twoDigits(rec.day), rec.time,
                 procedure, meaning, image.view == DemoView::AP ? "Recumbent" : "Erect"});
            const char* splitName = patient.split == 2   ? "test"
                                    : patient.split == 1 ? "validate"
                                                         : "train";
            split->writeRow({rec.dicomId, rec.studyId, patient.id, splitName});
        }
        if (auto ok = metadata->close(); !ok)
            return ok;
        return split->close();
    }

    Result<void> writeLabels() {
        auto labels = CsvWriter::create(
            QDir(m_root).filePath(QStringLiteral("mimic-cxr-2.0.0-chexpert.csv.gz")));
        if (!labels)
            return std::unexpected(labels.error());
        std::vector<std::string> row{"subject_id", "study_id"};
        row.insert(row.end(), mimicLabelColumns().begin(), mimicLabelColumns().end());
        labels->writeRow(row);
        for (size_t i = 0; i < m_plan.images.size(); ++i) {
            const DemoImage& image = m_plan.images[i];
            if (!image.studyFirstImage)
                continue;
            Random r = Random::stream(m_seed, 300000 + i);
            std::map<std::string, std::string> cells;
            const bool devices = image.drain || image.pacemaker || image.ecgLeads;
            bool anyFinding = devices;
            for (int f = 0; f < kDemoFindings; ++f) {
                cells[demoFindingNames()[size_t(f)]] = labelText(image.recorded[size_t(f)]);
                anyFinding = anyFinding || image.severity[size_t(f)] > 0;
            }
            auto present = [&](DemoFinding f) {
                return image.recorded[size_t(f)] == LabelState::Positive;
            };
            cells["No Finding"] = anyFinding ? "" : "1.0";
            cells["Lung Opacity"] = present(DemoFinding::Consolidation) ||
                                            present(DemoFinding::Pneumonia) ||
                                            present(DemoFinding::Atelectasis)
                                        ? "1.0"
                                        : "";
            cells["Support Devices"] = devices ? "1.0" : "";
            cells["Enlarged Cardiomediastinum"] =
                present(DemoFinding::Cardiomegaly) && r.chance(0.5) ? "1.0" : "";
            for (const char* unrendered : {"Edema", "Fracture", "Lung Lesion", "Pleural Other"})
                cells[unrendered] = r.chance(0.03) ? "1.0" : r.chance(0.05) ? "0.0" : "";
            row = {m_plan.patients[size_t(image.patient)].id, m_records[i].studyId};
            for (const char* column : mimicLabelColumns())
                row.push_back(cells[column]);
            labels->writeRow(row);
        }
        return labels->close();
    }

    Result<void> writeMimicIv() {
        QDir root(m_root);
        if (!root.mkpath(QStringLiteral("hosp")))
            return fail(ErrorCode::Io, Tr::tr("cannot create the folder"),
                        root.filePath(QStringLiteral("hosp")));
        auto patients = CsvWriter::create(root.filePath(QStringLiteral("hosp/patients.csv.gz")));
        if (!patients)
            return std::unexpected(patients.error());
        auto admissions =
            CsvWriter::create(root.filePath(QStringLiteral("hosp/admissions.csv.gz")));
        if (!admissions)
            return std::unexpected(admissions.error());
        patients->writeRow(
            {"subject_id", "gender", "anchor_age", "anchor_year", "anchor_year_group", "dod"});
        admissions->writeRow({"subject_id", "hadm_id", "admittime", "dischtime", "deathtime",
                              "admission_type", "admit_provider_id", "admission_location",
                              "discharge_location", "insurance", "language", "marital_status",
                              "race", "edregtime", "edouttime", "hospital_expire_flag"});
        Random r = Random::stream(m_seed, 22);
        const auto& races = demoRaceStrings();
        int hadm = 20000000;
        for (size_t p = 0; p < m_plan.patients.size(); ++p) {
            const DemoPatient& patient = m_plan.patients[p];
            const int anchorYear = m_anchorYear[p];
            const int group = r.integer(0, 3) * 3 + 2008;
            patients->writeRow({patient.id, patient.female ? "F" : "M",
                                std::to_string(int(patient.firstAge)), std::to_string(anchorYear),
                                std::to_string(group) + " - " + std::to_string(group + 2), ""});
            // MIMIC-IV has many patients without a chest radiograph.
            if (r.chance(0.25)) {
                patients->writeRow({std::to_string(19000000 + int(p)), r.chance(0.5) ? "F" : "M",
                                    std::to_string(r.integer(18, 91)),
                                    std::to_string(r.integer(2110, 2190)), "2014 - 2016", ""});
            }
            const int count = r.integer(1, 3);
            for (int a = 0; a < count; ++a) {
                std::string race = races[size_t(patient.race)];
                if (a > 0 && r.chance(0.08))
                    race = r.chance(0.5) ? "UNKNOWN" : "OTHER";
                const std::string date =
                    std::to_string(anchorYear + a) + "-" + twoDigits(r.integer(1, 12)) + "-" +
                    twoDigits(r.integer(1, 28)) + " " + twoDigits(r.integer(0, 23)) + ":" +
                    twoDigits(r.integer(0, 59)) + ":00";
                admissions->writeRow({patient.id, std::to_string(hadm++), date, date, "",
                                      "EW EMER.", "P00000", "EMERGENCY ROOM", "HOME", "Other",
                                      "ENGLISH", "", race, "", "", "0"});
            }
        }
        if (auto ok = patients->close(); !ok)
            return ok;
        return admissions->close();
    }

    Result<void> writeImage(size_t index) override {
        const DemoImage& image = m_plan.images[index];
        const DemoPatient& patient = m_plan.patients[size_t(image.patient)];
        const MimicImageRecord& rec = m_records[index];
        const std::vector<float> pixels = renderPhantom(phantomFor(m_plan, image), m_size);
        DicomWriteSpec spec;
        spec.rows = m_size;
        spec.columns = m_size;
        spec.bitsAllocated = 16;
        spec.bitsStored = 12;
        spec.photometric =
            rec.monochrome1 ? QStringLiteral("MONOCHROME1") : QStringLiteral("MONOCHROME2");
        spec.pixels.resize(pixels.size());
        for (size_t i = 0; i < pixels.size(); ++i) {
            const int v = int(std::lround(pixels[i] * 4095.0f));
            spec.pixels[i] = rec.monochrome1 ? 4095 - v : v;
        }
        if (rec.window)
            spec.windows = {{2048.0, 4096.0}};
        spec.syntax = rec.syntax;
        spec.patientId = QString::fromStdString(patient.id);
        spec.patientName = QStringLiteral("Synthetic^Demo");
        spec.patientSex = patient.female ? QStringLiteral("F") : QStringLiteral("M");
        spec.studyDate = QString::fromStdString(std::to_string(rec.year) + twoDigits(rec.month) +
                                                twoDigits(rec.day));
        spec.viewPosition = image.view == DemoView::PA   ? QStringLiteral("PA")
                            : image.view == DemoView::AP ? QStringLiteral("AP")
                                                         : QStringLiteral("LL");
        spec.sopInstanceUid =
            QStringLiteral("2.25.%1").arg(std::uint64_t(m_seed * 1000003ULL + index + 1));
        if (auto written = writeDicom(QDir(m_root).filePath(relativePath(index)), spec); !written)
            return written;
        return writeDemoDrainMask(m_root, m_plan, index, QString::fromStdString(rec.dicomId),
                                  m_size);
    }

private:
    QString m_root;
    DemoPlan m_plan;
    int m_size;
    std::uint64_t m_seed;
    std::vector<int> m_anchorYear;
    std::vector<MimicImageRecord> m_records;
};

} // namespace

std::unique_ptr<DemoDatasetWriter> makeMimicDemoWriter(const QString& root, DemoPlan plan,
                                                       int imageSize, std::uint64_t seed) {
    return std::make_unique<MimicDemoWriter>(root, std::move(plan), imageSize, seed);
}

} // namespace cxrfair
