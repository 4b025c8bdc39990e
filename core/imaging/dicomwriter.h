#pragma once

#include "common/error.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace cxrfair {

enum class DicomSyntax {
    ImplicitLittle,
    ExplicitLittle,
    ExplicitBig,
    JpegBaseline, ///< process 1, 8 bits
    JpegExtended, ///< process 2/4, up to 12 bits
    JpegLossless, ///< process 14, selection value 1
    JpegLsLossless,
    JpegLsNearLossless,
    Rle,
    Jpeg2000Lossless, ///< written from `encapsulated` bytes as given (cxrfair has no encoder)
};

/// A synthetic DICOM image: what the demo generator writes and what the tests decode. Pixel
/// values are the stored values (before rescale), frames one after another, samples
/// interleaved. The identity fields hold no real patient data.
struct DicomWriteSpec {
    int rows = 0;
    int columns = 0;
    int frames = 1;
    int samplesPerPixel = 1;
    int bitsAllocated = 16;
    int bitsStored = 12;
    bool isSigned = false;
    QString photometric = QStringLiteral("MONOCHROME2");
    std::vector<std::int32_t> pixels;
    std::vector<std::pair<double, double>> windows;   ///< centre, width
    std::optional<std::pair<double, double>> rescale; ///< slope, intercept
    std::vector<std::uint16_t> voiLut;                ///< one VOI LUT when non-empty
    int voiLutFirstMapped = 0;
    int voiLutBits = 16;
    DicomSyntax syntax = DicomSyntax::ExplicitLittle;
    int lossyQuality = 90;
    QByteArray encapsulated; ///< for Jpeg2000Lossless: one fragment

    QString sopInstanceUid; ///< derived from the file name when empty
    QString studyInstanceUid;
    QString seriesInstanceUid;
    QString patientId;
    QString patientName;
    QString patientBirthDate;
    QString patientSex;
    QString studyDate;
    QString viewPosition;
};

/// Writes `spec` as a DICOM Part 10 file. Reproducible: the same spec gives the same bytes.
Result<void> writeDicom(const QString& path, const DicomWriteSpec& spec);

} // namespace cxrfair
