#include "data/cohortsummary.h"
#include "data/nihreader.h"

#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace cxrfair;

namespace {

const QByteArray kHeader =
    "Image Index,Finding Labels,Follow-up #,Patient ID,Patient Age,Patient Gender,View Position,"
    "OriginalImage[Width,Height],OriginalImagePixelSpacing[x,y],\n";

/// A small NIH tree in the published layout, with the faults real files have.
void writeNihTree(const QDir& root) {
    test::writeFile(
        root, QStringLiteral("Data_Entry_2017_v2020.csv"),
        kHeader + "00000001_000.png,Cardiomegaly,0,1,58,M,PA,2682,2749,0.143,0.143\n" // line 2
                  "00000001_001.png,Cardiomegaly|Emphysema,1,1,58,M,PA,2894,2729,0.143,0.143\n" // 3
                  "00000002_000.png,No Finding,0,2,81,M,PA,2500,2048,0.171,0.171\n"             // 4
                  "00000003_000.png,Hernia,0,3,148,F,PA,2582,2905,0.143,0.143\n" // 5: impossible
                                                                                 // age
                  "00000003_001.png,Effusion|Pneumothorax,1,3,74,F,AP,2500,2048,0.168,0.168\n" // 6
                  "00000004_000.png,Mass|Nodule,0,4,abc,M,AP,2500,2048,0.168,0.168\n" // 7: bad age
                  "00000005_000.png,Pneumothorax,0,5,32,F,PA,2992,2991,0.143,0.143\n" // 8
                  "00000006_000.png,Pneumothorax,0,6,45,M,PA,2992,2991,0.143,0.143\n" // 9
                  "00000007_000.png,Unicorn,0,7,45,M,PA,2992,2991,0.143,0.143\n" // 10: bad finding
                  "00000008_000.png,Pneumothorax,0,8,67,X,PA,2992,2991,0.143,0.143\n" // 11: bad sex
                  "00000009_000.png,Infiltration|Pleural_Thickening,0,9,20,F,AP,2048,2500,0.168,0."
                  "168\n"                                                              // 12
                  "00000010_000.png,No Finding,0,10,30,F,PA,2048,2500,0.168,0.168\n"); // 13: image
                                                                                       // missing
    test::touch(root, {"images_001/images/00000001_000.png", "images_001/images/00000001_001.png",
                       "images/00000002_000.png", "images_002/images/00000003_000.png",
                       "images_002/images/00000003_001.png", "images_002/images/00000004_000.png",
                       "images_002/images/00000005_000.png", "images_002/images/00000006_000.png",
                       "images_002/images/00000007_000.png", "images_002/images/00000008_000.png",
                       "images_003/00000009_000.png"});
    test::writeFile(root, QStringLiteral("train_val_list.txt"),
                    "00000001_000.png\n00000001_001.png\n00000002_000.png\n00000003_000."
                    "png\n00000004_000.png\n");
    // As a Windows editor leaves it: a byte-order mark and CRLF line ends. The first image
    // (00000003_001) must still be in the test split.
    test::writeFile(root, QStringLiteral("test_list.txt"),
                    "\xEF\xBB\xBF"
                    "00000003_001.png\r\n00000005_000.png\r\n00000006_000.png\r\n"
                    "00000009_000.png\r\n00000010_000.png\r\n");
    test::writeFile(root, QStringLiteral("NIH-CX14_TubeAnnotations_NonExperts_aggregated.csv"),
                    ",Image Index,Drain,Annotator_1,Annotator_2\n"
                    "0,00000003_001.png,1,1,1\n"
                    "1,00000005_000.png,0,0,0\n"
                    "2,00000006_000.png,-1,1,0\n"
                    "3,00000009_000.png,,0,\n"
                    "4,00000099_000.png,1,1,1\n"
                    "5,00000001_000.png,2,1,1\n"); // line 7: not a drain value
}

bool hasProblem(const LoadReport& report, qint64 row, const QString& column) {
    for (const Problem& p : report.problems.listed()) {
        if (p.row == row && p.column == column)
            return true;
    }
    return false;
}

qint64 count(const Grouping& g, const QString& group) {
    const qsizetype index = g.groups.indexOf(group);
    return index < 0 ? 0 : g.counts()[size_t(index)];
}

} // namespace

