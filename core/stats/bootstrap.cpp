#include "stats/bootstrap.h"

#include "common/random.h"
#include "stats/ranking.h"

#include "common/computepool.h"

#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace cxrfair {

namespace {

constexpr int L = ResampleDraws::kLanes;

/// One model's rows sorted once by score, with what the kernel needs of each row stored in that
/// order (its class and its slots), so that a resample reads the counts as its only scattered
/// memory.
struct SortedColumn {
    std::vector<std::uint32_t> order;
    std::vector<std::uint8_t> blockEnd; ///< 1 where a block of tied scores ends
    std::vector<std::uint8_t> positive;
    std::vector<std::int16_t> slots; ///< `stride` per row, -1 padded
    std::vector<double> weight;      ///< per sorted row; empty: every row weighs 1
    int stride = 1;
    bool ties = false;
};

SortedColumn sortColumn(std::span<const double> scores, const BootstrapRequest& request,
                        const std::vector<int>& offset) {
    SortedColumn s;
    s.order = ascendingOrder(scores);
    s.blockEnd.assign(scores.size(), 1);
    for (size_t k = 0; k + 1 < s.order.size(); ++k) {
        if (scores[s.order[k]] == scores[s.order[k + 1]]) {
            s.blockEnd[k] = 0;
            s.ties = true;
        }
    }
    s.stride = 1;
    for (const GroupCodes& g : request.groupings)
        s.stride += g.sharedNegatives || g.cross ? g.groups : 1;
    if (!request.weights.empty()) {
        s.weight.resize(scores.size());
        for (size_t k = 0; k < s.order.size(); ++k)
            s.weight[k] = request.weights[s.order[k]];
    }
    s.positive.resize(scores.size());
    s.slots.assign(scores.size() * size_t(s.stride), -1);
    for (size_t k = 0; k < s.order.size(); ++k) {
        const std::uint32_t row = s.order[k];
        const bool positive = request.labels[row] == 1;
        s.positive[k] = positive;
        std::int16_t* slots = s.slots.data() + k * size_t(s.stride);
        int n = 0;
        slots[n++] = 0; // every row is in the whole set
        for (size_t j = 0; j < request.groupings.size(); ++j) {
            const GroupCodes& g = request.groupings[j];
            if (g.cross && g.codes[row] >= 0) {
                // A positive of a in every pair (a, b); a negative of b in every (a, b).
                const int own = g.codes[row];
                for (int other = 0; other < g.groups; ++other) {
                    const int pair = positive ? own * g.groups + other : other * g.groups + own;
                    slots[n++] = std::int16_t(offset[j] + pair);
                }
            } else if (g.cross) {
                continue;
            } else if (g.sharedNegatives && !positive) {
                for (int group = 0; group < g.groups; ++group)
                    slots[n++] = std::int16_t(offset[j] + group);
            } else if (g.codes[row] >= 0) {
                slots[n++] = std::int16_t(offset[j] + g.codes[row]);
            }
        }
    }
    return s;
}

/// Per slot and lane: weighted negatives seen so far (below), positives, and the doubled
/// Mann-Whitney numerator (2 x pairs won + ties), kept in doubles that hold integers exactly.
struct Accumulators {
    explicit Accumulators(int slots)
        : negBelow(size_t(slots) * L)
        , pos(size_t(slots) * L)
        , num(size_t(slots) * L)
        , negTie(size_t(slots) * L)
        , posTie(size_t(slots) * L) {}
    std::vector<double> negBelow, pos, num, negTie, posTie;
};

struct Layout {
    std::vector<int> offset; ///< first slot of each grouping (slot 0: all rows)
    int slots = 1;
};

/// Evaluates one batch of resamples for one model.
// Wider vectors where the processor has them; the results are the same either way.
__attribute__((target_clones("avx2", "default"))) void
evaluateBatch(const SortedColumn& column, const std::vector<std::uint8_t>& counts,
              Accumulators& acc) {
    std::fill(acc.negBelow.begin(), acc.negBelow.end(), 0.0);
    std::fill(acc.pos.begin(), acc.pos.end(), 0.0);
    std::fill(acc.num.begin(), acc.num.end(), 0.0);
    const size_t stride = size_t(column.stride);

    if (!column.ties) {
        double* __restrict negBelow = acc.negBelow.data();
        double* __restrict num = acc.num.data();
        double* __restrict pos = acc.pos.data();
        for (size_t k = 0; k < column.order.size(); ++k) {
            const std::uint8_t* w8 = counts.data() + size_t(column.order[k]) * L;
            const double weight = column.weight.empty() ? 1.0 : column.weight[k];
            double w[L];
            for (int r = 0; r < L; ++r)
                w[r] = double(w8[r]) * weight;
            const std::int16_t* slots = column.slots.data() + k * stride;
            if (column.positive[k]) {
                for (size_t s = 0; s < stride && slots[s] >= 0; ++s) {
                    const size_t base = size_t(slots[s]) * L;
                    for (int r = 0; r < L; ++r) {
                        num[base + r] += 2.0 * w[r] * negBelow[base + r];
                        pos[base + r] += w[r];
                    }
                }
            } else {
                for (size_t s = 0; s < stride && slots[s] >= 0; ++s) {
                    const size_t base = size_t(slots[s]) * L;
                    for (int r = 0; r < L; ++r)
                        negBelow[base + r] += w[r];
                }
            }
        }
        return;
    }

    // Tied scores: gather each block's weights per slot, then close the block: a positive wins
    // against the negatives below it and draws (one half) against those tied with it.
    std::fill(acc.negTie.begin(), acc.negTie.end(), 0.0);
    std::fill(acc.posTie.begin(), acc.posTie.end(), 0.0);
    std::vector<int> touched;
    std::vector<std::uint8_t> isTouched(acc.pos.size() / L, 0);
    for (size_t k = 0; k < column.order.size(); ++k) {
        const std::uint8_t* w = counts.data() + size_t(column.order[k]) * L;
        const double weight = column.weight.empty() ? 1.0 : column.weight[k];
        const std::int16_t* slots = column.slots.data() + k * stride;
        for (size_t s = 0; s < stride && slots[s] >= 0; ++s) {
            const int slot = slots[s];
            if (!isTouched[size_t(slot)]) {
                isTouched[size_t(slot)] = 1;
                touched.push_back(slot);
            }
            double* tie =
                (column.positive[k] ? acc.posTie.data() : acc.negTie.data()) + size_t(slot) * L;
            for (int r = 0; r < L; ++r)
                tie[r] += double(w[r]) * weight;
        }
        if (!column.blockEnd[k])
            continue;
        for (int slot : touched) {
            const size_t base = size_t(slot) * L;
            for (int r = 0; r < L; ++r) {
                acc.num[base + r] +=
                    acc.posTie[base + r] * (2.0 * acc.negBelow[base + r] + acc.negTie[base + r]);
                acc.pos[base + r] += acc.posTie[base + r];
                acc.negBelow[base + r] += acc.negTie[base + r];
                acc.posTie[base + r] = 0.0;
                acc.negTie[base + r] = 0.0;
            }
            isTouched[size_t(slot)] = 0;
        }
        touched.clear();
    }
}

} // namespace

