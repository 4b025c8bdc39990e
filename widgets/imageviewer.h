#pragma once

#include "galleryview.h"

#include "imaging/grayimage.h"

#include <QDialog>
#include <QFutureWatcher>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QToolButton;

namespace cxrfair {

class RadiographCanvas;

/// `image` mapped to 8 bits through a window: grey levels below centre - width / 2 are black,
/// above centre + width / 2 white, linear between.
QImage applyWindow(const GrayImage& image, double centre, double width);

/// The window presets of the viewer. Radiographs have no Hounsfield units, so lung and
/// mediastinum are read from the image's own grey levels: the darker and the brighter part of
/// its histogram.
enum class WindowPreset { File, FullRange, Lung, Mediastinum };

/// (centre, width) of a preset for `image`: File is the window the file asked for (the
/// decoded grey range); FullRange spans the image's darkest to brightest pixel; Lung spans its
/// 1st to 60th percentile, Mediastinum its 40th to 99.5th.
std::pair<double, double> presetWindow(const GrayImage& image, WindowPreset preset);

/// One image of a list at full resolution, as a radiologist reads it: window and level by
/// dragging or typed, presets, zoom and pan, fit and 1:1, invert; the arrow keys go to the
/// previous and next image of the list; the image's labels, attributes and scores beside it.
class ImageViewer : public QDialog {
    Q_OBJECT
public:
    ImageViewer(std::vector<GalleryItem> items, int index, QWidget* parent = nullptr);
    explicit ImageViewer(GalleryItem item, QWidget* parent = nullptr);
    ~ImageViewer() override;

    void setWindow(double centre, double width);
    double level() const;
    double windowWidth() const;
    void applyPreset(WindowPreset preset);
    const GrayImage& image() const;
    RadiographCanvas* canvas() const { return m_canvas; }
    bool isLoading() const { return m_watcher.isRunning(); }
    int index() const { return m_index; }
    /// Shows image `index` of the list (the window kept).
    void showItem(int index);
    QString detailsText() const;

Q_SIGNALS:
    void loaded();

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void showDetails();

    std::vector<GalleryItem> m_items;
    int m_index = 0;
    QFutureWatcher<GrayImage> m_watcher;
    RadiographCanvas* m_canvas;
    QLabel* m_details;
    QLabel* m_position;
    QDoubleSpinBox* m_centre;
    QDoubleSpinBox* m_width;
    QComboBox* m_preset;
    QToolButton* m_invert;
};

} // namespace cxrfair
