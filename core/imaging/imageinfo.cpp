#include "imaging/imageinfo.h"

namespace cxrfair {

QJsonObject ImageInfo::toJson() const {
    QJsonObject o{
        {QStringLiteral("file"), file},
        {QStringLiteral("format"), format},
        {QStringLiteral("rows"), rows},
        {QStringLiteral("columns"), columns},
        {QStringLiteral("bits_allocated"), bitsAllocated},
        {QStringLiteral("bits_stored"), bitsStored},
        {QStringLiteral("signed"), isSigned},
        {QStringLiteral("samples_per_pixel"), samplesPerPixel},
        {QStringLiteral("frames"), frames},
        {QStringLiteral("photometric_interpretation"), photometric},
        {QStringLiteral("transfer_syntax"),
         transferSyntax.isEmpty() ? QJsonValue() : QJsonValue(transferSyntax)},
        {QStringLiteral("transfer_syntax_uid"),
         transferSyntaxUid.isEmpty() ? QJsonValue() : QJsonValue(transferSyntaxUid)},
        {QStringLiteral("window"), QJsonObject{{QStringLiteral("center"), windowCenter},
                                               {QStringLiteral("width"), windowWidth},
                                               {QStringLiteral("source"), windowSource}}},
    };
    if (format == QStringLiteral("dicom")) {
        o.insert(QStringLiteral("rescale_slope"), rescaleSlope);
        o.insert(QStringLiteral("rescale_intercept"), rescaleIntercept);
    }
    return o;
}

} // namespace cxrfair