ResampleDraws::ResampleDraws(size_t rows, const BootstrapOptions& options,
                             std::span<const std::int8_t> labels,
                             std::span<const std::int32_t> clusters)
    : m_rows(rows)
    , m_options(options) {
    if (options.mode == BootstrapMode::Stratified) {
        for (size_t i = 0; i < rows; ++i)
            (labels[i] == 1 ? m_positives : m_negatives).push_back(std::uint32_t(i));
    }
    if (options.mode == BootstrapMode::Clustered) {
        // Clusters in order of first appearance, each with its rows.
        std::vector<std::int32_t> ids(clusters.begin(), clusters.end());
        std::vector<std::uint32_t> order(rows);
        std::iota(order.begin(), order.end(), 0u);
        std::stable_sort(order.begin(), order.end(),
                         [&](std::uint32_t a, std::uint32_t b) { return ids[a] < ids[b]; });
        for (size_t k = 0; k < order.size(); ++k) {
            if (k == 0 || ids[order[k]] != ids[order[k - 1]])
                m_clusterStart.push_back(std::uint32_t(k));
            m_clusterRows.push_back(order[k]);
        }
        m_clusterStart.push_back(std::uint32_t(order.size()));
    }
}

void ResampleDraws::fill(int batch, std::vector<std::uint8_t>& counts) const {
    // Each lane's draws land in a row-long array of its own (lane-major), small enough to stay
    // in the cache while its rows are drawn at random (at 377,110 rows the [row][lane] layout
    // is 12 MB, and a draw straight into it misses the cache almost every time); the lanes are
    // then interleaved into `counts` block by block.
    thread_local std::vector<std::uint8_t> laneMajor;
    laneMajor.assign(m_rows * L, 0);
    for (int lane = 0; lane < L; ++lane) {
        if (batch * L + lane >= m_options.resamples)
            break; // the last batch may be partial: its extra lanes stay empty
        Random random =
            Random::stream(m_options.seed, std::uint64_t(batch) * L + std::uint64_t(lane));
        auto draw = [&](size_t n) { return size_t(random.next() % n); };
        std::uint8_t* own = laneMajor.data() + size_t(lane) * m_rows;
        // Saturating: a row drawn 255 times in one resample of 255 or more rows has a
        // probability far below 1e-300, but the count must never wrap.
        auto add = [&](size_t row) {
            std::uint8_t& c = own[row];
            c = std::uint8_t(c + (c < 255));
        };
        switch (m_options.mode) {
        case BootstrapMode::Plain:
            for (size_t i = 0; i < m_rows; ++i)
                add(draw(m_rows));
            break;
        case BootstrapMode::Stratified:
            for (const auto* stratum : {&m_positives, &m_negatives}) {
                for (size_t i = 0; i < stratum->size(); ++i)
                    add((*stratum)[draw(stratum->size())]);
            }
            break;
        case BootstrapMode::Clustered: {
            const size_t clusters = m_clusterStart.size() - 1;
            for (size_t i = 0; i < clusters; ++i) {
                const size_t c = draw(clusters);
                for (std::uint32_t k = m_clusterStart[c]; k < m_clusterStart[c + 1]; ++k)
                    add(m_clusterRows[k]);
            }
            break;
        }
        }
    }
    counts.resize(m_rows * L);
    constexpr size_t kBlock = 1024; // 32 KiB of counts: the interleaving stays in the L1 cache
    for (size_t start = 0; start < m_rows; start += kBlock) {
        const size_t end = std::min(m_rows, start + kBlock);
        for (size_t lane = 0; lane < size_t(L); ++lane) {
            const std::uint8_t* own = laneMajor.data() + lane * m_rows;
            for (size_t row = start; row < end; ++row)
                counts[row * L + lane] = own[row];
        }
    }
}