class TestNihReader : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    Cohort load(const CohortSettings& settings = {}) {
        DatasetSource source;
        source.format = DatasetFormat::Nih;
        source.root = m_dir.path();
        auto cohort = loadNih(source, settings);
        if (!cohort)
            qFatal("load failed: %s", qPrintable(cohort.error().toString()));
        return std::move(*cohort);
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        writeNihTree(m_dir.path());
    }

    void rowsImagesAndProblems() {
        const Cohort cohort = load();
        const LoadReport& r = cohort.report();
        QCOMPARE(r.rowsRead, 12);
        QCOMPARE(r.invalidRows, 3);   // bad age, unknown finding, bad sex
        QCOMPARE(r.missingImages, 1); // 00000010_000.png
        QCOMPARE(cohort.size(), size_t(8));
        QCOMPARE(cohort.patientCount(), size_t(6));
        QVERIFY(hasProblem(r, 7, QStringLiteral("Patient Age")));
        QVERIFY(hasProblem(r, 10, QStringLiteral("Finding Labels")));
        QVERIFY(hasProblem(r, 11, QStringLiteral("Patient Gender")));
        QVERIFY(hasProblem(r, 13,
                           QStringLiteral("Image Index"))); // the missing image, by its table row
        QVERIFY(
            hasProblem(r, 5, QStringLiteral("Patient Age"))); // impossible age: kept, age missing
        // Every problem names its file.
        for (const Problem& p : r.problems.listed())
            QVERIFY2(!p.file.isEmpty(), qPrintable(p.toString()));
    }

    void labelsAndPaths() {
        const Cohort cohort = load();
        QCOMPARE(cohort.conditions().size(), 15);
        const int ptx = cohort.conditionIndex(QStringLiteral("Pneumothorax"));
        const int effusion = cohort.conditionIndex(QStringLiteral("Pleural Effusion"));
        const int thickening = cohort.conditionIndex(QStringLiteral("Pleural Thickening"));
        QVERIFY(ptx >= 0 && effusion >= 0 && thickening >= 0);
        const CohortSummary s = summarize(cohort);
        auto counts = [&](const QString& name) {
            for (const auto& c : s.conditions) {
                if (c.name == name)
                    return std::pair{c.positive, c.negative};
            }
            return std::pair<qint64, qint64>{-1, -1};
        };
        QCOMPARE(counts(QStringLiteral("Pneumothorax")), (std::pair<qint64, qint64>{3, 5}));
        QCOMPARE(counts(QStringLiteral("Pleural Effusion")), (std::pair<qint64, qint64>{1, 7}));
        QCOMPARE(counts(QStringLiteral("Cardiomegaly")), (std::pair<qint64, qint64>{2, 6}));
        QCOMPARE(counts(QStringLiteral("No Finding")), (std::pair<qint64, qint64>{1, 7}));
        QCOMPARE(counts(QStringLiteral("Pleural Thickening")), (std::pair<qint64, qint64>{1, 7}));

        QStringList paths;
        for (size_t row = 0; row < cohort.size(); ++row)
            paths << QString::fromStdString(std::string(cohort.relativeImagePath(row)));
        QVERIFY(paths.contains(QStringLiteral("images_001/images/00000001_000.png")));
        QVERIFY(paths.contains(QStringLiteral("images/00000002_000.png")));
        QVERIFY(paths.contains(QStringLiteral("images_003/00000009_000.png")));
        for (size_t row = 0; row < cohort.size(); ++row)
            QVERIFY(QFileInfo::exists(cohort.imagePath(row)));
    }

    void attributes() {
        const Cohort cohort = load();
        const auto sex = cohort.grouping(QStringLiteral("sex"));
        QVERIFY(sex);
        QCOMPARE(count(*sex, QStringLiteral("Female")), 4);
        QCOMPARE(count(*sex, QStringLiteral("Male")), 4);
        const auto age = cohort.grouping(QStringLiteral("age"));
        QVERIFY(age);
        QCOMPARE(age->missing(), 1); // the impossible 148
        QCOMPARE(count(*age, QStringLiteral("50-65")), 2);
        QCOMPARE(count(*age, QStringLiteral("80+")), 1);
        QCOMPARE(count(*age, QStringLiteral("18-25")), 1);
        const auto drain = cohort.grouping(QStringLiteral("drain"));
        QVERIFY(drain);
        QCOMPARE(count(*drain, QStringLiteral("Drain")), 1);
        QCOMPARE(count(*drain, QStringLiteral("No drain")), 1);
        QCOMPARE(drain->missing(), 6); // -1, blank, not annotated, and the bad value
        const LoadReport& r = cohort.report();
        QVERIFY(hasProblem(r, 7, QStringLiteral("Drain")));
        const auto split = cohort.grouping(QStringLiteral("split"));
        QVERIFY(split);
        QCOMPARE(count(*split, QStringLiteral("test")), 4);
        QCOMPARE(count(*split, QStringLiteral("train_val")), 4);
        QVERIFY(!cohort.attributeNames().contains(QStringLiteral("race")));
        QVERIFY(!cohort.grouping(QStringLiteral("race"))->groups.isEmpty()); // defined, all missing
    }

    void intersection() {
        const Cohort cohort = load();
        const auto g = cohort.grouping(QStringLiteral("sex:view"));
        QVERIFY(g);
        QCOMPARE(g->attribute, QStringLiteral("sex x view"));
        // Brute force against the single attributes.
        const auto sex = cohort.grouping(QStringLiteral("sex"));
        const auto view = cohort.grouping(QStringLiteral("view"));
        for (size_t row = 0; row < cohort.size(); ++row) {
            const QString expected = sex->groups[sex->codes[row]] + QStringLiteral(" / ") +
                                     view->groups[view->codes[row]];
            QCOMPARE(g->groups[g->codes[row]], expected);
        }
        qint64 total = 0;
        for (qint64 c : g->counts())
            total += c;
        QCOMPARE(total, qint64(cohort.size()));
    }

    void splitAndViewFilters() {
        CohortSettings settings;
        settings.splits = {QStringLiteral("test")};
        Cohort test = load(settings);
        QCOMPARE(test.size(), size_t(4)); // 3_001, 5, 6, 9 (10 is missing)
        QCOMPARE(test.report().excludedBySplit, 4);
        QCOMPARE(test.report().missingImages, 1);

        settings.splits.clear();
        settings.views = {QStringLiteral("AP")};
        Cohort ap = load(settings);
        QCOMPARE(ap.size(), size_t(2));
        QCOMPARE(ap.report().excludedByView, 7);
    }

    void imageCheckCanBeTurnedOff() {
        CohortSettings settings;
        settings.checkImages = false;
        QCOMPARE(load(settings).size(), size_t(9));
    }

    void oldReleaseWithYearSuffixes() {
        QTemporaryDir dir;
        test::writeFile(dir.path(), QStringLiteral("Data_Entry_2017.csv"),
                        kHeader +
                            "00000001_000.png,Atelectasis,0,1,058Y,M,PA,2682,2749,0.143,0.143,\n"
                            "00000002_000.png,No Finding,0,2,011M,F,AP,2682,2749,0.143,0.143,\n");
        test::touch(dir.path(), {"images/00000001_000.png", "images/00000002_000.png"});
        DatasetSource source{DatasetFormat::Nih, dir.path()};
        auto cohort = loadNih(source, CohortSettings());
        QVERIFY(cohort);
        QCOMPARE(cohort->size(), size_t(2));
        QCOMPARE(cohort->age(0), 58.0f);
        QCOMPARE(cohort->age(1), float(11.0 / 12.0));
        QCOMPARE(cohort->report().problems.total(), 0);
    }

    void missingRequiredColumn() {
        QTemporaryDir dir;
        const QString path =
            test::writeFile(dir.path(), QStringLiteral("Data_Entry_2017_v2020.csv"),
                            "Image Index,Finding Labels,Patient Age\nx.png,No Finding,3\n");
        auto cohort = loadNih(DatasetSource{DatasetFormat::Nih, dir.path()}, CohortSettings());
        QVERIFY(!cohort);
        QCOMPARE(cohort.error().code, ErrorCode::MissingColumn);
        QCOMPARE(cohort.error().file, path);
        QCOMPARE(cohort.error().column, QStringLiteral("Patient ID"));
    }

    void notAnNihFolder() {
        QTemporaryDir dir;
        auto cohort = loadNih(DatasetSource{DatasetFormat::Nih, dir.path()}, CohortSettings());
        QVERIFY(!cohort);
        QVERIFY(cohort.error().message.contains(QStringLiteral("Data_Entry_2017")));
    }
};

QTEST_GUILESS_MAIN(TestNihReader)
#include "test_nihreader.moc"
