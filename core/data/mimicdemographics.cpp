#include "data/mimicdemographics.h"

#include "data/csvreader.h"
#include "data/readerutils.h"
#include "data/tablefiles.h"
#include "data/valueparsers.h"

#include <QDir>

#include <vector>

namespace cxrfair {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cxrfair::MimicDemographics)
};

struct RaceTally {
    std::string value;
    int count = 0;
    std::string latest; ///< latest admittime with this value
};

Result<void> readPatients(const QString& path, const std::unordered_set<std::int64_t>& wanted,
                          std::unordered_map<std::int64_t, MimicPatient>& patients,
                          LoadReport& report, const Progress& control) {
    auto reader = CsvReader::open(path);
    if (!reader)
        return std::unexpected(reader.error());
    const auto required =
        reader->requireColumns("subject_id", "gender", "anchor_age", "anchor_year");
    if (!required)
        return std::unexpected(required.error());
    const auto cols = *required;
    report.filesRead << path;
    qint64 rows = 0;
    while (reader->next()) {
        if (!rowFitsHeader(report, *reader))
            continue;
        if (!tableProgress(control, *reader, ++rows, 0.55, 0.65,
                           Tr::tr("reading MIMIC-IV patients")))
            return std::unexpected(cancelledError());
        const auto subject = parseInt(reader->field(cols[0]));
        if (!subject) {
            report.problems.add(path, reader->line(), QStringLiteral("subject_id"),
                                Tr::tr("'%1' is not a subject id; row ignored")
                                    .arg(toQString(reader->field(cols[0]))));
            continue;
        }
        if (!wanted.empty() && !wanted.contains(*subject))
            continue;
        MimicPatient p;
        const SexValue sex = parseSex(reader->field(cols[1]));
        if (sex == SexValue::Invalid) {
            report.problems.add(path, reader->line(), QStringLiteral("gender"),
                                Tr::tr("'%1' is not a sex (M or F); kept as missing")
                                    .arg(toQString(reader->field(cols[1]))));
        }
        p.sex = sex == SexValue::Female ? 0 : sex == SexValue::Male ? 1 : -1;
        const auto age = parseDouble(reader->field(cols[2]));
        const auto year = parseInt(reader->field(cols[3]));
        if (!age || *age < 0 || *age > kMaxPlausibleAge) {
            report.problems.add(path, reader->line(), QStringLiteral("anchor_age"),
                                Tr::tr("'%1' is not an age; kept as missing")
                                    .arg(toQString(reader->field(cols[2]))));
        } else if (!year) {
            report.problems.add(path, reader->line(), QStringLiteral("anchor_year"),
                                Tr::tr("'%1' is not a year; age kept as missing")
                                    .arg(toQString(reader->field(cols[3]))));
        } else {
            p.anchorAge = float(*age);
            p.anchorYear = int(*year);
        }
        patients[*subject] = p;
    }
    if (reader->error())
        return std::unexpected(*reader->error());
    return {};
}

Result<void> readAdmissions(const QString& path,
                            std::unordered_map<std::int64_t, MimicPatient>& patients,
                            const RaceMapping& mapping, LoadReport& report,
                            const Progress& control) {
    auto reader = CsvReader::open(path);
    if (!reader)
        return std::unexpected(reader.error());
    auto subjectCol = reader->requireColumn("subject_id");
    if (!subjectCol)
        return std::unexpected(subjectCol.error());
    // MIMIC-IV 2.0 renamed `ethnicity` to `race`.
    const int raceCol = reader->columnIndexOfAny({"race", "ethnicity"});
    if (raceCol < 0)
        return fail(ErrorCode::MissingColumn, Tr::tr("required column is missing"), path, 1,
                    QStringLiteral("race"));
    const int timeCol = reader->columnIndex("admittime");
    report.filesRead << path;

    std::unordered_map<std::int64_t, std::vector<RaceTally>> tallies;
    std::unordered_map<std::string, bool> missingByValue;
    qint64 rows = 0;
    while (reader->next()) {
        if (!rowFitsHeader(report, *reader))
            continue;
        if (!tableProgress(control, *reader, ++rows, 0.65, 0.85,
                           Tr::tr("reading MIMIC-IV admissions")))
            return std::unexpected(cancelledError());
        const auto subject = parseInt(reader->field(*subjectCol));
        if (!subject || !patients.contains(*subject))
            continue;
        const std::string_view race = trimmedView(reader->field(raceCol));
        auto known = missingByValue.find(std::string(race));
        if (known == missingByValue.end())
            known =
                missingByValue.emplace(std::string(race), mapping.isMissing(toQString(race))).first;
        if (known->second)
            continue;
        const std::string_view time = timeCol >= 0 ? reader->field(timeCol) : std::string_view();
        auto& list = tallies[*subject];
        auto it = std::find_if(list.begin(), list.end(),
                               [&](const RaceTally& t) { return t.value == race; });
        if (it == list.end()) {
            list.push_back({std::string(race), 0, {}});
            it = list.end() - 1;
        }
        ++it->count;
        if (time > it->latest)
            it->latest = std::string(time);
    }
    if (reader->error())
        return std::unexpected(*reader->error());

    for (auto& [subject, list] : tallies) {
        const auto best =
            std::max_element(list.begin(), list.end(), [](const RaceTally& a, const RaceTally& b) {
                return a.count != b.count ? a.count < b.count : a.latest < b.latest;
            });
        MimicPatient& patient = patients[subject];
        patient.race = best->value;
        patient.raceConflict = list.size() > 1;
    }
    return {};
}

} // namespace

Result<std::unordered_map<std::int64_t, MimicPatient>>
readMimicDemographics(const QString& hospDir, const std::unordered_set<std::int64_t>& wanted,
                      const RaceMapping& mapping, LoadReport& report, const Progress& control) {
    const QDir dir(hospDir);
    const QString patientsPath = findTable(dir, QStringLiteral("patients"));
    if (patientsPath.isEmpty())
        return fail(ErrorCode::Io,
                    Tr::tr("MIMIC-IV patients table (patients.csv or patients.csv.gz) not found"),
                    hospDir);
    std::unordered_map<std::int64_t, MimicPatient> patients;
    patients.reserve(wanted.empty() ? 1 << 16 : wanted.size());
    if (auto ok = readPatients(patientsPath, wanted, patients, report, control); !ok)
        return std::unexpected(ok.error());
    const QString admissionsPath = findTable(dir, QStringLiteral("admissions"));
    if (admissionsPath.isEmpty()) {
        report.problems.add(
            hospDir, -1, {},
            Tr::tr("MIMIC-IV admissions table not found: race is missing for every image"));
        return patients;
    }
    if (auto ok = readAdmissions(admissionsPath, patients, mapping, report, control); !ok)
        return std::unexpected(ok.error());
    return patients;
}

} // namespace cxrfair
