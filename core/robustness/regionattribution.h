#pragma once

#include "common/error.h"
#include "common/progress.h"
#include "robustness/saliency.h"

#include <QImage>

#include <cstdint>
#include <optional>
#include <vector>

namespace cxrfair {

/// A region of an image (a mask of the image's size or proportional to it, non-zero inside) in
/// the geometry of the encoder's input: the part of the image the input shows (saliencyInput-
/// Region), scaled to the input's size. Row-major, 1 inside, 0 outside; parts of the input
/// outside the image (padding) are outside.
std::vector<std::uint8_t> maskAtInput(const SaliencyMap& map, const QImage& mask);

/// The share of the positive attribution of a saliency map of `request` that lies inside the
/// region mask in the PNG file `maskPath`: computeSaliency, maskAtInput, positiveShareInside.
/// nullopt when no cell of the map is positive. Errors name the mask file when it does not
/// load, or the image and bundle as computeSaliency does.
Result<std::optional<double>> regionAttributionShare(const SaliencyRequest& request,
                                                     const QString& maskPath,
                                                     const Progress& progress = {});
/// The same with the model already open (request.bundlePath is not read).
Result<std::optional<double>> regionAttributionShare(ModelEncoder& encoder,
                                                     const SaliencyRequest& request,
                                                     const QString& maskPath,
                                                     const Progress& progress = {});

} // namespace cxrfair
