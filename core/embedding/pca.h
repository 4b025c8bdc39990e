#pragma once

#include "common/error.h"
#include "embedding/npy.h"

#include <vector>

namespace cxrfair {

/// Principal components of embeddings, as scikit-learn's PCA computes them: centred, not
/// scaled; each component's sign fixed so that its largest coefficient is positive.
struct PcaResult {
    int components = 0;
    std::vector<double> mean;              ///< per dimension
    std::vector<double> axes;              ///< components x dimensions, row-major
    std::vector<double> explainedVariance; ///< eigenvalues of the covariance (n - 1 denominator)
    std::vector<double> explainedVarianceRatio; ///< share of the total variance
    FloatMatrix projection;                     ///< rows x components
};

/// The top `components` principal components of `x` (rows = images).
Result<PcaResult> pca(const FloatMatrix& x, int components = 2);

} // namespace cxrfair
