#pragma once

#include "imaging/grayimage.h"

#include <QImage>
#include <QWidget>

namespace cxrfair {

/// A radiograph as a radiologist reads it: left-drag sets window and level (right and left:
/// wider and narrower; down and up: brighter and darker), right- or middle-drag pans, the
/// wheel zooms around the cursor, a double-click fits the image. Grey levels are the decoded
/// image's (0 to 65535).
class RadiographCanvas : public QWidget {
    Q_OBJECT
public:
    explicit RadiographCanvas(QWidget* parent = nullptr);

    void setImage(GrayImage image);
    const GrayImage& image() const { return m_image; }
    void setWindow(double centre, double width);
    double level() const { return m_centre; }
    double windowWidth() const { return m_width; }
    void setInverted(bool inverted);
    bool isInverted() const { return m_inverted; }
    /// Screen pixels per image pixel.
    double zoom() const { return m_zoom; }
    /// Zooms by `factor` keeping the image point under `anchor` (widget coordinates) in place.
    void zoomBy(double factor, QPointF anchor);
    void fit();
    void actualSize();
    /// The widget point where image pixel `p` is drawn.
    QPointF toWidget(QPointF p) const;
    /// Draws `overlay` (with its transparency) over `region` of the image, in image pixels; a
    /// null image removes it. It follows zoom and pan; setImage removes it.
    void setOverlay(QImage overlay, QRectF region = {});
    bool hasOverlay() const { return !m_overlay.isNull(); }

Q_SIGNALS:
    void windowChanged(double centre, double width);
    void zoomChanged(double zoom);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void rewindow();

    GrayImage m_image;
    QImage m_windowed;
    QImage m_overlay;
    QRectF m_overlayRegion;
    double m_centre = 32768.0;
    double m_width = 65536.0;
    bool m_inverted = false;
    double m_zoom = 1.0;
    QPointF m_offset; ///< widget position of the image's top-left corner
    bool m_fitted = true;
    Qt::MouseButton m_dragging = Qt::NoButton;
    QPointF m_dragStart;
    double m_startCentre = 0.0;
    double m_startWidth = 0.0;
    QPointF m_startOffset;
};

} // namespace cxrfair
