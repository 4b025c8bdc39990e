// Prompt sensitivity as a user runs it: cxrfair-cli prompts sweep on a demo store, checked
// against cxrfair-cli score and brute-force AUCs, its summary against its rows, the audit's
// prompt_sensitivity analysis, and broken input.
#include "testsupport.h"

#include "audit/auditpreset.h"
#include "data/csvreader.h"
#include "data/valueparsers.h"
#include "demo/demogenerator.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <map>

using namespace cxrfair;
using namespace cxrfair::test;

namespace {

/// A CSV file as rows of named fields.
std::vector<QHash<QString, QString>> readRows(const QString& path) {
    std::vector<QHash<QString, QString>> rows;
    auto reader = CsvReader::open(path);
    if (!reader)
        return rows;
    const std::vector<std::string> header = reader->header();
    while (reader->next()) {
        QHash<QString, QString> row;
        for (size_t c = 0; c < header.size(); ++c)
            row.insert(QString::fromStdString(header[c]), toQString(reader->field(int(c))));
        rows.push_back(std::move(row));
    }
    return rows;
}

/// The probability that a positive outscores a negative, ties one half: every pair counted.
std::optional<double> bruteForceAuc(const std::vector<std::pair<double, int>>& scored) {
    double wins = 0.0;
    qint64 pairs = 0;
    for (const auto& [p, lp] : scored)
        if (lp == 1)
            for (const auto& [n, ln] : scored)
                if (ln == 0) {
                    wins += p > n ? 1.0 : p == n ? 0.5 : 0.0;
                    ++pairs;
                }
    if (pairs == 0)
        return std::nullopt;
    return wins / double(pairs);
}

} // namespace

class TestCliPrompts : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    DemoResult m_demo;
    QString m_store;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    void expectFailure(const QStringList& arguments, const char* fragment) {
        expectOneLineCliError(arguments, fragment);
    }

    QStringList sweep(const QStringList& extra, const QString& out) {
        return QStringList{"prompts", "sweep",          "--store", m_store,
                           "--model", m_demo.modelPath, "--out",   out} +
               extra;
    }

