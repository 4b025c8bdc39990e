#include "imaging/imagedecoder.h"

#include "imaging/dicomdecoder.h"
#include "imaging/rasterdecoder.h"
#include "imaging/resample.h"

#include <QFile>
#include <QFileInfo>

#include <cmath>

namespace cxrfair {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cxrfair::ImageDecoder)
};

enum class Kind { Dicom, Raster, Unknown };

Kind sniff(const QByteArray& head, const QString& path) {
    if (head.size() >= 132 && head.mid(128, 4) == "DICM")
        return Kind::Dicom;
    if (head.startsWith("\x89PNG\r\n\x1a\n") || head.startsWith("\xFF\xD8\xFF") ||
        head.startsWith("II*\0") || head.startsWith("MM\0*") || head.startsWith("BM"))
        return Kind::Raster;
    // DICOM without the preamble (old ACR-NEMA style files): let DCMTK try when the name says so.
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QStringLiteral("dcm") || suffix == QStringLiteral("dicom") || suffix.isEmpty())
        return Kind::Dicom;
    return Kind::Unknown;
}

} // namespace

Result<DecodedImage> decodeImage(const QString& path, const DecodeOptions& options) {
    QFile file(path);
    if (!file.exists())
        return std::unexpected(
            Error{ErrorCode::Io, Tr::tr("image file not found"), path, -1, {}, path, {}});
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(Error{ErrorCode::Io,
                                     Tr::tr("cannot open: %1").arg(file.errorString()),
                                     path,
                                     -1,
                                     {},
                                     path,
                                     {}});
    const QByteArray head = file.read(132);
    file.close();
    if (head.isEmpty())
        return std::unexpected(
            Error{ErrorCode::Decode, Tr::tr("the file is empty"), path, -1, {}, path, {}});
    switch (sniff(head, path)) {
    case Kind::Dicom:
        return decodeDicom(path, options);
    case Kind::Raster:
        return decodeRaster(path, options);
    case Kind::Unknown:
        break;
    }
    return std::unexpected(
        Error{ErrorCode::Decode, Tr::tr("not a DICOM, PNG or JPEG file"), path, -1, {}, path, {}});
}

std::pair<int, int> shrunkSize(int width, int height, int maxDimension) {
    const int longer = std::max(width, height);
    if (width <= 0 || height <= 0 || maxDimension <= 0 || longer <= maxDimension)
        return {width, height};
    const double factor = double(maxDimension) / double(longer);
    return {std::max(1, int(std::lround(width * factor))),
            std::max(1, int(std::lround(height * factor)))};
}

GrayImage shrinkToFit(const GrayImage& image, int maxDimension) {
    const auto [w, h] = shrunkSize(image.width, image.height, maxDimension);
    if (image.isNull() || (w == image.width && h == image.height))
        return image;
    GrayImage out(w, h);
    resample(image.pixels.data(), image.width, image.height, out.pixels.data(), w, h,
             Interpolation::Area, true);
    return out;
}

} // namespace cxrfair
