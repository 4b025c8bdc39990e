#include "stats/groupcurves.h"
#include "stats/shortcut.h"

#include "common/random.h"

#include <QTest>

#include <cmath>
#include <map>
#include <set>

using namespace cxrfair;

namespace {

/// 2000 images of 800 patients, one model, a three-level attribute whose signal differs.
ConditionData makeData(const QString& condition = QStringLiteral("Effusion")) {
    Random r(7);
    ConditionData d;
    d.condition = condition;
    d.models = {QStringLiteral("m")};
    d.scores.resize(1);
    Grouping band{QStringLiteral("band"),
                  {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")},
                  {}};
    for (int i = 0; i < 2000; ++i) {
        const std::int16_t b = r.chance(0.03) ? -1 : std::int16_t(r.integer(0, 2));
        const bool positive = r.chance(0.3);
        d.labels.push_back(std::int8_t(positive));
        d.patients.push_back(i % 800);
        band.codes.push_back(b);
        const double signal = positive ? (b == 1 ? 0.5 : 1.5) : 0.0;
        // Rounded so that ties occur.
        d.scores[0].push_back(std::round(100.0 / (1.0 + std::exp(-(r.normal() + signal)))) / 100.0);
    }
    d.attributes = {band};
    return d;
}

/// AUC by counting every positive-negative pair.
double pairwiseAuc(const std::vector<double>& s, const std::vector<std::int8_t>& y) {
    double wins = 0;
    double pairs = 0;
    for (size_t i = 0; i < s.size(); ++i)
        for (size_t j = 0; j < s.size(); ++j)
            if (y[i] == 1 && y[j] == 0) {
                wins += s[i] > s[j] ? 1.0 : s[i] == s[j] ? 0.5 : 0.0;
                pairs += 1;
            }
    return wins / pairs;
}

/// Area under a ROC curve by the trapezoid rule.
double trapezoid(const RocCurve& c) {
    double area = 0;
    for (size_t i = 1; i < c.fpr.size(); ++i)
        area += (c.fpr[i] - c.fpr[i - 1]) * (c.tpr[i] + c.tpr[i - 1]) / 2.0;
    return area;
}

struct Counts {
    qint64 tp = 0, fp = 0, tn = 0, fn = 0;
};

template <typename Keep>
Counts countAt(const ConditionData& d, double t, Keep keep) {
    Counts c;
    for (size_t i = 0; i < d.labels.size(); ++i) {
        if (!keep(i))
            continue;
        const bool called = d.scores[0][i] >= t;
        (d.labels[i] ? (called ? c.tp : c.fn) : (called ? c.fp : c.tn))++;
    }
    return c;
}

} // namespace

class TestGroupCurves : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void curvesPerGroupMatchBruteForce() {
        const ConditionData d = makeData();
        const auto curves = groupRocCurves(d, 0, 0);
        QCOMPARE(curves.size(), size_t(4));
        QCOMPARE(curves[0].group, QStringLiteral("all"));
        for (int g = -1; g < 3; ++g) {
            std::vector<double> s;
            std::vector<std::int8_t> y;
            for (size_t i = 0; i < d.labels.size(); ++i)
                if (g < 0 || d.attributes[0].codes[i] == g) {
                    s.push_back(d.scores[0][i]);
                    y.push_back(d.labels[i]);
                }
            const GroupRocCurve& c = curves[size_t(g + 1)];
            if (g >= 0)
                QCOMPARE(c.group, d.attributes[0].groups[g]);
            const qint64 positives = std::count(y.begin(), y.end(), 1);
            QCOMPARE(c.positives, positives);
            QCOMPARE(c.negatives, qint64(y.size()) - positives);
            QVERIFY(c.auc);
            QVERIFY(std::abs(*c.auc - pairwiseAuc(s, y)) < 1e-12);
            // The curve's area is the AUC (ties drawn as diagonal steps).
            QVERIFY(std::abs(trapezoid(c.curve) - *c.auc) < 1e-12);
        }
        // Group b has the weak signal.
        QVERIFY(*curves[2].auc < *curves[1].auc - 0.1);
    }

    void validationKeepsPatientsTogether() {
        const ConditionData d = makeData();
        const auto rows = validationRows(d.patients, 0.2, 2025);
        std::map<std::int32_t, std::set<std::int8_t>> sides;
        for (size_t i = 0; i < rows.size(); ++i)
            sides[d.patients[i]].insert(rows[i]);
        int validationPatients = 0;
        for (const auto& [patient, side] : sides) {
            QCOMPARE(side.size(), size_t(1));
            validationPatients += *side.begin();
        }
        // 20% of 800 patients, within four standard deviations.
        QVERIFY(std::abs(validationPatients - 160) < 4 * std::sqrt(800 * 0.2 * 0.8));
        QCOMPARE(validationRows(d.patients, 0.2, 2025), rows);
        QVERIFY(validationRows(d.patients, 0.2, 2026) != rows);
    }

