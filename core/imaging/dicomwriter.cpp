#include "imaging/dicomwriter.h"

#include "imaging/dicomdecoder.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcpixel.h>
#include <dcmtk/dcmdata/dcpixseq.h>
#include <dcmtk/dcmdata/dcpxitem.h>
#include <dcmtk/dcmdata/dcrlerp.h>
#include <dcmtk/dcmdata/dcuid.h>
#include <dcmtk/dcmjpeg/djrplol.h>
#include <dcmtk/dcmjpeg/djrploss.h>
#include <dcmtk/dcmjpls/djrparam.h>

#include <QCryptographicHash>
#include <QFile>

#include <memory>

namespace cxrfair {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cxrfair::DicomWriter)
};

E_TransferSyntax toXfer(DicomSyntax syntax) {
    switch (syntax) {
    case DicomSyntax::ImplicitLittle:
        return EXS_LittleEndianImplicit;
    case DicomSyntax::ExplicitLittle:
        return EXS_LittleEndianExplicit;
    case DicomSyntax::ExplicitBig:
        return EXS_BigEndianExplicit;
    case DicomSyntax::JpegBaseline:
        return EXS_JPEGProcess1;
    case DicomSyntax::JpegExtended:
        return EXS_JPEGProcess2_4;
    case DicomSyntax::JpegLossless:
        return EXS_JPEGProcess14SV1;
    case DicomSyntax::JpegLsLossless:
        return EXS_JPEGLSLossless;
    case DicomSyntax::JpegLsNearLossless:
        return EXS_JPEGLSLossy;
    case DicomSyntax::Rle:
        return EXS_RLELossless;
    case DicomSyntax::Jpeg2000Lossless:
        break;
    }
    return EXS_JPEG2000LosslessOnly;
}

std::unique_ptr<DcmRepresentationParameter> representationFor(const DicomWriteSpec& spec) {
    switch (spec.syntax) {
    case DicomSyntax::JpegBaseline:
    case DicomSyntax::JpegExtended:
        return std::make_unique<DJ_RPLossy>(spec.lossyQuality);
    case DicomSyntax::JpegLossless:
        return std::make_unique<DJ_RPLossless>(1, 0);
    case DicomSyntax::JpegLsLossless:
        return std::make_unique<DJLSRepresentationParameter>(0, OFTrue);
    case DicomSyntax::JpegLsNearLossless:
        return std::make_unique<DJLSRepresentationParameter>(2, OFFalse);
    case DicomSyntax::Rle:
        return std::make_unique<DcmRLERepresentationParameter>();
    default:
        break;
    }
    return nullptr;
}

/// A UID under the 2.25 root (a UUID-derived number), stable for the same seed text.
QString derivedUid(const QString& seed) {
    const QByteArray digest = QCryptographicHash::hash(seed.toUtf8(), QCryptographicHash::Sha1);
    quint64 a = 0, b = 0;
    for (int i = 0; i < 8; ++i) {
        a = (a << 8) | quint8(digest[i]);
        b = (b << 8) | quint8(digest[8 + i]);
    }
    // 2.25.<decimal> must stay within 64 characters: two 19-digit halves fit.
    return QStringLiteral("2.25.%1%2")
        .arg(a % 10000000000000000000ULL)
        .arg(b % 1000000000000000000ULL, 18, 10, QLatin1Char('0'));
}

Error writeError(const QString& path, const QString& message) {
    return Error{ErrorCode::Io, message, path, -1, {}, path, {}};
}

} // namespace

