#pragma once

#include "imaging/imagedecoder.h"

namespace cxrfair {

/// DICOM through DCMTK with the JPEG (baseline, extended, lossless), JPEG-LS and RLE decoders
/// registered. Modality transform (rescale or LUT), then the first window in the file, else
/// the first VOI LUT, else a min-max window; MONOCHROME1 comes out inverted to display polarity;
/// colour is converted to luminance; multi-frame files give their first frame.
Result<DecodedImage> decodeDicom(const QString& path, const DecodeOptions& options = {});

/// Registers DCMTK's decoders (and encoders, for writing) once per process and quiets its log.
void ensureDicomCodecsRegistered();

} // namespace cxrfair
