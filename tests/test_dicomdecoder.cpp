#include "imaging/dicomdecoder.h"
#include "imaging/dicomwriter.h"
#include "imaging/imagedecoder.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmimgle/dcmimage.h>

#include "testsupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace cxrfair;

namespace {

/// A horizontal ramp with a vertical modulation, covering [lo, hi] exactly.
std::vector<std::int32_t> ramp(int rows, int cols, int lo, int hi) {
    std::vector<std::int32_t> v(size_t(rows) * size_t(cols));
    for (int y = 0; y < rows; ++y) {
        for (int x = 0; x < cols; ++x) {
            const double t = (double(x) / (cols - 1)) * 0.8 + (double(y) / (rows - 1)) * 0.2;
            v[size_t(y) * size_t(cols) + size_t(x)] = lo + int(std::lround(t * (hi - lo)));
        }
    }
    return v;
}

DicomWriteSpec baseSpec(int bits = 12, int bitsAllocated = 16) {
    DicomWriteSpec s;
    s.rows = 48;
    s.columns = 64;
    s.bitsAllocated = bitsAllocated;
    s.bitsStored = bits;
    s.pixels = ramp(s.rows, s.columns, 0, (1 << bits) - 1);
    s.patientName = QStringLiteral("Test^Fixture");
    return s;
}

/// What DCMTK itself renders of the file's first frame: the file's first window, else its
/// min-max window, 16 bits.
GrayImage dcmtkRendering(const QString& path) {
    ensureDicomCodecsRegistered();
    DicomImage image(QFile::encodeName(path).constData(), CIF_UsePartialAccessToPixelData, 0, 1);
    if (image.getStatus() != EIS_Normal)
        return {};
    if (image.getWindowCount() > 0)
        image.setWindow(0);
    else
        image.setMinMaxWindow(0);
    GrayImage out(int(image.getWidth()), int(image.getHeight()));
    if (!image.getOutputData(out.pixels.data(), out.pixels.size() * 2, 16, 0))
        return {};
    return out;
}

int maxAbsDifference(const GrayImage& a, const GrayImage& b) {
    int worst = 0;
    for (size_t i = 0; i < a.pixels.size(); ++i)
        worst = std::max(worst, std::abs(int(a.pixels[i]) - int(b.pixels[i])));
    return worst;
}

double meanAbsDifference(const GrayImage& a, const GrayImage& b) {
    double sum = 0;
    for (size_t i = 0; i < a.pixels.size(); ++i)
        sum += std::abs(double(a.pixels[i]) - double(b.pixels[i]));
    return sum / double(a.pixels.size());
}

} // namespace

class TestDicomDecoder : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    QString write(const DicomWriteSpec& spec) {
        const QString path = m_dir.filePath(QStringLiteral("f%1.dcm").arg(++m_counter));
        const auto ok = writeDicom(path, spec);
        if (!ok)
            qFatal("cannot write fixture: %s", qPrintable(ok.error().toString()));
        return path;
    }

    DecodedImage decode(const QString& path) {
        auto d = decodeImage(path);
        if (!d)
            qFatal("decode failed: %s", qPrintable(d.error().toString()));
        return std::move(*d);
    }

