// Cohort loading at MIMIC-CXR scale: 377,110 images (the size of MIMIC-CXR-JPG 2.0.0), with
// its five tables as PhysioNet ships them (.csv.gz, MIMIC-IV at full size) and one (empty)
// file per image. Prints the load time and peak memory of a fresh process, against the
// targets (3 s, 400 MB) and, in the same run, a pandas reference doing the same joins.
//
//   bench_cohort_load [--images 377110] [--dir DIR] [--runs 3] [--no-reference]

#include "benchutils.h"

#include "common/random.h"
#include "data/cohortloader.h"
#include "data/csvwriter.h"
#include "data/mimicreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTextStream>

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>

using namespace cxrfair;

namespace {

// MIMIC-CXR-JPG 2.0.0 and MIMIC-IV 2.2 sizes.
constexpr double kImages = 377110, kStudies = 227835, kSubjects = 65379, kPatients = 299712,
                 kAdmissions = 431231;

const char* const kRaces[] = {"WHITE",
                              "BLACK/AFRICAN AMERICAN",
                              "ASIAN - CHINESE",
                              "HISPANIC/LATINO - PUERTO RICAN",
                              "UNKNOWN",
                              "OTHER",
                              "WHITE - OTHER EUROPEAN",
                              "UNABLE TO OBTAIN"};

std::string dicomId(std::uint64_t i) {
    Random r(i * 2654435761ULL + 17);
    char text[48];
    std::snprintf(text, sizeof text, "%08x-%08x-%08x-%08x-%08x", unsigned(r.next()),
                  unsigned(r.next()), unsigned(r.next()), unsigned(r.next()), unsigned(r.next()));
    return text;
}

bool generate(const QDir& dir, int images) {
    const double scale = images / kImages;
    const int studies = std::max(1, int(kStudies * scale)),
              subjects = std::max(1, int(kSubjects * scale));
    const int patients = std::max(subjects, int(kPatients * scale)),
              admissions = std::max(1, int(kAdmissions * scale));
    Random r(2025);
    auto subjectId = [](int s) { return std::to_string(10000000 + s * 137); };
    auto studyId = [](int s) { return std::to_string(50000000 + s * 41); };
    dir.mkpath(QStringLiteral("hosp"));

    auto metadata =
        CsvWriter::create(dir.filePath(QStringLiteral("mimic-cxr-2.0.0-metadata.csv.gz")));
    auto split = CsvWriter::create(dir.filePath(QStringLiteral("mimic-cxr-2.0.0-split.csv.gz")));
    auto labels =
        CsvWriter::create(dir.filePath(QStringLiteral("mimic-cxr-2.0.0-chexpert.csv.gz")));
    if (!metadata || !split || !labels)
        return false;
    metadata->writeRow({"dicom_id", "subject_id", "study_id", "PerformedProcedureStepDescription",
                        "ViewPosition", "Rows", "Columns", "StudyDate", "StudyTime",
                        "ProcedureCodeSequence_CodeMeaning", "ViewCodeSequence_CodeMeaning",
                        "PatientOrientationCodeSequence_CodeMeaning"});
    split->writeRow({"dicom_id", "study_id", "subject_id", "split"});
    std::vector<std::string> header{"subject_id", "study_id"};
    header.insert(header.end(), mimicLabelColumns().begin(), mimicLabelColumns().end());
    labels->writeRow(header);

    std::string path;
    int lastStudy = -1;
    for (int i = 0; i < images; ++i) {
        const int study = int(std::int64_t(i) * studies / images);
        const int subject = int(std::int64_t(study) * subjects / studies);
        const std::string id = dicomId(std::uint64_t(i)), sub = subjectId(subject),
                          stu = studyId(study);
        const double v = r.uniform();
        const char* view = v < 0.4 ? "PA" : v < 0.8 ? "AP" : "LATERAL";
        metadata->writeRow({id, sub, stu, "CHEST (PA AND LAT)", view, "3056", "2544",
                            std::to_string(2110 + subject % 80) + "0506", "213014.531",
                            "CHEST (PA AND LAT)", "postero-anterior", "Erect"});
        const double s = r.uniform();
        split->writeRow({id, stu, sub, s < 0.98 ? "train" : s < 0.99 ? "validate" : "test"});
        if (study != lastStudy) {
            lastStudy = study;
            std::vector<std::string> row{sub, stu};
            for (size_t k = 0; k < mimicLabelColumns().size(); ++k) {
                const double x = r.uniform();
                row.push_back(x < 0.12 ? "1.0" : x < 0.2 ? "0.0" : x < 0.23 ? "-1.0" : "");
            }
            labels->writeRow(row);
        }
        path = QFile::encodeName(dir.path()).toStdString() + "/files/p" + sub.substr(0, 2) + "/p" +
               sub + "/s" + stu;
        QDir().mkpath(QString::fromStdString(path));
        path += "/" + id + ".jpg";
        const int fd = ::open(path.c_str(), O_CREAT | O_WRONLY, 0644);
        if (fd < 0)
            return false;
        ::close(fd);
    }
    if (!metadata->close() || !split->close() || !labels->close())
        return false;

    auto patientsTable = CsvWriter::create(dir.filePath(QStringLiteral("hosp/patients.csv.gz")));
    auto admissionsTable =
        CsvWriter::create(dir.filePath(QStringLiteral("hosp/admissions.csv.gz")));
    if (!patientsTable || !admissionsTable)
        return false;
    patientsTable->writeRow(
        {"subject_id", "gender", "anchor_age", "anchor_year", "anchor_year_group", "dod"});
    for (int p = 0; p < patients; ++p) {
        // The first `subjects` are the ones with radiographs; MIMIC-IV has many more.
        const std::string id = p < subjects ? subjectId(p) : std::to_string(19000000 + p);
        patientsTable->writeRow({id, r.chance(0.5) ? "F" : "M", std::to_string(r.integer(18, 91)),
                                 std::to_string(2110 + p % 80), "2014 - 2016", ""});
    }
    admissionsTable->writeRow({"subject_id", "hadm_id", "admittime", "dischtime", "deathtime",
                               "admission_type", "admit_provider_id", "admission_location",
                               "discharge_location", "insurance", "language", "marital_status",
                               "race", "edregtime", "edouttime", "hospital_expire_flag"});
    for (int a = 0; a < admissions; ++a) {
        const int p = r.integer(0, patients - 1);
        const std::string id = p < subjects ? subjectId(p) : std::to_string(19000000 + p);
        admissionsTable->writeRow({id, std::to_string(20000000 + a), "2180-05-06 22:23:00",
                                   "2180-05-07 17:15:00", "", "URGENT", "P874LG",
                                   "TRANSFER FROM HOSPITAL", "HOME", "Other", "ENGLISH", "WIDOWED",
                                   kRaces[r.integer(0, int(std::size(kRaces)) - 1)], "", "", "0"});
    }
    if (!patientsTable->close() || !admissionsTable->close())
        return false;
    QFile stamp(dir.filePath(QStringLiteral("bench-complete")));
    return stamp.open(QIODevice::WriteOnly);
}

/// The child process: one load, then "seconds peak_mib images cohort_mib".
int loadOnce(const QString& dir) {
    const double start = bench::now();
    const auto cohort = loadCohort(DatasetSource(DatasetFormat::Mimic, dir), CohortSettings());
    const double seconds = bench::now() - start;
    if (!cohort) {
        std::fprintf(stderr, "%s\n", qPrintable(cohort.error().toString()));
        return 1;
    }
    std::printf("%.3f %.1f %zu %.1f\n", seconds, bench::peakRssMiB(), cohort->size(),
                double(cohort->memoryBytes()) / (1 << 20));
    return 0;
}

// The same work as the study's kind of Python: pandas reads and merges the tables, computes the
// age at study, maps race, filters views and checks that each image exists.
const char* kPandasReference = R"PY(
import os, sys, time, resource
import pandas as pd
root = sys.argv[1]
t0 = time.time()
meta = pd.read_csv(f"{root}/mimic-cxr-2.0.0-metadata.csv.gz")
labels = pd.read_csv(f"{root}/mimic-cxr-2.0.0-chexpert.csv.gz")
split = pd.read_csv(f"{root}/mimic-cxr-2.0.0-split.csv.gz")
patients = pd.read_csv(f"{root}/hosp/patients.csv.gz")
admissions = pd.read_csv(f"{root}/hosp/admissions.csv.gz", usecols=["subject_id", "race"])
race = admissions.groupby("subject_id")["race"].agg(lambda s: s.value_counts().index[0])
df = meta.merge(labels, on=["subject_id", "study_id"], how="inner")
df = df.merge(split[["dicom_id", "split"]], on="dicom_id", how="left")
df = df.merge(patients[["subject_id", "gender", "anchor_age", "anchor_year"]], on="subject_id", how="left")
df["race"] = df["subject_id"].map(race)
df["age"] = df["anchor_age"] + (df["StudyDate"] // 10000 - df["anchor_year"])
df = df[df["ViewPosition"].isin(["PA", "AP"])]
paths = root + "/files/p" + df["subject_id"].astype(str).str[:2] + "/p" + df["subject_id"].astype(str) + "/s" + df["study_id"].astype(str) + "/" + df["dicom_id"] + ".jpg"
df = df[[os.path.exists(p) for p in paths]]
print(f"{time.time() - t0:.3f} {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.1f} {len(df)}")
)PY";

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (bench::flag(args, QStringLiteral("load")))
        return loadOnce(bench::option(args, QStringLiteral("load")));

