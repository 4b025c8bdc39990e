#include "discovery/slicestatistics.h"

#include "common/random.h"
#include "discovery/parallelchunks.h"
#include "stats/normal.h"

#include <QStringList>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace cxrfair {

SliceAucCounter::SliceAucCounter(std::span<const double> scores,
                                 std::span<const std::int8_t> labels)
    : m_order(scores.size())
    , m_tieEnd(scores.size())
    , m_labels(labels) {
    std::iota(m_order.begin(), m_order.end(), 0u);
    std::stable_sort(m_order.begin(), m_order.end(),
                     [&](std::uint32_t a, std::uint32_t b) { return scores[a] < scores[b]; });
    for (size_t end = m_order.size(); end > 0; --end) {
        const size_t i = end - 1;
        m_tieEnd[i] = (i + 1 < m_order.size() && scores[m_order[i]] == scores[m_order[i + 1]])
                          ? m_tieEnd[i + 1]
                          : std::uint32_t(i + 1);
    }
}

std::vector<SliceAuc> SliceAucCounter::count(std::span<const int> member, int slices,
                                             std::span<const double> weight) const {
    const size_t k = size_t(slices);
    auto w = [&](std::uint32_t i) { return weight.empty() ? 1.0 : weight[i]; };
    // Mann-Whitney counts of all pairs, and of the pairs outside each slice.
    double uAll = 0, positives = 0, negatives = 0, negativesBelow = 0;
    std::vector<double> uRest(k, 0.0), positivesIn(k, 0.0), negativesIn(k, 0.0),
        negativesInBelow(k, 0.0), runNegativesIn(k, 0.0);
    for (size_t start = 0; start < m_order.size();) {
        const size_t end = m_tieEnd[start];
        double runNegatives = 0;
        std::fill(runNegativesIn.begin(), runNegativesIn.end(), 0.0);
        for (size_t p = start; p < end; ++p) {
            const std::uint32_t i = m_order[p];
            if (m_labels[i] != 0)
                continue;
            const double wi = w(i);
            runNegatives += wi;
            if (member[i] >= 0)
                runNegativesIn[size_t(member[i])] += wi;
        }
        for (size_t p = start; p < end; ++p) {
            const std::uint32_t i = m_order[p];
            if (m_labels[i] != 1)
                continue;
            const double wi = w(i);
            if (wi == 0)
                continue;
            const double below = negativesBelow + 0.5 * runNegatives;
            uAll += wi * below;
            for (size_t j = 0; j < k; ++j) {
                if (member[i] == int(j))
                    continue;
                uRest[j] += wi * (below - negativesInBelow[j] - 0.5 * runNegativesIn[j]);
            }
            positives += wi;
            if (member[i] >= 0)
                positivesIn[size_t(member[i])] += wi;
        }
        negativesBelow += runNegatives;
        negatives += runNegatives;
        for (size_t j = 0; j < k; ++j) {
            negativesInBelow[j] += runNegativesIn[j];
            negativesIn[j] += runNegativesIn[j];
        }
        start = end;
    }
    std::vector<SliceAuc> out(k);
    for (size_t j = 0; j < k; ++j) {
        const double restPairs = (positives - positivesIn[j]) * (negatives - negativesIn[j]);
        const double slicePairs = positives * negatives - restPairs;
        if (restPairs > 0)
            out[j].rest = uRest[j] / restPairs;
        if (slicePairs > 0)
            out[j].slice = (uAll - uRest[j]) / slicePairs;
    }
    return out;
}

