#pragma once

#include "imaging/imagedecoder.h"

namespace cxrfair {

/// PNG, JPEG and the other formats QImageReader reads, 8 or 16 bit; colour becomes luminance.
Result<DecodedImage> decodeRaster(const QString& path, const DecodeOptions& options = {});

} // namespace cxrfair
