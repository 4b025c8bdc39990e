#pragma once

#include "common/error.h"

#include <QString>

#include <cstdint>
#include <vector>

namespace cxrfair {

/// A row-major float matrix, the form embeddings take in memory.
struct FloatMatrix {
    std::int64_t rows = 0;
    std::int64_t cols = 0;
    std::vector<float> data;

    float* row(std::int64_t r) { return data.data() + r * cols; }
    const float* row(std::int64_t r) const { return data.data() + r * cols; }
};

/// Reads a NumPy .npy file (format 1.0, 2.0 or 3.0) holding a 1-D or 2-D array of float32 (as
/// cxrfair writes), float64, float16 or integers, little or big endian, C or Fortran order:
/// all are converted to a C-order float32 matrix (a 1-D array becomes one column). Anything else
/// (objects, structured dtypes, 3-D arrays) is an error naming the file and what it holds.
Result<FloatMatrix> readNpy(const QString& path);

/// Writes a float32, C-order .npy file that NumPy reads with np.load.
Result<void> writeNpy(const QString& path, const FloatMatrix& matrix);

} // namespace cxrfair
