#pragma once

#include <QJsonObject>
#include <QString>

namespace cxrfair {

/// What a decoder found in a file, for `image export --info` and the image viewer. Holds no
/// patient data.
struct ImageInfo {
    QString file;
    QString format; ///< "dicom", "png", "jpeg", ...
    int rows = 0;
    int columns = 0;
    int bitsAllocated = 0;
    int bitsStored = 0;
    bool isSigned = false;
    int samplesPerPixel = 1;
    int frames = 1;
    QString photometric;    ///< MONOCHROME1, MONOCHROME2, RGB, ...
    QString transferSyntax; ///< name; empty for raster files
    QString transferSyntaxUid;
    double rescaleSlope = 1.0;
    double rescaleIntercept = 0.0;
    /// The VOI transform applied: its centre and width in modality units, and where it came
    /// from ("window 1 of 2 in the file", "VOI LUT 1", "min-max", "full range").
    double windowCenter = 0.0;
    double windowWidth = 0.0;
    QString windowSource;

    QJsonObject toJson() const;
};

} // namespace cxrfair
