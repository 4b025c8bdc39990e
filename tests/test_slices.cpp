#include "common/random.h"
#include "discovery/slicediscovery.h"
#include "discovery/slicestatistics.h"
#include "discovery/tags.h"
#include "stats/normal.h"

#include <QTest>

#include <cmath>

using namespace cxrfair;

namespace {

/// Images in `clusters` well separated Gaussian clusters of `dim` dimensions; patients of one
/// or two images; scores from a noisy label; the cluster recorded as the attribute "site".
struct Planted {
    SliceData data;
    std::vector<int> cluster;
};

Planted plantedData(std::uint64_t seed, int images, int clusters, int dim, int degraded) {
    Random r = Random::stream(seed, 1);
    std::vector<std::vector<double>> centres(static_cast<size_t>(clusters),
                                             std::vector<double>(static_cast<size_t>(dim)));
    for (auto& c : centres)
        for (double& v : c)
            v = r.normal(0.0, 3.0);
    Planted p;
    p.data.embeddings = {images, dim, std::vector<float>(size_t(images) * size_t(dim))};
    Grouping site{QStringLiteral("site"), {}, {}};
    for (int c = 0; c < clusters; ++c)
        site.groups << QStringLiteral("s%1").arg(c);
    QString patient;
    for (int i = 0; i < images; ++i) {
        const int c = i % clusters;
        for (int j = 0; j < dim; ++j)
            p.data.embeddings.row(i)[j] = float(centres[size_t(c)][size_t(j)] + r.normal());
        const std::int8_t label = r.chance(0.3) ? 1 : 0;
        double score = r.normal() + (label ? 1.5 : 0.0);
        if (c == degraded)
            score += label ? -1.5 : 1.0; // the model fails here: positives low, negatives high
        if (patient.isEmpty() || r.chance(0.6))
            patient = QStringLiteral("p%1").arg(i);
        p.data.sampleIds << QStringLiteral("img%1").arg(i);
        p.data.patientIds << patient;
        p.data.scores.push_back(score);
        p.data.labels.push_back(label);
        p.cluster.push_back(c);
        site.codes.push_back(std::int16_t(c));
    }
    p.data.attributes.push_back(site);
    return p;
}

double bruteForceAuc(const std::vector<double>& s, const std::vector<std::int8_t>& y,
                     const std::vector<double>& w,
                     const std::function<bool(size_t, size_t)>& keep) {
    double u = 0, pairs = 0;
    for (size_t i = 0; i < s.size(); ++i)
        for (size_t j = 0; j < s.size(); ++j)
            if (y[i] == 1 && y[j] == 0 && keep(i, j)) {
                const double ww = w[i] * w[j];
                pairs += ww;
                u += ww * (s[i] > s[j] ? 1.0 : s[i] == s[j] ? 0.5 : 0.0);
            }
    return u / pairs;
}

} // namespace

