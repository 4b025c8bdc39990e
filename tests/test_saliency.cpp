// cxrfair-cli saliency on tiny TorchScript bundles: the occlusion map against the encoder run
// one occluded input at a time, the gradient map against finite differences, the overlay, and
// every error the command names.
#include "modelfixtures.h"
#include "testsupport.h"

#include "common/random.h"
#include "data/cohortloader.h"
#include "demo/demogenerator.h"
#include "demo/devicetruth.h"
#include "embedding/npy.h"
#include "imaging/imagedecoder.h"
#include "imaging/preprocess.h"
#include "inference/zeroshot.h"
#include "models/modelbundle.h"
#include "models/modelencoder.h"
#include "robustness/regionattribution.h"
#include "robustness/saliency.h"

#include <QImage>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace cxrfair;
using namespace cxrfair::test;

class TestSaliency : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_bundle;
    QString m_image;
    std::unique_ptr<ModelEncoder> m_encoder;
    ChwTensor m_input;
    std::vector<float> m_positive, m_negative;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    /// The study's zero-shot score of Pneumothorax for one input, as the scorer computes it.
    double score(const std::vector<float>& pixels) {
        auto v = m_encoder->encodeImages(pixels.data(), 1, m_input.channels, m_input.height,
                                         m_input.width);
        if (!v)
            return NAN;
        return zeroShotScores(*v, m_encoder->bundle().normalizeImage, m_positive, m_negative,
                              m_encoder->bundle().logitScale)
            .front();
    }

    void expectFailure(const QStringList& arguments, const char* fragment) {
        expectOneLineCliError(QStringList{"saliency"} + arguments, fragment);
    }

