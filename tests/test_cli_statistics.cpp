#include "data/csvreader.h"
#include "embedding/npy.h"
#include "stats/roc.h"

#include "common/random.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace cxrfair;
using test::runCli;

class TestCliStatistics : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_scores;
    std::vector<double> m_overallScores; // model A, Pneumothorax
    std::vector<std::int8_t> m_overallLabels;

    static QStringList errorLines(const test::ProcessResult& r) {
        return QString::fromUtf8(r.err).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }

    QString scoresWith(const QString& name, const QByteArray& content) {
        return test::writeFile(m_dir.path(), name, content);
    }

private Q_SLOTS:
    void initTestCase() {
        Random r(41);
        QByteArray csv = "model,condition,sample_id,patient_id,label,score,sex,age,drain\n";
        std::vector<int> labels(600);
        for (int& l : labels)
            l = r.chance(0.25);
        for (const char* model : {"A", "B"}) {
            for (int i = 0; i < 600; ++i) {
                const double s =
                    1.0 / (1.0 + std::exp(-(r.normal() + (labels[size_t(i)] ? 1.3 : 0.0) - 1.0)));
                const int drain = labels[size_t(i)] ? i % 2 : -1;
                csv += QByteArray(model) + ",Pneumothorax,s" + QByteArray::number(i) + ",p" +
                       QByteArray::number(i / 2) + "," + QByteArray::number(labels[size_t(i)]) +
                       "," + QByteArray::number(s, 'g', 17) + "," + (i % 3 ? "F" : "M") + "," +
                       QByteArray::number(18 + (i * 7) % 80) + "," +
                       (drain >= 0 ? QByteArray::number(drain) : QByteArray()) + "\n";
                if (QByteArray(model) == "A") {
                    m_overallScores.push_back(s);
                    m_overallLabels.push_back(std::int8_t(labels[size_t(i)]));
                }
            }
        }
        m_scores = scoresWith(QStringLiteral("scores.csv"), csv);
    }

    void metricsTable() {
        const QString out = m_dir.filePath(QStringLiteral("metrics.csv")),
                      json = m_dir.filePath(QStringLiteral("metrics.json"));
        const auto r = runCli({"metrics", "--scores", m_scores, "--out", out, "--json", json,
                               "--bootstrap", "200", "--cluster", "patient", "--confounder",
                               "drain", "--threshold", "value:0.4"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        auto reader = CsvReader::open(out);
        QVERIFY(reader);
        for (const char* column :
             {"model", "condition", "attribute", "group", "n", "n_pos", "auc", "auc_ci_low",
              "auc_ci_high", "auc_se_delong", "auc_diff_vs_rest", "p_vs_rest", "p_holm", "p_bh",
              "auprc_adj", "flag", "tpr", "fpr", "ece"})
            QVERIFY2(reader->columnIndex(column) >= 0, column);
        const int attribute = reader->columnIndex("attribute"),
                  group = reader->columnIndex("group"), auc = reader->columnIndex("auc");
        int rows = 0, gaps = 0, worst = 0, shortcuts = 0;
        bool overallChecked = false;
        QSet<QString> ageGroups;
        while (reader->next()) {
            ++rows;
            const QString a = QString::fromStdString(std::string(reader->field(attribute)));
            const QString g = QString::fromStdString(std::string(reader->field(group)));
            if (reader->field(0) == "A" && a == QStringLiteral("all")) {
                QVERIFY(std::abs(QByteArray(reader->field(auc).data(),
                                            qsizetype(reader->field(auc).size()))
                                     .toDouble() -
                                 *rocAuc({m_overallScores, m_overallLabels})) < 1e-12);
                overallChecked = true;
            }
            if (a == QStringLiteral("age") && g != QStringLiteral("gap") &&
                g != QStringLiteral("worst"))
                ageGroups << g;
            gaps += g == QStringLiteral("gap");
            worst += g == QStringLiteral("worst");
            shortcuts += a == QStringLiteral("shortcut:drain");
        }
        QVERIFY(overallChecked);
        QCOMPARE(ageGroups, (QSet<QString>{"18-25", "25-50", "50-65", "65-80",
                                           "80+"})); // binned, as PROTOCOL.md
        QCOMPARE(gaps, 4);                           // 2 models x (sex, age)
        QCOMPARE(worst, 4);
        QCOMPARE(shortcuts, 8); // 2 models x all/present/absent/difference
        const QJsonObject j = QJsonDocument::fromJson([&] {
                                  QFile f(json);
                                  f.open(QIODevice::ReadOnly);
                                  return f.readAll();
                              }())
                                  .object();
        QCOMPARE(j.value("results").toArray().size(), 2);
        QCOMPARE(j.value("shortcuts").toArray().size(), 2);
        QCOMPARE(j.value("settings").toObject().value("resample_by").toString(),
                 QStringLiteral("patient"));
        QVERIFY(r.out.contains("shortcut drain"));
    }

    void mddAndEvidenceFollowTheirDefinitions() {
        // Each group's MDD from Hanley and McNeil's closed form at the overall AUC, the rest
        // being the attribute's other groups; evidence by the rule (interval width, MDD
        // against the observed difference).
        const QString out = m_dir.filePath(QStringLiteral("evidence.csv"));
        const auto r = runCli({"metrics", "--scores", m_scores, "--out", out, "--bootstrap", "200",
                               "--evidence-width", "0.3"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        auto reader = CsvReader::open(out);
        QVERIFY(reader);
        struct Row {
            QHash<QString, QString> v;
            double number(const char* c) const { return v.value(QLatin1String(c)).toDouble(); }
        };
        std::vector<Row> rows;
        while (reader->next()) {
            Row row;
            for (int c = 0; c < int(reader->header().size()); ++c)
                row.v.insert(
                    QString::fromStdString(reader->header()[size_t(c)]),
                    QString::fromUtf8(reader->field(c).data(), qsizetype(reader->field(c).size())));
            rows.push_back(row);
        }
        auto se = [](double a, double n1, double n0) {
            const double q1 = a / (2 - a), q2 = 2 * a * a / (1 + a);
            return std::sqrt((a * (1 - a) + (n1 - 1) * (q1 - a * a) + (n0 - 1) * (q2 - a * a)) /
                             (n1 * n0));
        };
        int checked = 0, insufficient = 0;
        for (const Row& g : rows) {
            const QString attribute = g.v.value("attribute"), group = g.v.value("group");
            if (attribute == QLatin1String("all") || group == QLatin1String("gap") ||
                group == QLatin1String("worst") || g.v.value("flag") == "missing_attribute" ||
                g.v.value("auc").isEmpty())
                continue;
            double overall = 0, restPos = 0, restNeg = 0;
            for (const Row& o : rows) {
                if (o.v.value("model") != g.v.value("model") ||
                    o.v.value("condition") != g.v.value("condition"))
                    continue;
                if (o.v.value("attribute") == QLatin1String("all"))
                    overall = o.number("auc");
                else if (o.v.value("attribute") == attribute && o.v.value("group") != group &&
                         o.v.value("group") != "gap" && o.v.value("group") != "worst" &&
                         o.v.value("flag") != "missing_attribute") {
                    restPos += o.number("n_pos");
                    restNeg += o.number("n_neg");
                }
            }
            const double expected = (1.959963984540054 + 0.8416212335729143) *
                                    std::hypot(se(overall, g.number("n_pos"), g.number("n_neg")),
                                               se(overall, restPos, restNeg));
            QVERIFY2(std::abs(g.number("mdd") - expected) < 1e-9,
                     qPrintable(attribute + "=" + group + ": " + g.v.value("mdd") + " vs " +
                                QString::number(expected)));
            const bool sufficient = g.number("auc_ci_high") - g.number("auc_ci_low") <= 0.3 &&
                                    g.number("mdd") <= std::abs(g.number("auc_diff_vs_rest"));
            QCOMPARE(g.v.value("evidence"),
                     sufficient ? QStringLiteral("sufficient") : QStringLiteral("insufficient"));
            insufficient += sufficient ? 0 : 1;
            ++checked;
        }
        QVERIFY(checked >= 10);
        QVERIFY(insufficient > 0);
        QCOMPARE(runCli({"metrics", "--scores", m_scores, "--out", out, "--evidence-width", "0"})
                     .exitCode,
                 1);
    }

    void sameBytesOnAnyThreadCount() {
        QByteArray outputs[2];
        for (int t = 0; t < 2; ++t) {
            const QString out = m_dir.filePath(QStringLiteral("t%1.csv").arg(t));
            const auto r = runCli({"metrics", "--scores", m_scores, "--out", out, "--bootstrap",
                                   "100", "--threads", t ? "3" : "1"});
            QCOMPARE(r.exitCode, 0);
            QFile f(out);
            QVERIFY(f.open(QIODevice::ReadOnly));
            outputs[t] = f.readAll();
        }
        QVERIFY(!outputs[0].isEmpty());
        QCOMPARE(outputs[0], outputs[1]);
    }

    void badScoreTables_data() {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("where");
        QTest::newRow("missing column")
            << QByteArray("model,condition,sample_id,patient_id,label\nA,P,s1,p1,1\n")
            << "column 'score'";
        QTest::newRow("label 2") << QByteArray("model,condition,sample_id,patient_id,label,"
                                               "score\nA,P,s1,p1,1,0.5\nA,P,s2,p2,2,0.1\n")
                                 << "row 3, column 'label'";
        QTest::newRow("nan score")
            << QByteArray("model,condition,sample_id,patient_id,label,score\nA,P,s1,p1,1,nan\n")
            << "row 2, column 'score'";
        QTest::newRow("empty") << QByteArray("model,condition,sample_id,patient_id,label,score\n")
                               << "no rows";
        QTest::newRow("duplicate") << QByteArray("model,condition,sample_id,patient_id,label,"
                                                 "score\nA,P,s1,p1,1,0.5\nA,P,s1,p1,1,0.6\n")
                                   << "row 3";
        QTest::newRow("cut last line")
            << QByteArray("model,condition,sample_id,patient_id,label,score,sex\nA,P,s1,p1,1,0.5,"
                          "F\nA,P,s2,p2,0,0.4")
            << "row 3";
    }
    void badScoreTables() {
        QFETCH(QByteArray, content);
        QFETCH(QString, where);
        const QString path = scoresWith(QStringLiteral("bad.csv"), content);
        const auto r =
            runCli({"metrics", "--scores", path, "--out", m_dir.filePath(QStringLiteral("x.csv"))});
        QCOMPARE(r.exitCode, 1);
        const QStringList lines = errorLines(r);
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.front().contains(path) && lines.front().contains(where),
                 qPrintable(lines.front()));
    }

    void badOptions() {
        const QString out = m_dir.filePath(QStringLiteral("y.csv"));
        QCOMPARE(runCli({"metrics", "--scores", m_scores, "--out", out, "--threshold", "youden"})
                     .exitCode,
                 1); // no validation
        QCOMPARE(runCli({"metrics", "--scores", m_scores, "--out", out, "--ci", "95"}).exitCode, 1);
        QCOMPARE(runCli({"metrics", "--scores", m_scores, "--out", out, "--attributes", "height"})
                     .exitCode,
                 1);
        QCOMPARE(runCli({"metrics", "--scores", m_scores}).exitCode, 1);
        // The shortcut's condition without a confounder, or one the table does not have.
        QCOMPARE(runCli({"metrics", "--scores", m_scores, "--out", out, "--shortcut-condition",
                         "Pneumothorax"})
                     .exitCode,
                 1);
        QCOMPARE(runCli({"metrics", "--scores", m_scores, "--out", out, "--confounder", "drain",
                         "--shortcut-condition", "Effusion"})
                     .exitCode,
                 1);
        // A threshold chosen on validation data works.
        const auto ok = runCli({"metrics", "--scores", m_scores, "--out", out, "--threshold",
                                "youden", "--validation", m_scores, "--bootstrap", "20"});
        QVERIFY2(ok.exitCode == 0, ok.err.constData());
    }

    void probeAndPca() {
        Random r(43);
        FloatMatrix x;
        x.rows = 300;
        x.cols = 8;
        QByteArray table = "patient_id,sex,age\n";
        for (int i = 0; i < 300; ++i) {
            const int sex = (i / 2) % 2;
            for (int j = 0; j < 8; ++j)
                x.data.push_back(float(r.normal() + (j == 0 ? 2.0 * sex : 0.0)));
            table += "p" + QByteArray::number(i / 2) + "," + (sex ? "M" : "F") + "," +
                     QByteArray::number(20 + i % 70) + "\n";
        }
        const QString npy = m_dir.filePath(QStringLiteral("x.npy"));
        QVERIFY(writeNpy(npy, x));
        const QString csv = test::writeFile(m_dir.path(), QStringLiteral("t.csv"), table);
        const auto probe = runCli({"probe", "--embeddings", npy, "--table", csv, "--target", "sex",
                                   "--json", "--bootstrap", "100"});
        QVERIFY2(probe.exitCode == 0, probe.err.constData());
        const QJsonObject j = QJsonDocument::fromJson(probe.out).object();
        for (const char* key :
             {"target", "macro_auc", "macro_auc_ci", "accuracy", "per_class_auc", "chance"})
            QVERIFY2(j.contains(QLatin1String(key)), key);
        QVERIFY(j.value("macro_auc").toDouble() > 0.85);
        QCOMPARE(j.value("macro_auc_ci").toArray().size(), 2);
        const auto age = runCli({"probe", "--embeddings", npy, "--table", csv, "--target", "age",
                                 "--classifier", "knn", "--bootstrap", "50"});
        QVERIFY2(age.exitCode == 0, age.err.constData());
        QVERIFY(age.out.contains("65-80")); // numeric ages are binned

        const QString shortTable =
            test::writeFile(m_dir.path(), QStringLiteral("short.csv"), "patient_id,sex\np1,F\n");
        const auto mismatch =
            runCli({"probe", "--embeddings", npy, "--table", shortTable, "--target", "sex"});
        QCOMPARE(mismatch.exitCode, 1);
        QVERIFY(errorLines(mismatch).front().contains(QStringLiteral("align")));

        const QString projection = m_dir.filePath(QStringLiteral("p.csv"));
        const auto pca =
            runCli({"pca", "--embeddings", npy, "--out", projection, "--components", "3"});
        QVERIFY2(pca.exitCode == 0, pca.err.constData());
        QVERIFY(pca.out.contains("Explained variance ratio"));
        auto reader = CsvReader::open(projection);
        QVERIFY(reader);
        QCOMPARE(reader->header(), (std::vector<std::string>{"row", "pc1", "pc2", "pc3"}));
        int rows = 0;
        while (reader->next())
            ++rows;
        QCOMPARE(rows, 300);
        const QString junk = test::writeFile(m_dir.path(), QStringLiteral("junk.npy"), "not numpy");
        const auto bad = runCli({"pca", "--embeddings", junk, "--out", projection});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY(errorLines(bad).front().contains(junk));
    }
};

QTEST_GUILESS_MAIN(TestCliStatistics)
#include "test_cli_statistics.moc"
