#include "stats/calibration.h"
#include "stats/multipletesting.h"
#include "stats/thresholds.h"

#include <QTest>

#include <cmath>

using namespace cxrfair;

/// Holm, Benjamini-Hochberg, thresholds and calibration on cases worked out by hand.
class TestFairnessMetrics : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void holm() {
        // p = (0.01, 0.04, 0.03, 0.005), m = 4. Sorted: 0.005*4=0.02, 0.01*3=0.03, 0.03*2=0.06,
        // 0.04*1=0.04 -> running max 0.06.
        const std::vector<double> p{0.01, 0.04, 0.03, 0.005};
        const std::vector<double> expected{0.03, 0.06, 0.06, 0.02};
        const auto holm = holmAdjust(p);
        for (size_t i = 0; i < p.size(); ++i)
            QVERIFY(std::abs(holm[i] - expected[i]) < 1e-15);
        QCOMPARE(holmAdjust(std::vector<double>{0.5, 0.6})[1], 1.0); // capped at 1
    }

    void benjaminiHochberg() {
        // Sorted (0.005, 0.01, 0.03, 0.04): 4/1*0.005=0.02, 4/2*0.01=0.02, 4/3*0.03=0.04,
        // 4/4*0.04=0.04; running minimum from the top keeps them.
        const std::vector<double> p{0.01, 0.04, 0.03, 0.005};
        const std::vector<double> expected{0.02, 0.04, 0.04, 0.02};
        const auto bh = benjaminiHochbergAdjust(p);
        for (size_t i = 0; i < p.size(); ++i)
            QVERIFY(std::abs(bh[i] - expected[i]) < 1e-15);
        // NaN is passed through and not counted.
        const auto withNan = benjaminiHochbergAdjust(std::vector<double>{0.02, std::nan(""), 0.01});
        QVERIFY(std::isnan(withNan[1]));
        QVERIFY(std::abs(withNan[0] - 0.02) < 1e-15);
        QVERIFY(std::abs(withNan[2] - 0.02) < 1e-15);
    }

    void thresholdRules() {
        //            scores: 0.9  0.8  0.7  0.6  0.5  0.4  0.3  0.2
        const std::vector<double> s{0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2};
        const std::vector<std::int8_t> y{1, 1, 0, 1, 0, 0, 1, 0};
        // Youden's J: 0.25 at 0.9, 0.5 at 0.8 (TPR 2/4, FPR 0), 0.25 at 0.7, 0.5 at 0.6: of the
        // tied best the higher threshold is kept.
        QCOMPARE(chooseThreshold({s, y}, *ThresholdRule::parse(QStringLiteral("youden"))).value(),
                 0.8);
        // F1 at 0.6: TP 3, FP 1, FN 1 -> 0.75; at 0.3: TP 4, FP 3 -> 8/11. 0.6 wins.
        QCOMPARE(chooseThreshold({s, y}, *ThresholdRule::parse(QStringLiteral("f1"))).value(), 0.6);
        // Sensitivity 1.0 first reached at 0.3.
        QCOMPARE(chooseThreshold({s, y}, *ThresholdRule::parse(QStringLiteral("sens:1.0"))),
                 std::nullopt);
        QCOMPARE(
            chooseThreshold({s, y}, *ThresholdRule::parse(QStringLiteral("sens:0.99"))).value(),
            0.3);
        // Specificity 0.75 (FPR <= 0.25): the lowest such threshold is 0.6.
        QCOMPARE(
            chooseThreshold({s, y}, *ThresholdRule::parse(QStringLiteral("spec:0.75"))).value(),
            0.6);
        QCOMPARE(
            chooseThreshold({s, y}, *ThresholdRule::parse(QStringLiteral("value:0.42"))).value(),
            0.42);
        QVERIFY(!ThresholdRule::parse(QStringLiteral("sens:2")));
        QVERIFY(!ThresholdRule::parse(QStringLiteral("median")));

        const ConfusionRates r = confusionAt({s, y}, 0.6);
        QCOMPARE(r.tp, 3);
        QCOMPARE(r.fp, 1);
        QCOMPARE(r.tn, 3);
        QCOMPARE(r.fn, 1);
        QCOMPARE(r.tpr, 0.75);
        QCOMPARE(r.fpr, 0.25);
        QCOMPARE(r.fnr, 0.25);
        QCOMPARE(r.ppv, 0.75);
    }

    void calibration() {
        // Bin [0.1, 0.2): predictions 0.1, 0.1, labels 0, 1 -> mean 0.1, fraction 0.5.
        // Bin [0.9, 1.0]: predictions 0.9, 1.0, labels 1, 1 -> mean 0.95, fraction 1.
        const std::vector<double> s{0.1, 0.1, 0.9, 1.0};
        const std::vector<std::int8_t> y{0, 1, 1, 1};
        const auto c = reliabilityCurve({s, y}, 10);
        QVERIFY(c);
        QCOMPARE(c->count[1], 2);
        QCOMPARE(c->count[9], 2);
        QVERIFY(std::isnan(c->meanPredicted[0]));
        QVERIFY(std::abs(c->ece - (0.5 * 0.4 + 0.5 * 0.05)) < 1e-15);
        const std::vector<double> logits{-2.0, 3.0};
        QVERIFY(!reliabilityCurve({logits, std::vector<std::int8_t>{0, 1}}));
    }
};

QTEST_GUILESS_MAIN(TestFairnessMetrics)
#include "test_fairnessmetrics.moc"
