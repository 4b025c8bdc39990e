#pragma once

#include "common/error.h"
#include "common/progress.h"
#include "embedding/npy.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace cxrfair {

/// A two-sample test between two groups of images in embedding space.
struct MmdPair {
    QString groupA, groupB;
    double mmd2 = 0.0;      ///< the unbiased estimate of the squared MMD
    double p = 1.0;         ///< permutation p-value: (1 + count) / (1 + permutations)
    double bandwidth = 0.0; ///< s: the median distance over distinct pairs of the pooled sample
    std::int64_t nA = 0, nB = 0; ///< the images used (at most maxPerGroup each)
};

struct MmdOptions {
    int permutations = 1000;
    int maxPerGroup = 5000;
    std::uint64_t seed = 0;
};

/// The unbiased squared MMD (Gretton et al., JMLR 2012) of rows `a` and rows `b` of `x` with
/// the kernel k = exp(-d^2 / (2 s^2)): the means of k over distinct pairs within a and within b,
/// minus twice its mean over pairs across. Needs at least two rows on each side.
double mmd2Unbiased(const FloatMatrix& x, const std::vector<std::int64_t>& a,
                    const std::vector<std::int64_t>& b, double bandwidth);

/// The median Euclidean distance over the distinct pairs of `rows` of `x`.
double medianPairDistance(const FloatMatrix& x, const std::vector<std::int64_t>& rows);

/// The permutation p-value of the pooled rows `a` + `b` under the given relabellings: each
/// permutation lists the pooled positions (0 .. |a|+|b|-1) in a new order, its first |a| taken
/// as group a. p = (1 + the number of permutations whose statistic is at least the observed
/// one) / (1 + the number of permutations). Statistics are computed for all permutations at
/// once from the kernel matrix (a matrix product).
double mmdPermutationP(const FloatMatrix& x, const std::vector<std::int64_t>& a,
                       const std::vector<std::int64_t>& b, double bandwidth,
                       const std::vector<std::vector<std::int32_t>>& permutations,
                       const Progress& progress = {});

/// Every unordered pair of the groups (`groups[r]` is row r's group, empty for none; groups in
/// sorted order, a before b): at most maxPerGroup rows per group drawn with the seed, the
/// bandwidth, the statistic and its permutation p-value. A group of fewer than two images is
/// left out. Errors when `groups` does not have one entry per row or fewer than two groups
/// remain.
Result<std::vector<MmdPair>> groupMmd(const FloatMatrix& x, const QStringList& groups,
                                      const MmdOptions& options, const Progress& progress = {});

} // namespace cxrfair
