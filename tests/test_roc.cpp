#include "stats/roc.h"

#include "common/random.h"

#include <QTest>

#include <cmath>

using namespace cxrfair;

namespace {

/// Brute force: every (positive, negative) pair, ties one half.
double pairCountingAuc(const std::vector<double>& s, const std::vector<std::int8_t>& y) {
    double wins = 0, pairs = 0;
    for (size_t i = 0; i < s.size(); ++i) {
        if (y[i] != 1)
            continue;
        for (size_t j = 0; j < s.size(); ++j) {
            if (y[j] != 0)
                continue;
            pairs += 1;
            wins += s[i] > s[j] ? 1.0 : s[i] == s[j] ? 0.5 : 0.0;
        }
    }
    return wins / pairs;
}

} // namespace

class TestRoc : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void aucAgainstPairCounting() {
        Random r(3);
        for (int trial = 0; trial < 30; ++trial) {
            const int n = 5 + trial * 7;
            std::vector<double> s(static_cast<size_t>(n));
            std::vector<std::int8_t> y(static_cast<size_t>(n));
            for (int i = 0; i < n; ++i) {
                y[size_t(i)] = std::int8_t(r.chance(0.3));
                // Coarse scores make many ties.
                s[size_t(i)] = std::round((r.normal() + y[size_t(i)]) * (trial % 2 ? 2.0 : 100.0));
            }
            y[0] = 1;
            y[1] = 0;
            const auto auc = rocAuc({s, y});
            QVERIFY(auc);
            QVERIFY(std::abs(*auc - pairCountingAuc(s, y)) < 1e-12);
        }
    }

    void scikitLearnExamples() {
        // The examples of scikit-learn's documentation.
        const std::vector<double> s{0.1, 0.4, 0.35, 0.8};
        const std::vector<std::int8_t> y{0, 0, 1, 1};
        QCOMPARE(*rocAuc({s, y}), 0.75);
        QVERIFY(std::abs(*averagePrecision({s, y}) - 0.8333333333333333) < 1e-12);
        const RocCurve roc = rocCurve({s, y});
        QCOMPARE(roc.thresholds.size(), size_t(5));
        QVERIFY(std::isinf(roc.thresholds[0]));
        QCOMPARE(roc.thresholds[1], 0.8);
        QCOMPARE(roc.fpr, (std::vector<double>{0.0, 0.0, 0.5, 0.5, 1.0}));
        QCOMPARE(roc.tpr, (std::vector<double>{0.0, 0.5, 0.5, 1.0, 1.0}));
    }

    void averagePrecisionWithTies() {
        // One tied threshold holding a positive and a negative: one step of recall 1/2 at
        // precision 2/3 (the top positive and the tied pair), then the rest.
        const std::vector<double> s{0.9, 0.5, 0.5, 0.1};
        const std::vector<std::int8_t> y{1, 1, 0, 1};
        // thresholds 0.9: P=1/1, R=1/3; 0.5: P=2/3, R=2/3; 0.1: P=3/4, R=1.
        const double expected = (1.0 / 3.0) * 1.0 + (1.0 / 3.0) * (2.0 / 3.0) + (1.0 / 3.0) * 0.75;
        QVERIFY(std::abs(*averagePrecision({s, y}) - expected) < 1e-12);
    }

    void undefinedCases() {
        const std::vector<double> s{0.1, 0.2};
        const std::vector<std::int8_t> pos{1, 1}, neg{0, 0};
        QVERIFY(!rocAuc({s, pos}));
        QVERIFY(!rocAuc({s, neg}));
        QVERIFY(!averagePrecision({s, neg}));
        QCOMPARE(averagePrecision({s, pos}).value(), 1.0);
    }

    void adjustedAuprcMatchesTheStudy() {
        QCOMPARE(adjustedAuprc(0.1, 0.1).value(), 0.0); // no better than the prevalence
        QCOMPARE(adjustedAuprc(1.0, 0.1).value(), 1.0); // perfect
        QVERIFY(std::abs(*adjustedAuprc(0.5, 0.1) - (1.0 - std::log(0.5) / std::log(0.1))) < 1e-15);
        QVERIFY(!adjustedAuprc(0.0, 0.1));
        QVERIFY(!adjustedAuprc(0.5, 1.0));
    }
};

QTEST_GUILESS_MAIN(TestRoc)
#include "test_roc.moc"
