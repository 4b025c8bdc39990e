#include "data/chexpertreader.h"
#include "data/cohortsummary.h"

#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace cxrfair;

namespace {
const QByteArray kHeader =
    "Path,Sex,Age,Frontal/Lateral,AP/PA,No Finding,Enlarged Cardiomediastinum,Cardiomegaly,"
    "Lung Opacity,Lung Lesion,Edema,Consolidation,Pneumonia,Atelectasis,Pneumothorax,"
    "Pleural Effusion,Pleural Other,Fracture,Support Devices\n";
}

class TestChexpertReader : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void publishedLayout() {
        // The root is the CheXpert-v1.0-small folder; its paths repeat the folder's name.
        QTemporaryDir parent;
        const QDir root(parent.filePath(QStringLiteral("CheXpert-v1.0-small")));
        QDir().mkpath(root.path());
        test::writeFile(
            root, QStringLiteral("train.csv"),
            kHeader +
                "CheXpert-v1.0-small/train/patient00001/study1/"
                "view1_frontal.jpg,Female,68,Frontal,AP,1.0,,,,,,,,,0.0,,,,1.0\n"
                "CheXpert-v1.0-small/train/patient00002/study2/"
                "view1_frontal.jpg,Female,87,Frontal,AP,,,-1.0,1.0,,-1.0,-1.0,,-1.0,,-1.0,,1.0,\n"
                "CheXpert-v1.0-small/train/patient00002/study2/"
                "view2_lateral.jpg,Female,87,Lateral,,,,-1.0,1.0,,-1.0,-1.0,,-1.0,,-1.0,,1.0,\n"
                "CheXpert-v1.0-small/train/patient00003/study1/"
                "view1_frontal.jpg,Male,41,Frontal,AP,,,,,,1.0,,,,0.0,,,,\n"
                "CheXpert-v1.0-small/train/patient00004/study1/"
                "view1_frontal.jpg,Unknown,20,Frontal,PA,1.0,0.0,,,,,,,,0.0,,,,\n"
                "CheXpert-v1.0-small/train/patient00005/study1/"
                "view1_frontal.jpg,Male,0,Frontal,PA,,,,,,,,,,2,,,,\n");
        test::writeFile(root, QStringLiteral("valid.csv"),
                        kHeader + "CheXpert-v1.0-small/valid/patient64541/study1/"
                                  "view1_frontal.jpg,Male,73,Frontal,AP,0.0,1.0,1.0,1.0,0.0,0.0,0."
                                  "0,0.0,0.0,1.0,0.0,0.0,0.0,0.0\n");
        test::writeFile(root, QStringLiteral("CHEXPERT DEMO.csv"),
                        "PATIENT,GENDER,AGE_AT_CXR,PRIMARY_RACE,ETHNICITY\n"
                        "patient00001,Female,68,\"White, non-Hispanic\",Non-Hispanic/Non-Latino\n"
                        "patient00002,Female,87,Black or African American,Non-Hispanic/Non-Latino\n"
                        "patient00003,Male,41,Asian,Non-Hispanic/Non-Latino\n"
                        "patient00004,Male,20,Patient Refused,Unknown\n");
        test::touch(root, {"train/patient00001/study1/view1_frontal.jpg",
                           "train/patient00002/study2/view1_frontal.jpg",
                           "train/patient00002/study2/view2_lateral.jpg",
                           "train/patient00003/study1/view1_frontal.jpg",
                           "train/patient00004/study1/view1_frontal.jpg",
                           "valid/patient64541/study1/view1_frontal.jpg"});

        CohortSettings settings;
        settings.views.clear();
        auto cohort = loadChexpert(DatasetSource{DatasetFormat::Chexpert, root.path()}, settings);
        QVERIFY2(cohort, cohort ? "" : qPrintable(cohort.error().toString()));
        QCOMPARE(cohort->report().rowsRead, 7);
        QCOMPARE(cohort->report().invalidRows, 1); // the label 2
        QCOMPARE(cohort->report().missingImages, 0);
        QCOMPARE(cohort->size(), size_t(6));
        QCOMPARE(cohort->patientCount(), size_t(5));
        QCOMPARE(cohort->conditions().size(), 14);
        QVERIFY(QFileInfo::exists(cohort->imagePath(0)));
        // The valid table's row problems name valid.csv, not train.csv.
        QVERIFY(cohort->sourceTable(5).endsWith(QStringLiteral("valid.csv")));

        const auto race = cohort->grouping(QStringLiteral("race"));
        QVERIFY(race);
        auto count = [](const Grouping& g, const char* group) {
            const qsizetype i = g.groups.indexOf(QLatin1String(group));
            return i < 0 ? 0 : g.counts()[size_t(i)];
        };
        QCOMPARE(count(*race, "White"), 1);
        QCOMPARE(count(*race, "Black"), 2);
        QCOMPARE(count(*race, "Asian"), 1);
        QCOMPARE(race->missing(), 2); // refused, and a patient missing from the table
        const auto sex = cohort->grouping(QStringLiteral("sex"));
        QCOMPARE(count(*sex, "Male"), 3); // patient00004 "Unknown" in train.csv, Male in the table
        const auto view = cohort->grouping(QStringLiteral("view"));
        QCOMPARE(count(*view, "LATERAL"), 1);
        QCOMPARE(count(*view, "AP"), 4);
        const auto split = cohort->grouping(QStringLiteral("split"));
        QCOMPARE(count(*split, "valid"), 1);

        // The study's default views drop the lateral.
        auto frontal =
            loadChexpert(DatasetSource{DatasetFormat::Chexpert, root.path()}, CohortSettings());
        QVERIFY(frontal);
        QCOMPARE(frontal->size(), size_t(5));
    }

    void missingColumn() {
        QTemporaryDir dir;
        const QString path = test::writeFile(dir.path(), QStringLiteral("train.csv"),
                                             "Path,Sex,Age\nx.jpg,Male,3\n");
        auto cohort =
            loadChexpert(DatasetSource{DatasetFormat::Chexpert, dir.path()}, CohortSettings());
        QVERIFY(!cohort);
        QCOMPARE(cohort.error().file, path);
        QCOMPARE(cohort.error().column, QStringLiteral("Frontal/Lateral"));
    }
};

QTEST_GUILESS_MAIN(TestChexpertReader)
#include "test_chexpertreader.moc"
