#pragma once

#include "embedding/npy.h"
#include "models/inferencesettings.h"
#include "models/modelbundle.h"

#include <memory>

namespace cxrfair {

/// Whether this build's LibTorch can use CUDA and a GPU is present.
bool cudaAvailable();

/// A bundle's two TorchScript encoders, loaded on one device and ready to run in inference
/// mode. LibTorch stays behind this class: its exceptions become Errors here. One thread at a
/// time may use an encoder.
class ModelEncoder {
public:
    ~ModelEncoder();
    ModelEncoder(const ModelEncoder&) = delete;
    ModelEncoder& operator=(const ModelEncoder&) = delete;

    /// Loads the encoders and the tokenizer, sets LibTorch's CPU threads, and checks both
    /// encoders with a probe forward pass: each must return a finite [batch, embedding_dim]
    /// tensor. Errors name the bundle, the file and the problem.
    static Result<std::unique_ptr<ModelEncoder>> open(const ModelBundle& bundle,
                                                      const InferenceSettings& settings);

    const ModelBundle& bundle() const;
    const Tokenizer& tokenizer() const;
    QString deviceName() const; ///< "cpu" or "cuda:0"

    /// Encodes `count` preprocessed images laid out one after another (count x channels x
    /// height x width floats). Returns the raw embeddings (count x embedding_dim); normalising
    /// is the scorer's job. Out-of-memory is reported as ErrorCode::OutOfMemory so that the
    /// caller can retry with fewer images.
    Result<FloatMatrix> encodeImages(const float* pixels, int count, int channels, int height,
                                     int width);

    /// Tokenizes `texts` and encodes them (raw embeddings, one row per text).
    Result<FloatMatrix> encodeTexts(const QStringList& texts);

    /// Gradient x input of a zero-shot logit for one preprocessed image: d(logit)/d(pixel)
    /// times the pixel, summed over channels (height x width values, row-major). The logit is
    /// `direction` . v, v the image's embedding (L2-normalised when the bundle normalises);
    /// `direction` is T (t+ - t-). Runs the image encoder as its file holds it (not frozen for
    /// speed, as encodeImages does on a CPU). An encoder without autograd (its output does not
    /// depend on the image through autograd, or no gradient reaches the image) is an
    /// ErrorCode::Unsupported error.
    Result<std::vector<float>> gradientTimesInput(const float* pixels, int channels, int height,
                                                  int width, const std::vector<float>& direction);

private:
    struct Impl;
    explicit ModelEncoder(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> d;
};

} // namespace cxrfair
