#include "data/cohortsummary.h"
#include "data/genericcsvreader.h"

#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace cxrfair;

class TestGenericCsvReader : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void mappedColumns() {
        QTemporaryDir dir;
        test::writeFile(dir.path(), QStringLiteral("site_a.csv"),
                        "file,pid,ptx,effusion,gender,years,ethnic,hospital\n"
                        "a.png,P1,1,0,F,34,WHITE,North\n"
                        "b.png,P1,true,,F,35,WHITE,North\n"
                        "c.png,P2,false,yes,M,70,ASIAN,South\n"
                        "d.png,P3,maybe,1,M,40,,South\n"       // line 5: not a label
                        "e.png,P4,0,0,M,abc,,South\n"          // line 6: not an age
                        "f.png,P5,0,-1,M,50,UNKNOWN,South\n"); // image missing
        test::touch(dir.path(), {"img/a.png", "img/b.png", "img/c.png", "img/d.png", "img/e.png"});
        test::writeFile(
            dir.path(), QStringLiteral("mapping.json"),
            R"({"table": "site_a.csv", "image": "file", "image_root": "img", "patient": "pid",
                            "labels": {"Pneumothorax": "ptx", "Pleural Effusion": "effusion"},
                            "sex": "gender", "age": "years", "race": "ethnic", "attributes": {"site": "hospital"}})");
        DatasetSource source{DatasetFormat::Csv, dir.path()};
        source.mapping = QStringLiteral("mapping.json");
        auto cohort = loadGenericCsv(source, CohortSettings());
        QVERIFY2(cohort, cohort ? "" : qPrintable(cohort.error().toString()));
        QCOMPARE(cohort->report().invalidRows, 2);
        QCOMPARE(cohort->report().missingImages, 1);
        QCOMPARE(cohort->size(), size_t(3));
        QCOMPARE(cohort->patientCount(), size_t(2));
        // A JSON object has no order: conditions come sorted by name.
        QCOMPARE(cohort->conditions(), (QStringList{"Pleural Effusion", "Pneumothorax"}));
        QCOMPARE(cohort->labels(1), (std::vector<std::int8_t>{1, 1, 0}));
        QCOMPARE(cohort->labels(0),
                 (std::vector<std::int8_t>{0, 0, 1})); // blank counts as negative
        QVERIFY(cohort->settings().views.isEmpty());   // no view column: no view filter
        const auto site = cohort->grouping(QStringLiteral("site"));
        QVERIFY(site);
        QCOMPARE(site->groups, (QStringList{"North", "South"}));
        QCOMPARE(site->counts(), (std::vector<qint64>{2, 1}));
        const auto race = cohort->grouping(QStringLiteral("race"));
        QCOMPARE(race->counts()[size_t(race->groups.indexOf(QStringLiteral("Asian")))], 1);
    }

    void mappingErrors() {
        QTemporaryDir dir;
        test::writeFile(dir.path(), QStringLiteral("t.csv"), "file,label\nx.png,1\n");
        DatasetSource source{DatasetFormat::Csv, dir.path()};
        QVERIFY(!loadGenericCsv(source, CohortSettings())); // no mapping
        test::writeFile(dir.path(), QStringLiteral("bad.json"), "{ not json");
        source.mapping = QStringLiteral("bad.json");
        auto bad = loadGenericCsv(source, CohortSettings());
        QVERIFY(!bad);
        QVERIFY(bad.error().file.endsWith(QStringLiteral("bad.json")));
        test::writeFile(dir.path(), QStringLiteral("m.json"),
                        R"({"table": "t.csv", "image": "file", "labels": ["Pneumothorax"]})");
        source.mapping = QStringLiteral("m.json");
        auto missing = loadGenericCsv(source, CohortSettings());
        QVERIFY(!missing);
        QCOMPARE(missing.error().column, QStringLiteral("Pneumothorax"));
        QVERIFY(missing.error().file.endsWith(QStringLiteral("t.csv")));
    }
};

QTEST_GUILESS_MAIN(TestGenericCsvReader)
#include "test_genericcsvreader.moc"
