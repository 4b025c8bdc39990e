// The commands that tell a gap from noise, run as processes: metrics --xauc, --summary and
// --match on a score table, and the comparison with the study's published tables (the real ones
// from the reference folder when it is there, and a round trip through `metrics --format
// faimi2025`). The statistics themselves are tested in test_crossgroupstatistics.
#include "testsupport.h"

#include "common/random.h"
#include "data/csvreader.h"

#include <QDir>
#include <QHash>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace cxrfair;
using test::runCli;

namespace {

QList<QStringList> readRows(const QString& path, QStringList* header = nullptr) {
    QList<QStringList> rows;
    auto reader = CsvReader::open(path);
    if (!reader)
        return rows;
    if (header) {
        header->clear();
        for (const std::string& h : reader->header())
            *header << QString::fromStdString(h);
    }
    while (reader->next()) {
        QStringList row;
        for (int i = 0; i < reader->fieldCount(); ++i)
            row << QString::fromStdString(std::string(reader->field(i)));
        rows << row;
    }
    return rows;
}

} // namespace

class TestGapStatistics : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_scores;

    void expectError(const QStringList& arguments, const char* fragment) {
        test::expectOneLineCliError(arguments, fragment);
    }

private Q_SLOTS:
    void initTestCase() {
        // Two models, six hundred images of three hundred patients; sex, age, view and race;
        // drains recorded on the positives.
        Random r(7);
        QByteArray csv =
            "model,condition,sample_id,patient_id,label,score,sex,age,view,race,drain\n";
        std::vector<int> labels(600);
        for (int& l : labels)
            l = r.chance(0.3);
        const char* races[] = {"White", "Black", "Asian"};
        for (const char* model : {"CheXzero", "BioViL"}) {
            for (int i = 0; i < 600; ++i) {
                const bool ap = i % 5 < 2;
                const double s =
                    1.0 / (1.0 + std::exp(-(r.normal() + (labels[size_t(i)] ? 1.4 : 0.0) -
                                            (ap ? 0.3 : 1.0))));
                csv += QByteArray(model) + ",Pneumothorax,s" + QByteArray::number(i) + ",p" +
                       QByteArray::number(i / 2) + "," + QByteArray::number(labels[size_t(i)]) +
                       "," + QByteArray::number(s, 'g', 17) + "," + (i % 3 ? "F" : "M") + "," +
                       QByteArray::number(20 + (i * 7) % 70) + "," + (ap ? "AP" : "PA") + "," +
                       races[i % 7 == 0   ? 2
                             : i % 4 == 0 ? 1
                                          : 0] +
                       "," + (labels[size_t(i)] ? QByteArray::number(i % 2) : QByteArray()) + "\n";
            }
        }
        m_scores = test::writeFile(m_dir.path(), QStringLiteral("scores.csv"), csv);
    }

    void metricsCommandWritesXaucSummaryAndMatchedRows() {
        const QString out = m_dir.filePath("m.csv"), xauc = m_dir.filePath("xauc.csv"),
                      summary = m_dir.filePath("summary.csv");
        const auto r =
            runCli({"metrics", "--scores", m_scores, "--out", out, "--xauc", xauc, "--summary",
                    summary, "--match", "age,view", "--attributes", "sex,race,age", "--bootstrap",
                    "100", "--cluster", "patient", "--min-group", "5"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QStringList header;
        const auto x = readRows(xauc, &header);
        QCOMPARE(header, QStringList({"model", "condition", "attribute", "group_a", "group_b",
                                      "xauc_ab", "xauc_ba", "disparity", "ci_low", "ci_high"}));
        // Per model: sex 1 pair, race 3, age bins present (18-25 ... 80+) 5 -> 10 pairs.
        int sexPairs = 0, racePairs = 0;
        for (const QStringList& row : x) {
            sexPairs += row[2] == "sex";
            racePairs += row[2] == "race";
            QVERIFY(std::abs(row[7].toDouble() - (row[5].toDouble() - row[6].toDouble())) < 1e-12);
            QVERIFY(row[8].toDouble() <= row[9].toDouble());
        }
        QCOMPARE(sexPairs, 2);
        QCOMPARE(racePairs, 6);

        const auto s = readRows(summary, &header);
        QCOMPARE(header.mid(0, 4), QStringList({"model", "condition", "attribute", "auc"}));
        for (const char* c : {"worst_group", "worst_auc", "gap", "gap_ci_low", "gap_ci_high",
                              "gap_bias_corrected", "es_auc", "eo_diff", "eodds_diff"})
            QVERIFY2(header.contains(c), c);
        QCOMPARE(s.size(), 6); // two models x three attributes

        const auto m = readRows(out, &header);
        const int adjusted = int(header.indexOf("adjusted")),
                  on = int(header.indexOf("matched_on")),
                  attribute = int(header.indexOf("attribute")),
                  group = int(header.indexOf("group"));
        QVERIFY(adjusted >= 0 && on >= 0);
        QHash<QString, QString> matchedOn;
        int matchedGaps = 0;
        for (const QStringList& row : m) {
            if (row[adjusted] != "matched")
                continue;
            matchedOn[row[attribute]] = row[on];
            matchedGaps += row[group] == "gap";
        }
        QCOMPARE(matchedOn.value("sex"), QString("age;view"));
        QCOMPARE(matchedOn.value("age"), QString("view")); // never on itself
        QCOMPARE(matchedGaps, 6);

        expectError({"metrics", "--scores", m_scores, "--out", out, "--match", "age,scanner"},
                    "scanner");
        expectError({"metrics", "--scores", m_scores, "--out", out, "--match", ","}, "--match");
    }

    void faimiLayoutRoundTripsThroughCompare() {
        const QString root = m_dir.filePath("layout");
        const auto r = runCli({"metrics", "--scores", m_scores, "--out", root, "--format",
                               "faimi2025", "--attributes", "sex,race,age", "--bootstrap", "50"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString table = root + "/data/performance/MIMIC/zeroshot_chexzero.csv";
        QStringList header;
        const auto rows = readRows(table, &header);
        QCOMPARE(header, QStringList({"class", "group", "AUC", "CI_AUC_low", "CI_AUC_up", "AUPRC",
                                      "CI_AUPRC_low", "CI_AUPRC_up", "baseline_auprc"}));
        QStringList groups;
        for (const QStringList& row : rows)
            groups << row[1];
        for (const char* g : {"global", "Female", "Male", "White", "Black", "Asian", "18-25"})
            QVERIFY2(groups.contains(g), g);

        const QString metrics = m_dir.filePath("rt-metrics.csv"), compare = m_dir.filePath("c.csv");
        QCOMPARE(runCli({"metrics", "--scores", m_scores, "--out", metrics, "--attributes",
                         "sex,race,age", "--bootstrap", "50"})
                     .exitCode,
                 0);
        const auto c =
            runCli({"compare", "--published", root, "--metrics", metrics, "--out", compare});
        QVERIFY2(c.exitCode == 0, c.err.constData());
        const auto compared = readRows(compare, &header);
        QCOMPARE(header, QStringList({"model", "dataset", "condition", "group", "auc_published",
                                      "ci_published_low", "ci_published_high", "auc", "ci_low",
                                      "ci_high", "difference", "intervals_overlap"}));
        QCOMPARE(compared.size(), 2 * rows.size()); // both models, every row
        for (const QStringList& row : compared) {
            QCOMPARE(row[10].toDouble(), 0.0);
            QCOMPARE(row[11], QString("true"));
            QCOMPARE(row[1], QString("mimic"));
        }

        // Drains: the shortcut's strata as 0.0 and 1.0.
        const QString drains = m_dir.filePath("drains");
        QCOMPARE(runCli({"metrics", "--scores", m_scores, "--out", drains, "--format", "faimi2025",
                         "--dataset", "cxr14", "--confounder", "drain", "--bootstrap", "50"})
                     .exitCode,
                 0);
        QStringList drainGroups;
        for (const QStringList& row :
             readRows(drains + "/data/performance/CXR14/zeroshot_biovil.csv"))
            drainGroups << row[1];
        QCOMPARE(drainGroups, QStringList({"global", "0.0", "1.0"}));
        const QString drainMetrics = m_dir.filePath("drain-metrics.csv");
        QCOMPARE(runCli({"metrics", "--scores", m_scores, "--out", drainMetrics, "--confounder",
                         "drain", "--bootstrap", "50"})
                     .exitCode,
                 0);
        const auto cd = runCli({"compare", "--published", drains, "--metrics", drainMetrics,
                                "--out", compare, "--dataset", "cxr14"});
        QVERIFY2(cd.exitCode == 0, cd.err.constData());
        QCOMPARE(readRows(compare).size(), 6);
    }

    void comparesWithTheStudysOwnTables() {
        const QString shared = qEnvironmentVariable("CXRFAIR_SHARED_DIR");
        const QString root = QDir(shared).filePath("reference/faimi2025-published");
        if (shared.isEmpty() || !QFileInfo::exists(root + "/data/performance/MIMIC"))
            QSKIP("the study's published tables are not here (CXRFAIR_SHARED_DIR)");
        // A metrics table with two of the published rows (CheXzero: Atelectasis for women
        // 0.67 [0.65, 0.69]; Consolidation for the Asian group 0.81 [0.0, 1.0]) and a model
        // named otherwise.
        const QString metrics =
            test::writeFile(m_dir.path(), "published-metrics.csv",
                            "model,condition,attribute,group,auc,auc_ci_low,auc_ci_high\n"
                            "CheXzero,Atelectasis,sex,F,0.70,0.695,0.71\n"
                            "CheXzero,Consolidation,race,Asian,0.60,0.5,0.7\n"
                            "CheXzero,Atelectasis,all,all,0.66,0.65,0.67\n"
                            "BV,Cardiomegaly,age,80+,0.77,0.74,0.80\n"
                            "CheXzero,Atelectasis,sex:age,F / 18-25,0.5,0.4,0.6\n");
        const QString out = m_dir.filePath("published-compare.csv");
        const auto r = runCli({"compare", "--published", root, "--metrics", metrics, "--out", out,
                               "--map", "biovil=BV"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const auto rows = readRows(out);
        QCOMPARE(rows.size(), 4);
        QHash<QString, QStringList> byKey;
        for (const QStringList& row : rows)
            byKey[row[0] + "/" + row[2] + "/" + row[3]] = row;
        const QStringList female = byKey.value("CheXzero/Atelectasis/Female");
        QCOMPARE(female.mid(4, 3), QStringList({"0.67", "0.65", "0.69"}));
        QVERIFY(std::abs(female[10].toDouble() - 0.03) < 1e-12);
        QCOMPARE(female[11], QString("false")); // [0.695, 0.71] misses [0.65, 0.69]
        QCOMPARE(byKey.value("CheXzero/Consolidation/Asian")[11], QString("true"));
        QCOMPARE(byKey.value("CheXzero/Atelectasis/global")[4], QString("0.67"));
        QVERIFY(byKey.contains("BV/Cardiomegaly/80+"));

        expectError({"compare", "--published", root, "--metrics", metrics, "--out", out, "--map",
                     "nosuch=BV"},
                    "nosuch");
        expectError({"compare", "--published", root, "--metrics", metrics, "--out", out,
                     "--dataset", "chexpert"},
                    "--dataset");
    }

    void compareNamesWhatIsWrong() {
        const QString out = m_dir.filePath("bad-compare.csv");
        const QString metrics = test::writeFile(m_dir.path(), "few-metrics.csv",
                                                "model,condition,attribute,group,auc,auc_ci_low,"
                                                "auc_ci_high\nX,Edema,all,all,0.7,0.6,0.8\n");
        expectError({"compare", "--published", m_dir.filePath("nowhere"), "--metrics", metrics,
                     "--out", out},
                    "data/performance/MIMIC");
        const QString bad = m_dir.filePath("bad");
        test::writeFile(
            bad, "data/performance/MIMIC/zeroshot_x.csv",
            "class,group,AUC,CI_AUC_low,CI_AUC_up,AUPRC,CI_AUPRC_low,CI_AUPRC_up,"
            "baseline_auprc\nEdema,global,0.7,0.6,0.8,,,,\nEdema,Female,high,0.6,0.8,,,,\n");
        expectError({"compare", "--published", bad, "--metrics", metrics, "--out", out},
                    "zeroshot_x.csv, row 3, column 'AUC'");
        test::writeFile(bad, "data/performance/MIMIC/zeroshot_x.csv",
                        "class,group,AUC,CI_AUC_low\nEdema,global,0.7,0.6\n");
        expectError({"compare", "--published", bad, "--metrics", metrics, "--out", out},
                    "CI_AUC_up");
        test::writeFile(bad, "data/performance/MIMIC/zeroshot_x.csv",
                        "class,group,AUC,CI_AUC_low,CI_AUC_up,AUPRC,CI_AUPRC_low,CI_AUPRC_up,"
                        "baseline_auprc\nEdema,global,0.7,0.6,0.8,,,,\n");
        // Nothing matches model Y: the message names both sides' models and --map.
        const QString other = test::writeFile(m_dir.path(), "other-metrics.csv",
                                              "model,condition,attribute,group,auc,auc_ci_low,auc_"
                                              "ci_high\nY,Edema,all,all,0.7,0.6,0.8\n");
        expectError({"compare", "--published", bad, "--metrics", other, "--out", out}, "--map");
        QCOMPARE(runCli({"compare", "--published", bad, "--metrics", metrics, "--out", out, "--map",
                         "x=X"})
                     .exitCode,
                 0);
        expectError(
            {"compare", "--published", bad, "--metrics", metrics, "--out", out, "--map", "x"},
            "PUBLISHED=METRICS");
        expectError({"compare", "--published", bad, "--out", out}, "--metrics");
        expectError({"metrics", "--scores", m_scores, "--out", out, "--format", "tsv"}, "--format");
        expectError({"metrics", "--scores", m_scores, "--out", out, "--dataset", "cxr14"},
                    "--format faimi2025");
    }
};

QTEST_GUILESS_MAIN(TestGapStatistics)
#include "test_gap_statistics.moc"