Result<void> writeDicom(const QString& path, const DicomWriteSpec& spec) {
    ensureDicomCodecsRegistered();
    const size_t expected = size_t(spec.rows) * size_t(spec.columns) * size_t(spec.frames) *
                            size_t(spec.samplesPerPixel);
    if (spec.syntax != DicomSyntax::Jpeg2000Lossless && spec.pixels.size() != expected)
        return std::unexpected(
            writeError(path, Tr::tr("pixel count does not match rows x columns x frames")));

    DcmFileFormat file;
    DcmDataset* ds = file.getDataset();
    auto put = [&](const DcmTagKey& key, const QString& value) {
        if (!value.isEmpty())
            ds->putAndInsertString(key, value.toLatin1().constData());
    };
    const QString sop = spec.sopInstanceUid.isEmpty() ? derivedUid(QStringLiteral("sop:") + path)
                                                      : spec.sopInstanceUid;
    put(DCM_SOPClassUID, QString::fromLatin1(UID_DigitalXRayImageStorageForPresentation));
    put(DCM_SOPInstanceUID, sop);
    put(DCM_StudyInstanceUID, spec.studyInstanceUid.isEmpty()
                                  ? derivedUid(QStringLiteral("study:") + sop)
                                  : spec.studyInstanceUid);
    put(DCM_SeriesInstanceUID, spec.seriesInstanceUid.isEmpty()
                                   ? derivedUid(QStringLiteral("series:") + sop)
                                   : spec.seriesInstanceUid);
    put(DCM_Modality, QStringLiteral("DX"));
    put(DCM_PatientID, spec.patientId);
    put(DCM_PatientName, spec.patientName);
    put(DCM_PatientBirthDate, spec.patientBirthDate);
    put(DCM_PatientSex, spec.patientSex);
    put(DCM_StudyDate, spec.studyDate);
    put(DCM_ViewPosition, spec.viewPosition);
    put(DCM_PhotometricInterpretation, spec.photometric);
    ds->putAndInsertUint16(DCM_SamplesPerPixel, Uint16(spec.samplesPerPixel));
    ds->putAndInsertUint16(DCM_Rows, Uint16(spec.rows));
    ds->putAndInsertUint16(DCM_Columns, Uint16(spec.columns));
    ds->putAndInsertUint16(DCM_BitsAllocated, Uint16(spec.bitsAllocated));
    ds->putAndInsertUint16(DCM_BitsStored, Uint16(spec.bitsStored));
    ds->putAndInsertUint16(DCM_HighBit, Uint16(spec.bitsStored - 1));
    ds->putAndInsertUint16(DCM_PixelRepresentation, spec.isSigned ? 1 : 0);
    if (spec.samplesPerPixel > 1)
        ds->putAndInsertUint16(DCM_PlanarConfiguration, 0);
    if (spec.frames > 1)
        put(DCM_NumberOfFrames, QString::number(spec.frames));
    if (spec.rescale) {
        put(DCM_RescaleSlope, QString::number(spec.rescale->first, 'g', 10));
        put(DCM_RescaleIntercept, QString::number(spec.rescale->second, 'g', 10));
    }
    if (!spec.windows.empty()) {
        QStringList centers, widths;
        for (const auto& [c, w] : spec.windows) {
            centers << QString::number(c, 'g', 10);
            widths << QString::number(w, 'g', 10);
        }
        put(DCM_WindowCenter, centers.join(QLatin1Char('\\')));
        put(DCM_WindowWidth, widths.join(QLatin1Char('\\')));
    }
    if (!spec.voiLut.empty()) {
        DcmItem* item = nullptr;
        if (ds->findOrCreateSequenceItem(DCM_VOILUTSequence, item, -2).good() && item) {
            const Uint16 descriptor[3] = {
                Uint16(spec.voiLut.size() == 65536 ? 0 : spec.voiLut.size()),
                Uint16(spec.voiLutFirstMapped), Uint16(spec.voiLutBits)};
            item->putAndInsertUint16Array(DCM_LUTDescriptor, descriptor, 3);
            item->putAndInsertUint16Array(DCM_LUTData, spec.voiLut.data(),
                                          unsigned(spec.voiLut.size()));
            item->putAndInsertString(DCM_LUTExplanation, "SYNTHETIC");
        }
    }

    const E_TransferSyntax target = toXfer(spec.syntax);
    if (spec.syntax == DicomSyntax::Jpeg2000Lossless) {
        auto* pixelData = new DcmPixelData(DCM_PixelData);
        auto* sequence = new DcmPixelSequence(DCM_PixelSequenceTag);
        sequence->insert(new DcmPixelItem(DCM_PixelItemTag)); // empty basic offset table
        auto* fragment = new DcmPixelItem(DCM_PixelItemTag);
        QByteArray bytes = spec.encapsulated;
        if (bytes.size() % 2)
            bytes.append('\0');
        fragment->putUint8Array(reinterpret_cast<const Uint8*>(bytes.constData()),
                                unsigned(bytes.size()));
        sequence->insert(fragment);
        pixelData->putOriginalRepresentation(target, nullptr, sequence);
        ds->insert(pixelData, OFTrue);
    } else if (spec.bitsAllocated <= 8) {
        std::vector<Uint8> bytes(spec.pixels.size());
        for (size_t i = 0; i < bytes.size(); ++i)
            bytes[i] = Uint8(spec.pixels[i]);
        ds->putAndInsertUint8Array(DCM_PixelData, bytes.data(), unsigned(bytes.size()));
    } else {
        std::vector<Uint16> words(spec.pixels.size());
        for (size_t i = 0; i < words.size(); ++i)
            words[i] = Uint16(spec.pixels[i] & 0xFFFF);
        ds->putAndInsertUint16Array(DCM_PixelData, words.data(), unsigned(words.size()));
    }

    if (auto parameter = representationFor(spec)) {
        const OFCondition chosen = ds->chooseRepresentation(target, parameter.get());
        if (chosen.bad() || !ds->canWriteXfer(target)) {
            return std::unexpected(
                writeError(path, Tr::tr("DCMTK cannot compress this image as %1 (%2)")
                                     .arg(QString::fromLatin1(DcmXfer(target).getXferName()),
                                          QString::fromLatin1(chosen.text()))));
        }
    }
    const OFCondition saved = file.saveFile(QFile::encodeName(path).constData(), target);
    if (saved.bad())
        return std::unexpected(writeError(
            path,
            Tr::tr("cannot write the DICOM file (%1)").arg(QString::fromLatin1(saved.text()))));
    return {};
}

} // namespace cxrfair