private Q_SLOTS:
    void initTestCase() {
        auto demo = smallDemo(path(QStringLiteral("demo")), 200, 1000);
        QVERIFY2(demo.has_value(), qPrintable(demo ? QString() : demo.error().toString()));
        m_demo = *demo;
        m_store = path(QStringLiteral("store"));
        const ProcessResult embed = runCli(
            {"embed", "--root", m_demo.mimicRoot, "--model", m_demo.modelPath, "--out", m_store});
        QVERIFY2(embed.exitCode == 0, embed.err.constData());
    }

    void theStudySetGivesTheAucsOfScore() {
        QVERIFY(runCli({"score", "--store", m_store, "--model", m_demo.modelPath, "--out",
                        path("S.csv")})
                    .exitCode == 0);
        const ProcessResult r =
            runCli(sweep({"--sets", "study", "--attributes", "sex,race"}, path("study.csv")));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        // Brute force from the score table: (condition, attribute, group) -> scores and labels.
        std::map<std::tuple<QString, QString, QString>, std::vector<std::pair<double, int>>> groups;
        for (const auto& row : readRows(path("S.csv"))) {
            const std::pair<double, int> s{row["score"].toDouble(), row["label"].toInt()};
            const QString c = row["condition"];
            groups[{c, QStringLiteral("all"), QStringLiteral("all")}].push_back(s);
            for (const char* a : {"sex", "race"})
                if (!row[a].isEmpty())
                    groups[{c, QString::fromLatin1(a), row[a]}].push_back(s);
        }
        const auto rows = readRows(path("study.csv"));
        QVERIFY(!rows.empty());
        int compared = 0;
        for (const auto& row : rows) {
            QCOMPARE(row["prompt_set"], QStringLiteral("study"));
            QCOMPARE(row["model"], QStringLiteral("cxrfair demo CLIP"));
            const auto it = groups.find({row["condition"], row["attribute"], row["group"]});
            QVERIFY2(it != groups.end(), qPrintable(row["group"]));
            QCOMPARE(row["n"].toLongLong(), qint64(it->second.size()));
            qint64 positives = 0;
            for (const auto& s : it->second)
                positives += s.second;
            QCOMPARE(row["n_pos"].toLongLong(), positives);
            const auto expected = bruteForceAuc(it->second);
            QCOMPARE(row["auc"].isEmpty(), !expected.has_value());
            if (expected) {
                QVERIFY2(std::abs(row["auc"].toDouble() - *expected) < 1e-12,
                         qPrintable(row["auc"]));
                ++compared;
            }
        }
        // Every study condition, the population and both attributes' groups.
        QSet<QString> conditions;
        for (const auto& row : rows)
            conditions.insert(row["condition"]);
        QCOMPARE(conditions.size(), 6);
        QVERIFY(compared > 30);
    }

    void theBuiltInSetsDisagreeAndOneIsInverted() {
        const ProcessResult r = runCli(sweep({}, path("sweep.csv")));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const auto rows = readRows(path("sweep.csv"));
        QStringList sets;
        std::map<std::pair<QString, QString>, double> overall; // (condition, set) -> AUC
        for (const auto& row : rows) {
            if (!sets.contains(row["prompt_set"]))
                sets << row["prompt_set"];
            if (row["attribute"] == QStringLiteral("all") && !row["auc"].isEmpty())
                overall[{row["condition"], row["prompt_set"]}] = row["auc"].toDouble();
        }
        QCOMPARE(sets,
                 (QStringList{"study", "chexzero", "synonyms-1", "synonyms-2", "synonyms-3"}));
        // The demo model understands the words: no set is at chance on every condition, the
        // sets give different AUCs, and one set reads a normal phrase as the finding.
        int inverted = 0;
        for (const QString& set : sets) {
            double furthest = 0.0;
            for (const auto& [key, auc] : overall)
                if (key.second == set) {
                    furthest = std::max(furthest, std::abs(auc - 0.5));
                    inverted += auc < 0.5;
                }
            QVERIFY2(furthest > 0.1, qPrintable(set));
        }
        QVERIFY(inverted >= 1);
        double widest = 0.0;
        for (const QString c : {"Atelectasis", "Cardiomegaly", "Consolidation", "Pleural Effusion",
                                "Pneumonia", "Pneumothorax"}) {
            double low = 1.0, high = 0.0;
            for (const QString& set : sets) {
                low = std::min(low, overall[{c, set}]);
                high = std::max(high, overall[{c, set}]);
            }
            widest = std::max(widest, high - low);
        }
        QVERIFY(widest > 0.2);
        QVERIFY(r.out.contains("inverted (AUC below 0.5)"));

        // The summary beside it, against the rows.
        const auto summary = readRows(path("sweep-summary.csv"));
        QVERIFY(!summary.empty());
        int checked = 0;
        for (const auto& s : summary) {
            std::vector<double> aucs;
            for (const auto& row : rows)
                if (row["condition"] == s["condition"] && row["attribute"] == s["attribute"] &&
                    row["group"] == s["group"] && !row["auc"].isEmpty())
                    aucs.push_back(row["auc"].toDouble());
            QCOMPARE(s["sets"].toInt(), int(aucs.size()));
            if (aucs.empty())
                continue;
            const double low = *std::min_element(aucs.begin(), aucs.end());
            const double high = *std::max_element(aucs.begin(), aucs.end());
            QCOMPARE(s["auc_min"].toDouble(), low);
            QCOMPARE(s["auc_max"].toDouble(), high);
            QVERIFY(std::abs(s["auc_range"].toDouble() - (high - low)) < 1e-12);
            QStringList expectedInverted;
            for (const QString& set : sets)
                if (overall.count({s["condition"], set}) && overall[{s["condition"], set}] < 0.5)
                    expectedInverted << set;
            QCOMPARE(s["inverted"], expectedInverted.join(QLatin1Char(';')));
            if (s["attribute"] != QStringLiteral("all") && !s["worst_groups"].isEmpty()) {
                // The worst group of each set, and whether they differ.
                QSet<QString> worst;
                for (const QString& pair : s["worst_groups"].split(QLatin1Char(';')))
                    worst.insert(pair.section(QLatin1Char('='), 1));
                QCOMPARE(s["worst_group_changes"],
                         worst.size() > 1 ? QStringLiteral("yes") : QStringLiteral("no"));
            }
            ++checked;
        }
        QVERIFY(checked > 20);
    }

    void aFileIsASetNamedAfterIt() {
        const QString file = writeFile(
            QDir(path(QString())), QStringLiteral("my-words.json"),
            R"({"conditions": {"Pneumothorax": {"positive": ["pneumothorax"], "negative": ["no pneumothorax"]}}})");
        const ProcessResult r =
            runCli(sweep({"--sets", "study," + file, "--attributes", "sex"}, path("file.csv")));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QSet<QString> sets;
        for (const auto& row : readRows(path("file.csv")))
            sets.insert(row["prompt_set"]);
        QCOMPARE(sets, (QSet<QString>{"study", "my-words"}));
    }

    void theAuditWritesItsPromptSensitivity() {
        auto preset = auditPreset(QStringLiteral("faimi2025"),
                                  {m_demo.mimicRoot, {}, {}, {}, {m_demo.modelPath}});
        QVERIFY(preset.has_value());
        preset->audit.statistics.bootstrap.resamples = 20;
        preset->audit.analyses.embeddings = false;
        preset->audit.analyses.calibration = false;
        preset->audit.analyses.promptSensitivity = true;
        const QString config = path("sweep.cxrproject");
        QVERIFY(preset->write(config).has_value());
        const QString out = path("audit");
        const ProcessResult r = runCli({"audit", config, "--no-figures", "--out", out});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QString dataset;
        for (const QString& d : QDir(out).entryList(QDir::Dirs | QDir::NoDotAndDotDot))
            if (QFileInfo::exists(out + QLatin1Char('/') + d + "/prompt-sensitivity.csv"))
                dataset = out + QLatin1Char('/') + d;
        QVERIFY(!dataset.isEmpty());
        const auto rows = readRows(dataset + "/prompt-sensitivity.csv");
        QVERIFY(rows.size() > 50);
        QSet<QString> attributes;
        for (const auto& row : rows)
            attributes.insert(row["attribute"]);
        QCOMPARE(attributes, (QSet<QString>{"all", "sex", "race", "age"}));
        QVERIFY(!readRows(dataset + "/prompt-sensitivity-summary.csv").empty());
        QFile report(out + "/report.html");
        QVERIFY(report.open(QIODevice::ReadOnly));
        const QByteArray html = report.readAll();
        QVERIFY(html.contains("prompt sensitivity"));
        QVERIFY(html.contains("(inverted)"));
    }

    void brokenInputIsAClearError() {
        const QString out = path("bad.csv");
        expectFailure(sweep({"--sets", "study,nonsense"}, out), "unknown prompt set 'nonsense'");
        expectFailure(sweep({"--sets", "study,study"}, out), "given twice");
        expectFailure(sweep({"--attributes", "sexx"}, out), "no attribute column 'sexx'");
        expectFailure(sweep({"--age-bins", "18,x"}, out), "--age-bins");
        const QString typo =
            writeFile(QDir(path(QString())), QStringLiteral("typo.json"),
                      R"({"conditions": {"Pneumothorax": {"positive": "a", "negativ": "b"}}})");
        expectFailure(sweep({"--sets", typo}, out), "did you mean 'negative'");
        expectFailure({"prompts", "sweep", "--store", path("nowhere"), "--model", m_demo.modelPath,
                       "--out", out},
                      "nowhere");
        expectFailure({"prompts", "sweep", "--out", out}, "--store STORE, --model BUNDLE");
        expectFailure({"prompts"}, "needs a subcommand: sweep");
        QVERIFY(!QFileInfo::exists(out));
    }
};

QTEST_GUILESS_MAIN(TestCliPrompts)
#include "test_cli_prompts.moc"
