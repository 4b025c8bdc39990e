#include "robustness/regionattribution.h"

#include <QCoreApplication>
#include <QPainter>

namespace cxrfair {

std::vector<std::uint8_t> maskAtInput(const SaliencyMap& map, const QImage& mask) {
    const int width = map.input.width;
    const int height = map.input.height;
    std::vector<std::uint8_t> inside(size_t(width) * size_t(height), 0);
    if (mask.isNull() || width <= 0 || height <= 0)
        return inside;
    // Draw the part of the mask the input shows onto an input-sized canvas; whatever lies
    // outside the image (padding) stays 0.
    const QRectF region = saliencyInputRegion(map.preprocess, mask.width(), mask.height());
    QImage canvas(width, height, QImage::Format_Grayscale8);
    canvas.fill(0);
    {
        QPainter painter(&canvas);
        painter.drawImage(QRectF(0, 0, width, height),
                          mask.convertToFormat(QImage::Format_Grayscale8), region);
    }
    for (int y = 0; y < height; ++y) {
        const uchar* line = canvas.constScanLine(y);
        for (int x = 0; x < width; ++x)
            inside[size_t(y) * size_t(width) + size_t(x)] = line[x] > 127 ? 1 : 0;
    }
    return inside;
}

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cxrfair::RegionAttribution)
};

Result<std::optional<double>> shareInside(const Result<SaliencyMap>& map, const QImage& mask) {
    if (!map)
        return std::unexpected(map.error());
    return positiveShareInside(*map, maskAtInput(*map, mask));
}

Result<QImage> readMask(const QString& maskPath) {
    QImage mask(maskPath);
    if (mask.isNull())
        return fail(ErrorCode::Format,
                    Tr::tr("region mask %1: not an image this build can read").arg(maskPath),
                    maskPath);
    return mask;
}

} // namespace

Result<std::optional<double>> regionAttributionShare(const SaliencyRequest& request,
                                                     const QString& maskPath,
                                                     const Progress& progress) {
    const auto mask = readMask(maskPath);
    if (!mask)
        return std::unexpected(mask.error());
    return shareInside(computeSaliency(request, progress), *mask);
}

Result<std::optional<double>> regionAttributionShare(ModelEncoder& encoder,
                                                     const SaliencyRequest& request,
                                                     const QString& maskPath,
                                                     const Progress& progress) {
    const auto mask = readMask(maskPath);
    if (!mask)
        return std::unexpected(mask.error());
    return shareInside(computeSaliency(encoder, request, progress), *mask);
}

} // namespace cxrfair
