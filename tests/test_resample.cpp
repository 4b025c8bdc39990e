#include "imaging/resample.h"

#include <QTest>

#include <cmath>
#include <numbers>
#include <random>

using namespace cxrfair;

namespace {

// The filters written out again, independently of the implementation.
double kernel(Interpolation i, double x) {
    x = std::abs(x);
    switch (i) {
    case Interpolation::Area:
        return x < 0.5 ? 1.0 : x == 0.5 ? 0.5 : 0.0;
    case Interpolation::Bilinear:
        return std::max(0.0, 1.0 - x);
    case Interpolation::Bicubic:
        // Keys' cubic convolution with a = -0.5.
        if (x < 1)
            return 1.5 * x * x * x - 2.5 * x * x + 1;
        if (x < 2)
            return -0.5 * x * x * x + 2.5 * x * x - 4 * x + 2;
        return 0;
    case Interpolation::Lanczos:
        if (x == 0)
            return 1;
        if (x >= 3)
            return 0;
        return 3 * std::sin(std::numbers::pi * x) * std::sin(std::numbers::pi * x / 3) /
               (std::numbers::pi * std::numbers::pi * x * x);
    case Interpolation::Nearest:
        break;
    }
    return 0;
}

double support(Interpolation i) {
    return i == Interpolation::Area       ? 0.5
           : i == Interpolation::Bilinear ? 1.0
           : i == Interpolation::Bicubic  ? 2.0
                                          : 3.0;
}

/// Brute force: every output pixel as a normalised 2-D sum over every input pixel.
std::vector<double> reference(const std::vector<float>& in, int sw, int sh, int tw, int th,
                              Interpolation interp, bool antialias) {
    std::vector<double> out(size_t(tw) * size_t(th));
    const double sx = double(sw) / tw, sy = double(sh) / th;
    const double fx = antialias ? std::max(sx, 1.0) : 1.0, fy = antialias ? std::max(sy, 1.0) : 1.0;
    for (int y = 0; y < th; ++y) {
        for (int x = 0; x < tw; ++x) {
            const double cx = (x + 0.5) * sx, cy = (y + 0.5) * sy;
            double num = 0, wx = 0, wy = 0;
            std::vector<double> kx(static_cast<size_t>(sw)), ky(static_cast<size_t>(sh));
            // Pillow's window: [floor(c - s + 0.5), floor(c + s + 0.5)) within the image.
            auto window = [&](double c, double f, int n, int k) {
                const int lo = std::max(0, int(std::floor(c - support(interp) * f + 0.5)));
                const int hi = std::min(n, int(std::floor(c + support(interp) * f + 0.5)));
                return k >= lo && k < hi;
            };
            for (int i = 0; i < sw; ++i)
                kx[size_t(i)] = window(cx, fx, sw, i) ? kernel(interp, (i + 0.5 - cx) / fx) : 0.0;
            for (int j = 0; j < sh; ++j)
                ky[size_t(j)] = window(cy, fy, sh, j) ? kernel(interp, (j + 0.5 - cy) / fy) : 0.0;
            for (int i = 0; i < sw; ++i)
                wx += kx[size_t(i)];
            for (int j = 0; j < sh; ++j)
                wy += ky[size_t(j)];
            for (int j = 0; j < sh; ++j)
                for (int i = 0; i < sw; ++i)
                    num += kx[size_t(i)] * ky[size_t(j)] * in[size_t(j) * size_t(sw) + size_t(i)];
            out[size_t(y) * size_t(tw) + size_t(x)] = std::clamp(num / (wx * wy), 0.0, 1.0);
        }
    }
    return out;
}

std::vector<float> randomImage(int w, int h, unsigned seed) {
    std::mt19937 rng(seed);
    std::uniform_real_distribution<float> u(0.0f, 1.0f);
    std::vector<float> v(size_t(w) * size_t(h));
    for (float& x : v)
        x = u(rng);
    return v;
}

} // namespace

