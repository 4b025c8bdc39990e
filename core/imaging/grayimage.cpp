#include "imaging/grayimage.h"

#include <cstring>

namespace cxrfair {

QImage GrayImage::toQImage8() const {
    QImage out(width, height, QImage::Format_Grayscale8);
    for (int y = 0; y < height; ++y) {
        uchar* line = out.scanLine(y);
        const std::uint16_t* in = pixels.data() + size_t(y) * size_t(width);
        for (int x = 0; x < width; ++x)
            line[x] = uchar((std::uint32_t(in[x]) * 255u + 32767u) / 65535u);
    }
    return out;
}

QImage GrayImage::toQImage16() const {
    QImage out(width, height, QImage::Format_Grayscale16);
    for (int y = 0; y < height; ++y)
        std::memcpy(out.scanLine(y), pixels.data() + size_t(y) * size_t(width), size_t(width) * 2);
    return out;
}

GrayImage GrayImage::fromQImage(const QImage& image) {
    if (image.isNull())
        return {};
    GrayImage out(image.width(), image.height());
    if (image.format() == QImage::Format_Grayscale8) {
        for (int y = 0; y < image.height(); ++y) {
            const uchar* line = image.constScanLine(y);
            std::uint16_t* o = out.pixels.data() + size_t(y) * size_t(out.width);
            for (int x = 0; x < image.width(); ++x)
                o[x] = std::uint16_t(line[x] * 257u);
        }
        return out;
    }
    const QImage gray = image.format() == QImage::Format_Grayscale16
                            ? image
                            : image.convertToFormat(QImage::Format_Grayscale16);
    for (int y = 0; y < gray.height(); ++y)
        std::memcpy(out.pixels.data() + size_t(y) * size_t(out.width), gray.constScanLine(y),
                    size_t(out.width) * 2);
    return out;
}

} // namespace cxrfair