private Q_SLOTS:
    void losslessSyntaxesAgree_data() {
        QTest::addColumn<int>("syntax");
        QTest::addColumn<QString>("uid");
        QTest::newRow("implicit little") << int(DicomSyntax::ImplicitLittle) << "1.2.840.10008.1.2";
        QTest::newRow("explicit little")
            << int(DicomSyntax::ExplicitLittle) << "1.2.840.10008.1.2.1";
        QTest::newRow("explicit big") << int(DicomSyntax::ExplicitBig) << "1.2.840.10008.1.2.2";
        QTest::newRow("jpeg lossless")
            << int(DicomSyntax::JpegLossless) << "1.2.840.10008.1.2.4.70";
        QTest::newRow("jpeg-ls lossless")
            << int(DicomSyntax::JpegLsLossless) << "1.2.840.10008.1.2.4.80";
        QTest::newRow("rle") << int(DicomSyntax::Rle) << "1.2.840.10008.1.2.5";
    }
    void losslessSyntaxesAgree() {
        QFETCH(int, syntax);
        QFETCH(QString, uid);
        DicomWriteSpec spec = baseSpec();
        const DecodedImage reference = decode(write(spec));
        spec.syntax = DicomSyntax(syntax);
        const DecodedImage decoded = decode(write(spec));
        QCOMPARE(decoded.info.transferSyntaxUid, uid);
        QCOMPARE(decoded.info.rows, 48);
        QCOMPARE(decoded.info.columns, 64);
        QCOMPARE(decoded.info.bitsStored, 12);
        QCOMPARE(decoded.info.photometric, QStringLiteral("MONOCHROME2"));
        QVERIFY(decoded.image.pixels == reference.image.pixels);
    }

    void minMaxWindowSpansTheOutput() {
        const DicomWriteSpec spec = baseSpec();
        const DecodedImage d = decode(write(spec));
        QCOMPARE(d.info.windowSource, QStringLiteral("min-max"));
        QCOMPARE(d.image.width, 64);
        QCOMPARE(d.image.height, 48);
        QCOMPARE(d.image.at(0, 0), std::uint16_t(0));       // minimum stored value
        QCOMPARE(d.image.at(63, 47), std::uint16_t(65535)); // maximum
        for (size_t i = 0; i < spec.pixels.size(); ++i) {
            // Linear in the stored value, within rounding.
            const double expected = double(spec.pixels[i]) / 4095.0 * 65535.0;
            QVERIFY(std::abs(double(d.image.pixels[i]) - expected) <= 20.0);
        }
    }

    void monochrome1IsInverted() {
        DicomWriteSpec spec = baseSpec();
        const DecodedImage normal = decode(write(spec));
        spec.photometric = QStringLiteral("MONOCHROME1");
        const DecodedImage inverted = decode(write(spec));
        QCOMPARE(inverted.info.photometric, QStringLiteral("MONOCHROME1"));
        for (size_t i = 0; i < normal.image.pixels.size(); ++i)
            QVERIFY(std::abs(int(normal.image.pixels[i]) + int(inverted.image.pixels[i]) - 65535) <=
                    1);
    }

    void windowFromTheFile() {
        DicomWriteSpec spec = baseSpec();
        spec.windows = {{1000.0, 500.0}, {2000.0, 4000.0}};
        const DecodedImage d = decode(write(spec));
        QVERIFY(d.info.windowSource.contains(QStringLiteral("1 of 2")));
        QCOMPARE(d.info.windowCenter, 1000.0);
        QCOMPARE(d.info.windowWidth, 500.0);
        for (size_t i = 0; i < spec.pixels.size(); ++i) {
            const int v = spec.pixels[i];
            if (v < 740)
                QCOMPARE(d.image.pixels[i], std::uint16_t(0));
            else if (v > 1260)
                QCOMPARE(d.image.pixels[i], std::uint16_t(65535));
            else if (std::abs(v - 1000) < 3)
                QVERIFY(std::abs(int(d.image.pixels[i]) - 32767) < 900);
        }
    }

    void rescaleBeforeWindow() {
        // Stored 0..2000 with slope 2, intercept -1000: modality values -1000..3000.
        DicomWriteSpec spec = baseSpec();
        spec.pixels = ramp(spec.rows, spec.columns, 0, 2000);
        spec.rescale = {{2.0, -1000.0}};
        spec.windows = {{0.0, 2000.0}};
        const DecodedImage d = decode(write(spec));
        QCOMPARE(d.info.rescaleSlope, 2.0);
        QCOMPARE(d.info.rescaleIntercept, -1000.0);
        for (size_t i = 0; i < spec.pixels.size(); ++i) {
            const double modality = spec.pixels[i] * 2.0 - 1000.0;
            if (modality <= -1000.0)
                QCOMPARE(d.image.pixels[i], std::uint16_t(0));
            if (modality >= 1000.0)
                QCOMPARE(d.image.pixels[i], std::uint16_t(65535));
            if (std::abs(modality) < 2.0)
                QVERIFY(std::abs(int(d.image.pixels[i]) - 32767) < 200);
        }
    }

    void voiLut() {
        DicomWriteSpec spec = baseSpec();
        spec.voiLut.resize(4096);
        for (int i = 0; i < 4096; ++i)
            spec.voiLut[size_t(i)] = std::uint16_t(65535 - i * 16); // an inverting LUT
        const DecodedImage d = decode(write(spec));
        QVERIFY(d.info.windowSource.startsWith(QStringLiteral("VOI LUT")));
        QVERIFY(d.image.at(0, 0) > 60000);
        QVERIFY(d.image.at(63, 47) < 5000);
        for (int x = 1; x < 64; ++x)
            QVERIFY(d.image.at(x, 10) <= d.image.at(x - 1, 10));
    }

    void depthsAndSignedness_data() {
        QTest::addColumn<int>("allocated");
        QTest::addColumn<int>("stored");
        QTest::addColumn<bool>("isSigned");
        QTest::addColumn<int>("lo");
        QTest::addColumn<int>("hi");
        QTest::newRow("8 bit") << 8 << 8 << false << 0 << 255;
        QTest::newRow("10 bit") << 16 << 10 << false << 0 << 1023;
        QTest::newRow("16 bit") << 16 << 16 << false << 0 << 65535;
        QTest::newRow("12 bit signed") << 16 << 12 << true << -2048 << 2047;
        QTest::newRow("16 bit signed") << 16 << 16 << true << -32768 << 32767;
    }
    void depthsAndSignedness() {
        QFETCH(int, allocated);
        QFETCH(int, stored);
        QFETCH(bool, isSigned);
        QFETCH(int, lo);
        QFETCH(int, hi);
        DicomWriteSpec spec = baseSpec(stored, allocated);
        spec.isSigned = isSigned;
        spec.pixels = ramp(spec.rows, spec.columns, lo, hi);
        const DecodedImage d = decode(write(spec));
        QCOMPARE(d.info.bitsAllocated, allocated);
        QCOMPARE(d.info.isSigned, isSigned);
        QCOMPARE(d.image.at(0, 0), std::uint16_t(0));
        QCOMPARE(d.image.at(63, 47), std::uint16_t(65535));
        for (int x = 1; x < 64; ++x)
            QVERIFY(d.image.at(x, 20) >= d.image.at(x - 1, 20));
    }

    void multiFrameGivesTheFirstFrame() {
        DicomWriteSpec spec = baseSpec();
        spec.frames = 2;
        std::vector<std::int32_t> second = spec.pixels;
        for (std::int32_t& v : second)
            v = 4095 - v;
        spec.pixels.insert(spec.pixels.end(), second.begin(), second.end());
        const DecodedImage d = decode(write(spec));
        QCOMPARE(d.info.frames, 2);
        QVERIFY(d.image.at(0, 0) <
                d.image.at(63, 47)); // the first frame's ramp, not the inverted second
        QVERIFY(d.image.pixels == decode(write(baseSpec())).image.pixels);
    }

    void lossyJpegIsClose_data() {
        QTest::addColumn<int>("syntax");
        QTest::addColumn<int>("bits");
        QTest::newRow("baseline 8 bit") << int(DicomSyntax::JpegBaseline) << 8;
        QTest::newRow("extended 12 bit") << int(DicomSyntax::JpegExtended) << 12;
        QTest::newRow("jpeg-ls near lossless") << int(DicomSyntax::JpegLsNearLossless) << 12;
    }
    void lossyJpegIsClose() {
        QFETCH(int, syntax);
        QFETCH(int, bits);
        DicomWriteSpec spec = baseSpec(bits, bits == 8 ? 8 : 16);
        const DecodedImage reference = decode(write(spec));
        spec.syntax = DicomSyntax(syntax);
        const DecodedImage lossy = decode(write(spec));
        QVERIFY(lossy.info.transferSyntaxUid.startsWith(QStringLiteral("1.2.840.10008.1.2.4.")));
        QVERIFY2(meanAbsDifference(lossy.image, reference.image) < 0.01 * 65535,
                 qPrintable(QString::number(meanAbsDifference(lossy.image, reference.image))));
    }

    void colourBecomesLuminance() {
        DicomWriteSpec spec = baseSpec(8, 8);
        spec.samplesPerPixel = 3;
        spec.photometric = QStringLiteral("RGB");
        spec.pixels.clear();
        for (int i = 0; i < spec.rows * spec.columns; ++i) {
            spec.pixels.push_back(200);              // R
            spec.pixels.push_back(i % 2 ? 50 : 100); // G
            spec.pixels.push_back(10);               // B
        }
        spec.windows = {{127.5, 256.0}};
        const DecodedImage d = decode(write(spec));
        QVERIFY(d.image.at(0, 0) > d.image.at(1, 0)); // more green, brighter
    }

    void jpeg2000IsUnsupported() {
        DicomWriteSpec spec = baseSpec();
        spec.syntax = DicomSyntax::Jpeg2000Lossless;
        spec.encapsulated = QByteArray("\xFF\x4F\xFF\x51 not really a codestream");
        const QString path = write(spec);
        const auto d = decodeImage(path);
        QVERIFY(!d);
        QCOMPARE(d.error().code, ErrorCode::Unsupported);
        QCOMPARE(d.error().file, path);
        QVERIFY(d.error().message.contains(QStringLiteral("JPEG 2000")));
    }

    void truncatedAndForeignFiles() {
        const QString good = write(baseSpec());
        QFile file(good);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        for (const qsizetype keep :
             {bytes.size() - 100, bytes.size() / 2, qsizetype(400), qsizetype(140)}) {
            const QString cut = test::writeFile(m_dir.path(), QStringLiteral("cut%1.dcm").arg(keep),
                                                bytes.left(keep));
            const auto d = decodeImage(cut);
            QVERIFY2(!d, qPrintable(QStringLiteral("kept %1 bytes").arg(keep)));
            QCOMPARE(d.error().file, cut);
        }
        DicomWriteSpec jpeg = baseSpec();
        jpeg.syntax = DicomSyntax::JpegLossless;
        QFile jpegFile(write(jpeg));
        QVERIFY(jpegFile.open(QIODevice::ReadOnly));
        const QByteArray jpegBytes = jpegFile.readAll();
        const QString cutJpeg = test::writeFile(m_dir.path(), QStringLiteral("cutjpeg.dcm"),
                                                jpegBytes.left(jpegBytes.size() - 600));
        QVERIFY(!decodeImage(cutJpeg));

        const QString text =
            test::writeFile(m_dir.path(), QStringLiteral("notes.dcm"), "this is not an image\n");
        const auto t = decodeImage(text);
        QVERIFY(!t);
        QCOMPARE(t.error().file, text);
        const QString empty =
            test::writeFile(m_dir.path(), QStringLiteral("empty.dcm"), QByteArray());
        QVERIFY(!decodeImage(empty));
        QVERIFY(!decodeImage(m_dir.filePath(QStringLiteral("absent.dcm"))));
        const QString garbage =
            test::writeFile(m_dir.path(), QStringLiteral("garbage.dcm"),
                            QByteArray(128, 'x') + "DICM" + QByteArray(500, '\xff'));
        QVERIFY(!decodeImage(garbage));
    }

    // Plain monochrome images are rendered by cxrfair, the linear VOI function in DCMTK's
    // arithmetic: the same values as DCMTK's own rendering, at full size, for every depth,
    // sign, rescale, window and polarity; shrunk, the same as shrinking DCMTK's rendering.
    void renderingAgreesWithDcmtk_data() {
        QTest::addColumn<int>("allocated");
        QTest::addColumn<int>("stored");
        QTest::addColumn<bool>("isSigned");
        QTest::addColumn<QString>("photometric");
        QTest::addColumn<double>("slope");
        QTest::addColumn<double>("intercept");
        QTest::addColumn<double>("center"); // 0: no window in the file
        QTest::addColumn<double>("width");
        QTest::addColumn<int>("syntax");
        QTest::newRow("12 bit min-max") << 16 << 12 << false << "MONOCHROME2" << 1.0 << 0.0 << 0.0
                                        << 0.0 << int(DicomSyntax::ExplicitLittle);
        QTest::newRow("12 bit window") << 16 << 12 << false << "MONOCHROME2" << 1.0 << 0.0 << 1000.0
                                       << 501.0 << int(DicomSyntax::ExplicitLittle);
        QTest::newRow("8 bit") << 8 << 8 << false << "MONOCHROME2" << 1.0 << 0.0 << 0.0 << 0.0
                               << int(DicomSyntax::ExplicitLittle);
        QTest::newRow("10 bit inverted") << 16 << 10 << false << "MONOCHROME1" << 1.0 << 0.0 << 0.0
                                         << 0.0 << int(DicomSyntax::ExplicitLittle);
        QTest::newRow("16 bit") << 16 << 16 << false << "MONOCHROME2" << 1.0 << 0.0 << 0.0 << 0.0
                                << int(DicomSyntax::ExplicitLittle);
        QTest::newRow("12 bit signed, rescaled")
            << 16 << 12 << true << "MONOCHROME2" << 2.0 << -1000.0 << 0.0 << 0.0
            << int(DicomSyntax::ExplicitLittle);
        QTest::newRow("16 bit signed, window")
            << 16 << 16 << true << "MONOCHROME2" << 1.0 << 0.0 << -200.0 << 3000.0
            << int(DicomSyntax::ExplicitLittle);
        QTest::newRow("big endian, inverted window")
            << 16 << 12 << false << "MONOCHROME1" << 1.0 << -24.0 << 2000.0 << 1200.0
            << int(DicomSyntax::ExplicitBig);
        QTest::newRow("RLE") << 16 << 12 << false << "MONOCHROME2" << 1.0 << 0.0 << 0.0 << 0.0
                             << int(DicomSyntax::Rle);
        QTest::newRow("JPEG-LS") << 16 << 12 << false << "MONOCHROME2" << 1.0 << 0.0 << 0.0 << 0.0
                                 << int(DicomSyntax::JpegLsLossless);
    }
    void renderingAgreesWithDcmtk() {
        QFETCH(int, allocated);
        QFETCH(int, stored);
        QFETCH(bool, isSigned);
        QFETCH(QString, photometric);
        QFETCH(double, slope);
        QFETCH(double, intercept);
        QFETCH(double, center);
        QFETCH(double, width);
        QFETCH(int, syntax);
        DicomWriteSpec spec = baseSpec(stored, allocated);
        spec.rows = 300;
        spec.columns = 257;
        spec.isSigned = isSigned;
        const int lo = isSigned ? -(1 << (stored - 1)) : 0;
        const int hi = isSigned ? (1 << (stored - 1)) - 1 : (1 << stored) - 1;
        // Not a smooth ramp: neighbours differ, so that shrinking has something to average.
        spec.pixels.resize(size_t(spec.rows) * size_t(spec.columns));
        for (size_t i = 0; i < spec.pixels.size(); ++i)
            spec.pixels[i] = lo + int((i * 2654435761u) % std::uint64_t(hi - lo + 1));
        spec.photometric = photometric;
        if (slope != 1.0 || intercept != 0.0)
            spec.rescale = std::pair{slope, intercept};
        if (width > 0)
            spec.windows = {{center, width}};
        spec.syntax = DicomSyntax(syntax);
        const QString path = write(spec);
        const GrayImage reference = dcmtkRendering(path);
        QVERIFY(!reference.isNull());
        const DecodedImage full = decode(path);
        QCOMPARE(full.image.width, reference.width);
        QCOMPARE(full.image.height, reference.height);
        QCOMPARE(maxAbsDifference(full.image, reference), 0);
        // Shrunk while mapped: the area filter of shrinkToFit, within float rounding.
        auto small = decodeImage(path, DecodeOptions{64});
        QVERIFY(small.has_value());
        const GrayImage expected = shrinkToFit(reference, 64);
        QCOMPARE(small->image.width, expected.width);
        QCOMPARE(small->image.height, expected.height);
        QVERIFY2(maxAbsDifference(small->image, expected) <= 1,
                 qPrintable(QString::number(maxAbsDifference(small->image, expected))));
        QVERIFY(meanAbsDifference(small->image, expected) < 0.5);
    }

    void thumbnails() {
        DicomWriteSpec spec = baseSpec();
        spec.rows = 200;
        spec.columns = 256;
        spec.pixels = ramp(spec.rows, spec.columns, 0, 4095);
        const auto d = decodeImage(write(spec), DecodeOptions{64});
        QVERIFY(d);
        QCOMPARE(d->image.width, 64);
        QCOMPARE(d->image.height, 50);
        QCOMPARE(d->info.rows, 200); // the info describes the file
    }

    void noPatientDataInInfo() {
        const DecodedImage d = decode(write(baseSpec()));
        const QByteArray json = QJsonDocument(d.info.toJson()).toJson();
        QVERIFY(!json.contains("Test^Fixture"));
    }
};

QTEST_GUILESS_MAIN(TestDicomDecoder)
#include "test_dicomdecoder.moc"
