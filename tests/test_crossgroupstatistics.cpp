// Statistics that tell a real gap from noise, in core, each against a reference written here:
// xAUC by counting every pair (and inside the bootstrap, against resamples drawn again), the
// summary's bias-corrected gap and ES-AUC by hand, matching weights by the shares they give and
// the matched AUC by weighted pair counting. (The commands are tested in test_gap_statistics.)
#include "common/random.h"
#include "stats/bootstrap.h"
#include "stats/crossgroupauc.h"
#include "stats/matchedcomparison.h"
#include "stats/ranking.h"
#include "stats/subgroupmetrics.h"

#include <QTest>

#include <cmath>

using namespace cxrfair;

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

} // namespace

class TestCrossGroupStatistics : public QObject {
    Q_OBJECT

private Q_SLOTS:
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
};

QTEST_GUILESS_MAIN(TestCrossGroupStatistics)
#include "test_crossgroupstatistics.moc"