Result<BootstrapReplicates> bootstrapAuc(const BootstrapRequest& request,
                                         const BootstrapOptions& options,
                                         const Progress& progress) {
    const size_t rows = request.labels.size();
    Layout layout;
    for (const GroupCodes& g : request.groupings) {
        layout.offset.push_back(layout.slots);
        layout.slots += g.slots();
    }
    if (layout.slots > std::numeric_limits<std::int16_t>::max())
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("too many groups to bootstrap at once (%1 "
                                   "slots, at most 32767)")
                        .arg(layout.slots));
    BootstrapReplicates out;
    out.resamples = options.resamples;
    out.models = int(request.scores.size());
    out.groupingOffset = layout.offset;
    out.slots = layout.slots;
    out.values.assign(size_t(out.models) * size_t(out.slots) * size_t(out.resamples), std::nan(""));
    if (rows == 0 || options.resamples <= 0)
        return out;

    std::vector<SortedColumn> columns;
    for (std::span<const double> s : request.scores)
        columns.push_back(sortColumn(s, request, layout.offset));
    const ResampleDraws draws(rows, options, request.labels, request.clusters);
    std::vector<int> batches(size_t(draws.batches()));
    std::iota(batches.begin(), batches.end(), 0);

    QtConcurrent::blockingMap(computePool(), batches, [&](int batch) {
        if (progress.cancelled())
            return;
        std::vector<std::uint8_t> counts;
        draws.fill(batch, counts);
        Accumulators acc(layout.slots);
        for (int model = 0; model < out.models; ++model) {
            evaluateBatch(columns[size_t(model)], counts, acc);
            for (int slot = 0; slot < layout.slots; ++slot) {
                for (int lane = 0; lane < L; ++lane) {
                    const int resample = batch * L + lane;
                    if (resample >= out.resamples)
                        break;
                    const size_t base = size_t(slot) * L + size_t(lane);
                    const double pos = acc.pos[base], neg = acc.negBelow[base];
                    if (pos > 0 && neg > 0) {
                        out.values[(size_t(model) * size_t(layout.slots) + size_t(slot)) *
                                       size_t(out.resamples) +
                                   size_t(resample)] = acc.num[base] / (2.0 * pos * neg);
                    }
                }
            }
        }
    });
    if (progress.cancelled())
        return std::unexpected(Progress::cancelledError());
    return out;
}