    const int images =
        bench::option(args, QStringLiteral("images"), QStringLiteral("377110")).toInt();
    const int runs =
        std::max(1, bench::option(args, QStringLiteral("runs"), QStringLiteral("3")).toInt());
    const QDir dir(
        bench::option(args, QStringLiteral("dir"),
                      QDir::temp().filePath(QStringLiteral("cxrfair-bench-mimic-%1").arg(images))));
    QTextStream out(stdout);
    out << "cxrfair cohort load benchmark: " << images << " MIMIC-CXR images, tables as .csv.gz\n"
        << "machine: " << bench::machineDescription() << "\n";
    if (!dir.exists(QStringLiteral("bench-complete"))) {
        out << "generating the tables and " << images << " image files in " << dir.path()
            << " (once) ..." << Qt::endl;
        const double t = bench::now();
        QDir(dir.path()).removeRecursively();
        QDir().mkpath(dir.path());
        if (!generate(dir, images)) {
            out << "generation failed\n";
            return 1;
        }
        out << "  generated in " << QString::number(bench::now() - t, 'f', 1) << " s\n";
    }

    auto runChild = [&](const QString& program, const QStringList& arguments) -> QList<QByteArray> {
        QProcess p;
        p.start(program, arguments);
        p.waitForFinished(-1);
        if (p.exitCode() != 0) {
            out << "  failed: " << p.readAllStandardError() << Qt::endl;
            return {};
        }
        return p.readAllStandardOutput().trimmed().split(' ');
    };

