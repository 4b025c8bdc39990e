#include "radiographcanvas.h"

#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>

#include <algorithm>
#include <array>
#include <cmath>

namespace cxrfair {

namespace {
constexpr double fullRange = 65536.0;
constexpr double narrowestWindow = 16.0;
} // namespace

RadiographCanvas::RadiographCanvas(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("radiograph"));
    setMinimumSize(240, 240);
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::CrossCursor);
    setAutoFillBackground(false);
    setToolTip(tr("Drag: window (left and right) and level (up and down). Right-drag: pan. "
                  "Wheel: zoom. Double-click: fit."));
}

void RadiographCanvas::setImage(GrayImage image) {
    m_image = std::move(image);
    m_overlay = QImage();
    m_fitted = true;
    rewindow();
    fit();
}

void RadiographCanvas::setWindow(double centre, double width) {
    width = std::clamp(width, narrowestWindow, 2.0 * fullRange);
    centre = std::clamp(centre, -fullRange / 2.0, 1.5 * fullRange);
    if (centre == m_centre && width == m_width)
        return;
    m_centre = centre;
    m_width = width;
    rewindow();
    Q_EMIT windowChanged(m_centre, m_width);
}

void RadiographCanvas::setInverted(bool inverted) {
    if (inverted == m_inverted)
        return;
    m_inverted = inverted;
    rewindow();
}

void RadiographCanvas::rewindow() {
    if (m_image.isNull()) {
        m_windowed = QImage();
        update();
        return;
    }
    // One table for the 65536 grey levels: a drag redraws a 3000 x 3000 image in a few ms.
    std::vector<uchar> table(65536);
    const double low = m_centre - m_width / 2.0;
    for (size_t v = 0; v < table.size(); ++v) {
        const double g = std::clamp((double(v) - low) / m_width * 255.0, 0.0, 255.0);
        table[v] = uchar(std::lround(m_inverted ? 255.0 - g : g));
    }
    m_windowed = QImage(m_image.width, m_image.height, QImage::Format_Grayscale8);
    for (int y = 0; y < m_image.height; ++y) {
        uchar* line = m_windowed.scanLine(y);
        const std::uint16_t* source = m_image.pixels.data() + size_t(y) * size_t(m_image.width);
        for (int x = 0; x < m_image.width; ++x)
            line[x] = table[source[x]];
    }
    update();
}

void RadiographCanvas::fit() {
    if (m_image.isNull())
        return;
    m_fitted = true;
    m_zoom = std::min(double(width()) / m_image.width, double(height()) / m_image.height);
    m_offset = QPointF((width() - m_image.width * m_zoom) / 2.0,
                       (height() - m_image.height * m_zoom) / 2.0);
    update();
    Q_EMIT zoomChanged(m_zoom);
}

void RadiographCanvas::actualSize() {
    zoomBy(1.0 / m_zoom, QPointF(width() / 2.0, height() / 2.0));
}

void RadiographCanvas::zoomBy(double factor, QPointF anchor) {
    if (m_image.isNull())
        return;
    const double zoom = std::clamp(m_zoom * factor, 0.02, 32.0);
    // The image point under the anchor stays under it.
    const QPointF imagePoint = (anchor - m_offset) / m_zoom;
    m_zoom = zoom;
    m_offset = anchor - imagePoint * m_zoom;
    m_fitted = false;
    update();
    Q_EMIT zoomChanged(m_zoom);
}

QPointF RadiographCanvas::toWidget(QPointF p) const {
    return m_offset + p * m_zoom;
}

void RadiographCanvas::setOverlay(QImage overlay, QRectF region) {
    m_overlay = std::move(overlay);
    m_overlayRegion = region.isNull() ? QRectF(0, 0, m_image.width, m_image.height) : region;
    update();
}

void RadiographCanvas::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.fillRect(rect(), Qt::black);
    if (m_windowed.isNull())
        return;
    painter.setRenderHint(QPainter::SmoothPixmapTransform, m_zoom < 2.0);
    painter.drawImage(QRectF(m_offset, QSizeF(m_image.width * m_zoom, m_image.height * m_zoom)),
                      m_windowed);
    if (!m_overlay.isNull())
        painter.drawImage(
            QRectF(toWidget(m_overlayRegion.topLeft()), toWidget(m_overlayRegion.bottomRight())),
            m_overlay);
    if (hasFocus()) {
        painter.setPen(QPen(palette().color(QPalette::Highlight), 2.0));
        painter.drawRect(rect().adjusted(1, 1, -1, -1));
    }
}

void RadiographCanvas::mousePressEvent(QMouseEvent* event) {
    setFocus(Qt::MouseFocusReason);
    m_dragging = event->button();
    m_dragStart = event->position();
    m_startCentre = m_centre;
    m_startWidth = m_width;
    m_startOffset = m_offset;
    if (m_dragging == Qt::RightButton || m_dragging == Qt::MiddleButton)
        setCursor(Qt::ClosedHandCursor);
}

void RadiographCanvas::mouseMoveEvent(QMouseEvent* event) {
    const QPointF delta = event->position() - m_dragStart;
    if (m_dragging == Qt::LeftButton) {
        // A drag across the canvas spans the whole grey range: fine control where it is
        // needed, no jump to an end for a small move.
        const double perPixel = fullRange / double(std::max(200, std::max(width(), height())));
        setWindow(m_startCentre - delta.y() * perPixel, m_startWidth + delta.x() * perPixel);
    } else if (m_dragging == Qt::RightButton || m_dragging == Qt::MiddleButton) {
        m_offset = m_startOffset + delta;
        m_fitted = false;
        update();
    }
}

void RadiographCanvas::mouseReleaseEvent(QMouseEvent*) {
    m_dragging = Qt::NoButton;
    setCursor(Qt::CrossCursor);
}

void RadiographCanvas::mouseDoubleClickEvent(QMouseEvent*) {
    fit();
}

void RadiographCanvas::wheelEvent(QWheelEvent* event) {
    const double steps = event->angleDelta().y() / 120.0;
    if (steps != 0.0)
        zoomBy(std::pow(1.25, steps), event->position());
    event->accept();
}

void RadiographCanvas::resizeEvent(QResizeEvent*) {
    if (m_fitted)
        fit();
}

} // namespace cxrfair