SpreadReplicates spreadReplicates(const BootstrapReplicates& replicates, int model,
                                  const std::vector<int>& slots) {
    SpreadReplicates out;
    out.spread.assign(size_t(replicates.resamples), std::nan(""));
    out.minimum.assign(size_t(replicates.resamples), std::nan(""));
    for (int b = 0; b < replicates.resamples; ++b) {
        double lo = INFINITY, hi = -INFINITY;
        bool complete = !slots.empty();
        for (int slot : slots) {
            const double v = replicates.series(model, slot)[size_t(b)];
            if (!std::isfinite(v)) {
                complete = false;
                break;
            }
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
        if (complete) {
            out.spread[size_t(b)] = hi - lo;
            out.minimum[size_t(b)] = lo;
        }
    }
    return out;
}

double sortedQuantile(std::span<const double> sorted, double q) {
    if (sorted.empty())
        return std::nan("");
    const double position = q * double(sorted.size() - 1);
    const size_t lower = size_t(std::floor(position));
    const size_t upper = std::min(lower + 1, sorted.size() - 1);
    const double fraction = position - double(lower);
    return sorted[lower] + (sorted[upper] - sorted[lower]) * fraction;
}

PercentileInterval percentileInterval(std::span<const double> replicates, double level) {
    std::vector<double> finite;
    finite.reserve(replicates.size());
    for (double v : replicates) {
        if (std::isfinite(v))
            finite.push_back(v);
    }
    PercentileInterval ci;
    ci.used = int(finite.size());
    ci.skipped = int(replicates.size() - finite.size());
    if (finite.empty())
        return ci;
    std::sort(finite.begin(), finite.end());
    const double alpha = 1.0 - level;
    ci.low = sortedQuantile(finite, alpha / 2.0);
    ci.high = sortedQuantile(finite, 1.0 - alpha / 2.0);
    // Summed in sorted order, so the same replicates give the same bits.
    double sum = 0.0;
    for (double v : finite)
        sum += v;
    ci.mean = sum / double(finite.size());
    double squares = 0.0;
    for (double v : finite)
        squares += (v - ci.mean) * (v - ci.mean);
    ci.sd = finite.size() > 1 ? std::sqrt(squares / double(finite.size() - 1)) : 0.0;
    return ci;
}

} // namespace cxrfair
