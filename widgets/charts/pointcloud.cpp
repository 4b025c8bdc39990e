#include "charts/pointcloud.h"

#include "common/random.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace cxrfair {

PointCloud::PointCloud(QCPAxis* keyAxis, QCPAxis* valueAxis)
    : QCPAbstractPlottable(keyAxis, valueAxis) {
    setAntialiased(false);
}

void PointCloud::setPoints(std::vector<float> x, std::vector<float> y) {
    m_x = std::move(x);
    m_y = std::move(y);
    m_y.resize(m_x.size());
    m_order.resize(m_x.size());
    std::iota(m_order.begin(), m_order.end(), 0u);
    Random random(2025);
    for (size_t i = m_order.size(); i > 1; --i)
        std::swap(m_order[i - 1], m_order[size_t(random.next() % i)]);
    m_colors.assign(m_x.size(), qRgba(0x55, 0x55, 0x55, 255));
    m_highlighted.clear();
}

void PointCloud::setColors(std::vector<QRgb> colors) {
    colors.resize(m_x.size(), qRgba(0x55, 0x55, 0x55, 255));
    m_colors = std::move(colors);
}

void PointCloud::setHighlighted(std::vector<bool> highlighted) {
    m_highlighted = std::move(highlighted);
}

double PointCloud::selectTest(const QPointF&, bool, QVariant*) const {
    return -1.0; // selection is done by rectangle or lasso, not by clicking the plottable
}

namespace {
QCPRange rangeOf(const std::vector<float>& v, bool& found) {
    found = false;
    QCPRange r(0, 0);
    for (float f : v) {
        if (!std::isfinite(f))
            continue;
        if (!found) {
            r = QCPRange(f, f);
            found = true;
        }
        r.expand(f);
    }
    return r;
}
} // namespace

QCPRange PointCloud::getKeyRange(bool& foundRange, QCP::SignDomain) const {
    return rangeOf(m_x, foundRange);
}

QCPRange PointCloud::getValueRange(bool& foundRange, QCP::SignDomain, const QCPRange&) const {
    return rangeOf(m_y, foundRange);
}

void PointCloud::draw(QCPPainter* painter) {
    QCPAxis* keyAxis = mKeyAxis.data();
    QCPAxis* valueAxis = mValueAxis.data();
    if (!keyAxis || !valueAxis || m_x.empty())
        return;
    const QRect area = clipRect();
    const qreal ratio = mParentPlot->bufferDevicePixelRatio();
    const QSize size(int(area.width() * ratio), int(area.height() * ratio));
    if (size.isEmpty())
        return;
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    // Linear axes: pixel = a + b * coordinate, found once instead of per point.
    const double kx0 = keyAxis->coordToPixel(0.0), kx1 = keyAxis->coordToPixel(1.0);
    const double vy0 = valueAxis->coordToPixel(0.0), vy1 = valueAxis->coordToPixel(1.0);
    const bool keyHorizontal = keyAxis->orientation() == Qt::Horizontal;
    const double ax = ((keyHorizontal ? kx0 : vy0) - area.left()) * ratio;
    const double bx = ((keyHorizontal ? kx1 - kx0 : vy1 - vy0)) * ratio;
    const double ay = ((keyHorizontal ? vy0 : kx0) - area.top()) * ratio;
    const double by = ((keyHorizontal ? vy1 - vy0 : kx1 - kx0)) * ratio;
    const int w = size.width(), h = size.height();
    auto* bits = reinterpret_cast<QRgb*>(image.bits());
    const qsizetype stride = image.bytesPerLine() / qsizetype(sizeof(QRgb));
    const bool anyHighlight = !m_highlighted.empty();
    auto plot = [&](std::uint32_t i, int side, QRgb color) {
        const double px = ax + bx * double(keyHorizontal ? m_x[i] : m_y[i]);
        const double py = ay + by * double(keyHorizontal ? m_y[i] : m_x[i]);
        if (!(px >= 0 && py >= 0 && px < w && py < h))
            return;
        const int x0 = std::max(0, int(px) - side / 2), y0 = std::max(0, int(py) - side / 2);
        const int x1 = std::min(w, x0 + side), y1 = std::min(h, y0 + side);
        for (int y = y0; y < y1; ++y) {
            QRgb* line = bits + y * stride;
            for (int x = x0; x < x1; ++x)
                line[x] = color;
        }
    };
    const int side = std::max(1, int(std::lround(m_pointSize * ratio)));
    auto premultiplied = [](QRgb c, int alpha) {
        return qPremultiply(qRgba(qRed(c), qGreen(c), qBlue(c), alpha));
    };
    for (std::uint32_t i : m_order) {
        const bool lit = anyHighlight && i < m_highlighted.size() && m_highlighted[i];
        if (lit)
            continue;
        plot(i, side, premultiplied(m_colors[i], anyHighlight ? 50 : qAlpha(m_colors[i])));
    }
    if (anyHighlight)
        for (std::uint32_t i : m_order)
            if (i < m_highlighted.size() && m_highlighted[i]) {
                plot(i, side + 2, qRgba(0, 0, 0, 255));
                plot(i, side, premultiplied(m_colors[i], 255));
            }
    image.setDevicePixelRatio(ratio);
    painter->drawImage(area.topLeft(), image);
}

void PointCloud::drawLegendIcon(QCPPainter* painter, const QRectF& rect) const {
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(0x55, 0x55, 0x55));
    painter->drawRect(QRectF(rect.center() - QPointF(2, 2), QSizeF(4, 4)));
}

std::vector<bool> pointsInPolygon(const std::vector<float>& x, const std::vector<float>& y,
                                  const QPolygonF& polygon) {
    std::vector<bool> inside(x.size(), false);
    if (polygon.size() < 3)
        return inside;
    const QRectF bounds = polygon.boundingRect();
    for (size_t i = 0; i < x.size() && i < y.size(); ++i) {
        const QPointF p(x[i], y[i]);
        if (bounds.contains(p))
            inside[i] = polygon.containsPoint(p, Qt::OddEvenFill);
    }
    return inside;
}

} // namespace cxrfair
