// Representation shift: the unbiased squared MMD against the direct formula, the median
// bandwidth against sorting every distance, the permutation p-value against a loop over the
// same relabellings, and `cxrfair-cli mmd` as a process.
#include "testsupport.h"

#include "embedding/mmd.h"
#include "embedding/npy.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>

using namespace cxrfair;
using namespace cxrfair::test;

namespace {

/// `n` rows of `dims` normal values, the first column shifted by `shift`.
FloatMatrix sample(int n, int dims, double shift, unsigned seed) {
    std::mt19937 engine(seed);
    std::normal_distribution<float> normal;
    FloatMatrix x{n, dims, {}};
    for (int i = 0; i < n * dims; ++i)
        x.data.push_back(normal(engine) + (i % dims == 0 ? float(shift) : 0.0f));
    return x;
}

FloatMatrix stacked(const FloatMatrix& a, const FloatMatrix& b) {
    FloatMatrix x{a.rows + b.rows, a.cols, a.data};
    x.data.insert(x.data.end(), b.data.begin(), b.data.end());
    return x;
}

double distance(const FloatMatrix& x, std::int64_t i, std::int64_t j) {
    double s = 0.0;
    for (std::int64_t k = 0; k < x.cols; ++k)
        s += std::pow(double(x.row(i)[k]) - double(x.row(j)[k]), 2);
    return std::sqrt(s);
}

/// Every distinct pair's distance, sorted; the middle one (or the mean of the two).
double bruteMedian(const FloatMatrix& x, std::int64_t n) {
    std::vector<double> d;
    for (std::int64_t i = 0; i < n; ++i)
        for (std::int64_t j = i + 1; j < n; ++j)
            d.push_back(distance(x, i, j));
    std::sort(d.begin(), d.end());
    return d.size() % 2 ? d[d.size() / 2] : (d[d.size() / 2 - 1] + d[d.size() / 2]) / 2.0;
}

/// The unbiased MMD^2 by its definition, rows `a` against rows `b`.
double directMmd2(const FloatMatrix& x, const std::vector<std::int64_t>& a,
                  const std::vector<std::int64_t>& b, double s) {
    auto k = [&](std::int64_t i, std::int64_t j) {
        const double d = distance(x, i, j);
        return std::exp(-d * d / (2 * s * s));
    };
    double aa = 0, bb = 0, ab = 0;
    for (auto i : a)
        for (auto j : a)
            aa += i == j ? 0.0 : k(i, j);
    for (auto i : b)
        for (auto j : b)
            bb += i == j ? 0.0 : k(i, j);
    for (auto i : a)
        for (auto j : b)
            ab += k(i, j);
    const double na = double(a.size()), nb = double(b.size());
    return aa / (na * (na - 1)) + bb / (nb * (nb - 1)) - 2 * ab / (na * nb);
}

std::vector<std::int64_t> range(std::int64_t from, std::int64_t to) {
    std::vector<std::int64_t> r(size_t(to - from));
    std::iota(r.begin(), r.end(), from);
    return r;
}

} // namespace

