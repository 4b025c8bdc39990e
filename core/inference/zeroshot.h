#pragma once

#include "common/error.h"
#include "embedding/npy.h"
#include "inference/prompts.h"

#include <QHash>

#include <vector>

namespace cxrfair {

class ModelEncoder;

/// Text embeddings of prompts, computed by the encoder on first use and then remembered, so
/// that editing one prompt encodes one text and never an image.
class TextEmbeddingCache {
public:
    explicit TextEmbeddingCache(ModelEncoder& encoder)
        : m_encoder(encoder) {}

    /// The ensemble embedding of `prompts`: each prompt's embedding (L2-normalised when the
    /// bundle normalises text), averaged, and normalised again when the bundle normalises.
    Result<std::vector<float>> ensemble(const QStringList& prompts);
    /// Encodes the prompts not seen yet in one batch (one forward pass instead of one per
    /// ensemble).
    Result<void> prefetch(const QStringList& prompts);
    qsizetype encodedTexts() const { return m_cache.size(); }

private:
    ModelEncoder& m_encoder;
    QHash<QString, std::vector<float>> m_cache;
};

/// Averages unit-normalised (when `normalize`) rows and normalises the mean the same way.
std::vector<float> ensembleEmbedding(const std::vector<std::vector<float>>& embeddings,
                                     bool normalize);

/// score = softmax(T [v.t+, v.t-])[0] = sigmoid(T (v.t+ - v.t-)) for every row v of
/// `images` (L2-normalised first when `normalizeImages`).
std::vector<double> zeroShotScores(const FloatMatrix& images, bool normalizeImages,
                                   const std::vector<float>& positive,
                                   const std::vector<float>& negative, double logitScale);

/// The same for several prompt pairs at once (`differences[k]` = t+ - t- of pair k): one pass
/// over the images, a block of rows at a time as a matrix product. [pair][row].
std::vector<std::vector<double>> zeroShotScores(const FloatMatrix& images, bool normalizeImages,
                                                const std::vector<std::vector<float>>& differences,
                                                double logitScale);

} // namespace cxrfair