private Q_SLOTS:
    void initTestCase() {
        m_bundle = writeTinyBundle(QDir(m_dir.path()), QStringLiteral("tiny"));
        m_image = writeTestImages(QDir(m_dir.path()), 1).front();
        auto bundle = readModelBundle(m_bundle);
        QVERIFY(bundle.has_value());
        InferenceSettings cpu;
        cpu.device = DeviceChoice::Cpu;
        auto encoder = ModelEncoder::open(*bundle, cpu);
        QVERIFY2(encoder.has_value(), qPrintable(encoder ? QString() : encoder.error().toString()));
        m_encoder = std::move(*encoder);
        auto decoded = decodeImage(m_image);
        QVERIFY(decoded.has_value());
        auto input = preprocess(decoded->image, bundle->preprocess);
        QVERIFY(input.has_value());
        m_input = *input;
        QCOMPARE(m_input.width, 8);
        TextEmbeddingCache texts(*m_encoder);
        auto positive = texts.ensemble({QStringLiteral("Chest Pneumothorax")});
        auto negative = texts.ensemble({QStringLiteral("Chest No findings")});
        QVERIFY(positive.has_value() && negative.has_value());
        m_positive = *positive;
        m_negative = *negative;
    }

    void occlusionIsTheScoreDropOfEachOccludedInput() {
        const ProcessResult r =
            runCli({"saliency", "--model", m_bundle, "--image", m_image, "--condition",
                    "Pneumothorax", "--patch", "4", "--stride", "2", "--out", path("map.npy"),
                    "--overlay", path("overlay.png"), "--device", "cpu"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        auto map = readNpy(path("map.npy"));
        QVERIFY(map.has_value());
        // Corners on 0, 2, 4 while a 4-pixel patch fits in 8: 3 x 3.
        QCOMPARE(map->rows, std::int64_t(3));
        QCOMPARE(map->cols, std::int64_t(3));
        const double base = score(m_input.data);
        bool anyNonZero = false;
        for (int i = 0; i < 3; ++i)
            for (int j = 0; j < 3; ++j) {
                std::vector<float> occluded = m_input.data;
                for (int y = i * 2; y < i * 2 + 4; ++y)
                    for (int x = j * 2; x < j * 2 + 4; ++x)
                        occluded[size_t(y * 8 + x)] = 0.0f;
                const double expected = base - score(occluded);
                const float got = map->data[size_t(i * 3 + j)];
                QVERIFY2(
                    std::abs(double(got) - expected) < 1e-5,
                    qPrintable(
                        QStringLiteral("%1 %2: %3 vs %4").arg(i).arg(j).arg(got).arg(expected)));
                anyNonZero = anyNonZero || std::abs(expected) > 1e-4;
            }
        QVERIFY(anyNonZero);
        QVERIFY(r.out.contains("score"));
        const QImage overlay(path("overlay.png"));
        QVERIFY(!overlay.isNull());
        QVERIFY(overlay.width() > overlay.height()); // the colour bar beside the image
    }

    void gradientTimesInputMatchesFiniteDifferences() {
        const ProcessResult r =
            runCli({"saliency", "--model", m_bundle, "--image", m_image, "--condition",
                    "Pneumothorax", "--method", "gradient", "--out", path("grad.npy")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        auto map = readNpy(path("grad.npy"));
        QVERIFY(map.has_value());
        QCOMPARE(map->rows, std::int64_t(8));
        QCOMPARE(map->cols, std::int64_t(8));
        // The logit is T (v.t+ - v.t-) = logit(score): a central difference per pixel.
        auto logit = [&](const std::vector<float>& pixels) {
            const double s = score(pixels);
            return std::log(s / (1.0 - s));
        };
        const double h = 1e-2;
        for (int k = 0; k < 64; k += 5) {
            std::vector<float> up = m_input.data, down = m_input.data;
            up[size_t(k)] += float(h);
            down[size_t(k)] -= float(h);
            const double expected =
                (logit(up) - logit(down)) / (2.0 * h) * double(m_input.data[size_t(k)]);
            QVERIFY2(std::abs(double(map->data[size_t(k)]) - expected) <
                         2e-3 * std::max(1.0, std::abs(expected)),
                     qPrintable(QStringLiteral("pixel %1: %2 vs %3")
                                    .arg(k)
                                    .arg(map->data[size_t(k)])
                                    .arg(expected)));
        }
    }

    void theDemoModelLooksAtTheDrain() {
        // Drained pneumothoraces of the demo: the occlusion map of the demo model puts more of
        // its positive attribution inside the drain's mask than the mask's share of the image.
        auto demo = smallDemo(path(QStringLiteral("demo")), 700, 600);
        QVERIFY2(demo.has_value(), qPrintable(demo ? QString() : demo.error().toString()));
        auto masks = readDemoDrainMasks(demo->nihRoot);
        QVERIFY2(masks.has_value(), qPrintable(masks ? QString() : masks.error().toString()));
        auto cohort = loadCohort(DatasetSource{DatasetFormat::Nih, demo->nihRoot}, {});
        QVERIFY(cohort.has_value());
        const int ptx = cohort->conditionIndex(QStringLiteral("Pneumothorax"));
        QVERIFY(ptx >= 0);
        std::vector<double> excess; // share inside the mask minus the mask's area share
        double meanShare = 0.0, meanArea = 0.0;
        for (size_t i = 0; i < cohort->size(); ++i) {
            const auto mask = masks->constFind(cohort->sampleId(i));
            if (mask == masks->constEnd() || cohort->label(ptx, i) != 1)
                continue;
            SaliencyRequest request;
            request.bundlePath = demo->modelPath;
            request.imagePath = cohort->imagePath(i);
            request.condition = QStringLiteral("Pneumothorax");
            request.settings.device = DeviceChoice::Cpu;
            auto map = computeSaliency(request);
            QVERIFY2(map.has_value(), qPrintable(map ? QString() : map.error().toString()));
            // The mask in the input's geometry.
            const std::vector<std::uint8_t> inside = maskAtInput(*map, QImage(*mask));
            double area = 0.0;
            for (std::uint8_t v : inside)
                area += v;
            area /= double(inside.size());
            QVERIFY(area > 0.0);
            const auto share = positiveShareInside(*map, inside);
            QVERIFY(share.has_value());
            excess.push_back(*share - area);
            meanShare += *share;
            meanArea += area;
        }
        QVERIFY2(excess.size() >= 15, qPrintable(QString::number(excess.size())));
        meanShare /= double(excess.size());
        meanArea /= double(excess.size());
        // A percentile bootstrap over the images of the mean excess.
        Random random(2025);
        std::vector<double> means;
        for (int b = 0; b < 2000; ++b) {
            double sum = 0.0;
            for (size_t k = 0; k < excess.size(); ++k)
                sum += excess[size_t(random.integer(0, int(excess.size()) - 1))];
            means.push_back(sum / double(excess.size()));
        }
        std::sort(means.begin(), means.end());
        const double low = means[size_t(0.025 * double(means.size()))];
        qInfo("%zu drained pneumothoraces: positive attribution inside the drain %.4f, drain "
              "area %.4f, excess 95%% interval from %.4f to %.4f",
              excess.size(), meanShare, meanArea, low, means[size_t(0.975 * double(means.size()))]);
        QVERIFY2(low > 0.0, "the interval includes the drain's area share");
    }

    void aMaskFollowsTheResizeAndTheCrop() {
        // An 8 x 4 image, shorter side to 4 (scale 1) and a centre crop of 4: the input shows
        // columns 2 to 5. A mask of the left half (columns 0 to 3) covers input columns 0 and 1.
        SaliencyMap map;
        map.preprocess.size = 4;
        map.preprocess.resize = ResizePolicy::ShorterSide;
        map.preprocess.cropSize = 4;
        map.input.width = 4;
        map.input.height = 4;
        QImage mask(8, 4, QImage::Format_Grayscale8);
        mask.fill(0);
        for (int y = 0; y < 4; ++y)
            for (int x = 0; x < 4; ++x)
                mask.scanLine(y)[x] = 255;
        const std::vector<std::uint8_t> inside = maskAtInput(map, mask);
        QCOMPARE(int(inside.size()), 16);
        for (int y = 0; y < 4; ++y)
            for (int x = 0; x < 4; ++x)
                QCOMPARE(int(inside[size_t(y * 4 + x)]), x < 2 ? 1 : 0);
        // Padded to square: a 4 x 2 image in an 4 x 4 input; rows 0 and 3 are padding.
        map.preprocess = PreprocessSpec{};
        map.preprocess.size = 4;
        map.preprocess.resize = ResizePolicy::Exact;
        map.preprocess.cropSize = 0;
        map.preprocess.padToSquare = true;
        QImage full(4, 2, QImage::Format_Grayscale8);
        full.fill(255);
        const std::vector<std::uint8_t> padded = maskAtInput(map, full);
        for (int y = 0; y < 4; ++y)
            for (int x = 0; x < 4; ++x)
                QCOMPARE(int(padded[size_t(y * 4 + x)]), y == 1 || y == 2 ? 1 : 0);
    }

    void aRegionMaskThatDoesNotLoadIsNamed() {
        SaliencyRequest request;
        request.bundlePath = m_bundle;
        request.imagePath = m_image;
        request.condition = QStringLiteral("Pneumothorax");
        const QString broken = writeFile(QDir(m_dir.path()), "mask.png", "not a png");
        const auto share = regionAttributionShare(request, broken);
        QVERIFY(!share.has_value());
        QVERIFY2(share.error().message.contains(broken), qPrintable(share.error().message));
    }

    void errorsNameWhatIsWrong() {
        const QStringList base{"--model",      m_bundle, "--condition",
                               "Pneumothorax", "--out",  path("x.npy")};
        const QString notAnImage = writeFile(QDir(m_dir.path()), "broken.png", "not an image");
        expectFailure(base + QStringList{"--image", notAnImage}, "broken.png");
        expectFailure(base + QStringList{"--image", m_image, "--patch", "9"},
                      "larger than the input the encoder sees (8 x 8)");
        expectFailure(base + QStringList{"--image", m_image, "--patch", "0"}, "--patch");
        expectFailure(base + QStringList{"--image", m_image, "--stride", "two"}, "'two'");
        expectFailure(base + QStringList{"--image", m_image, "--method", "lime"},
                      "--method takes occlusion or gradient");
        expectFailure({"--model", m_bundle, "--condition", " ", "--image", m_image, "--patch", "4",
                       "--out", path("x.npy")},
                      "no prompt for the condition");
        expectFailure({"--model", m_bundle, "--image", m_image, "--out", path("x.npy")},
                      "--condition NAME");
        // An encoder whose output does not depend on its input through autograd.
        TinyBundle detached;
        detached.imageSource =
            QStringLiteral("def forward(self, x: Tensor) -> Tensor:\n"
                           "    return torch.matmul(x.flatten(1).detach(), self.w)\n");
        const QString frozen =
            writeTinyBundle(QDir(m_dir.path()), QStringLiteral("detached"), detached);
        expectFailure({"--model", frozen, "--image", m_image, "--condition", "Pneumothorax",
                       "--method", "gradient", "--out", path("x.npy")},
                      "use --method occlusion");
        QVERIFY(!QFileInfo::exists(path("x.npy")));
    }
};

QTEST_GUILESS_MAIN(TestSaliency)
#include "test_saliency.moc"
