#include "stats/bootstrap.h"
#include "stats/normal.h"
#include "stats/roc.h"

#include "common/computepool.h"
#include "common/random.h"

#include <QTest>
#include <QThreadPool>

#include <cmath>

using namespace cxrfair;

namespace {

struct Data {
    std::vector<double> a, b;
    std::vector<std::int8_t> y;
    std::vector<std::int16_t> sex, age;
    std::vector<std::int32_t> patient;
};

Data makeData(int n, std::uint64_t seed, bool ties) {
    Random r(seed);
    Data d;
    for (int i = 0; i < n; ++i) {
        d.y.push_back(std::int8_t(r.chance(0.3)));
        const double s = r.normal() + d.y.back();
        d.a.push_back(ties ? std::round(s * 3.0) : s);
        d.b.push_back(r.normal() + 0.5 * d.y.back());
        d.sex.push_back(std::int16_t(r.integer(0, 1)));
        d.age.push_back(std::int16_t(r.chance(0.1) ? -1 : r.integer(0, 2)));
        d.patient.push_back(std::int32_t(i / 3));
    }
    return d;
}

/// The AUC of one resample, by expanding the counts into an explicit sample.
double expandedAuc(const std::vector<double>& s, const std::vector<std::int8_t>& y,
                   const std::vector<std::uint8_t>& counts, int lane,
                   const std::function<bool(size_t)>& member) {
    std::vector<double> rs;
    std::vector<std::int8_t> ry;
    for (size_t i = 0; i < s.size(); ++i) {
        if (!member(i))
            continue;
        for (int c = 0; c < counts[i * ResampleDraws::kLanes + size_t(lane)]; ++c) {
            rs.push_back(s[i]);
            ry.push_back(y[i]);
        }
    }
    return rocAuc({rs, ry}).value_or(std::nan(""));
}

} // namespace

