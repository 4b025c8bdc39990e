#include "stats/delong.h"
#include "stats/normal.h"

#include "common/random.h"

#include <QTest>

#include <cmath>

using namespace cxrfair;

namespace {

double psi(double x, double y) {
    return x > y ? 1.0 : x == y ? 0.5 : 0.0;
}

struct Direct {
    std::vector<double> v10, v01;
};

/// DeLong's structural components by their O(m n) definition.
Direct direct(const std::vector<double>& s, const std::vector<std::int8_t>& y) {
    std::vector<double> pos, neg;
    for (size_t i = 0; i < s.size(); ++i)
        (y[i] == 1 ? pos : neg).push_back(s[i]);
    Direct d;
    for (double x : pos) {
        double sum = 0;
        for (double z : neg)
            sum += psi(x, z);
        d.v10.push_back(sum / double(neg.size()));
    }
    for (double z : neg) {
        double sum = 0;
        for (double x : pos)
            sum += psi(x, z);
        d.v01.push_back(sum / double(pos.size()));
    }
    return d;
}

double covariance(const std::vector<double>& a, const std::vector<double>& b) {
    double ma = 0, mb = 0;
    for (size_t i = 0; i < a.size(); ++i) {
        ma += a[i];
        mb += b[i];
    }
    ma /= double(a.size());
    mb /= double(b.size());
    double s = 0;
    for (size_t i = 0; i < a.size(); ++i)
        s += (a[i] - ma) * (b[i] - mb);
    return s / double(a.size() - 1);
}

void makeData(Random& r, int n, std::vector<double>& a, std::vector<double>& b,
              std::vector<std::int8_t>& y) {
    a.resize(size_t(n));
    b.resize(size_t(n));
    y.resize(size_t(n));
    for (int i = 0; i < n; ++i) {
        y[size_t(i)] = std::int8_t(r.chance(0.4));
        const double common = r.normal();
        a[size_t(i)] = std::round((common + 1.2 * y[size_t(i)]) * 4.0); // ties
        b[size_t(i)] = 0.6 * common + r.normal() + 0.8 * y[size_t(i)];
    }
    y[0] = 1;
    y[1] = 0;
}

} // namespace

class TestDelong : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void componentsAndVarianceAgainstDirect() {
        Random r(11);
        for (int trial = 0; trial < 20; ++trial) {
            std::vector<double> a, b;
            std::vector<std::int8_t> y;
            makeData(r, 20 + trial * 13, a, b, y);
            const auto fast = delongComponents({a, y});
            const Direct d = direct(a, y);
            QVERIFY(fast);
            QCOMPARE(fast->v10.size(), d.v10.size());
            for (size_t i = 0; i < d.v10.size(); ++i)
                QVERIFY(std::abs(fast->v10[i] - d.v10[i]) < 1e-12);
            for (size_t j = 0; j < d.v01.size(); ++j)
                QVERIFY(std::abs(fast->v01[j] - d.v01[j]) < 1e-12);
            const auto e = delongAuc({a, y});
            const double variance = covariance(d.v10, d.v10) / double(d.v10.size()) +
                                    covariance(d.v01, d.v01) / double(d.v01.size());
            QVERIFY(std::abs(e->variance - variance) < 1e-14);
            QVERIFY(std::abs(e->se - std::sqrt(variance)) < 1e-12);

            // Paired test: the covariance between the two models enters.
            const Direct db = direct(b, y);
            const double varDiff = (covariance(d.v10, d.v10) + covariance(db.v10, db.v10) -
                                    2 * covariance(d.v10, db.v10)) /
                                       double(d.v10.size()) +
                                   (covariance(d.v01, d.v01) + covariance(db.v01, db.v01) -
                                    2 * covariance(d.v01, db.v01)) /
                                       double(d.v01.size());
            const auto paired = delongPairedTest(a, b, y);
            QVERIFY(paired);
            QVERIFY(std::abs(paired->se - std::sqrt(varDiff)) < 1e-12);
            QVERIFY(std::abs(paired->pValue - twoSidedP((e->auc - delongAuc({b, y})->auc) /
                                                        std::sqrt(varDiff))) < 1e-12);
        }
    }

    void intervals() {
        AucEstimate e;
        e.auc = 0.8;
        e.se = 0.05;
        e.variance = 0.0025;
        const auto [lo, hi] = delongInterval(e, 0.95);
        QVERIFY(std::abs(lo - (0.8 - 1.959963984540054 * 0.05)) < 1e-12);
        QVERIFY(std::abs(hi - (0.8 + 1.959963984540054 * 0.05)) < 1e-12);
        const auto [llo, lhi] = delongInterval(e, 0.95, true);
        QVERIFY(llo > 0.0 && lhi < 1.0 && llo < 0.8 && lhi > 0.8);
        // Symmetric on the logit scale.
        auto logit = [](double p) { return std::log(p / (1 - p)); };
        QVERIFY(std::abs((logit(lhi) - logit(0.8)) - (logit(0.8) - logit(llo))) < 1e-12);
        e.auc = 0.99;
        QCOMPARE(delongInterval(e, 0.95).second, 1.0); // clipped
    }

    void unpairedTest() {
        AucEstimate a{0.8, 0.0004, 0.02, 100, 100}, b{0.7, 0.0009, 0.03, 100, 100};
        const AucComparison c = delongUnpairedTest(a, b);
        QVERIFY(std::abs(c.se - std::sqrt(0.0013)) < 1e-15);
        QVERIFY(std::abs(c.pValue - 2.0 * (1.0 - normalCdf(0.1 / std::sqrt(0.0013)))) < 1e-12);
    }

    void normalQuantileRoundTrips() {
        for (double p : {1e-10, 0.001, 0.025, 0.3, 0.5, 0.8, 0.975, 0.999999}) {
            const double z = normalQuantile(p);
            QVERIFY(std::abs(normalCdf(z) - p) < 1e-13 * std::max(1.0, 1.0 / p));
        }
        QVERIFY(std::abs(normalQuantile(0.975) - 1.959963984540054) < 1e-14);
    }
};

QTEST_GUILESS_MAIN(TestDelong)
#include "test_delong.moc"
