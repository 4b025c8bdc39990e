#pragma once

#include "common/progress.h"
#include <cstdint>
#include <functional>
#include <span>
#include <utility>
#include <vector>

namespace cxrfair {

enum class BootstrapMode {
    Plain,      ///< resample images
    Stratified, ///< resample positives and negatives separately (each resample keeps the counts)
    Clustered,  ///< resample patients, keeping all their images
};

struct BootstrapOptions {
    int resamples = 1000;
    std::uint64_t seed = 2025;
    BootstrapMode mode = BootstrapMode::Plain;
    double level = 0.95;
};

/// Group membership of every row: codes[row] in [0, groups) or -1 (not in any group). With
/// `sharedNegatives`, the codes of negative rows are ignored and every negative belongs to
/// every group: the shortcut analysis compares strata of positives against all negatives.
/// With `cross`, the grouping has groups x groups slots, one per ordered pair (a, b): the
/// positives of a against the negatives of b (Kallus and Zhou's xAUC; a == b is the group's
/// own AUC).
struct GroupCodes {
    std::span<const std::int16_t> codes;
    int groups = 0;
    bool sharedNegatives = false;
    bool cross = false;
    int slots() const { return cross ? groups * groups : groups; }
};

/// Bootstrap resamples as multiplicity counts: how often each row is drawn. Resamples come in
/// batches of kLanes, laid out counts[row * kLanes + lane]; a batch depends only on the seed and
/// its index, so batches can be drawn in any order on any thread.
class ResampleDraws {
public:
    static constexpr int kLanes = 32;

    ResampleDraws(size_t rows, const BootstrapOptions& options,
                  std::span<const std::int8_t> labels = {},
                  std::span<const std::int32_t> clusters = {});
    int batches() const { return (m_options.resamples + kLanes - 1) / kLanes; }
    size_t rows() const { return m_rows; }
    void fill(int batch, std::vector<std::uint8_t>& counts) const;

private:
    size_t m_rows;
    BootstrapOptions m_options;
    std::vector<std::uint32_t> m_positives, m_negatives;
    std::vector<std::uint32_t> m_clusterStart, m_clusterRows; ///< rows of each cluster (CSR)
};

/// What to bootstrap: rows with 0/1 labels, one score column per model, and the groupings whose
/// groups get an AUC in every resample. Slot 0 is always the whole set; then each grouping's
/// groups in order.
struct BootstrapRequest {
    std::span<const std::int8_t> labels;
    std::span<const std::int32_t> clusters;
    std::vector<std::span<const double>> scores;
    std::vector<GroupCodes> groupings;
    /// Each row's weight (empty: 1): a resample's AUC then weights each pair by the product
    /// of its rows' weights and multiplicities (confounder-matched comparisons).
    std::span<const double> weights{};
};

/// AUC replicates: values(model, slot)[resample], NaN where the resample left the slot without
/// a positive or a negative.
class BootstrapReplicates {
public:
    int resamples = 0;
    int models = 0;
    std::vector<int> groupingOffset; ///< first slot of each grouping
    int slots = 0;
    std::vector<double> values; ///< [model][slot][resample]

    std::span<const double> series(int model, int slot) const {
        return {values.data() + (size_t(model) * size_t(slots) + size_t(slot)) * size_t(resamples),
                size_t(resamples)};
    }
    int slot(int grouping, int group) const { return groupingOffset[size_t(grouping)] + group; }
    /// The slot of the ordered pair (a, b) of a cross grouping of `groups` groups.
    int crossSlot(int grouping, int a, int b, int groups) const {
        return groupingOffset[size_t(grouping)] + a * groups + b;
    }
};

/// Bootstraps the AUC of every slot for every model, sharing each resample across models and
/// groups (so that differences and gaps are computed within a resample). Scores are sorted once;
/// each resample is then evaluated by counting in one pass. Batches of resamples run on
/// computePool() (not Qt's global pool); the result does not depend on its number of threads.
/// Cancelling returns ErrorCode::Cancelled, never replicates of a part of the resamples.
Result<BootstrapReplicates> bootstrapAuc(const BootstrapRequest& request,
                                         const BootstrapOptions& options,
                                         const Progress& progress = {});

/// Per resample, the spread (max - min) and the minimum of the AUCs of `slots` of one model;
/// NaN where a slot is undefined in that resample.
struct SpreadReplicates {
    std::vector<double> spread;
    std::vector<double> minimum;
};
SpreadReplicates spreadReplicates(const BootstrapReplicates& replicates, int model,
                                  const std::vector<int>& slots);

/// A percentile interval from replicates, ignoring NaN ones.
struct PercentileInterval {
    double low = 0.0;
    double high = 0.0;
    double mean = 0.0; ///< of the defined replicates
    double sd = 0.0;   ///< their standard deviation (n - 1 denominator; 0 for one replicate)
    int used = 0;      ///< replicates that were defined
    int skipped = 0;   ///< degenerate replicates (no positive or no negative)
    bool valid() const { return used > 0; }
};
PercentileInterval percentileInterval(std::span<const double> replicates, double level);

/// Linear-interpolation quantile of sorted values (numpy's default).
double sortedQuantile(std::span<const double> sorted, double q);

} // namespace cxrfair