    std::vector<double> seconds, peaks;
    QByteArray loaded, cohortMiB;
    for (int i = 0; i < runs; ++i) {
        const auto f = runChild(app.applicationFilePath(), {QStringLiteral("--load"), dir.path()});
        if (f.size() < 4)
            return 1;
        seconds.push_back(f[0].toDouble());
        peaks.push_back(f[1].toDouble());
        loaded = f[2];
        cohortMiB = f[3];
    }
    std::sort(seconds.begin(), seconds.end());
    const double median = seconds[seconds.size() / 2];
    const double peak = *std::max_element(peaks.begin(), peaks.end());
    out << "cxrfair:  " << QString::number(median, 'f', 3) << " s (median of " << runs
        << "), peak memory " << QString::number(peak, 'f', 0) << " MiB, " << loaded
        << " images in the cohort (PA/AP), cohort columns " << cohortMiB << " MiB\n";
    out << "targets:  load < 3 s: " << (median < 3.0 ? "met" : "NOT met")
        << ";  peak memory < 400 MB: " << (peak * 1.048576 < 400.0 ? "met" : "NOT met") << "\n";
    out.flush();

    if (bench::flag(args, QStringLiteral("no-reference")))
        return 0;
    const auto ref =
        runChild(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral("-c"), QString::fromUtf8(kPandasReference), dir.path()});
    if (ref.size() < 3) {
        out << "reference: skipped (needs Debian's python3-pandas)\n";
        return 0;
    }
    out << "pandas:   " << ref[0] << " s, peak memory " << ref[1] << " MiB, " << ref[2]
        << " images\n";
    out << "ratio:    cxrfair is " << QString::number(ref[0].toDouble() / median, 'f', 1)
        << "x faster and uses " << QString::number(ref[1].toDouble() / peak, 'f', 1)
        << "x less memory than the pandas reference\n";
    return 0;
}
