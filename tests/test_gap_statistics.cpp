// Statistics that tell a real gap from noise, each against a reference written here: xAUC by
// counting every pair, the summary's bias-corrected gap and ES-AUC by hand from resamples drawn
// again, the matched AUC by weighted pair counting, and the comparison with the study's
// published tables (the real ones from the reference folder when it is there, and a round trip
// through `metrics --format faimi2025`), with the commands run as processes.
#include "testsupport.h"

#include "common/random.h"
#include "data/csvreader.h"
#include "stats/bootstrap.h"
#include "stats/crossgroupauc.h"
#include "stats/matchedcomparison.h"
#include "stats/ranking.h"
#include "stats/subgroupmetrics.h"

#include <QDir>
#include <QHash>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace cxrfair;
using test::runCli;

namespace {

/// P(score of a weighted positive of `a` > that of a weighted negative of `b`), ties one half,
/// by visiting every pair.
double pairCount(const std::vector<double>& scores, const std::vector<std::int8_t>& labels,
                 const std::vector<std::int16_t>& codes, int a, int b,
                 const std::vector<double>& weights = {}) {
    double won = 0, total = 0;
    for (size_t i = 0; i < scores.size(); ++i) {
        if (labels[i] != 1 || codes[i] != a)
            continue;
        for (size_t j = 0; j < scores.size(); ++j) {
            if (labels[j] != 0 || codes[j] != b)
                continue;
            const double w = (weights.empty() ? 1.0 : weights[i] * weights[j]);
            total += w;
            won += w * (scores[i] > scores[j] ? 1.0 : scores[i] == scores[j] ? 0.5 : 0.0);
        }
    }
    return total > 0 ? won / total : std::nan("");
}

/// Three groups with different signals, a few rows without a group, scores rounded so that
/// there are ties.
ConditionData threeGroups(int rows, std::uint64_t seed) {
    Random r(seed);
    ConditionData d;
    d.condition = QStringLiteral("Effusion");
    d.models = {QStringLiteral("m")};
    d.scores.resize(1);
    Grouping g{QStringLiteral("site"),
               {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")},
               {}};
    for (int i = 0; i < rows; ++i) {
        const std::int16_t code = r.chance(0.03) ? -1 : std::int16_t(r.integer(0, 2));
        const bool positive = r.chance(0.3);
        d.labels.push_back(std::int8_t(positive));
        d.patients.push_back(i);
        g.codes.push_back(code);
        const double shift = code == 2 ? 0.6 : 0.0; // c's scores run higher, for both classes
        const double score = r.normal() + (positive ? 1.0 : 0.0) + shift;
        d.scores[0].push_back(std::round(score * 10.0) / 10.0);
    }
    d.attributes = {g};
    d.unknownLabels = {{0, 0, 0}};
    return d;
}

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

    void crossAucCountsEveryPair() {
        const ConditionData d = threeGroups(400, 3);
        const auto& scores = d.scores[0];
        const auto& codes = d.attributes[0].codes;
        const std::vector<double> matrix =
            crossAucMatrix(scores, d.labels, codes, 3, ascendingOrder(scores));
        std::vector<double> weights;
        Random r(5);
        for (size_t i = 0; i < scores.size(); ++i)
            weights.push_back(r.uniform(0.2, 3.0));
        const std::vector<double> weighted =
            crossAucMatrix(scores, d.labels, codes, 3, ascendingOrder(scores), weights);
        for (int a = 0; a < 3; ++a) {
            for (int b = 0; b < 3; ++b) {
                QVERIFY(std::abs(matrix[size_t(a * 3 + b)] -
                                 pairCount(scores, d.labels, codes, a, b)) < 1e-12);
                QVERIFY(std::abs(weighted[size_t(a * 3 + b)] -
                                 pairCount(scores, d.labels, codes, a, b, weights)) < 1e-12);
            }
        }
        // c's scores run higher for both classes: its positives beat a's negatives more often
        // than a's positives beat c's negatives.
        QVERIFY(matrix[2 * 3 + 0] > matrix[0 * 3 + 2] + 0.1);
    }

    void crossAucResamplesAreTheAucsResamples() {
        const ConditionData d = threeGroups(300, 11);
        const auto& codes = d.attributes[0].codes;
        BootstrapRequest request;
        request.labels = d.labels;
        request.scores.push_back(d.scores[0]);
        request.groupings.push_back({codes, 3});
        request.groupings.push_back({codes, 3, false, true});
        BootstrapOptions options;
        options.resamples = 40;
        options.seed = 99;
        auto replicates = bootstrapAuc(request, options);
        QVERIFY(replicates);
        // The diagonal pairs are the groups' own AUCs, resample for resample.
        for (int g = 0; g < 3; ++g) {
            const auto own = replicates->series(0, replicates->slot(0, g));
            const auto diagonal = replicates->series(0, replicates->crossSlot(1, g, g, 3));
            for (int b = 0; b < options.resamples; ++b)
                QCOMPARE(own[size_t(b)], diagonal[size_t(b)]);
        }
        // Resample 5, drawn again: each row counted as often as it was drawn.
        const ResampleDraws draws(d.labels.size(), options);
        std::vector<std::uint8_t> counts;
        draws.fill(0, counts);
        std::vector<double> multiplicity;
        for (size_t row = 0; row < d.labels.size(); ++row)
            multiplicity.push_back(counts[row * ResampleDraws::kLanes + 5]);
        for (auto [a, b] : {std::pair{0, 2}, std::pair{2, 0}, std::pair{1, 2}}) {
            const double expected = pairCount(d.scores[0], d.labels, codes, a, b, multiplicity);
            QVERIFY(std::abs(replicates->series(0, replicates->crossSlot(1, a, b, 3))[5] -
                             expected) < 1e-12);
        }
    }

    void metricsListEveryPairOnceWithItsDisparity() {
        const ConditionData d = threeGroups(500, 17);
        MetricsSettings settings;
        settings.bootstrap.resamples = 64;
        settings.crossGroupAuc = true;
        settings.minPositives = settings.minNegatives = 5;
        auto metrics = computeMetrics(d, settings);
        QVERIFY(metrics);
        const auto& x = metrics->front().crossAucs;
        QCOMPARE(x.size(), size_t(3));
        const QStringList order = {"a:b", "a:c", "b:c"};
        for (size_t i = 0; i < x.size(); ++i) {
            QCOMPARE(x[i].groupA + ":" + x[i].groupB, order[qsizetype(i)]);
            const int a = int(d.attributes[0].groups.indexOf(x[i].groupA)),
                      b = int(d.attributes[0].groups.indexOf(x[i].groupB));
            QVERIFY(std::abs(*x[i].ab - pairCount(d.scores[0], d.labels, d.attributes[0].codes, a,
                                                  b)) < 1e-12);
            QCOMPARE(*x[i].disparity, *x[i].ab - *x[i].ba);
            QVERIFY(x[i].disparityCi.valid());
            QVERIFY(x[i].disparityCi.low <= *x[i].disparity + 0.05);
            QVERIFY(x[i].disparityCi.high >= *x[i].disparity - 0.05);
        }
        // Without asking, none.
        settings.crossGroupAuc = false;
        QVERIFY(computeMetrics(d, settings)->front().crossAucs.empty());
    }

    void summaryByHandFromResamplesDrawnAgain() {
        // Two groups of 40 images: the gap, its bootstrap mean and ES-AUC recomputed here.
        Random r(23);
        ConditionData d;
        d.condition = QStringLiteral("Edema");
        d.models = {QStringLiteral("m")};
        d.scores.resize(1);
        Grouping g{QStringLiteral("sex"), {QStringLiteral("F"), QStringLiteral("M")}, {}};
        for (int i = 0; i < 80; ++i) {
            const bool positive = i % 2 == 0;
            const std::int16_t code = std::int16_t(i % 4 < 2 ? 0 : 1);
            d.labels.push_back(std::int8_t(positive));
            d.patients.push_back(i);
            g.codes.push_back(code);
            d.scores[0].push_back(r.normal() + (positive ? (code == 0 ? 1.5 : 0.5) : 0.0));
        }
        d.attributes = {g};
        d.unknownLabels = {{0, 0}};
        MetricsSettings settings;
        settings.bootstrap.resamples = 32;
        settings.bootstrap.seed = 4;
        settings.minPositives = settings.minNegatives = 5;
        settings.evidenceWidth = 1.0; // both groups compared
        auto metrics = computeMetrics(d, settings);
        QVERIFY(metrics);
        const GapMetrics& s = metrics->front().summaries.front();
        QCOMPARE(s.compared, QStringList({"F", "M"}));

        const double aucF = pairCount(d.scores[0], d.labels, g.codes, 0, 0);
        const double aucM = pairCount(d.scores[0], d.labels, g.codes, 1, 1);
        std::vector<std::int16_t> everyone(d.labels.size(), 0);
        const double overall = pairCount(d.scores[0], d.labels, everyone, 0, 0);
        QVERIFY(std::abs(*s.aucGap - std::abs(aucF - aucM)) < 1e-12);
        QCOMPARE(s.worstGroup, QString(aucF < aucM ? "F" : "M"));
        QVERIFY(std::abs(*s.esAuc - overall / (1.0 + std::abs(aucF - overall) +
                                               std::abs(aucM - overall))) < 1e-12);

        const ResampleDraws draws(d.labels.size(), settings.bootstrap);
        std::vector<std::uint8_t> counts;
        draws.fill(0, counts);
        double sum = 0;
        int used = 0;
        for (int lane = 0; lane < 32; ++lane) {
            std::vector<double> w;
            for (size_t row = 0; row < d.labels.size(); ++row)
                w.push_back(counts[row * ResampleDraws::kLanes + size_t(lane)]);
            const double f = pairCount(d.scores[0], d.labels, g.codes, 0, 0, w);
            const double m = pairCount(d.scores[0], d.labels, g.codes, 1, 1, w);
            if (std::isfinite(f) && std::isfinite(m)) {
                sum += std::abs(f - m);
                ++used;
            }
        }
        QCOMPARE(s.aucGapCi.used, used);
        QVERIFY(std::abs(*s.aucGapBiasCorrected - (2.0 * *s.aucGap - sum / used)) < 1e-12);

        // With the default evidence width, a group whose interval is wider is left out of the
        // summary (and so is the gap), while the table's gap rows keep every group large enough.
        settings.evidenceWidth = 0.05;
        auto narrow = computeMetrics(d, settings);
        QVERIFY(narrow->front().summaries.front().compared.size() < 2);
        QVERIFY(!narrow->front().summaries.front().aucGap);
        QVERIFY(narrow->front().gaps.front().aucGap);
    }

    void matchingEqualisesTheCovariatesAndTheLabel() {
        Random r(31);
        const int rows = 3000;
        std::vector<std::int16_t> group(rows), view(rows);
        std::vector<std::int8_t> labels(rows);
        for (int i = 0; i < rows; ++i) {
            group[size_t(i)] = std::int16_t(r.chance(0.1) ? 2 : r.integer(0, 1));
            // Group 0 mostly AP, group 1 mostly PA; more positives among AP films.
            view[size_t(i)] = std::int16_t(r.chance(group[size_t(i)] == 0 ? 0.8 : 0.2) ? 0 : 1);
            labels[size_t(i)] = std::int8_t(r.chance(view[size_t(i)] == 0 ? 0.4 : 0.15));
        }
        view[0] = -1; // a missing covariate is outside the support
        const Grouping views{
            QStringLiteral("view"), {QStringLiteral("AP"), QStringLiteral("PA")}, view};
        const MatchingWeights w = matchingWeights(group, {0, 1}, {&views}, labels);
        QVERIFY(w.outsideSupport >= 1);
        // Within each compared group, the weighted shares of (view, label) are the pooled ones.
        double pooled[2][2] = {}, pooledTotal = 0;
        double share[2][2][2] = {}, total[2] = {};
        for (int i = 0; i < rows; ++i) {
            const int g = group[size_t(i)];
            if (g > 1 || view[size_t(i)] < 0)
                continue;
            pooled[view[size_t(i)]][labels[size_t(i)]] += 1;
            pooledTotal += 1;
            share[g][view[size_t(i)]][labels[size_t(i)]] += w.weights[size_t(i)];
            total[g] += w.weights[size_t(i)];
        }
        for (int v = 0; v < 2; ++v)
            for (int l = 0; l < 2; ++l)
                for (int g = 0; g < 2; ++g)
                    QVERIFY(std::abs(share[g][v][l] / total[g] - pooled[v][l] / pooledTotal) <
                            1e-12);
        for (int i = 0; i < rows; ++i)
            if (group[size_t(i)] == 2)
                QCOMPARE(w.weights[size_t(i)], 0.0); // not compared
    }

    void matchedAucIsWeightedPairCountingAndRemovesAConfoundedGap() {
        // The score depends on the view only (AP films harder); group 0 is mostly AP. Before
        // matching group 0 looks worse; after, the gap is about zero.
        Random r(37);
        ConditionData d;
        d.condition = QStringLiteral("Pneumothorax");
        d.models = {QStringLiteral("m")};
        d.scores.resize(1);
        Grouping sex{QStringLiteral("sex"), {QStringLiteral("F"), QStringLiteral("M")}, {}};
        Grouping view{QStringLiteral("view"), {QStringLiteral("AP"), QStringLiteral("PA")}, {}};
        for (int i = 0; i < 6000; ++i) {
            const std::int16_t s = std::int16_t(r.integer(0, 1));
            const std::int16_t v = std::int16_t(r.chance(s == 0 ? 0.85 : 0.15) ? 0 : 1);
            const bool positive = r.chance(v == 0 ? 0.35 : 0.2);
            sex.codes.push_back(s);
            view.codes.push_back(v);
            d.labels.push_back(std::int8_t(positive));
            d.patients.push_back(i);
            d.scores[0].push_back(r.normal() + (positive ? (v == 0 ? 0.4 : 2.0) : 0.0));
        }
        d.attributes = {sex};
        d.unknownLabels = {{0, 0}};
        d.covariates = {view};
        d.matchOn = {{0}};
        MetricsSettings settings;
        settings.bootstrap.resamples = 100;
        auto metrics = computeMetrics(d, settings);
        QVERIFY(metrics);
        const ModelConditionMetrics& mc = metrics->front();
        QCOMPARE(mc.matched.size(), size_t(1));
        const MatchedComparison& m = mc.matched.front();
        QCOMPARE(m.covariates, QStringList{"view"});
        QVERIFY2(*m.gapBefore > 0.12, qPrintable(QString::number(*m.gapBefore)));
        QVERIFY2(*m.gap < 0.06, qPrintable(QString::number(*m.gap)));
        QVERIFY(m.gapCi.valid());

        const MatchingWeights w = matchingWeights(sex.codes, {0, 1}, {&view}, d.labels);
        for (int g = 0; g < 2; ++g) {
            const double expected = pairCount(d.scores[0], d.labels, sex.codes, g, g, w.weights);
            QVERIFY2(std::abs(*m.groups[size_t(g)].auc - expected) < 1e-10, // sums of 1e6 pairs
                     qPrintable(QString::number(*m.groups[size_t(g)].auc, 'g', 17) + " " +
                                QString::number(expected, 'g', 17)));
            QVERIFY(m.groups[size_t(g)].ci.valid());
        }
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