std::vector<SliceComparison> compareSlices(std::span<const double> scores,
                                           std::span<const std::int8_t> labels,
                                           std::span<const std::int32_t> patients,
                                           std::span<const int> member, int slices,
                                           const BootstrapOptions& options, int threads) {
    const SliceAucCounter counter(scores, labels);
    std::vector<SliceComparison> out(static_cast<size_t>(slices));
    const std::vector<SliceAuc> observed = counter.count(member, slices);
    for (size_t j = 0; j < out.size(); ++j) {
        out[j].auc = observed[j];
        if (observed[j].slice && observed[j].rest)
            out[j].difference = *observed[j].slice - *observed[j].rest;
    }
    const bool clustered = options.mode == BootstrapMode::Clustered && !patients.empty();
    const std::int32_t units = clustered ? *std::max_element(patients.begin(), patients.end()) + 1
                                         : std::int32_t(scores.size());
    const int resamples = std::max(0, options.resamples);
    std::vector<std::vector<double>> replicates(out.size(), std::vector<double>(size_t(resamples)));
    constexpr int kPerChunk = 8;
    forEachChunk(size_t((resamples + kPerChunk - 1) / kPerChunk), threads, [&](size_t chunk) {
        std::vector<double> multiplicity(static_cast<size_t>(units)), weight(scores.size());
        for (int r = int(chunk) * kPerChunk; r < std::min(resamples, int(chunk + 1) * kPerChunk);
             ++r) {
            Random random = Random::stream(options.seed, std::uint64_t(r) + 1);
            std::fill(multiplicity.begin(), multiplicity.end(), 0.0);
            for (std::int32_t u = 0; u < units; ++u)
                multiplicity[random.next() % std::uint64_t(units)] += 1.0;
            for (size_t i = 0; i < scores.size(); ++i)
                weight[i] = multiplicity[size_t(clustered ? patients[i] : std::int32_t(i))];
            const std::vector<SliceAuc> a = counter.count(member, slices, weight);
            for (size_t j = 0; j < out.size(); ++j)
                replicates[j][size_t(r)] =
                    a[j].slice && a[j].rest ? *a[j].slice - *a[j].rest : std::nan("");
        }
    });
    for (size_t j = 0; j < out.size(); ++j)
        out[j].interval = percentileInterval(replicates[j], options.level);

    // The p-value: how often a slice of the same size and classes, drawn at random from the
    // same images, differs at least as much (a permutation test, exact when the images are
    // exchangeable; the bootstrap's normal approximation was too optimistic for small slices).
    std::vector<std::vector<std::uint32_t>> classRows(2);
    for (size_t i = 0; i < labels.size(); ++i)
        if (labels[i] == 0 || labels[i] == 1)
            classRows[size_t(labels[i])].push_back(std::uint32_t(i));
    std::vector<std::vector<std::uint8_t>> extreme(out.size(),
                                                   std::vector<std::uint8_t>(size_t(resamples)));
    forEachChunk(size_t((resamples + kPerChunk - 1) / kPerChunk), threads, [&](size_t chunk) {
        std::vector<int> shuffled(member.begin(), member.end());
        for (int r = int(chunk) * kPerChunk; r < std::min(resamples, int(chunk + 1) * kPerChunk);
             ++r) {
            Random random = Random::stream(options.seed ^ 0x9E37A11CE5ULL, std::uint64_t(r) + 1);
            for (const auto& rows : classRows) {
                // Fisher-Yates over the memberships of one class's images.
                for (size_t a = rows.size(); a > 1; --a) {
                    const size_t b = size_t(random.next() % std::uint64_t(a));
                    std::swap(shuffled[rows[a - 1]], shuffled[rows[b]]);
                }
            }
            const std::vector<SliceAuc> a = counter.count(shuffled, slices);
            for (size_t j = 0; j < out.size(); ++j)
                extreme[j][size_t(r)] =
                    out[j].difference && a[j].slice && a[j].rest &&
                    std::abs(*a[j].slice - *a[j].rest) >= std::abs(*out[j].difference) - 1e-12;
        }
    });
    for (size_t j = 0; j < out.size(); ++j)
        if (out[j].difference && resamples > 0)
            out[j].p = (1.0 + double(std::count(extreme[j].begin(), extreme[j].end(), 1))) /
                       (1.0 + double(resamples));
    return out;
}

QString SliceEnrichment::toString() const {
    return QStringLiteral("%1=%2 OR %3 [%4, %5]")
        .arg(attribute, group)
        .arg(oddsRatio, 0, 'g', 3)
        .arg(low, 0, 'g', 3)
        .arg(high, 0, 'g', 3);
}

std::vector<SliceEnrichment> enrichment(const QString& attribute, const QStringList& groups,
                                        std::span<const std::int16_t> codes,
                                        std::span<const std::uint8_t> inSlice, double level) {
    std::vector<double> in(size_t(groups.size()), 0.0), out(size_t(groups.size()), 0.0);
    double inTotal = 0, outTotal = 0;
    for (size_t i = 0; i < codes.size(); ++i) {
        if (codes[i] < 0)
            continue;
        (inSlice[i] ? in : out)[size_t(codes[i])] += 1.0;
        (inSlice[i] ? inTotal : outTotal) += 1.0;
    }
    const double z = normalQuantile(0.5 + level / 2.0);
    std::vector<SliceEnrichment> enriched;
    for (qsizetype g = 0; g < groups.size(); ++g) {
        double a = in[size_t(g)], b = inTotal - a, c = out[size_t(g)], d = outTotal - c;
        if (a == 0)
            continue;
        if (b == 0 || c == 0 || d == 0) {
            a += 0.5;
            b += 0.5;
            c += 0.5;
            d += 0.5;
        }
        const double logOr = std::log(a * d / (b * c));
        const double se = std::sqrt(1 / a + 1 / b + 1 / c + 1 / d);
        SliceEnrichment e{attribute,
                          groups[g],
                          std::int64_t(in[size_t(g)]),
                          std::exp(logOr),
                          std::exp(logOr - z * se),
                          std::exp(logOr + z * se)};
        if (e.low > 1.0)
            enriched.push_back(e);
    }
    std::sort(enriched.begin(), enriched.end(),
              [](const SliceEnrichment& x, const SliceEnrichment& y) {
                  return x.oddsRatio > y.oddsRatio;
              });
    return enriched;
}

} // namespace cxrfair
