#include "imaging/dicomdecoder.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dccodec.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcxfer.h>
#include <dcmtk/dcmimage/diregist.h> // colour support for DicomImage
#include <dcmtk/dcmimgle/dcmimage.h>

#include "imaging/monochromerender.h"

#include <QFile>

#include <cstring>
#include <memory>

namespace cxrfair {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cxrfair::DicomDecoder)
};

Error decodeError(ErrorCode code, const QString& path, const QString& message) {
    Error e{code, message, path, -1, {}, path, {}};
    return e;
}

Uint16 readUint16(DcmDataset* ds, const DcmTagKey& key, Uint16 fallback = 0) {
    Uint16 value = fallback;
    ds->findAndGetUint16(key, value);
    return value;
}

double readDouble(DcmDataset* ds, const DcmTagKey& key, double fallback) {
    Float64 value = fallback;
    return ds->findAndGetFloat64(key, value).good() ? value : fallback;
}

bool isJpeg2000(E_TransferSyntax xfer) {
    const DcmXfer x(xfer);
    const char* uid = x.getXferID();
    // 1.2.840.10008.1.2.4.90-.93 (JPEG 2000 parts 1 and 2) and .201-.203 (HTJ2K).
    return uid && (std::strncmp(uid, "1.2.840.10008.1.2.4.9", 21) == 0 ||
                   std::strncmp(uid, "1.2.840.10008.1.2.4.20", 22) == 0);
}

/// The first frame of `ds` rendered by renderMonochrome, when the image is plain monochrome
/// (see MonochromeFrame) and its pixels can be read (compressed ones are decompressed first);
/// none otherwise, and DCMTK renders it. Fills the window fields of `info`.
std::optional<RenderedFrame> renderPlainMonochrome(DcmDataset* ds, const DcmXfer& xfer,
                                                   ImageInfo& info, int maxDimension) {
    const Uint16 highBit = readUint16(ds, DCM_HighBit, Uint16(info.bitsStored - 1));
    if (info.samplesPerPixel != 1 ||
        (info.photometric != QStringLiteral("MONOCHROME1") &&
         info.photometric != QStringLiteral("MONOCHROME2")) ||
        (info.bitsAllocated != 8 && info.bitsAllocated != 16) || info.bitsStored < 1 ||
        info.bitsStored > info.bitsAllocated || highBit != info.bitsStored - 1 ||
        ds->tagExists(DCM_ModalityLUTSequence, true))
        return std::nullopt;
    {
        OFString function, shape;
        if (ds->findAndGetOFString(DCM_VOILUTFunction, function).good() &&
            QString::fromLatin1(function.c_str()).trimmed() != QStringLiteral("LINEAR"))
            return std::nullopt;
        if (ds->findAndGetOFString(DCM_PresentationLUTShape, shape).good() &&
            QString::fromLatin1(shape.c_str()).trimmed() != QStringLiteral("IDENTITY"))
            return std::nullopt;
    }
    MonochromeFrame frame;
    frame.width = info.columns;
    frame.height = info.rows;
    frame.bitsAllocated = info.bitsAllocated;
    frame.bitsStored = info.bitsStored;
    frame.isSigned = info.isSigned;
    frame.slope = info.rescaleSlope;
    frame.intercept = info.rescaleIntercept;
    frame.monochrome1 = info.photometric == QStringLiteral("MONOCHROME1");
    DcmElement* centers = nullptr;
    unsigned long windows = 0;
    if (ds->findAndGetElement(DCM_WindowCenter, centers).good() && centers)
        windows = centers->getVM();
    if (windows > 0) {
        Float64 center = 0, width = 0;
        if (ds->findAndGetFloat64(DCM_WindowCenter, center, 0).bad() ||
            ds->findAndGetFloat64(DCM_WindowWidth, width, 0).bad() || width < 1.0)
            return std::nullopt;
        frame.window = std::pair{double(center), double(width)};
    } else if (ds->tagExists(DCM_VOILUTSequence, true)) {
        return std::nullopt;
    }
    if (xfer.isEncapsulated() && ds->chooseRepresentation(EXS_LittleEndianExplicit, nullptr).bad())
        return std::nullopt;
    DcmElement* pixelData = nullptr;
    if (ds->findAndGetElement(DCM_PixelData, pixelData).bad() || !pixelData)
        return std::nullopt;
    const size_t count = size_t(frame.width) * size_t(frame.height);
    if (frame.bitsAllocated == 8) {
        Uint8* bytes = nullptr;
        if (pixelData->getUint8Array(bytes).bad() || !bytes || pixelData->getLength() < count)
            return std::nullopt;
        frame.pixels = bytes;
    } else {
        Uint16* words = nullptr;
        if (pixelData->getUint16Array(words).bad() || !words || pixelData->getLength() < count * 2)
            return std::nullopt;
        frame.pixels = words;
    }
    RenderedFrame rendered = renderMonochrome(frame, maxDimension);
    info.windowSource =
        windows > 0 ? Tr::tr("window 1 of %1 in the file").arg(windows) : Tr::tr("min-max");
    info.windowCenter = rendered.windowCenter;
    info.windowWidth = rendered.windowWidth;
    return rendered;
}

} // namespace

