#pragma once

#include "stats/bootstrap.h"

#include <QString>

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace cxrfair {

/// The AUC of a slice and of the rest, from the pairs of one positive and one negative image:
/// a pair belongs to the slice when either of its images is in the slice, to the rest when
/// neither is. A slice of positives alone then has an AUC (its positives against every
/// negative), and every pair is counted once, in the slice or in the rest.
struct SliceAuc {
    std::optional<double> slice;
    std::optional<double> rest;
};

/// Images sorted by score once, then the slice AUCs of any membership and any image weights
/// (bootstrap multiplicities) in one pass each.
class SliceAucCounter {
public:
    SliceAucCounter(std::span<const double> scores, std::span<const std::int8_t> labels);
    /// `member[i]`: the slice (0 to slices - 1) image i belongs to, or -1; `weight[i]`: how
    /// often it counts (empty: once each). One result per slice.
    std::vector<SliceAuc> count(std::span<const int> member, int slices,
                                std::span<const double> weight = {}) const;

private:
    std::vector<std::uint32_t> m_order;  ///< images by ascending score
    std::vector<std::uint32_t> m_tieEnd; ///< for each position, the end of its run of ties
    std::span<const std::int8_t> m_labels;
};

/// Each slice's AUC difference (slice minus rest): its percentile interval from a bootstrap
/// (of patients when `options.mode` is Clustered, else of images), and a two-sided p-value from
/// as many permutations, each drawing a slice of the same size from the same class's images.
/// Resample r draws from its own random stream, so the result does not depend on the thread
/// count.
struct SliceComparison {
    SliceAuc auc;
    std::optional<double> difference;
    PercentileInterval interval;
    std::optional<double> p;
};
std::vector<SliceComparison> compareSlices(std::span<const double> scores,
                                           std::span<const std::int8_t> labels,
                                           std::span<const std::int32_t> patients,
                                           std::span<const int> member, int slices,
                                           const BootstrapOptions& options, int threads = 0);

/// An attribute's group over-represented in a slice: the odds of being in the group for the
/// slice's images against the other images, with Woolf's interval (Haldane's half added to each
/// cell when one is empty).
struct SliceEnrichment {
    QString attribute;
    QString group;
    std::int64_t inSlice = 0; ///< slice images in the group
    double oddsRatio = 1.0;
    double low = 0.0;
    double high = 0.0;
    QString toString() const; ///< "age=80+ OR 4.2 [2.1, 8.4]"
};
/// `codes[i]`: image i's group (-1 unknown, left out); `inSlice[i]`.
std::vector<SliceEnrichment> enrichment(const QString& attribute, const QStringList& groups,
                                        std::span<const std::int16_t> codes,
                                        std::span<const std::uint8_t> inSlice, double level);

} // namespace cxrfair
