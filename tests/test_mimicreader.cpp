#include "data/cohortsummary.h"
#include "data/mimicreader.h"

#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace cxrfair;

namespace {

const QByteArray kLabelHeader =
    "subject_id,study_id,Atelectasis,Cardiomegaly,Consolidation,Edema,Enlarged "
    "Cardiomediastinum,Fracture,Lung Lesion,Lung Opacity,No Finding,Pleural Effusion,"
    "Pleural Other,Pneumonia,Pneumothorax,Support Devices\n";

/// Labels row: only the named columns set, the rest blank.
QByteArray labelRow(const char* subject, const char* study, const QMap<QString, QString>& cells) {
    QByteArray row = QByteArray(subject) + "," + study;
    const QList<QByteArray> names = kLabelHeader.trimmed().split(',').mid(2);
    for (const QByteArray& name : names)
        row += "," + cells.value(QString::fromLatin1(name)).toLatin1();
    return row + "\n";
}

/// A small MIMIC-CXR-JPG tree with MIMIC-IV under hosp/, tables gzipped as PhysioNet ships them
/// (or plain when `gz` is false), images with `extension`.
void writeMimicTree(const QDir& root, bool gz, const QString& extension, bool withMimicIv = true) {
    const QString suffix = gz ? QStringLiteral(".csv.gz") : QStringLiteral(".csv");
    test::writeFile(
        root, QStringLiteral("mimic-cxr-2.0.0-metadata") + suffix,
        "dicom_id,subject_id,study_id,PerformedProcedureStepDescription,ViewPosition,Rows,Columns,"
        "StudyDate,"
        "StudyTime,ProcedureCodeSequence_CodeMeaning,ViewCodeSequence_CodeMeaning,"
        "PatientOrientationCodeSequence_CodeMeaning\n"
        "d1,10000032,50414267,CHEST (PA AND LAT),PA,3056,2544,21800506,213014.531,CHEST (PA AND "
        "LAT),postero-anterior,Erect\n"
        "d2,10000032,50414267,CHEST (PA AND LAT),LATERAL,3056,2544,21800506,213014.531,CHEST (PA "
        "AND LAT),lateral,Erect\n"
        "d3,10000032,53189527,CHEST (PORTABLE AP),AP,2705,2539,21820626,165500.312,CHEST (PORTABLE "
        "AP),antero-posterior,\n"
        "d4,10000764,57375967,CHEST (PORTABLE AP),AP,3056,2544,21341015,90000.000,CHEST (PORTABLE "
        "AP),antero-posterior,\n"
        "d5,10000898,50771383,CHEST (PA AND LAT),PA,3056,2544,21870201,101010.000,CHEST (PA AND "
        "LAT),postero-anterior,Erect\n"
        "d6,10000935,50578979,CHEST (PA AND LAT),PA,3056,2544,21870920,101010.000,CHEST (PA AND "
        "LAT),postero-anterior,Erect\n"
        "d7,abc,50000000,CHEST (PA AND LAT),PA,3056,2544,21870920,101010.000,CHEST (PA AND "
        "LAT),postero-anterior,Erect\n"
        "d8,10001038,58224180,CHEST (PA AND LAT),PA,3056,2544,21881010,101010.000,CHEST (PA AND "
        "LAT),postero-anterior,Erect\n");
    test::writeFile(
        root, QStringLiteral("mimic-cxr-2.0.0-chexpert") + suffix,
        kLabelHeader +
            labelRow(
                "10000032", "50414267",
                {{"Pneumothorax", "1.0"}, {"Pleural Effusion", "-1.0"}, {"Cardiomegaly", "0.0"}}) +
            labelRow("10000032", "53189527", {{"No Finding", "1.0"}}) +
            labelRow("10000764", "57375967", {{"Pneumothorax", "-1.0"}}) +
            labelRow("10000898", "50771383", {{"Atelectasis", "2"}}) + // line 5: not a label
            labelRow("10000935", "50578979", {{"Pneumothorax", "0.0"}}) +
            labelRow("10001038", "58224180", {{"Pneumothorax", "1.0"}}));
    test::writeFile(
        root, QStringLiteral("mimic-cxr-2.0.0-split") + suffix,
        "dicom_id,study_id,subject_id,split\n"
        "d1,50414267,10000032,train\nd2,50414267,10000032,train\nd3,53189527,10000032,train\n"
        "d4,57375967,10000764,test\nd5,50771383,10000898,test\nd6,50578979,10000935,validate\n"
        "d8,58224180,10001038,test\n");
    if (withMimicIv) {
        test::writeFile(root, QStringLiteral("hosp/patients") + suffix,
                        "subject_id,gender,anchor_age,anchor_year,anchor_year_group,dod\n"
                        "10000032,F,52,2180,2014 - 2016,2180-09-09\n"
                        "10000764,M,86,2132,2014 - 2016,\n"
                        "10000898,F,36,2187,2011 - 2013,\n"
                        "10000935,F,52,2187,2011 - 2013,\n"
                        "99999999,M,40,2150,2017 - 2019,\n");
        test::writeFile(
            root, QStringLiteral("hosp/admissions") + suffix,
            "subject_id,hadm_id,admittime,dischtime,deathtime,admission_type,admit_provider_id,"
            "admission_location,discharge_location,insurance,language,marital_status,race,"
            "edregtime,"
            "edouttime,hospital_expire_flag\n"
            "10000032,22595853,2180-05-06 22:23:00,2180-05-07 17:15:00,,URGENT,P874LG,TRANSFER "
            "FROM HOSPITAL,HOME,Other,ENGLISH,WIDOWED,WHITE,,,0\n"
            "10000032,22841357,2180-06-26 18:27:00,2180-06-27 18:49:00,,EW EMER.,P09Q6Y,EMERGENCY "
            "ROOM,HOME,Medicaid,ENGLISH,WIDOWED,WHITE,,,0\n"
            "10000032,29079034,2180-07-23 12:35:00,2180-07-25 17:55:00,,EW EMER.,P23B7Z,EMERGENCY "
            "ROOM,HOSPICE,Medicaid,ENGLISH,WIDOWED,UNKNOWN,,,0\n"
            "10000764,27897940,2132-10-14 23:31:00,2132-10-19 16:30:00,,URGENT,P3A6MS,TRANSFER "
            "FROM HOSPITAL,HOME,Medicare,ENGLISH,,BLACK/AFRICAN AMERICAN,,,0\n"
            "10000764,27897941,2132-10-20 10:00:00,2132-10-21 16:30:00,,URGENT,P3A6MS,TRANSFER "
            "FROM HOSPITAL,HOME,Medicare,ENGLISH,,WHITE,,,0\n"
            "10000898,28792364,2187-02-01 10:00:00,2187-02-02 10:00:00,,URGENT,P3A6MS,EMERGENCY "
            "ROOM,HOME,Other,ENGLISH,,HISPANIC/LATINO - PUERTO RICAN,,,0\n"
            "10000935,21738619,2187-09-20 10:00:00,2187-09-21 10:00:00,,URGENT,P3A6MS,EMERGENCY "
            "ROOM,HOME,Other,ENGLISH,,PATIENT DECLINED TO ANSWER,,,0\n");
    }
    QStringList images;
    for (const char* path :
         {"p10/p10000032/s50414267/d1", "p10/p10000032/s50414267/d2", "p10/p10000032/s53189527/d3",
          "p10/p10000764/s57375967/d4", "p10/p10000898/s50771383/d5", "p10/p10001038/s58224180/d8"})
        images << QStringLiteral("files/") + QLatin1String(path) + extension;
    test::touch(root, images);
}

qint64 count(const Grouping& g, const QString& group) {
    const qsizetype index = g.groups.indexOf(group);
    return index < 0 ? 0 : g.counts()[size_t(index)];
}

size_t rowOf(const Cohort& cohort, const QString& sample) {
    for (size_t row = 0; row < cohort.size(); ++row) {
        if (cohort.sampleId(row) == sample)
            return row;
    }
    qFatal("no row %s", qPrintable(sample));
    return size_t(-1);
}

std::array<qint64, 3> ptxCounts(const Cohort& cohort) {
    const CohortSummary s = summarize(cohort);
    for (const auto& c : s.conditions) {
        if (c.name == QStringLiteral("Pneumothorax"))
            return {c.positive, c.negative, c.unknown};
    }
    return {-1, -1, -1};
}

} // namespace

