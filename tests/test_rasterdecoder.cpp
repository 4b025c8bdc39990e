#include "imaging/imagedecoder.h"

#include "testsupport.h"

#include <QBuffer>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using namespace cxrfair;

class TestRasterDecoder : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void png8() {
        QImage image(40, 30, QImage::Format_Grayscale8);
        for (int y = 0; y < 30; ++y)
            for (int x = 0; x < 40; ++x)
                image.scanLine(y)[x] = uchar((x * 6 + y) % 256);
        const QString path = m_dir.filePath(QStringLiteral("a.png"));
        QVERIFY(image.save(path));
        const auto d = decodeImage(path);
        QVERIFY(d);
        QCOMPARE(d->info.format, QStringLiteral("png"));
        QCOMPARE(d->info.bitsStored, 8);
        for (int y = 0; y < 30; ++y)
            for (int x = 0; x < 40; ++x)
                QCOMPARE(d->image.at(x, y), std::uint16_t(image.constScanLine(y)[x] * 257));
        // And back to 8 bits unchanged.
        QCOMPARE(d->image.toQImage8(), image);
    }

    void png16() {
        QImage image(20, 10, QImage::Format_Grayscale16);
        for (int y = 0; y < 10; ++y)
            for (int x = 0; x < 20; ++x)
                reinterpret_cast<quint16*>(image.scanLine(y))[x] = quint16(x * 3000 + y * 7);
        const QString path = m_dir.filePath(QStringLiteral("b.png"));
        QVERIFY(image.save(path));
        const auto d = decodeImage(path);
        QVERIFY(d);
        QCOMPARE(d->info.bitsStored, 16);
        for (int y = 0; y < 10; ++y)
            for (int x = 0; x < 20; ++x)
                QCOMPARE(d->image.at(x, y), std::uint16_t(x * 3000 + y * 7));
    }

    void colourAndJpeg() {
        QImage rgb(16, 16, QImage::Format_RGB32);
        rgb.fill(QColor(255, 0, 0));
        QImage green(16, 16, QImage::Format_RGB32);
        green.fill(QColor(0, 255, 0));
        const QString r = m_dir.filePath(QStringLiteral("red.png")),
                      g = m_dir.filePath(QStringLiteral("green.jpg"));
        QVERIFY(rgb.save(r) && green.save(g, "JPEG", 95));
        const auto dr = decodeImage(r);
        const auto dg = decodeImage(g);
        QVERIFY(dr && dg);
        QCOMPARE(dg->info.format, QStringLiteral("jpeg"));
        QVERIFY(dg->image.at(8, 8) > dr->image.at(8, 8)); // green is brighter than red
    }

    void largeJpegThumbnail() {
        QImage big(1024, 768, QImage::Format_Grayscale8);
        big.fill(128);
        const QString path = m_dir.filePath(QStringLiteral("big.jpg"));
        QVERIFY(big.save(path, "JPEG"));
        const auto d = decodeImage(path, DecodeOptions{128});
        QVERIFY(d);
        QCOMPARE(d->image.width, 128);
        QCOMPARE(d->image.height, 96);
        QCOMPARE(d->info.columns, 1024);
        QVERIFY(std::abs(int(d->image.at(60, 40)) - 128 * 257) < 3 * 257);
    }

    void damagedFiles() {
        QImage image(64, 64, QImage::Format_Grayscale8);
        image.fill(7);
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(image.save(&buffer, "PNG"));
        const QString cut =
            test::writeFile(m_dir.path(), QStringLiteral("cut.png"), bytes.left(bytes.size() / 2));
        const auto d = decodeImage(cut);
        QVERIFY(!d);
        QCOMPARE(d.error().file, cut);
        const QString fake =
            test::writeFile(m_dir.path(), QStringLiteral("fake.png"), "plain text");
        const auto f = decodeImage(fake);
        QVERIFY(!f);
        QVERIFY(f.error().message.contains(QStringLiteral("DICOM, PNG or JPEG")));
    }
};

QTEST_GUILESS_MAIN(TestRasterDecoder)
#include "test_rasterdecoder.moc"