Result<DecodedImage> decodeDicom(const QString& path, const DecodeOptions& options) {
    ensureDicomCodecsRegistered();
    const QByteArray nativePath = QFile::encodeName(path);
    DcmFileFormat file;
    const OFCondition loaded = file.loadFile(nativePath.constData(), EXS_Unknown, EGL_noChange,
                                             DCM_MaxReadLength, ERM_autoDetect);
    if (loaded.bad()) {
        return std::unexpected(decodeError(
            ErrorCode::Decode, path,
            Tr::tr("not a readable DICOM file (%1)").arg(QString::fromLatin1(loaded.text()))));
    }
    DcmDataset* ds = file.getDataset();
    const E_TransferSyntax xfer = ds->getOriginalXfer();
    const DcmXfer xferInfo(xfer);

    ImageInfo info;
    info.file = path;
    info.format = QStringLiteral("dicom");
    info.transferSyntax = QString::fromLatin1(xferInfo.getXferName());
    info.transferSyntaxUid = QString::fromLatin1(xferInfo.getXferID());
    info.rows = readUint16(ds, DCM_Rows);
    info.columns = readUint16(ds, DCM_Columns);
    info.bitsAllocated = readUint16(ds, DCM_BitsAllocated);
    info.bitsStored = readUint16(ds, DCM_BitsStored, Uint16(info.bitsAllocated));
    info.isSigned = readUint16(ds, DCM_PixelRepresentation) == 1;
    info.samplesPerPixel = readUint16(ds, DCM_SamplesPerPixel, 1);
    info.rescaleSlope = readDouble(ds, DCM_RescaleSlope, 1.0);
    info.rescaleIntercept = readDouble(ds, DCM_RescaleIntercept, 0.0);
    {
        OFString photometric;
        ds->findAndGetOFString(DCM_PhotometricInterpretation, photometric);
        info.photometric = QString::fromLatin1(photometric.c_str()).trimmed();
        Sint32 frames = 1;
        if (ds->findAndGetSint32(DCM_NumberOfFrames, frames).good() && frames > 0)
            info.frames = int(frames);
    }

    DcmElement* pixelData = nullptr;
    if (ds->findAndGetElement(DCM_PixelData, pixelData).bad() || !pixelData)
        return std::unexpected(
            decodeError(ErrorCode::Decode, path, Tr::tr("the DICOM file has no pixel data")));
    if (info.rows <= 0 || info.columns <= 0 || info.bitsAllocated <= 0)
        return std::unexpected(
            decodeError(ErrorCode::Decode, path,
                        Tr::tr("the DICOM file lacks Rows, Columns or Bits Allocated")));
    if (isJpeg2000(xfer)) {
        return std::unexpected(decodeError(ErrorCode::Unsupported, path,
                                           Tr::tr("transfer syntax %1 (%2) is not supported: JPEG "
                                                  "2000 has no decoder in DCMTK; convert the file "
                                                  "(e.g. with gdcmconv --raw) first")
                                               .arg(info.transferSyntax, info.transferSyntaxUid)));
    }
    if (xferInfo.isEncapsulated() &&
        !DcmCodecList::canChangeCoding(xfer, EXS_LittleEndianExplicit)) {
        return std::unexpected(decodeError(ErrorCode::Unsupported, path,
                                           Tr::tr("transfer syntax %1 (%2) is not supported")
                                               .arg(info.transferSyntax, info.transferSyntaxUid)));
    }
    if (xferInfo.isNotEncapsulated()) {
        const qint64 expected = qint64(info.rows) * info.columns * info.samplesPerPixel *
                                info.frames * info.bitsAllocated / 8;
        const qint64 actual = qint64(pixelData->getLength());
        if (actual < expected) {
            return std::unexpected(decodeError(
                ErrorCode::Decode, path,
                Tr::tr("pixel data truncated: %1 of %2 bytes").arg(actual).arg(expected)));
        }
    }

    // Plain monochrome images (radiographs) are rendered here, in one pass to the size asked
    // for; the rest (colour, LUT sequences) by DCMTK.
    if (auto rendered = renderPlainMonochrome(ds, xferInfo, info, options.maxDimension))
        return DecodedImage{std::move(rendered->image), std::move(info)};

    // First frame only: a multi-frame file shows its first image.
    DicomImage image(&file, xfer, CIF_UsePartialAccessToPixelData, 0, 1);
    if (image.getStatus() != EIS_Normal) {
        return std::unexpected(
            decodeError(ErrorCode::Decode, path,
                        Tr::tr("DCMTK cannot decode the pixel data (%1)")
                            .arg(QString::fromLatin1(DicomImage::getString(image.getStatus())))));
    }
    std::unique_ptr<DicomImage> monochrome;
    DicomImage* mono = &image;
    if (!image.isMonochrome()) {
        monochrome.reset(image.createMonochromeImage());
        if (!monochrome || monochrome->getStatus() != EIS_Normal)
            return std::unexpected(decodeError(
                ErrorCode::Decode, path, Tr::tr("cannot convert the colour image to grayscale")));
        mono = monochrome.get();
    }

    if (mono->getWindowCount() > 0) {
        mono->setWindow(0);
        info.windowSource = Tr::tr("window 1 of %1 in the file").arg(mono->getWindowCount());
    } else if (mono->getVoiLutCount() > 0) {
        mono->setVoiLut(0);
        const char* explanation = mono->getVoiTransformationExplanation();
        info.windowSource =
            Tr::tr("VOI LUT 1 in the file") +
            (explanation && *explanation
                 ? QStringLiteral(" (") + QString::fromLatin1(explanation) + QLatin1Char(')')
                 : QString());
    } else {
        mono->setMinMaxWindow(0);
        info.windowSource = Tr::tr("min-max");
    }
    double center = 0, width = 0;
    if (mono->getWindow(center, width)) {
        info.windowCenter = center;
        info.windowWidth = width;
    }

    const int w = int(mono->getWidth());
    const int h = int(mono->getHeight());
    GrayImage out(w, h);
    if (!mono->getOutputData(out.pixels.data(), out.pixels.size() * sizeof(std::uint16_t), 16, 0)) {
        return std::unexpected(
            decodeError(ErrorCode::Decode, path,
                        Tr::tr("DCMTK cannot render the pixel data (%1)")
                            .arg(QString::fromLatin1(DicomImage::getString(mono->getStatus())))));
    }
    if (options.maxDimension > 0)
        out = shrinkToFit(out, options.maxDimension);
    return DecodedImage{std::move(out), std::move(info)};
}

} // namespace cxrfair