class TestMimicReader : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_gz;
    QTemporaryDir m_plain;

    static Cohort load(const QString& root, const CohortSettings& settings = {},
                       const QString& mimicIv = {}) {
        DatasetSource source{DatasetFormat::Mimic, root};
        source.mimicIv = mimicIv;
        auto cohort = loadMimic(source, settings);
        if (!cohort)
            qFatal("load failed: %s", qPrintable(cohort.error().toString()));
        return std::move(*cohort);
    }

private Q_SLOTS:
    void initTestCase() {
        writeMimicTree(m_gz.path(), true, QStringLiteral(".jpg"));
        writeMimicTree(m_plain.path(), false, QStringLiteral(".dcm"));
    }

    void cohortRows() {
        const Cohort cohort = load(m_gz.path());
        const LoadReport& r = cohort.report();
        QCOMPARE(r.rowsRead, 8);
        QCOMPARE(r.invalidRows, 2); // bad subject id (metadata), bad label (chexpert)
        QCOMPARE(r.excludedByView, 1);
        QCOMPARE(r.unlabeled, 1);     // d5: its study's label row was unreadable
        QCOMPARE(r.missingImages, 1); // d6
        QCOMPARE(cohort.size(), size_t(4));
        QCOMPARE(cohort.patientCount(), size_t(3));
        QCOMPARE(cohort.imagePath(rowOf(cohort, QStringLiteral("d1"))),
                 m_gz.path() + QStringLiteral("/files/p10/p10000032/s50414267/d1.jpg"));
        QCOMPARE(cohort.conditions().size(), 14);
        bool badLabel = false, badSubject = false, missing = false;
        for (const Problem& p : r.problems.listed()) {
            badLabel |= p.file.endsWith(QStringLiteral("chexpert.csv.gz")) && p.row == 5 &&
                        p.column == QStringLiteral("Atelectasis");
            badSubject |= p.file.endsWith(QStringLiteral("metadata.csv.gz")) && p.row == 8 &&
                          p.column == QStringLiteral("subject_id");
            missing |= p.row == 7 && p.column == QStringLiteral("dicom_id") &&
                       p.message.contains(QStringLiteral("d6.jpg"));
        }
        QVERIFY(badLabel);
        QVERIFY(badSubject);
        QVERIFY(missing);
    }

    void demographicsFromMimicIv() {
        const Cohort cohort = load(m_gz.path());
        // Age at study = anchor_age + (study year - anchor_year).
        QCOMPARE(cohort.age(rowOf(cohort, QStringLiteral("d1"))), 52.0f);
        QCOMPARE(cohort.age(rowOf(cohort, QStringLiteral("d3"))), 54.0f);
        QCOMPARE(cohort.age(rowOf(cohort, QStringLiteral("d4"))), 88.0f);
        QVERIFY(std::isnan(cohort.age(rowOf(cohort, QStringLiteral("d8"))))); // not in patients
        const auto sex = cohort.grouping(QStringLiteral("sex"));
        QCOMPARE(count(*sex, QStringLiteral("Female")), 2);
        QCOMPARE(count(*sex, QStringLiteral("Male")), 1);
        QCOMPARE(sex->missing(), 1);
        const auto race = cohort.grouping(QStringLiteral("race"));
        // 10000032: WHITE twice, UNKNOWN ignored; 10000764: one BLACK, one WHITE: the tie goes to
        // the latest admission (WHITE).
        QCOMPARE(count(*race, QStringLiteral("White")), 3);
        QCOMPARE(count(*race, QStringLiteral("Black")), 0);
        QCOMPARE(race->missing(), 1);
        bool conflict = false;
        for (const Problem& p : cohort.report().problems.listed())
            conflict |= p.file.endsWith(QStringLiteral("admissions.csv.gz")) &&
                        p.message.contains(QStringLiteral("1 patient"));
        QVERIFY(conflict);
    }

    void labelPolicies() {
        Cohort cohort = load(m_gz.path());
        QCOMPARE(ptxCounts(cohort), (std::array<qint64, 3>{2, 1, 1})); // d4's -1.0 is unknown
        CohortSettings s = cohort.settings();
        s.uncertain = LabelPolicy::Positive;
        cohort.setSettings(s);
        QCOMPARE(ptxCounts(cohort), (std::array<qint64, 3>{3, 1, 0}));
        s.uncertain = LabelPolicy::Negative;
        s.blank = LabelPolicy::Unknown;
        cohort.setSettings(s);
        QCOMPARE(ptxCounts(cohort), (std::array<qint64, 3>{2, 1, 1})); // d3 blank now unknown
    }

    void splitFilter() {
        CohortSettings settings;
        settings.splits = {QStringLiteral("test")};
        const Cohort cohort = load(m_gz.path(), settings);
        QCOMPARE(cohort.size(), size_t(2)); // d4, d8 (d5 unlabeled)
        QCOMPARE(cohort.report().excludedBySplit, 4);
    }

    void splitTableInAnotherOrder() {
        QTemporaryDir dir;
        writeMimicTree(dir.path(), true, QStringLiteral(".jpg"));
        test::writeFile(
            dir.path(), QStringLiteral("mimic-cxr-2.0.0-split.csv.gz"),
            "dicom_id,study_id,subject_id,split\n"
            "d8,58224180,10001038,test\nd4,57375967,10000764,test\nd1,50414267,10000032,test\n"
            "d3,53189527,10000032,train\nd99,1,1,test\n");
        CohortSettings settings;
        settings.splits = {QStringLiteral("test")};
        const Cohort cohort = load(dir.path(), settings);
        QStringList kept;
        for (size_t row = 0; row < cohort.size(); ++row)
            kept << cohort.sampleId(row);
        QCOMPARE(kept, (QStringList{"d1", "d4", "d8"}));
    }

    void plainTablesAndDicomImages() {
        const Cohort cohort = load(m_plain.path());
        QCOMPARE(cohort.size(), size_t(4));
        QVERIFY(cohort.imagePath(0).endsWith(QStringLiteral(".dcm")));
    }

    void mimicIvElsewhereWithOldColumnName() {
        QTemporaryDir data, iv;
        writeMimicTree(data.path(), true, QStringLiteral(".jpg"), false);
        test::writeFile(iv.path(), QStringLiteral("hosp/patients.csv"),
                        "subject_id,gender,anchor_age,anchor_year,anchor_year_group,dod\n10000032,"
                        "M,30,2180,x,\n");
        test::writeFile(iv.path(), QStringLiteral("hosp/admissions.csv"),
                        "subject_id,hadm_id,admittime,ethnicity\n10000032,1,2180-01-01 "
                        "00:00:00,ASIAN - CHINESE\n");
        const Cohort cohort = load(data.path(), {}, iv.path());
        const auto race = cohort.grouping(QStringLiteral("race"));
        QCOMPARE(count(*race, QStringLiteral("Asian")), 2);
        QCOMPARE(cohort.age(rowOf(cohort, QStringLiteral("d3"))), 32.0f);

        // No MIMIC-IV at all: the cohort loads, demographics are missing, and a problem says why.
        const Cohort bare = load(data.path());
        QCOMPARE(bare.size(), size_t(4));
        QCOMPARE(bare.grouping(QStringLiteral("sex"))->missing(), 4);
        bool said = false;
        for (const Problem& p : bare.report().problems.listed())
            said |= p.message.contains(QStringLiteral("MIMIC-IV"));
        QVERIFY(said);

        // A --mimic-iv folder without the tables is an error, not a silent default.
        DatasetSource wrong{DatasetFormat::Mimic, data.path()};
        wrong.mimicIv = data.path() + QStringLiteral("/nothing");
        QVERIFY(!loadMimic(wrong, CohortSettings()));
    }

    void missingTables() {
        QTemporaryDir dir;
        auto none = loadMimic(DatasetSource{DatasetFormat::Mimic, dir.path()}, CohortSettings());
        QVERIFY(!none);
        QVERIFY(none.error().file.contains(QStringLiteral("mimic-cxr-2.0.0-metadata")));
        writeMimicTree(dir.path(), true, QStringLiteral(".jpg"));
        test::writeFile(dir.path(), QStringLiteral("mimic-cxr-2.0.0-split.csv.gz"),
                        "dicom_id,study_id,subject_id\n");
        auto noSplitColumn =
            loadMimic(DatasetSource{DatasetFormat::Mimic, dir.path()}, CohortSettings());
        QVERIFY(!noSplitColumn);
        QCOMPARE(noSplitColumn.error().column, QStringLiteral("split"));
        QVERIFY(
            noSplitColumn.error().file.endsWith(QStringLiteral("mimic-cxr-2.0.0-split.csv.gz")));
    }
};

QTEST_GUILESS_MAIN(TestMimicReader)
#include "test_mimicreader.moc"
