#pragma once

#include "common/error.h"
#include "imaging/grayimage.h"
#include "imaging/imageinfo.h"

#include <QString>

#include <utility>

namespace cxrfair {

struct DecodeOptions {
    /// Longest side of the result; 0 keeps the native size. Shrinking uses area averaging (and,
    /// for JPEG, the decoder's own DCT scaling), the fast path for thumbnails.
    int maxDimension = 0;
};

struct DecodedImage {
    GrayImage image;
    ImageInfo info;
};

/// Decodes a DICOM, PNG or JPEG file (told apart by content, not by name) into a display-ready
/// grayscale image. Failures name the file and the reason; nothing throws.
Result<DecodedImage> decodeImage(const QString& path, const DecodeOptions& options = {});

/// The size that shrinkToFit gives a `width` x `height` image (the same when it fits).
std::pair<int, int> shrunkSize(int width, int height, int maxDimension);
/// Shrinks `image` so that its longer side is at most `maxDimension` (area averaging).
GrayImage shrinkToFit(const GrayImage& image, int maxDimension);

} // namespace cxrfair
