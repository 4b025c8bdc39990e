#pragma once

#include "common/error.h"
#include "embedding/npy.h"

#include <cstdint>
#include <span>
#include <vector>

namespace cxrfair {

struct LogisticOptions {
    /// Inverse regularisation strength, as scikit-learn's C: the objective is
    /// sum of cross-entropies + ||W||^2 / (2 C), the intercepts unpenalised.
    double C = 1.0;
    int maxIterations = 1000;
    /// Convergence: the largest gradient entry of the mean objective below this.
    double tolerance = 1e-6;
    int history = 10; ///< L-BFGS memory
    /// Start from these weights (dimensions x classes, column-major) and intercepts instead of
    /// zero: a warm start from the fit of a neighbouring C, which converges to the same
    /// optimum (the objective is strictly convex) in fewer iterations.
    std::vector<double> startWeights;
    std::vector<double> startBias;
};

/// Multinomial (softmax) logistic regression with an L2 penalty, fitted by L-BFGS.
struct LogisticModel {
    int classes = 0;
    int dimensions = 0;
    std::vector<double> weights; ///< dimensions x classes, column-major
    std::vector<double> bias;    ///< classes
    bool converged = false;
    int iterations = 0;
    double objective = 0.0; ///< sum of cross-entropies + penalty, at the solution

    /// Class probabilities of the given rows of `x`: rows.size() x classes, row-major.
    std::vector<double> predict(const FloatMatrix& x, std::span<const std::uint32_t> rows) const;
};

/// Fits on `rows` of `x` with labels[row] in [0, classes).
Result<LogisticModel> fitLogistic(const FloatMatrix& x, std::span<const std::uint32_t> rows,
                                  std::span<const std::int32_t> labels, int classes,
                                  const LogisticOptions& options = {});

/// The objective (scikit-learn's scaling) of given weights on `rows`, for checks.
double logisticObjective(const FloatMatrix& x, std::span<const std::uint32_t> rows,
                         std::span<const std::int32_t> labels, int classes,
                         const std::vector<double>& weights, const std::vector<double>& bias,
                         double C);

} // namespace cxrfair
