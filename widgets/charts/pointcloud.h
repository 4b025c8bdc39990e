#pragma once

#include "qcp.h"

#include <QPolygonF>

#include <vector>

namespace cxrfair {

/// A scatter of many points (hundreds of thousands) drawn as one raster per replot: each point
/// is a small square written straight into an image of the axis rect, so zooming and panning
/// stay smooth where one plottable item per point would not. Points are drawn in a fixed
/// shuffled order, so no colour always lies on top.
class PointCloud : public QCPAbstractPlottable {
    Q_OBJECT
public:
    PointCloud(QCPAxis* keyAxis, QCPAxis* valueAxis);

    void setPoints(std::vector<float> x, std::vector<float> y);
    /// One colour per point (the alpha channel is used).
    void setColors(std::vector<QRgb> colors);
    /// Highlighted points are drawn last and larger; the others faded. Empty: none.
    void setHighlighted(std::vector<bool> highlighted);
    void setPointSize(int pixels) { m_pointSize = pixels; }

    qsizetype pointCount() const { return qsizetype(m_x.size()); }
    const std::vector<float>& xs() const { return m_x; }
    const std::vector<float>& ys() const { return m_y; }

    double selectTest(const QPointF& pos, bool onlySelectable,
                      QVariant* details = nullptr) const override;
    QCPRange getKeyRange(bool& foundRange,
                         QCP::SignDomain inSignDomain = QCP::sdBoth) const override;
    QCPRange getValueRange(bool& foundRange, QCP::SignDomain inSignDomain = QCP::sdBoth,
                           const QCPRange& inKeyRange = QCPRange()) const override;

protected:
    void draw(QCPPainter* painter) override;
    void drawLegendIcon(QCPPainter* painter, const QRectF& rect) const override;

private:
    std::vector<float> m_x, m_y;
    std::vector<QRgb> m_colors;
    std::vector<bool> m_highlighted;
    std::vector<std::uint32_t> m_order;
    int m_pointSize = 3;
};

/// Which points lie inside `polygon` (same coordinates as the points; even-odd rule).
std::vector<bool> pointsInPolygon(const std::vector<float>& x, const std::vector<float>& y,
                                  const QPolygonF& polygon);

} // namespace cxrfair
