#pragma once

#include "common/error.h"
#include "common/progress.h"
#include "imaging/preprocess.h"
#include "inference/prompts.h"
#include "models/inferencesettings.h"

#include <QRectF>
#include <QString>

#include <vector>

namespace cxrfair {

class ModelEncoder;

enum class SaliencyMethod { Occlusion, Gradient };
QString saliencyMethodName(SaliencyMethod method); ///< "occlusion", "gradient"
std::optional<SaliencyMethod> parseSaliencyMethod(const QString& name);

struct SaliencyRequest {
    QString bundlePath;
    QString imagePath;
    QString condition;
    PromptSet prompts; ///< the study's by default
    SaliencyMethod method = SaliencyMethod::Occlusion;
    int patch = 32;  ///< occlusion: the side of the square set to 0
    int stride = 16; ///< occlusion: the step of its top-left corner
    InferenceSettings settings;
};

/// Where a zero-shot score comes from on one image.
struct SaliencyMap {
    SaliencyMethod method = SaliencyMethod::Occlusion;
    int rows = 0;
    int columns = 0;
    std::vector<float> values; ///< rows x columns, row-major
    double score = 0.0;        ///< the zero-shot score of the image as it is
    int patch = 0, stride = 0; ///< occlusion's grid (1 and 1 for gradients: one cell per pixel)
    ChwTensor input;           ///< what the encoder sees: the image preprocessed as the bundle says
    PreprocessSpec preprocess; ///< how: where the input lies in the image (saliencyInputRegion)
    QString device;            ///< where the encoder ran ("cpu", "cuda:0")
};

/// Computes a saliency map.
/// - Occlusion (every bundle; forward passes only, batched): for each patch position whose
///   top-left corner is on the grid 0, S, 2S, ... while the P x P patch fits in the input, the
///   patch is set to 0 in every channel; cell (i, j) is the score of the input as it is minus
///   the score with the patch at row i*S, column j*S occluded.
/// - Gradient (encoders with autograd): d(logit)/d(input) x input, summed over channels, at the
///   input's resolution.
/// Scores and prompts as `cxrfair-cli score` computes them. Errors name the image, the bundle
/// or the option at fault: an image that does not decode, a patch larger than the input, an
/// encoder without autograd asked for gradients.
Result<SaliencyMap> computeSaliency(const SaliencyRequest& request, const Progress& progress = {});
/// The same with the model already open (request.bundlePath is not read): for many maps of one
/// model, which is opened once.
Result<SaliencyMap> computeSaliency(ModelEncoder& encoder, const SaliencyRequest& request,
                                    const Progress& progress = {});

/// The map spread over the input's pixels: each pixel gets the mean of the cells whose patch
/// covers it (occlusion), or its own value (gradient); pixels no patch covers get 0.
std::vector<float> saliencyAtInput(const SaliencyMap& map);

/// Where the encoder's input lies in a `width` x `height` image preprocessed by `spec` (padding,
/// resizing and centre cropping undone), in image pixels: the rectangle a map is drawn over.
QRectF saliencyInputRegion(const PreprocessSpec& spec, int width, int height);

/// The share of the positive attribution that lies inside `mask` (input-sized, row-major,
/// non-zero inside): sum of the positive values of saliencyAtInput inside / sum of them all.
/// nullopt when nothing is positive.
std::optional<double> positiveShareInside(const SaliencyMap& map,
                                          const std::vector<std::uint8_t>& mask);

} // namespace cxrfair
