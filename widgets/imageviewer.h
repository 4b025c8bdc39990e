#pragma once

#include "galleryview.h"

#include "imaging/grayimage.h"

#include <QDialog>
#include <QFutureWatcher>

class QLabel;
class QSlider;

namespace cxrfair {

/// `image` mapped to 8 bits through a window: grey levels below centre - width / 2 are black,
/// above centre + width / 2 white, linear between.
QImage applyWindow(const GrayImage& image, double centre, double width);

/// One image at full resolution with window and level, beside its attributes and scores.
class ImageViewer : public QDialog {
    Q_OBJECT
public:
    ImageViewer(GalleryItem item, QWidget* parent = nullptr);
    ~ImageViewer() override;

    void setWindow(double centre, double width);
    const GrayImage& image() const { return m_image; }
    bool isLoading() const { return m_watcher.isRunning(); }

Q_SIGNALS:
    void loaded();

private:
    void showImage();

    GalleryItem m_item;
    GrayImage m_image;
    QFutureWatcher<GrayImage> m_watcher;
    QString m_problem;
    QLabel* m_picture;
    QLabel* m_details;
    QSlider* m_centre;
    QSlider* m_width;
};

} // namespace cxrfair