class TestSlices : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sliceAucMatchesBruteForce() {
        Random r(7);
        const size_t n = 300;
        std::vector<double> s(n), w(n);
        std::vector<std::int8_t> y(n);
        std::vector<int> member(n);
        for (size_t i = 0; i < n; ++i) {
            s[i] = std::round(r.normal() * 4.0) / 4.0; // ties
            y[i] = r.chance(0.4) ? 1 : 0;
            member[i] = r.integer(-1, 2);
            w[i] = double(r.integer(0, 3));
        }
        const SliceAucCounter counter(s, y);
        const auto counted = counter.count(member, 3, w);
        for (int j = 0; j < 3; ++j) {
            const double slice = bruteForceAuc(
                s, y, w, [&](size_t a, size_t b) { return member[a] == j || member[b] == j; });
            const double rest = bruteForceAuc(
                s, y, w, [&](size_t a, size_t b) { return member[a] != j && member[b] != j; });
            QVERIFY(counted[size_t(j)].slice && counted[size_t(j)].rest);
            QVERIFY(std::abs(*counted[size_t(j)].slice - slice) < 1e-12);
            QVERIFY(std::abs(*counted[size_t(j)].rest - rest) < 1e-12);
        }
    }

    void enrichmentIsWoolfsInterval() {
        // 2 x 2 table: in slice 20 of 30 in group "a"; outside 40 of 170.
        std::vector<std::int16_t> codes;
        std::vector<std::uint8_t> in;
        auto add = [&](int count, std::int16_t code, std::uint8_t slice) {
            for (int i = 0; i < count; ++i) {
                codes.push_back(code);
                in.push_back(slice);
            }
        };
        add(20, 0, 1);
        add(10, 1, 1);
        add(40, 0, 0);
        add(130, 1, 0);
        const auto e = enrichment(QStringLiteral("g"), {QStringLiteral("a"), QStringLiteral("b")},
                                  codes, in, 0.95);
        QCOMPARE(e.size(), size_t(1));
        const double logOr = std::log(20.0 * 130.0 / (10.0 * 40.0));
        const double se = std::sqrt(1 / 20.0 + 1 / 10.0 + 1 / 40.0 + 1 / 130.0);
        QCOMPARE(e[0].group, QStringLiteral("a"));
        QVERIFY(std::abs(e[0].oddsRatio - std::exp(logOr)) < 1e-9);
        QVERIFY(std::abs(e[0].low - std::exp(logOr - normalQuantile(0.975) * se)) < 1e-9);
        QVERIFY(std::abs(e[0].high - std::exp(logOr + normalQuantile(0.975) * se)) < 1e-9);
    }

    void halvesSplitPatientsWhateverTheOrder() {
        QStringList patients;
        for (int i = 0; i < 1000; ++i)
            patients << QStringLiteral("p%1").arg(i / 3);
        const auto half = evaluationHalf(patients, 11);
        QStringList reversed(patients.rbegin(), patients.rend());
        const auto halfReversed = evaluationHalf(reversed, 11);
        int held = 0;
        for (qsizetype i = 0; i < patients.size(); ++i) {
            QCOMPARE(half[size_t(i)], halfReversed[size_t(patients.size() - 1 - i)]);
            if (i % 3)
                QCOMPARE(half[size_t(i)], half[size_t(i - 1)]); // a patient's images together
            held += half[size_t(i)];
        }
        QVERIFY(std::abs(held - 500) <= 3);
        QVERIFY(evaluationHalf(patients, 12) != half);
    }

    void aPlantedClusterIsFound() {
        const int degraded = 2;
        const Planted p = plantedData(2025, 6000, 6, 24, degraded);
        SliceOptions options;
        options.bootstrap.resamples = 300;
        auto found = discoverSlices(p.data, options);
        QVERIFY2(found.has_value(), qPrintable(found ? QString() : found.error().toString()));
        QVERIFY(!found->slices.empty());
        // The worst slice is the planted cluster's positives or its negatives: each class's
        // errors form their own slice (docs/metrics.md).
        const DiscoveredSlice& top = found->slices.front();
        int members = 0, planted = 0;
        std::array<int, 2> plantedOfClass{0, 0}, capturedOfClass{0, 0};
        int slicePositives = 0;
        for (size_t i = 0; i < p.cluster.size(); ++i) {
            if (!found->evaluateHalf[i])
                continue;
            const bool inSlice = found->sliceOfRow[i] == top.number;
            const bool inCluster = p.cluster[i] == degraded;
            members += inSlice;
            planted += inSlice && inCluster;
            slicePositives += inSlice && p.data.labels[i] == 1;
            if (inCluster) {
                ++plantedOfClass[size_t(p.data.labels[i])];
                capturedOfClass[size_t(p.data.labels[i])] += inSlice;
            }
        }
        const int cls = slicePositives * 2 > members ? 1 : 0;
        const double precision = double(planted) / members;
        const double recall = double(capturedOfClass[size_t(cls)]) / plantedOfClass[size_t(cls)];
        QVERIFY2(precision >= 0.8 && recall >= 0.8,
                 qPrintable(QStringLiteral("precision %1, recall %2").arg(precision).arg(recall)));
        QVERIFY(top.comparison.difference && *top.comparison.difference < -0.1);
        QVERIFY(top.comparison.p && *top.comparison.p < 0.01); // none of 300 permutations
        QVERIFY(!top.enriched.empty());
        QCOMPARE(top.enriched.front().attribute, QStringLiteral("site"));
        QCOMPARE(top.enriched.front().group, QStringLiteral("s%1").arg(degraded));
    }

    void withoutAFailureFewSlicesLookSignificant() {
        int reported = 0, significant = 0;
        for (std::uint64_t seed = 1; seed <= 20; ++seed) {
            const Planted p = plantedData(seed, 2000, 5, 16, -1);
            SliceOptions options;
            options.seed = seed;
            options.bootstrap.seed = seed;
            options.bootstrap.resamples = 300;
            auto found = discoverSlices(p.data, options);
            QVERIFY(found.has_value());
            for (const DiscoveredSlice& s : found->slices) {
                if (!s.comparison.p)
                    continue;
                ++reported;
                significant += *s.comparison.p < 0.05;
            }
        }
        QVERIFY(reported >= 60);
        const double share = double(significant) / reported;
        qInfo("%d of %d slices with p < 0.05 without a failure", significant, reported);
        QVERIFY2(share <= 0.1, qPrintable(QString::number(share)));
    }

    void sameResultsAtAnyThreadCount() {
        const Planted p = plantedData(9, 3000, 4, 16, 1);
        SliceOptions options;
        options.bootstrap.resamples = 200;
        options.threads = 1;
        auto one = discoverSlices(p.data, options);
        options.threads = 3;
        auto three = discoverSlices(p.data, options);
        QVERIFY(one && three);
        QCOMPARE(one->sliceOfRow, three->sliceOfRow);
        QCOMPARE(one->slices.size(), three->slices.size());
        for (size_t j = 0; j < one->slices.size(); ++j) {
            QCOMPARE(*one->slices[j].comparison.difference,
                     *three->slices[j].comparison.difference);
            QCOMPARE(one->slices[j].comparison.interval.low,
                     three->slices[j].comparison.interval.low);
            QCOMPARE(*one->slices[j].comparison.p, *three->slices[j].comparison.p);
        }
    }

    void refusesWhatItCannotSlice() {
        Planted p = plantedData(3, 200, 2, 4, -1);
        std::fill(p.data.labels.begin(), p.data.labels.end(), std::int8_t(0));
        QVERIFY(!discoverSlices(p.data, {}).has_value());
        p = plantedData(3, 200, 2, 4, -1);
        p.data.terms = {QStringLiteral("a")};
        QVERIFY(!discoverSlices(p.data, {}).has_value()); // a term without its embedding
        SliceOptions none;
        none.slices = 0;
        QVERIFY(!discoverSlices(plantedData(3, 200, 2, 4, -1).data, none).has_value());
    }

    void aClassTooSmallToSliceLeavesTheOther() {
        // Three positives: none can form a slice, the negatives still do.
        Planted p = plantedData(5, 1500, 3, 8, -1);
        int kept = 0;
        for (std::int8_t& label : p.data.labels)
            if (label == 1 && ++kept > 3)
                label = 0;
        SliceOptions options;
        options.bootstrap.resamples = 50;
        auto found = discoverSlices(p.data, options);
        QVERIFY2(found.has_value(), qPrintable(found ? QString() : found.error().toString()));
        QVERIFY(!found->slices.empty());
        for (const DiscoveredSlice& s : found->slices)
            QCOMPARE(s.positives, std::int64_t(0));
    }

    void tagThresholdsGiveThePrevalence() {
        std::vector<double> scores;
        for (int i = 0; i < 1000; ++i)
            scores.push_back(double((i * 7919) % 1000) / 1000.0);
        const double cut = tagCut(scores, TagThreshold{0.1, {}});
        const QStringList values = tagValues(scores, cut);
        QCOMPARE(values.count(QStringLiteral("yes")), 100);
        QCOMPARE(tagCut(scores, TagThreshold{0.1, 0.25}), 0.25);
        QCOMPARE(tagValues(scores, 0.25).count(QStringLiteral("yes")), 750);
    }

    void tagFilesAreStrict() {
        const TagSet builtIn = TagSet::builtIn();
        QCOMPARE(builtIn.tags.size(), size_t(8));
        for (const char* name :
             {"chest_drain", "pacemaker", "ecg_leads", "central_line", "endotracheal_tube",
              "nasogastric_tube", "portable_ap", "text_marker"})
            QVERIFY2(builtIn.names().contains(QString::fromLatin1(name)), name);
        auto json = TagSet::builtInJson();
        QVERIFY(TagSet::fromJson(json).has_value());
        json.insert(QStringLiteral("default"), QJsonObject{});
        QVERIFY(!TagSet::fromJson(json).has_value());
        QVERIFY(!TagSet::fromJson(QJsonObject{{QStringLiteral("name"), QStringLiteral("x")}})
                     .has_value());
        TagSet mine = *TagSet::fromJson(QJsonObject{
            {QStringLiteral("conditions"),
             QJsonObject{{QStringLiteral("chest_drain"),
                          QJsonObject{{QStringLiteral("positive"), QStringLiteral("pigtail")},
                                      {QStringLiteral("negative"), QStringLiteral("none")}}}}}});
        TagSet all = builtIn;
        all.add(mine);
        QCOMPARE(all.tags.size(), size_t(8));
        QCOMPARE(all.tags[size_t(all.names().indexOf(QStringLiteral("chest_drain")))].positive,
                 QStringList{QStringLiteral("pigtail")});
    }
};

QTEST_GUILESS_MAIN(TestSlices)
#include "test_slices.moc"
