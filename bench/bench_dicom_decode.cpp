// Decode plus downscale of 2048 x 2048, 16-bit (12 stored) uncompressed DICOM on one core:
// cxrfair's path (DCMTK reads the file; cxrfair maps every stored value through the min-max
// window and area-averages to 224 in one pass, see imaging/monochromerender.h) against DCMTK
// used directly (DicomImage, min-max window, interpolated createScaledImage to 224), in the
// same run on the same files. Targets: at least 50 images/s, and at least DCMTK's rate.
//
//   bench_dicom_decode [--images 60] [--size 2048]

#include "benchutils.h"

#include "imaging/dicomdecoder.h"
#include "imaging/imagedecoder.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmimgle/dcmimage.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <cmath>
#include <memory>

using namespace cxrfair;

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int images =
        std::max(1, bench::option(args, QStringLiteral("images"), QStringLiteral("60")).toInt());
    const int size = bench::option(args, QStringLiteral("size"), QStringLiteral("2048")).toInt();
    QTextStream out(stdout);
    out << "cxrfair DICOM decode benchmark: " << size << "x" << size << " 16-bit uncompressed, "
        << images << " decodes, one thread\nmachine: " << bench::machineDescription() << "\n";

    // A few distinct files, decoded in turn (the page cache holds them, as it would in a run).
    QTemporaryDir dir;
    const int distinct = std::min(images, 8);
    QStringList files;
    for (int f = 0; f < distinct; ++f) {
        files << dir.filePath(QStringLiteral("img%1.dcm").arg(f));
        if (!bench::writeSyntheticDicom(files.back(), size, f, 1 + std::uint64_t(f))) {
            out << "cannot write the test files\n";
            return 1;
        }
        QFile warm(files.back());
        warm.open(QIODevice::ReadOnly);
        warm.readAll();
    }

    // cxrfair: read, window and shrink to fit 224.
    double start = bench::now();
    std::uint64_t checksum = 0;
    for (int i = 0; i < images; ++i) {
        const auto d = decodeImage(files[i % distinct], DecodeOptions{224});
        if (!d) {
            out << d.error().toString() << "\n";
            return 1;
        }
        checksum += d->image.pixels[1000];
    }
    const double ours = images / (bench::now() - start);

    // DCMTK alone, as its own tools would do it.
    ensureDicomCodecsRegistered();
    start = bench::now();
    for (int i = 0; i < images; ++i) {
        DicomImage image(QFile::encodeName(files[i % distinct]).constData());
        image.setMinMaxWindow(0);
        std::unique_ptr<DicomImage> scaled(
            image.createScaledImage(224UL, 224UL, 1 /* interpolate */));
        const auto* data = static_cast<const Uint16*>(scaled->getOutputData(16));
        checksum += data ? data[1000] : 0;
    }
    const double dcmtk = images / (bench::now() - start);

    out << "cxrfair (decode + window + area downscale to 224): " << QString::number(ours, 'f', 1)
        << " images/s\n";
    out << "DCMTK   (DicomImage + min-max + scaled to 224):    " << QString::number(dcmtk, 'f', 1)
        << " images/s\n";
    out << "ratio:  " << QString::number(ours / dcmtk, 'f', 2)
        << " of DCMTK's rate (target >= 1: " << (ours >= dcmtk ? "met" : "NOT met")
        << ");  target >= 50 images/s: " << (ours >= 50.0 ? "met" : "NOT met") << "   (checksum "
        << checksum % 1000 << ")\n";
    return 0;
}
