#pragma once

#include "imaging/grayimage.h"

#include <cstdint>
#include <optional>

namespace cxrfair {

/// The first frame of a plain monochrome DICOM image as stored: one sample per pixel, 8 or 16
/// bits allocated, the stored bits from bit 0 (High Bit = Bits Stored - 1), a linear modality
/// transform (Rescale Slope and Intercept) and, when the file has one, a linear window.
struct MonochromeFrame {
    const void* pixels = nullptr; ///< width * height values of bitsAllocated bits, host order
    int width = 0;
    int height = 0;
    int bitsAllocated = 16;
    int bitsStored = 16;
    bool isSigned = false;
    double slope = 1.0;
    double intercept = 0.0;
    bool monochrome1 = false; ///< inverted: the highest value is black
    /// The window from the file (center, width >= 1); none: the image's min-max window.
    std::optional<std::pair<double, double>> window;
};

/// A frame rendered to display values.
struct RenderedFrame {
    GrayImage image;
    double windowCenter = 0.0;
    double windowWidth = 0.0;
};

/// Renders `frame` as DICOM's linear VOI function does (PS3.3 C.11.2.1.2.1), in DCMTK's
/// arithmetic: the modality value x (stored value x slope + intercept) is black at or below
/// c - 0.5 - (w - 1) / 2, white above c - 0.5 + (w - 1) / 2 and in between
/// ((x - (c - 0.5)) / (w - 1) + 0.5) x 65535, truncated; inverted for MONOCHROME1. The
/// min-max window is DCMTK's too: c = (min + max + 1) / 2, w = max - min + 1. Every stored value
/// is mapped once (a table of 2^bitsStored entries), and with `maxDimension` the image is
/// shrunk while it is mapped, with the area filter of shrinkToFit: the full-size image is never
/// made. Frames that do not fit MonochromeFrame (colour, VOI or modality LUT sequences) are
/// left to DCMTK.
RenderedFrame renderMonochrome(const MonochromeFrame& frame, int maxDimension = 0);

} // namespace cxrfair
