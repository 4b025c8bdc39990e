#pragma once

#include "stats/bootstrap.h"

#include <QString>

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace cxrfair {

/// Cross-group AUCs of two groups of one attribute (Kallus and Zhou, NeurIPS 2019):
/// xAUC(a, b) is the probability that a positive of a scores above a negative of b, ties
/// counting one half. A model that ranks one group's positives below the other's negatives
/// disadvantages it even when both groups' own AUCs are equal.
struct CrossGroupAuc {
    QString attribute;
    QString groupA;
    QString groupB;
    std::optional<double> ab;        ///< xAUC(a, b); empty when a has no positive or b no negative
    std::optional<double> ba;        ///< xAUC(b, a)
    std::optional<double> disparity; ///< ab - ba
    PercentileInterval disparityCi;  ///< from the same resamples as the AUCs
};

/// Every ordered pair's xAUC of a grouping of `groups` groups, by one pass over the rows in
/// ascending order of score: [a * groups + b], NaN where a has no positive or b no negative.
/// The diagonal is each group's own AUC. Rows with code -1 belong to no group. With
/// `weights`, each pair counts with the product of its rows' weights (rows of weight 0 are
/// left out).
std::vector<double> crossAucMatrix(std::span<const double> scores,
                                   std::span<const std::int8_t> labels,
                                   std::span<const std::int16_t> codes, int groups,
                                   std::span<const std::uint32_t> ascending,
                                   std::span<const double> weights = {});

} // namespace cxrfair
