#include "robustness/saliencyoverlay.h"

#include <QCoreApplication>
#include <QFont>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace cxrfair {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cxrfair::SaliencyOverlay)
};

/// A box blur of radius `r` along rows then columns, applied twice (close to a Gaussian).
std::vector<float> smoothed(std::vector<float> v, int width, int height, int r) {
    std::vector<float> tmp(v.size());
    for (int pass = 0; pass < 2; ++pass) {
        for (int y = 0; y < height; ++y)
            for (int x = 0; x < width; ++x) {
                double sum = 0.0;
                int n = 0;
                for (int k = std::max(0, x - r); k <= std::min(width - 1, x + r); ++k, ++n)
                    sum += double(v[size_t(y) * size_t(width) + size_t(k)]);
                tmp[size_t(y) * size_t(width) + size_t(x)] = float(sum / double(n));
            }
        for (int y = 0; y < height; ++y)
            for (int x = 0; x < width; ++x) {
                double sum = 0.0;
                int n = 0;
                for (int k = std::max(0, y - r); k <= std::min(height - 1, y + r); ++k, ++n)
                    sum += double(tmp[size_t(k) * size_t(width) + size_t(x)]);
                v[size_t(y) * size_t(width) + size_t(x)] = float(sum / double(n));
            }
    }
    return v;
}

QColor mix(const QColor& a, const QColor& b, double t) {
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

/// The map over the input's pixels as the eye reads it, and the end of its colour scale.
std::pair<std::vector<float>, float> displayedValues(const SaliencyMap& map) {
    const ChwTensor& in = map.input;
    // Gradients are sparse and spiky (a max-pooling encoder passes them to one pixel per
    // cell): for the eye they are smoothed and the colours end at the 99th percentile.
    const bool gradient = map.method == SaliencyMethod::Gradient;
    const std::vector<float> heat = gradient
                                        ? smoothed(saliencyAtInput(map), in.width, in.height,
                                                   std::max(1, std::max(in.width, in.height) / 64))
                                        : saliencyAtInput(map);
    float limit = 0.0f;
    if (gradient && !heat.empty()) {
        std::vector<float> magnitude(heat.size());
        std::transform(heat.begin(), heat.end(), magnitude.begin(),
                       [](float v) { return std::abs(v); });
        const auto at = magnitude.begin() + std::ptrdiff_t(double(magnitude.size() - 1) * 0.99);
        std::nth_element(magnitude.begin(), at, magnitude.end());
        limit = *at;
    } else {
        for (float v : heat)
            limit = std::max(limit, std::abs(v));
    }
    return {heat, limit > 0.0f ? limit : 1.0f};
}

} // namespace

QColor coolWarm(double t) {
    // Moreland (2009), "Diverging Color Maps for Scientific Visualization": its end points and
    // mid grey, with two intermediate points of the published table on each side.
    static const QColor stops[] = {QColor(59, 76, 192), QColor(124, 159, 249),
                                   QColor(221, 221, 221), QColor(245, 156, 125),
                                   QColor(180, 4, 38)};
    const double x = (std::clamp(t, -1.0, 1.0) + 1.0) * 2.0; // 0 .. 4
    const int i = std::min(3, int(x));
    return mix(stops[i], stops[i + 1], x - double(i));
}

QImage saliencyHeat(const SaliencyMap& map, float* limitOut) {
    const auto [heat, limit] = displayedValues(map);
    if (limitOut)
        *limitOut = limit;
    QImage out(map.input.width, map.input.height, QImage::Format_ARGB32);
    for (int y = 0; y < out.height(); ++y)
        for (int x = 0; x < out.width(); ++x) {
            const double t = double(heat[size_t(y) * size_t(out.width()) + size_t(x)]) / limit;
            QColor c = coolWarm(t);
            c.setAlphaF(float(0.7 * std::min(1.0, std::abs(t))));
            out.setPixelColor(x, y, c);
        }
    return out;
}

QImage saliencyOverlay(const SaliencyMap& map, int minimumSide) {
    const ChwTensor& in = map.input;
    const bool gradient = map.method == SaliencyMethod::Gradient;
    float limit = 1.0f;
    const QImage heat = saliencyHeat(map, &limit);
    float low = 0.0f, high = 0.0f;
    if (!in.data.empty()) {
        const auto [lo, hi] =
            std::minmax_element(in.data.begin(), in.data.begin() + in.width * in.height);
        low = *lo;
        high = *hi;
    }
    QImage picture(in.width, in.height, QImage::Format_RGB32);
    for (int y = 0; y < in.height; ++y)
        for (int x = 0; x < in.width; ++x) {
            const size_t k = size_t(y) * size_t(in.width) + size_t(x);
            const int grey =
                high > low ? int(std::lround(255.0 * double(in.data[k] - low) / double(high - low)))
                           : 0;
            picture.setPixel(x, y, qRgb(grey, grey, grey));
        }
    {
        QPainter blend(&picture);
        blend.drawImage(0, 0, heat);
    }
    const double zoom =
        std::max(1.0, double(minimumSide) / double(std::max(1, std::max(in.width, in.height))));
    const QImage scaled = picture.scaled(int(in.width * zoom), int(in.height * zoom),
                                         Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    // The colour bar, with its values, to the right.
    const int bar = 22;
    const int margin = 16;
    const int labels = 200;
    QImage out(scaled.width() + margin + bar + labels, scaled.height(), QImage::Format_RGB32);
    out.fill(Qt::white);
    QPainter painter(&out);
    painter.drawImage(0, 0, scaled);
    const int top = 24;
    const int bottom = scaled.height() - 24;
    const int left = scaled.width() + margin;
    for (int y = top; y <= bottom; ++y) {
        const double t = 1.0 - 2.0 * double(y - top) / double(std::max(1, bottom - top));
        painter.setPen(coolWarm(t));
        painter.drawLine(left, y, left + bar, y);
    }
    painter.setPen(Qt::black);
    painter.drawRect(left, top, bar, bottom - top);
    QFont font = painter.font();
    font.setPixelSize(13);
    painter.setFont(font);
    const int textLeft = left + bar + 6;
    auto label = [&](int y, const QString& text) {
        painter.drawLine(left + bar, y, left + bar + 4, y);
        painter.drawText(QRect(textLeft, y - 9, labels - 8, 18), Qt::AlignLeft | Qt::AlignVCenter,
                         text);
    };
    label(top, QStringLiteral("+%1").arg(double(limit), 0, 'g', 3));
    label((top + bottom) / 2, QStringLiteral("0"));
    label(bottom, QStringLiteral("-%1").arg(double(limit), 0, 'g', 3));
    painter.drawText(QRect(left - 4, 2, bar + labels, 20), Qt::AlignLeft | Qt::AlignVCenter,
                     gradient ? Tr::tr("gradient x input (smoothed)") : Tr::tr("score drop"));
    painter.drawText(QRect(left - 4, bottom + 4, bar + labels, 20),
                     Qt::AlignLeft | Qt::AlignVCenter,
                     Tr::tr("score %1").arg(map.score, 0, 'f', 3));
    painter.end();
    return out;
}

Result<void> writeSaliencyOverlay(const SaliencyMap& map, const QString& path) {
    const QImage image = saliencyOverlay(map);
    if (!image.save(path, "PNG"))
        return fail(ErrorCode::Io, Tr::tr("cannot write the overlay"), path);
    return {};
}

} // namespace cxrfair
