#include "imaging/preprocess.h"

#include <QJsonArray>
#include <QTest>

using namespace cxrfair;

namespace {
GrayImage constantImage(int w, int h, std::uint16_t value) {
    GrayImage g(w, h);
    std::fill(g.pixels.begin(), g.pixels.end(), value);
    return g;
}
} // namespace

class TestPreprocess : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void studyShapes() {
        const GrayImage image = constantImage(300, 200, 30000);
        PreprocessSpec chexzero; // shorter side 224, centre crop 224, 3 channels
        auto t = preprocess(image, chexzero);
        QVERIFY(t);
        QCOMPARE(t->channels, 3);
        QCOMPARE(t->height, 224);
        QCOMPARE(t->width, 224);
        QCOMPARE(t->data.size(), size_t(3 * 224 * 224));

        PreprocessSpec insight;
        insight.size = 480;
        insight.resize = ResizePolicy::Exact;
        insight.cropSize = 0;
        t = preprocess(image, insight);
        QCOMPARE(t->height, 480);
        QCOMPARE(t->width, 480);
        QCOMPARE(insight.outputSize().value(), std::pair(480, 480));

        PreprocessSpec free;
        free.cropSize = 0;
        QVERIFY(!free.outputSize());
        t = preprocess(image, free);
        QCOMPARE(t->height, 224);
        QCOMPARE(t->width, 336); // 224 * 300 / 200, truncated as torchvision does
    }

    void normalisation() {
        // A constant image stays constant through resampling, so every value is known exactly.
        const GrayImage image = constantImage(123, 77, 39321); // 0.6 of full scale
        PreprocessSpec spec;
        spec.mean = {0.48145466f, 0.4578275f, 0.40821073f};
        spec.std = {0.26862954f, 0.26130258f, 0.27577711f};
        const auto t = preprocess(image, spec);
        QVERIFY(t);
        for (int c = 0; c < 3; ++c) {
            const float expected = (0.6f - spec.mean[size_t(c)]) / spec.std[size_t(c)];
            for (int i = 0; i < 224 * 224; i += 97)
                QVERIFY(std::abs(t->data[size_t(c) * 224 * 224 + size_t(i)] - expected) < 1e-4f);
        }
        spec.scale = 255.0f;
        spec.mean = {127.5f, 127.5f, 127.5f};
        spec.std = {127.5f, 127.5f, 127.5f};
        const auto t255 = preprocess(image, spec);
        QVERIFY(std::abs(t255->data[0] - (0.6f * 255.0f - 127.5f) / 127.5f) < 1e-4f);
    }

    void padToSquare() {
        const GrayImage wide = constantImage(100, 50, 65535);
        PreprocessSpec spec;
        spec.padToSquare = true;
        spec.resize = ResizePolicy::Exact;
        spec.size = 100;
        spec.cropSize = 0;
        spec.channels = 1;
        const auto t = preprocess(wide, spec);
        QVERIFY(t);
        QCOMPARE(t->height, 100);
        for (int y = 0; y < 100; ++y) {
            const float v = t->data[size_t(y) * 100 + 50];
            QCOMPARE(v, (y >= 25 && y < 75) ? 1.0f : 0.0f);
        }
    }

    void centreCropMatchesTorchvision() {
        // Values are the column index, so the crop's offset shows.
        GrayImage image(10, 6);
        for (int y = 0; y < 6; ++y)
            for (int x = 0; x < 10; ++x)
                image.pixels[size_t(y) * 10 + size_t(x)] = std::uint16_t(x * 1000);
        PreprocessSpec spec;
        spec.size = 6; // the shorter side is already 6: no resampling
        spec.cropSize = 4;
        spec.channels = 1;
        const auto t = preprocess(image, spec);
        QVERIFY(t);
        // torchvision: left = round((10 - 4) / 2) = 3, top = round((6 - 4) / 2) = 1.
        for (int x = 0; x < 4; ++x)
            QVERIFY(std::abs(t->data[size_t(x)] - float((x + 3) * 1000) / 65535.0f) < 1e-6f);

        spec.cropSize = 8; // larger than the image's height: padded with black
        const auto padded = preprocess(image, spec);
        QCOMPARE(padded->data[0], 0.0f);
        QVERIFY(padded->data[size_t(1) * 8 + 1] > 0.0f);
    }

    void channelsAreCopies() {
        GrayImage image(40, 40);
        for (size_t i = 0; i < image.pixels.size(); ++i)
            image.pixels[i] = std::uint16_t(i * 37 % 65536);
        PreprocessSpec spec;
        spec.size = 20;
        spec.cropSize = 20;
        const auto t = preprocess(image, spec);
        for (int i = 0; i < 400; ++i) {
            QCOMPARE(t->data[size_t(i)], t->data[400 + size_t(i)]);
            QCOMPARE(t->data[size_t(i)], t->data[800 + size_t(i)]);
        }
    }

    void validationAndJson() {
        PreprocessSpec bad;
        bad.channels = 2;
        QVERIFY(!bad.validate());
        bad.channels = 3;
        bad.std[1] = 0.0f;
        QVERIFY(!preprocess(constantImage(4, 4, 0), bad));

        PreprocessSpec spec;
        spec.size = 512;
        spec.cropSize = 512;
        spec.interpolation = Interpolation::Bilinear;
        spec.channels = 1;
        spec.mean = {0.5f, 0.5f, 0.5f};
        const auto back = PreprocessSpec::fromJson(spec.toJson());
        QVERIFY(back);
        QVERIFY(*back == spec);
        QVERIFY(!PreprocessSpec::fromJson(QJsonObject{{"resize", "sideways"}}));
        const QJsonObject twoMeans{{"mean", QJsonArray{1.0, 2.0}}};
        QVERIFY(!PreprocessSpec::fromJson(twoMeans));
        QCOMPARE(PreprocessSpec::fromJson(QJsonObject{{"mean", 0.5}})->mean[2], 0.5f);
    }
};

QTEST_GUILESS_MAIN(TestPreprocess)
#include "test_preprocess.moc"
