#pragma once

#include <QImage>

#include <cstdint>
#include <vector>

namespace cxrfair {

/// A decoded radiograph at display polarity: 16-bit grey levels, 0 black and 65535 white, after
/// the modality and VOI (window) transforms. Every decoder produces this, whatever it read.
struct GrayImage {
    int width = 0;
    int height = 0;
    std::vector<std::uint16_t> pixels; ///< row-major, width * height

    GrayImage() = default;
    GrayImage(int w, int h)
        : width(w)
        , height(h)
        , pixels(size_t(w) * size_t(h), 0) {}
    bool isNull() const { return width <= 0 || height <= 0; }
    std::uint16_t at(int x, int y) const { return pixels[size_t(y) * size_t(width) + size_t(x)]; }

    /// 8-bit grayscale copy (rounded), for display and PNG export.
    QImage toQImage8() const;
    /// 16-bit grayscale copy.
    QImage toQImage16() const;
    /// From an 8- or 16-bit grayscale QImage (other formats are converted to luminance).
    static GrayImage fromQImage(const QImage& image);
};

} // namespace cxrfair