    void fixedThresholdRatesAreCounts() {
        const ConditionData d = makeData();
        const auto report =
            thresholdReport(d, 0, 0, *ThresholdRule::parse(QStringLiteral("value:0.6")));
        QVERIFY(report);
        QCOMPARE(report->threshold, 0.6);
        QCOMPARE(report->validationImages, qint64(0));
        QCOMPARE(report->evaluatedImages, qint64(d.labels.size()));
        QCOMPARE(report->groups.size(), size_t(4));
        double lo = 1, hi = 0, flo = 1, fhi = 0;
        for (int g = -1; g < 3; ++g) {
            const Counts c =
                countAt(d, 0.6, [&](size_t i) { return g < 0 || d.attributes[0].codes[i] == g; });
            const GroupRates& r = report->groups[size_t(g + 1)];
            QCOMPARE(r.rates.tp, c.tp);
            QCOMPARE(r.rates.fp, c.fp);
            QCOMPARE(r.rates.tn, c.tn);
            QCOMPARE(r.rates.fn, c.fn);
            QCOMPARE(r.n, c.tp + c.fp + c.tn + c.fn);
            const double tpr = double(c.tp) / double(c.tp + c.fn);
            const double fpr = double(c.fp) / double(c.fp + c.tn);
            QVERIFY(std::abs(r.rates.tpr - tpr) < 1e-15);
            QVERIFY(std::abs(r.underdiagnosis - (1.0 - tpr)) < 1e-12); // FNR for a finding
            if (g >= 0) {
                lo = std::min(lo, tpr);
                hi = std::max(hi, tpr);
                flo = std::min(flo, fpr);
                fhi = std::max(fhi, fpr);
            }
        }
        QVERIFY(std::abs(*report->tprGap - (hi - lo)) < 1e-12);
        QVERIFY(std::abs(*report->fprGap - (fhi - flo)) < 1e-12);
        QCOMPARE(*report->equalizedOdds, std::max(hi - lo, fhi - flo));
    }

    void youdenIsChosenOnValidationOnly() {
        const ConditionData d = makeData();
        const auto report = thresholdReport(d, 0, 0, ThresholdRule{}, 0.2, 11);
        QVERIFY(report);
        const auto validation = validationRows(d.patients, 0.2, 11);
        // Brute force: the validation score maximising TPR - FPR (highest of ties).
        double best = -2, bestThreshold = 0;
        std::set<double> candidates;
        for (size_t i = 0; i < validation.size(); ++i)
            if (validation[i])
                candidates.insert(d.scores[0][i]);
        for (double t : candidates) {
            const Counts c = countAt(d, t, [&](size_t i) { return validation[i] == 1; });
            const double j =
                double(c.tp) / double(c.tp + c.fn) - double(c.fp) / double(c.fp + c.tn);
            if (j >= best) {
                best = j;
                bestThreshold = t;
            }
        }
        QCOMPARE(report->threshold, bestThreshold);
        const qint64 validationImages = std::count(validation.begin(), validation.end(), 1);
        QCOMPARE(report->validationImages, validationImages);
        QCOMPARE(report->evaluatedImages, qint64(d.labels.size()) - validationImages);
        const Counts rest = countAt(d, bestThreshold, [&](size_t i) { return validation[i] == 0; });
        QCOMPARE(report->groups[0].rates.tp, rest.tp);
        QCOMPARE(report->groups[0].rates.fp, rest.fp);
    }

    void underdiagnosisOfNoFindingIsItsFpr() {
        const ConditionData d = makeData(QStringLiteral("No Finding"));
        const auto report =
            thresholdReport(d, 0, 0, *ThresholdRule::parse(QStringLiteral("value:0.5")));
        QVERIFY(report);
        for (const GroupRates& g : report->groups)
            QCOMPARE(g.underdiagnosis, g.rates.fpr);
    }

    void validationWithoutPositivesIsAnError() {
        ConditionData d = makeData();
        std::fill(d.labels.begin(), d.labels.end(), std::int8_t(0));
        const auto report = thresholdReport(d, 0, 0, ThresholdRule{});
        QVERIFY(!report);
        QVERIFY(report.error().message.contains(QStringLiteral("validation")));
    }

    void shortcutCurvesMatchTheirAucs() {
        const ConditionData d = makeData(QStringLiteral("Pneumothorax"));
        Random r(3);
        std::vector<std::int8_t> drain;
        std::vector<double> scores = d.scores[0];
        for (size_t i = 0; i < d.labels.size(); ++i) {
            drain.push_back(d.labels[i] ? std::int8_t(r.integer(-1, 1)) : std::int8_t(-1));
            if (drain.back() == 1)
                scores[i] += 0.2; // drains make positives easier
        }
        const ShortcutCurves curves = shortcutCurves(scores, d.labels, drain);
        const ShortcutMetrics m = shortcutAnalysis(scores, d.labels, drain, d.patients,
                                                   {10, 1, BootstrapMode::Clustered, 0.95});
        QVERIFY(std::abs(trapezoid(curves.all) - *m.aucAll) < 1e-12);
        QVERIFY(std::abs(trapezoid(curves.confounded) - *m.aucConfounded) < 1e-12);
        QVERIFY(std::abs(trapezoid(curves.unconfounded) - *m.aucUnconfounded) < 1e-12);
        QVERIFY(*m.aucConfounded > *m.aucUnconfounded);
        // The strata: with-drain positives and every negative.
        std::vector<double> s;
        std::vector<std::int8_t> y;
        for (size_t i = 0; i < scores.size(); ++i)
            if (d.labels[i] == 0 || drain[i] == 1) {
                s.push_back(scores[i]);
                y.push_back(d.labels[i]);
            }
        QVERIFY(std::abs(*m.aucConfounded - pairwiseAuc(s, y)) < 1e-12);
        QCOMPARE(m.confoundedPositives, qint64(std::count(drain.begin(), drain.end(), 1)));
    }
};

QTEST_APPLESS_MAIN(TestGroupCurves)
#include "test_groupcurves.moc"
