#include "imaging/rasterdecoder.h"

#include <QImageReader>

namespace cxrfair {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cxrfair::RasterDecoder)
};
} // namespace

Result<DecodedImage> decodeRaster(const QString& path, const DecodeOptions& options) {
    QImageReader reader(path);
    reader.setAutoTransform(false);
    const QByteArray format = reader.format();
    if (format.isEmpty()) {
        return std::unexpected(Error{ErrorCode::Decode,
                                     Tr::tr("not an image file (%1)").arg(reader.errorString()),
                                     path,
                                     -1,
                                     {},
                                     path,
                                     {}});
    }
    const QSize native = reader.size();
    // JPEG shrinks inside the decoder (DCT scaling) at a fraction of the cost of a full decode.
    if (options.maxDimension > 0 && native.isValid() && format == "jpeg" &&
        std::max(native.width(), native.height()) > 2 * options.maxDimension) {
        reader.setScaledSize(
            native.scaled(options.maxDimension, options.maxDimension, Qt::KeepAspectRatio));
    }
    const QImage image = reader.read();
    if (image.isNull()) {
        return std::unexpected(
            Error{ErrorCode::Decode,
                  Tr::tr("cannot decode the image (%1)").arg(reader.errorString()),
                  path,
                  -1,
                  {},
                  path,
                  {}});
    }
    ImageInfo info;
    info.file = path;
    info.format = QString::fromLatin1(format);
    info.rows = native.isValid() ? native.height() : image.height();
    info.columns = native.isValid() ? native.width() : image.width();
    const bool gray = image.isGrayscale();
    info.samplesPerPixel = gray ? 1 : 3;
    info.bitsStored = image.depth() >= 48 || image.format() == QImage::Format_Grayscale16 ? 16 : 8;
    info.bitsAllocated = info.bitsStored;
    info.photometric = gray ? QStringLiteral("MONOCHROME2") : QStringLiteral("RGB");
    info.windowSource = Tr::tr("full range");
    const double maxValue = info.bitsStored == 16 ? 65535.0 : 255.0;
    info.windowCenter = maxValue / 2.0;
    info.windowWidth = maxValue + 1.0;

    GrayImage out = GrayImage::fromQImage(image);
    if (options.maxDimension > 0)
        out = shrinkToFit(out, options.maxDimension);
    return DecodedImage{std::move(out), std::move(info)};
}

} // namespace cxrfair
