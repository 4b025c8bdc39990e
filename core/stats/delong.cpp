#include "stats/delong.h"

#include "stats/normal.h"
#include "stats/ranking.h"

#include <algorithm>
#include <cmath>

namespace cxrfair {

namespace {

double sampleCovariance(const std::vector<double>& a, const std::vector<double>& b) {
    const size_t n = a.size();
    if (n < 2)
        return 0.0;
    double ma = 0, mb = 0;
    for (size_t i = 0; i < n; ++i) {
        ma += a[i];
        mb += b[i];
    }
    ma /= double(n);
    mb /= double(n);
    double s = 0;
    for (size_t i = 0; i < n; ++i)
        s += (a[i] - ma) * (b[i] - mb);
    return s / double(n - 1);
}

} // namespace

std::optional<DelongComponents> delongComponents(LabelledScores data) {
    std::vector<double> positives, negatives;
    for (size_t i = 0; i < data.scores.size(); ++i) {
        if (data.labels[i] == 1)
            positives.push_back(data.scores[i]);
        else if (data.labels[i] == 0)
            negatives.push_back(data.scores[i]);
    }
    const size_t m = positives.size(), n = negatives.size();
    if (m == 0 || n == 0)
        return std::nullopt;
    std::vector<double> all = positives;
    all.insert(all.end(), negatives.begin(), negatives.end());
    const std::vector<double> tz = midranks(all);
    const std::vector<double> tx = midranks(positives);
    const std::vector<double> ty = midranks(negatives);
    DelongComponents c;
    c.v10.resize(m);
    c.v01.resize(n);
    double sum = 0;
    for (size_t i = 0; i < m; ++i) {
        c.v10[i] = (tz[i] - tx[i]) / double(n);
        sum += c.v10[i];
    }
    for (size_t j = 0; j < n; ++j)
        c.v01[j] = 1.0 - (tz[m + j] - ty[j]) / double(m);
    c.auc = sum / double(m);
    return c;
}

std::optional<AucEstimate> delongAuc(LabelledScores data) {
    return delongAucSorted(sortScores(data));
}

std::optional<AucEstimate> delongAucSorted(const SortedScores& sorted) {
    const ClassCounts c = countClasses(sorted.labels);
    if (c.positives == 0 || c.negatives == 0)
        return std::nullopt;
    const double m = double(c.positives), n = double(c.negatives);
    // Walk the blocks of tied scores upwards. A positive in a block beats the negatives below
    // and draws with those in the block (V10); a negative loses to the positives above and
    // draws with those in the block (V01). Every member of a block shares its value, so the
    // sums need one pass for the means and one for the squared deviations.
    auto forEachBlock = [&](auto&& visit) {
        double negativesBelow = 0.0, positivesBelow = 0.0;
        size_t k = 0;
        while (k < sorted.scores.size()) {
            size_t end = k;
            double p = 0.0, q = 0.0;
            while (end < sorted.scores.size() && sorted.scores[end] == sorted.scores[k]) {
                (sorted.labels[end] == 1 ? p : q) += 1.0;
                ++end;
            }
            visit(p, (negativesBelow + 0.5 * q) / n, q, (m - positivesBelow - 0.5 * p) / m);
            negativesBelow += q;
            positivesBelow += p;
            k = end;
        }
    };
    double sum10 = 0.0, sum01 = 0.0;
    forEachBlock([&](double p, double v10, double q, double v01) {
        sum10 += p * v10;
        sum01 += q * v01;
    });
    const double mean10 = sum10 / m, mean01 = sum01 / n;
    double ss10 = 0.0, ss01 = 0.0;
    forEachBlock([&](double p, double v10, double q, double v01) {
        ss10 += p * (v10 - mean10) * (v10 - mean10);
        ss01 += q * (v01 - mean01) * (v01 - mean01);
    });
    AucEstimate e;
    e.auc = mean10;
    e.positives = c.positives;
    e.negatives = c.negatives;
    e.variance = (c.positives > 1 ? ss10 / (m - 1.0) / m : 0.0) +
                 (c.negatives > 1 ? ss01 / (n - 1.0) / n : 0.0);
    e.se = std::sqrt(std::max(0.0, e.variance));
    return e;
}

std::pair<double, double> delongInterval(const AucEstimate& e, double level, bool logit) {
    const double z = normalQuantile(0.5 + level / 2.0);
    if (logit && e.auc > 0.0 && e.auc < 1.0) {
        const double center = std::log(e.auc / (1.0 - e.auc));
        const double half = z * e.se / (e.auc * (1.0 - e.auc));
        auto expit = [](double x) { return 1.0 / (1.0 + std::exp(-x)); };
        return {expit(center - half), expit(center + half)};
    }
    return {std::clamp(e.auc - z * e.se, 0.0, 1.0), std::clamp(e.auc + z * e.se, 0.0, 1.0)};
}

std::optional<AucComparison> delongPairedTest(std::span<const double> scoresA,
                                              std::span<const double> scoresB,
                                              std::span<const std::int8_t> labels) {
    const auto a = delongComponents({scoresA, labels});
    const auto b = delongComponents({scoresB, labels});
    if (!a || !b)
        return std::nullopt;
    const double m = double(a->v10.size()), n = double(a->v01.size());
    const double var = (sampleCovariance(a->v10, a->v10) + sampleCovariance(b->v10, b->v10) -
                        2.0 * sampleCovariance(a->v10, b->v10)) /
                           m +
                       (sampleCovariance(a->v01, a->v01) + sampleCovariance(b->v01, b->v01) -
                        2.0 * sampleCovariance(a->v01, b->v01)) /
                           n;
    AucComparison r;
    r.difference = a->auc - b->auc;
    r.se = std::sqrt(std::max(0.0, var));
    r.z = r.se > 0 ? r.difference / r.se : 0.0;
    r.pValue = r.se > 0 ? twoSidedP(r.z) : (r.difference == 0.0 ? 1.0 : 0.0);
    return r;
}

AucComparison delongUnpairedTest(const AucEstimate& a, const AucEstimate& b) {
    AucComparison r;
    r.difference = a.auc - b.auc;
    r.se = std::sqrt(std::max(0.0, a.variance + b.variance));
    r.z = r.se > 0 ? r.difference / r.se : 0.0;
    r.pValue = r.se > 0 ? twoSidedP(r.z) : (r.difference == 0.0 ? 1.0 : 0.0);
    return r;
}

} // namespace cxrfair
