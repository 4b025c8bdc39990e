// The minimum detectable difference of a group's AUC: Hanley and McNeil's standard error by
// hand, the MDD against the closed form with the normal quantiles written out, the positives a
// group needs against a brute-force search, and `cxrfair-cli power` as a process.
#include "testsupport.h"

#include "stats/power.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>

using namespace cxrfair;
using namespace cxrfair::test;

namespace {

// z(0.975) and z(0.8), from the normal tables (not from cxrfair's quantile function).
constexpr double kZ975 = 1.959963984540054;
constexpr double kZ80 = 0.8416212335729143;

/// Hanley and McNeil's formula, written out again.
double se(double a, double n1, double n0) {
    const double q1 = a / (2 - a), q2 = 2 * a * a / (1 + a);
    return std::sqrt((a * (1 - a) + (n1 - 1) * (q1 - a * a) + (n0 - 1) * (q2 - a * a)) / (n1 * n0));
}

double mdd(double a, double n1, double n0, double m1, double m0) {
    return (kZ975 + kZ80) * std::hypot(se(a, n1, n0), se(a, m1, m0));
}

} // namespace

class TestPower : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void standardErrorByHand() {
        // A = 0.8, 50 positives, 200 negatives: Q1 = 2/3, Q2 = 0.64 x 2 / 1.8 = 0.71111...;
        // SE^2 = (0.16 + 49 x 0.026667 + 199 x 0.071111) / 10,000 = 0.00156178.
        QVERIFY(std::abs(hanleyMcNeilSe(0.8, 50, 200) - std::sqrt(0.00156177778)) < 1e-9);
        // A perfect AUC has no spread; one positive against one negative: sqrt(A(1-A)).
        QCOMPARE(hanleyMcNeilSe(1.0, 30, 40), 0.0);
        QVERIFY(std::abs(hanleyMcNeilSe(0.7, 1, 1) - std::sqrt(0.21)) < 1e-12);
    }

    void mddIsTheClosedForm() {
        for (const auto& [a, n1, n0, m1, m0] :
             {std::tuple{0.8, 50.0, 200.0, 500.0, 2000.0}, std::tuple{0.62, 7.0, 90.0, 300.0, 41.0},
              std::tuple{0.95, 3.0, 3.0, 10000.0, 90000.0}}) {
            PowerQuery q;
            q.auc = a;
            q.positives = n1;
            q.negatives = n0;
            q.restPositives = m1;
            q.restNegatives = m0;
            QVERIFY(checkPowerQuery(q).has_value());
            const DetectableDifference d = minimumDetectableDifference(q);
            QVERIFY(std::abs(d.seGroup - se(a, n1, n0)) < 1e-12);
            QVERIFY(std::abs(d.seRest - se(a, m1, m0)) < 1e-12);
            QVERIFY2(std::abs(d.mdd - mdd(a, n1, n0, m1, m0)) < 1e-12,
                     qPrintable(QString::number(d.mdd)));
        }
    }

    void positivesNeededIsTheSmallestThatReaches() {
        PowerQuery q;
        q.auc = 0.8;
        q.positives = 50;
        q.negatives = 200;
        q.restPositives = 500;
        q.restNegatives = 2000;
        for (const double target : {0.2, 0.1, 0.06, 0.045}) {
            long long brute = 1;
            while (mdd(0.8, double(brute), std::max(1.0, std::round(brute * 4.0)), 500, 2000) >
                   target)
                ++brute;
            const auto needed = positivesNeeded(q, target);
            QVERIFY(needed.has_value());
            QCOMPARE(*needed, brute);
        }
        // The rest's part alone is (z + z) x 0.012475 = 0.0349: no group size gets below it.
        QVERIFY(!positivesNeeded(q, 0.034).has_value());
        QVERIFY(mdd(0.8, 1e7, 4e7, 500, 2000) > 0.034);
    }

    void cliPrintsJson() {
        const ProcessResult r =
            runCli({"power", "--positives", "50", "--negatives", "200", "--rest-positives", "500",
                    "--rest-negatives", "2000", "--auc", "0.8", "--difference", "0.1"});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QVERIFY(std::abs(o.value("se_group").toDouble() - se(0.8, 50, 200)) < 1e-12);
        QVERIFY(std::abs(o.value("se_rest").toDouble() - se(0.8, 500, 2000)) < 1e-12);
        QVERIFY(std::abs(o.value("mdd").toDouble() - mdd(0.8, 50, 200, 500, 2000)) < 1e-12);
        long long brute = 1;
        while (mdd(0.8, double(brute), std::round(brute * 4.0), 500, 2000) > 0.1)
            ++brute;
        QCOMPARE(o.value("positives_needed").toInteger(), brute);
        // Another alpha and power: z(0.995) = 2.5758293035489, z(0.9) = 1.2815515655446.
        const ProcessResult strict = runCli({"power", "--positives", "50", "--negatives", "200",
                                             "--rest-positives", "500", "--rest-negatives", "2000",
                                             "--auc", "0.8", "--alpha", "0.01", "--power", "0.9"});
        QCOMPARE(strict.exitCode, 0);
        const QJsonObject s = QJsonDocument::fromJson(strict.out).object();
        QVERIFY(!s.contains("positives_needed"));
        QVERIFY(std::abs(s.value("mdd").toDouble() -
                         (2.5758293035489 + 1.2815515655446) *
                             std::hypot(se(0.8, 50, 200), se(0.8, 500, 2000))) < 1e-9);
        // Out of reach: null.
        const ProcessResult far =
            runCli({"power", "--positives", "5", "--negatives", "20", "--rest-positives", "5",
                    "--rest-negatives", "20", "--auc", "0.8", "--difference", "0.01"});
        QCOMPARE(far.exitCode, 0);
        QVERIFY(QJsonDocument::fromJson(far.out).object().value("positives_needed").isNull());
    }

    void cliErrorsNameTheOption() {
        const QStringList base{"power", "--negatives",      "200",  "--rest-positives",
                               "500",   "--rest-negatives", "2000", "--auc",
                               "0.8"};
        expectOneLineCliError(base, "are required");
        expectOneLineCliError(base + QStringList{"--positives", "5x"}, "--positives");
        expectOneLineCliError(base + QStringList{"--positives", "2.5"}, "whole number");
        expectOneLineCliError(base + QStringList{"--positives", "0"}, "at least 1");
        expectOneLineCliError(base + QStringList{"--positives", "5", "--alpha", "1"}, "--alpha");
        expectOneLineCliError(base + QStringList{"--positives", "5", "--power", "nan"}, "--power");
        expectOneLineCliError(base + QStringList{"--positives", "5", "--difference", "-0.1"},
                              "--difference");
        expectOneLineCliError(base + QStringList{"--positives", "5", "--bogus"}, "bogus");
        expectOneLineCliError({"power", "--positives", "5", "--negatives", "200",
                               "--rest-positives", "500", "--rest-negatives", "2000", "--auc",
                               "1.2"},
                              "--auc");
    }
};

QTEST_GUILESS_MAIN(TestPower)
#include "test_power.moc"
