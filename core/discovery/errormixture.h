#pragma once

#include "common/error.h"
#include "common/progress.h"

#include <Eigen/Dense>

#include <cstdint>
#include <span>
#include <vector>

namespace cxrfair {

using PointMatrix = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

/// What the error-aware mixture is fitted on: each image's coordinates (rows of `points`, after
/// PCA), its 0/1 label and its score's rank among all scores, in [0, 1].
struct MixtureData {
    PointMatrix points; ///< images x dimensions
    std::span<const std::int8_t> labels;
    std::span<const double> scoreRanks;
};

struct MixtureOptions {
    int components = 10;
    /// Weights of the label's and of the score's log-likelihood against the coordinates' (1
    /// each: a plain joint likelihood, as Domino's defaults).
    double labelWeight = 1.0;
    double scoreWeight = 1.0;
    int maxIterations = 200;
    double tolerance = 1e-6; ///< on the mean log-likelihood per image
    std::uint64_t seed = 2025;
    int threads = 0;
};

/// A mixture of Gaussians with diagonal covariances over the coordinates, each component also
/// holding a Bernoulli over the label and one over the score rank (the rank entering as a soft
/// outcome), as Domino's error-aware mixture model (Eyuboglu et al., ICLR 2022).
struct ErrorMixture {
    int components = 0;
    int dimensions = 0;
    std::vector<double> weight;       ///< mixing proportions
    Eigen::MatrixXd mean;             ///< components x dimensions
    Eigen::MatrixXd variance;         ///< components x dimensions
    std::vector<double> positiveRate; ///< P(label = 1 | component)
    std::vector<double> scoreRate;    ///< the component's Bernoulli parameter for the rank
    double labelWeight = 1.0;
    double scoreWeight = 1.0;
    double logLikelihood = 0.0; ///< of the data fitted, weighted as fitted
    int iterations = 0;
    double aic = 0.0; ///< Akaike's criterion: -2 log-likelihood + 2 x parameters

    /// The component an image belongs to from its coordinates and label alone (not its score):
    /// the hard assignment used to evaluate slices on images the mixture never saw.
    int assign(const double* point, std::int8_t label) const;
};

/// Fits the mixture by expectation-maximisation from a k-means++ start drawn with the seed.
/// The same data and seed give the same mixture at any thread count.
Result<ErrorMixture> fitErrorMixture(const MixtureData& data, const MixtureOptions& options,
                                     const Progress& progress = {});

} // namespace cxrfair