class TestBootstrap : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void replicatesEqualExpandedResamples_data() {
        QTest::addColumn<int>("mode");
        QTest::addColumn<bool>("ties");
        QTest::newRow("plain") << int(BootstrapMode::Plain) << false;
        QTest::newRow("plain, tied scores") << int(BootstrapMode::Plain) << true;
        QTest::newRow("stratified") << int(BootstrapMode::Stratified) << true;
        QTest::newRow("clustered") << int(BootstrapMode::Clustered) << false;
    }
    void replicatesEqualExpandedResamples() {
        QFETCH(int, mode);
        QFETCH(bool, ties);
        const Data d = makeData(240, 5, ties);
        BootstrapOptions o;
        o.resamples = 2 * ResampleDraws::kLanes + 3; // a partial last batch
        o.mode = BootstrapMode(mode);
        o.seed = 99;
        BootstrapRequest request{d.y, d.patient, {d.a, d.b}, {{d.sex, 2}, {d.age, 3}}};
        const BootstrapReplicates rep = bootstrapAuc(request, o).value();
        const ResampleDraws draws(d.y.size(), o, d.y, d.patient);
        for (int b = 0; b < o.resamples; ++b) {
            std::vector<std::uint8_t> counts;
            draws.fill(b / ResampleDraws::kLanes, counts);
            const int lane = b % ResampleDraws::kLanes;
            for (int model = 0; model < 2; ++model) {
                const auto& s = model == 0 ? d.a : d.b;
                auto check = [&](int slot, const std::function<bool(size_t)>& member) {
                    const double expected = expandedAuc(s, d.y, counts, lane, member);
                    const double got = rep.series(model, slot)[size_t(b)];
                    QVERIFY2(std::isnan(expected) ? std::isnan(got)
                                                  : std::abs(got - expected) < 1e-12,
                             qPrintable(QStringLiteral("resample %1 slot %2: %3 vs %4")
                                            .arg(b)
                                            .arg(slot)
                                            .arg(got)
                                            .arg(expected)));
                };
                check(0, [](size_t) { return true; });
                for (int g = 0; g < 2; ++g)
                    check(rep.slot(0, g), [&](size_t i) { return d.sex[i] == g; });
                for (int g = 0; g < 3; ++g)
                    check(rep.slot(1, g), [&](size_t i) { return d.age[i] == g; });
            }
        }
    }

    void stratifiedKeepsClassCounts() {
        const Data d = makeData(300, 6, false);
        BootstrapOptions o;
        o.mode = BootstrapMode::Stratified;
        const ResampleDraws draws(d.y.size(), o, d.y);
        std::vector<std::uint8_t> counts;
        draws.fill(0, counts);
        const ClassCounts c = countClasses(d.y);
        for (int lane = 0; lane < ResampleDraws::kLanes; ++lane) {
            std::int64_t pos = 0, neg = 0;
            for (size_t i = 0; i < d.y.size(); ++i)
                (d.y[i] ? pos : neg) += counts[i * ResampleDraws::kLanes + size_t(lane)];
            QCOMPARE(pos, c.positives);
            QCOMPARE(neg, c.negatives);
        }
    }

    void clustersMoveTogether() {
        const Data d = makeData(300, 7, false);
        BootstrapOptions o;
        o.mode = BootstrapMode::Clustered;
        const ResampleDraws draws(d.y.size(), o, {}, d.patient);
        std::vector<std::uint8_t> counts;
        draws.fill(0, counts);
        for (size_t i = 0; i + 1 < d.y.size(); ++i) {
            if (d.patient[i] == d.patient[i + 1]) {
                for (int lane = 0; lane < ResampleDraws::kLanes; ++lane)
                    QCOMPARE(counts[i * ResampleDraws::kLanes + size_t(lane)],
                             counts[(i + 1) * ResampleDraws::kLanes + size_t(lane)]);
            }
        }
    }

    void sameResultOnAnyNumberOfThreads() {
        // The bootstrap's batches run on computePool(), not on Qt's global pool: vary that.
        const Data d = makeData(500, 8, true);
        BootstrapOptions o;
        o.resamples = 100;
        BootstrapRequest request{d.y, d.patient, {d.a}, {{d.sex, 2}}};
        QThreadPool* pool = computePool();
        const int threads = pool->maxThreadCount();
        const auto runWith = [&](int count) {
            pool->setMaxThreadCount(count);
            auto replicates = bootstrapAuc(request, o).value();
            pool->setMaxThreadCount(threads);
            return replicates;
        };
        const auto one = runWith(1);
        for (const int count : {2, 4, 7}) {
            const auto many = runWith(count);
            QCOMPARE(one.values.size(), many.values.size());
            for (size_t i = 0; i < one.values.size(); ++i)
                QVERIFY(one.values[i] == many.values[i] ||
                        (std::isnan(one.values[i]) && std::isnan(many.values[i])));
        }
        o.seed += 1;
        QVERIFY(bootstrapAuc(request, o)->values != one.values);
    }

    void cancellingGivesNoReplicates() {
        // A cancelled bootstrap is an error, never a table of NaN for the resamples not run.
        const Data d = makeData(500, 8, true);
        BootstrapOptions o;
        o.resamples = 200;
        int asked = 0;
        const Progress progress({}, [&asked] { return ++asked > 3; });
        const auto cancelled = bootstrapAuc({d.y, d.patient, {d.a}, {{d.sex, 2}}}, o, progress);
        QVERIFY(!cancelled);
        QCOMPARE(cancelled.error().code, ErrorCode::Cancelled);
    }

    void sharedNegatives() {
        // Strata of positives, each against all negatives.
        const Data d = makeData(200, 9, false);
        std::vector<std::int16_t> strata(d.y.size(), -1);
        for (size_t i = 0; i < d.y.size(); ++i)
            strata[i] = d.y[i] ? std::int16_t(i % 2) : std::int16_t(-1);
        BootstrapOptions o;
        o.resamples = 16;
        const auto rep = bootstrapAuc({d.y, {}, {d.a}, {{strata, 2, true}}}, o).value();
        const ResampleDraws draws(d.y.size(), o);
        std::vector<std::uint8_t> counts;
        draws.fill(0, counts);
        for (int g = 0; g < 2; ++g) {
            const double expected = expandedAuc(
                d.a, d.y, counts, 3, [&](size_t i) { return d.y[i] == 0 || strata[i] == g; });
            QVERIFY(std::abs(rep.series(0, rep.slot(0, g))[3] - expected) < 1e-12);
        }
    }

    void degenerateResamplesAreSkipped() {
        // Two positives among 200: many resamples draw neither.
        std::vector<double> s(200);
        std::vector<std::int8_t> y(200, 0);
        for (size_t i = 0; i < s.size(); ++i)
            s[i] = double(i);
        y[10] = y[150] = 1;
        BootstrapOptions o;
        o.resamples = 200;
        const auto rep = bootstrapAuc({y, {}, {s}, {}}, o).value();
        const PercentileInterval ci = percentileInterval(rep.series(0, 0), 0.95);
        QVERIFY(ci.skipped > 5); // (1 - 2/200)^200 of them: about 13%
        QCOMPARE(ci.used + ci.skipped, 200);
    }

    void coverageOnBinormalData() {
        // Two normal classes a distance 1 apart: the true AUC is Phi(1 / sqrt 2). The 95%
        // percentile interval should cover it in about 95% of replicate studies.
        const double truth = normalCdf(1.0 / std::sqrt(2.0));
        const int studies = 300;
        int covered = 0;
        for (int k = 0; k < studies; ++k) {
            Random r(1000 + std::uint64_t(k));
            std::vector<double> s;
            std::vector<std::int8_t> y;
            for (int i = 0; i < 300; ++i) {
                const bool positive = i % 2 == 0;
                y.push_back(std::int8_t(positive));
                s.push_back(r.normal() + (positive ? 1.0 : 0.0));
            }
            BootstrapOptions o;
            o.resamples = 400;
            o.seed = std::uint64_t(k);
            o.mode = BootstrapMode::Stratified;
            const PercentileInterval ci =
                percentileInterval(bootstrapAuc({y, {}, {s}, {}}, o)->series(0, 0), 0.95);
            covered += ci.low <= truth && truth <= ci.high;
        }
        const double rate = double(covered) / studies;
        QVERIFY2(rate >= 0.93 && rate <= 0.97, qPrintable(QString::number(rate)));
    }

    void quantiles() {
        const std::vector<double> v{1, 2, 3, 4, 5};
        QCOMPARE(sortedQuantile(v, 0.0), 1.0);
        QCOMPARE(sortedQuantile(v, 0.5), 3.0);
        QCOMPARE(sortedQuantile(v, 0.125), 1.5); // numpy's linear interpolation
        const PercentileInterval ci =
            percentileInterval(std::vector<double>{std::nan(""), 2, 1, 3}, 0.5);
        QCOMPARE(ci.skipped, 1);
        QCOMPARE(ci.low, 1.5);
        QCOMPARE(ci.high, 2.5);
        // Mean and standard deviation of the defined replicates: 2 and 1 (n - 1 denominator).
        QCOMPARE(ci.mean, 2.0);
        QCOMPARE(ci.sd, 1.0);
        const PercentileInterval one = percentileInterval(std::vector<double>{0.7}, 0.95);
        QCOMPARE(one.mean, 0.7);
        QCOMPARE(one.sd, 0.0);
    }
};

QTEST_GUILESS_MAIN(TestBootstrap)
#include "test_bootstrap.moc"