class TestResample : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void matchesBruteForce_data() {
        QTest::addColumn<int>("interp");
        QTest::addColumn<bool>("antialias");
        QTest::addColumn<int>("tw");
        QTest::addColumn<int>("th");
        for (Interpolation i : {Interpolation::Area, Interpolation::Bilinear,
                                Interpolation::Bicubic, Interpolation::Lanczos}) {
            for (bool aa : {true, false}) {
                const QByteArray name = interpolationName(i).toLatin1() + (aa ? " aa" : " plain");
                QTest::newRow(name + " down") << int(i) << aa << 9 << 7;
                QTest::newRow(name + " up") << int(i) << aa << 41 << 33;
                QTest::newRow(name + " mixed") << int(i) << aa << 31 << 11;
            }
        }
    }
    void matchesBruteForce() {
        QFETCH(int, interp);
        QFETCH(bool, antialias);
        QFETCH(int, tw);
        QFETCH(int, th);
        const int sw = 27, sh = 19;
        const auto in = randomImage(sw, sh, 7);
        std::vector<float> out(size_t(tw) * size_t(th));
        resample(in.data(), sw, sh, out.data(), tw, th, Interpolation(interp), antialias);
        const auto ref = reference(in, sw, sh, tw, th, Interpolation(interp), antialias);
        for (size_t k = 0; k < out.size(); ++k)
            QVERIFY2(
                std::abs(out[k] - ref[k]) < 1e-4,
                qPrintable(QStringLiteral("pixel %1: %2 vs %3").arg(k).arg(out[k]).arg(ref[k])));
    }

    void areaIsBlockMean() {
        const int sw = 64, sh = 48;
        const auto in = randomImage(sw, sh, 3);
        std::vector<float> out(16 * 12);
        resample(in.data(), sw, sh, out.data(), 16, 12, Interpolation::Area);
        for (int y = 0; y < 12; ++y) {
            for (int x = 0; x < 16; ++x) {
                double sum = 0;
                for (int j = 0; j < 4; ++j)
                    for (int i = 0; i < 4; ++i)
                        sum += in[size_t(y * 4 + j) * sw + size_t(x * 4 + i)];
                QVERIFY(std::abs(out[size_t(y) * 16 + size_t(x)] - sum / 16.0) < 1e-5);
            }
        }
    }

    void nearestPicksCentres() {
        std::vector<float> in(10);
        for (int i = 0; i < 10; ++i)
            in[size_t(i)] = float(i) / 10.0f;
        std::vector<float> out(5);
        resample(in.data(), 10, 1, out.data(), 5, 1, Interpolation::Nearest);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(out[size_t(i)], float(2 * i + 1) / 10.0f);
    }

    void constantStaysConstant() {
        const std::vector<float> in(50 * 40, 0.37f);
        std::vector<float> out(23 * 61);
        for (Interpolation i : {Interpolation::Bilinear, Interpolation::Bicubic,
                                Interpolation::Lanczos, Interpolation::Area}) {
            resample(in.data(), 50, 40, out.data(), 23, 61, i);
            for (float v : out)
                QVERIFY(std::abs(v - 0.37f) < 1e-5f);
        }
    }

    void sixteenBitPathAgreesWithFloat() {
        const int sw = 300, sh = 200;
        const auto in = randomImage(sw, sh, 11);
        std::vector<std::uint16_t> in16(in.size());
        std::vector<float> inQuantised(in.size());
        for (size_t i = 0; i < in.size(); ++i) {
            in16[i] = std::uint16_t(std::lround(in[i] * 65535.0f));
            inQuantised[i] = float(in16[i]) / 65535.0f;
        }
        std::vector<std::uint16_t> out16(37 * 25);
        std::vector<float> out(37 * 25);
        resample(in16.data(), sw, sh, out16.data(), 37, 25, Interpolation::Area);
        resample(inQuantised.data(), sw, sh, out.data(), 37, 25, Interpolation::Area);
        for (size_t i = 0; i < out.size(); ++i)
            QVERIFY(std::abs(double(out16[i]) - double(out[i]) * 65535.0) <= 1.0);
    }

    void names() {
        QCOMPARE(parseInterpolation(QStringLiteral("Bicubic")).value(), Interpolation::Bicubic);
        QCOMPARE(parseInterpolation(QStringLiteral("box")).value(), Interpolation::Area);
        QVERIFY(!parseInterpolation(QStringLiteral("spline")));
    }
};

QTEST_GUILESS_MAIN(TestResample)
#include "test_resample.moc"