class TestMmd : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void statisticAndBandwidthAreTheDefinitions() {
        const FloatMatrix x = stacked(sample(25, 4, 0.0, 1), sample(30, 4, 0.8, 2));
        const auto a = range(0, 25), b = range(25, 55);
        const double s = medianPairDistance(x, range(0, 55));
        QVERIFY(std::abs(s - bruteMedian(x, 55)) < 1e-5 * s);
        QVERIFY(std::abs(medianPairDistance(x, range(0, 4)) - bruteMedian(x, 4)) < 1e-5); // 6 pairs
        QVERIFY(std::abs(medianPairDistance(x, range(0, 3)) - bruteMedian(x, 3)) < 1e-5); // 3 pairs
        const double direct = directMmd2(x, a, b, s);
        const double fast = mmd2Unbiased(x, a, b, s);
        qInfo("MMD^2 %.8f (direct %.8f)", fast, direct);
        QVERIFY(std::abs(fast - direct) < 1e-6);
        // The shift shows: the same samples without it are closer.
        const FloatMatrix same = stacked(sample(25, 4, 0.0, 1), sample(30, 4, 0.0, 2));
        QVERIFY(direct > directMmd2(same, a, b, medianPairDistance(same, range(0, 55))));
    }

    void permutationPIsTheLoop() {
        const FloatMatrix x = stacked(sample(20, 3, 0.0, 3), sample(24, 3, 0.3, 4));
        const auto a = range(0, 20), b = range(20, 44);
        const double s = medianPairDistance(x, range(0, 44));
        std::mt19937 engine(9);
        std::vector<std::vector<std::int32_t>> permutations(300);
        for (auto& p : permutations) {
            p.resize(44);
            std::iota(p.begin(), p.end(), 0);
            std::shuffle(p.begin(), p.end(), engine);
        }
        const double observed = directMmd2(x, a, b, s);
        int atLeast = 0;
        for (const auto& p : permutations) {
            std::vector<std::int64_t> pa(p.begin(), p.begin() + 20), pb(p.begin() + 20, p.end());
            atLeast += directMmd2(x, pa, pb, s) >= observed - 1e-9 ? 1 : 0;
        }
        const double expected = double(1 + atLeast) / 301.0;
        const double p = mmdPermutationP(x, a, b, s, permutations);
        qInfo("p %.6f (loop %.6f)", p, expected);
        QCOMPARE(p, expected);
    }

    void groupsShiftedAndNot() {
        // Three groups: "b" shifted, "a" and "c" alike; rows interleaved.
        const FloatMatrix a = sample(120, 8, 0.0, 5), b = sample(90, 8, 0.7, 6),
                          c = sample(100, 8, 0.0, 7);
        const FloatMatrix x = stacked(stacked(a, b), c);
        QStringList groups;
        for (int i = 0; i < 310; ++i)
            groups << (i < 120 ? "a" : i < 210 ? "b" : "c");
        groups[5] = QString(); // no group: left out
        MmdOptions options;
        options.permutations = 200;
        options.seed = 4;
        const auto pairs = groupMmd(x, groups, options);
        QVERIFY2(pairs.has_value(), qPrintable(pairs ? QString() : pairs.error().toString()));
        QCOMPARE(int(pairs->size()), 3);
        QCOMPARE((*pairs)[0].groupA + (*pairs)[0].groupB, QStringLiteral("ab"));
        QCOMPARE((*pairs)[0].nA, 119);
        QCOMPARE((*pairs)[0].p, 1.0 / 201.0);
        QCOMPARE((*pairs)[2].groupA + (*pairs)[2].groupB, QStringLiteral("bc"));
        QCOMPARE((*pairs)[2].p, 1.0 / 201.0);
        QCOMPARE((*pairs)[1].groupA + (*pairs)[1].groupB, QStringLiteral("ac"));
        QVERIFY2((*pairs)[1].p > 0.05, qPrintable(QString::number((*pairs)[1].p)));
        // The same seed, the same answer; a cap draws that many.
        const auto again = groupMmd(x, groups, options);
        QCOMPARE((*again)[1].mmd2, (*pairs)[1].mmd2);
        QCOMPARE((*again)[1].p, (*pairs)[1].p);
        options.maxPerGroup = 50;
        const auto capped = groupMmd(x, groups, options);
        QCOMPARE((*capped)[0].nA, 50);
        QCOMPARE((*capped)[0].nB, 50);
        // Errors: labels that do not match the rows, one group only.
        QVERIFY(!groupMmd(x, groups.mid(1), options).has_value());
        QVERIFY(!groupMmd(x, QStringList(310, QStringLiteral("a")), options).has_value());
    }

    void cli() {
        const FloatMatrix x = stacked(sample(60, 6, 0.0, 8), sample(50, 6, 1.0, 9));
        const QString npy = m_dir.filePath(QStringLiteral("x.npy"));
        QVERIFY(writeNpy(npy, x).has_value());
        QByteArray keys("sample_id,race\n");
        for (int i = 0; i < 110; ++i)
            keys += QByteArray("s") + QByteArray::number(i) + (i < 60 ? ",White\n" : ",Black\n");
        const QString table = writeFile(QDir(m_dir.path()), QStringLiteral("k.csv"), keys);
        const ProcessResult r = runCli({"mmd", "--embeddings", npy, "--keys", table, "--attribute",
                                        "race", "--seed", "3", "--permutations", "100"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value("attribute").toString(), QStringLiteral("race"));
        const QJsonArray pairs = o.value("pairs").toArray();
        QCOMPARE(pairs.size(), 1);
        const QJsonObject p = pairs.at(0).toObject();
        QCOMPARE(p.value("group_a").toString(), QStringLiteral("Black"));
        QCOMPARE(p.value("group_b").toString(), QStringLiteral("White"));
        QCOMPARE(p.value("n_a").toInt(), 50);
        QCOMPARE(p.value("n_b").toInt(), 60);
        const double s = bruteMedian(stacked(sample(50, 6, 1.0, 9), sample(60, 6, 0.0, 8)), 110);
        QVERIFY(std::abs(p.value("mmd2").toDouble() -
                         directMmd2(x, range(60, 110), range(0, 60), s)) < 1e-6);
        QCOMPARE(p.value("p").toDouble(), 1.0 / 101.0);

        const QStringList base{"mmd", "--embeddings", npy, "--keys", table};
        expectOneLineCliError(base, "required");
        expectOneLineCliError(base + QStringList{"--attribute", "sex"}, "sex");
        expectOneLineCliError(base + QStringList{"--attribute", "race", "--permutations", "0"},
                              "--permutations");
        expectOneLineCliError(base + QStringList{"--attribute", "race", "--seed", "-1"}, "--seed");
        const QString shorter = writeFile(QDir(m_dir.path()), QStringLiteral("short.csv"),
                                          "sample_id,race\ns0,White\ns1,Black\n");
        expectOneLineCliError(
            {"mmd", "--embeddings", npy, "--keys", shorter, "--attribute", "race"}, "row for row");
        expectOneLineCliError(
            {"mmd", "--embeddings", table, "--keys", table, "--attribute", "race"}, "k.csv");
    }
};

QTEST_GUILESS_MAIN(TestMmd)
#include "test_mmd.moc"
