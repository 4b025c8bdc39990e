#include "imaging/resample.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace cxrfair {

namespace {

double filterSupport(Interpolation interpolation) {
    switch (interpolation) {
    case Interpolation::Nearest:
    case Interpolation::Area:
        return 0.5;
    case Interpolation::Bilinear:
        return 1.0;
    case Interpolation::Bicubic:
        return 2.0;
    case Interpolation::Lanczos:
        return 3.0;
    }
    return 1.0;
}

double filterValue(Interpolation interpolation, double x) {
    x = std::abs(x);
    switch (interpolation) {
    case Interpolation::Nearest:
    case Interpolation::Area:
        return x < 0.5 ? 1.0 : (x == 0.5 ? 0.5 : 0.0);
    case Interpolation::Bilinear:
        return x < 1.0 ? 1.0 - x : 0.0;
    case Interpolation::Bicubic: {
        constexpr double a = -0.5;
        if (x < 1.0)
            return ((a + 2.0) * x - (a + 3.0)) * x * x + 1.0;
        if (x < 2.0)
            return (((x - 5.0) * x + 8.0) * x - 4.0) * a;
        return 0.0;
    }
    case Interpolation::Lanczos: {
        if (x == 0.0)
            return 1.0;
        if (x >= 3.0)
            return 0.0;
        const double px = std::numbers::pi * x;
        return 3.0 * std::sin(px) * std::sin(px / 3.0) / (px * px);
    }
    }
    return 0.0;
}

} // namespace

ResampleTaps resampleTaps(int in, int out, Interpolation interpolation, bool antialias) {
    ResampleTaps w;
    const double scale = double(in) / double(out);
    if (interpolation == Interpolation::Nearest) {
        w.taps = 1;
        w.start.resize(size_t(out));
        w.values.assign(size_t(out), 1.0f);
        for (int i = 0; i < out; ++i)
            w.start[size_t(i)] = std::min(in - 1, int(std::floor((i + 0.5) * scale)));
        return w;
    }
    const double filterScale = antialias ? std::max(scale, 1.0) : 1.0;
    const double support = filterSupport(interpolation) * filterScale;
    w.taps = int(std::ceil(support)) * 2 + 1;
    w.start.resize(size_t(out));
    w.values.assign(size_t(out) * size_t(w.taps), 0.0f);
    std::vector<double> k(size_t(w.taps));
    for (int i = 0; i < out; ++i) {
        const double center = (i + 0.5) * scale;
        const int first = std::max(0, int(std::floor(center - support + 0.5)));
        const int last = std::min(in, int(std::floor(center + support + 0.5)));
        double sum = 0.0;
        int n = 0;
        for (int j = first; j < last && n < w.taps; ++j, ++n) {
            k[size_t(n)] = filterValue(interpolation, (j + 0.5 - center) / filterScale);
            sum += k[size_t(n)];
        }
        w.start[size_t(i)] = first;
        float* dst = w.values.data() + size_t(i) * size_t(w.taps);
        for (int t = 0; t < n; ++t)
            dst[t] = sum != 0.0 ? float(k[size_t(t)] / sum) : 0.0f;
    }
    return w;
}

namespace {

template <typename In>
void horizontalPass(const In* source, int sourceWidth, int rows, float* target, int targetWidth,
                    const ResampleTaps& w) {
    for (int y = 0; y < rows; ++y) {
        const In* in = source + size_t(y) * size_t(sourceWidth);
        float* out = target + size_t(y) * size_t(targetWidth);
        for (int x = 0; x < targetWidth; ++x)
            out[x] = w.apply(in, sourceWidth, x);
    }
}

template <typename Out>
void verticalPass(const float* source, int width, int sourceHeight, Out* target, int targetHeight,
                  const ResampleTaps& w, float lo, float hi, float offset) {
    std::vector<float> acc(static_cast<size_t>(width));
    for (int y = 0; y < targetHeight; ++y) {
        std::fill(acc.begin(), acc.end(), 0.0f);
        const int start = w.start[size_t(y)];
        const float* k = w.values.data() + size_t(y) * size_t(w.taps);
        const int n = std::min(w.taps, sourceHeight - start);
        for (int t = 0; t < n; ++t) {
            const float kt = k[t];
            if (kt == 0.0f)
                continue;
            const float* row = source + size_t(start + t) * size_t(width);
            for (int x = 0; x < width; ++x)
                acc[size_t(x)] += row[x] * kt;
        }
        Out* out = target + size_t(y) * size_t(width);
        for (int x = 0; x < width; ++x)
            out[x] = Out(std::clamp(acc[size_t(x)], lo, hi) + offset);
    }
}

template <typename In, typename Out>
void resampleImpl(const In* source, int sw, int sh, Out* target, int tw, int th,
                  Interpolation interpolation, bool antialias, float lo, float hi, float offset) {
    const ResampleTaps wx = resampleTaps(sw, tw, interpolation, antialias);
    const ResampleTaps wy = resampleTaps(sh, th, interpolation, antialias);
    std::vector<float> temp(size_t(sh) * size_t(tw));
    horizontalPass(source, sw, sh, temp.data(), tw, wx);
    verticalPass(temp.data(), tw, sh, target, th, wy, lo, hi, offset);
}

} // namespace

QString interpolationName(Interpolation interpolation) {
    switch (interpolation) {
    case Interpolation::Nearest:
        return QStringLiteral("nearest");
    case Interpolation::Bilinear:
        return QStringLiteral("bilinear");
    case Interpolation::Bicubic:
        return QStringLiteral("bicubic");
    case Interpolation::Area:
        return QStringLiteral("area");
    case Interpolation::Lanczos:
        break;
    }
    return QStringLiteral("lanczos");
}

std::optional<Interpolation> parseInterpolation(const QString& name) {
    for (Interpolation i : {Interpolation::Nearest, Interpolation::Bilinear, Interpolation::Bicubic,
                            Interpolation::Area, Interpolation::Lanczos}) {
        if (interpolationName(i).compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return i;
    }
    if (name.trimmed().compare(QStringLiteral("box"), Qt::CaseInsensitive) == 0)
        return Interpolation::Area;
    return std::nullopt;
}

void resample(const float* source, int sw, int sh, float* target, int tw, int th,
              Interpolation interpolation, bool antialias, float lo, float hi) {
    resampleImpl(source, sw, sh, target, tw, th, interpolation, antialias, lo, hi, 0.0f);
}

void resample(const std::uint16_t* source, int sw, int sh, std::uint16_t* target, int tw, int th,
              Interpolation interpolation, bool antialias) {
    // +0.5 rounds to nearest on the conversion to integer.
    resampleImpl(source, sw, sh, target, tw, th, interpolation, antialias, 0.0f, 65535.0f, 0.5f);
}

} // namespace cxrfair
