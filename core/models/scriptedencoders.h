#pragma once

#include "common/error.h"
#include "embedding/npy.h"

#include <QString>

#include <vector>

namespace cxrfair {

/// A small image encoder written as TorchScript: the channels averaged to grey, average-pooled
/// to `pooledSide` x `pooledSide`, standardised with `featureMean` and `featureStd`, then mapped
/// linearly (`weight`: embedding_dim x features, row-major, plus `bias`). With `detail`, each
/// cell also gives its maximum minus its mean (after the side x side means): thin bright
/// structures such as tubes, wires and metal, which averaging washes out. The demo model uses it.
struct PooledLinearImageEncoder {
    int pooledSide = 16;
    bool detail = false;
    std::vector<float> featureMean;
    std::vector<float> featureStd;
    FloatMatrix weight;
    std::vector<float> bias;
};

/// A small text encoder written as TorchScript: the mean of the token embeddings (`table`:
/// vocabulary x embedding_dim) over the tokens the attention mask marks.
struct MeanTokenTextEncoder {
    FloatMatrix table;
};

/// Saves the encoders as TorchScript files that torch.jit.load reads.
Result<void> saveTorchScript(const PooledLinearImageEncoder& encoder, const QString& path);
Result<void> saveTorchScript(const MeanTokenTextEncoder& encoder, const QString& path);

} // namespace cxrfair
