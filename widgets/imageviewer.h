#pragma once

#include "galleryview.h"

#include "imaging/grayimage.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QHash>

#include <atomic>
#include <memory>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QToolButton;

namespace cxrfair {

class RadiographCanvas;
struct SaliencyMap;

/// What a saliency computation of the viewer gives: a map, or why not.
struct SaliencyOutcome {
    QString key; ///< the image, bundle, condition and method it is of
    std::shared_ptr<const SaliencyMap> map;
    QString error;
    bool cancelled = false;
};

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

    /// The bundles of the models whose scores the items carry (model name -> bundle path): the
    /// saliency map needs them. Without one, the map cannot be shown.
    void setModelBundles(QHash<QString, QString> bundles);
    /// The model and condition whose map to show (when the image has that score).
    void setSaliencyChoice(const QString& model, const QString& condition);
    /// Shows (or hides) the saliency map of the chosen condition and method over the image,
    /// computed in the background (progress and Stop beside it) and remembered per image,
    /// model, condition and method.
    void showSaliency(bool shown);
    bool isComputingSaliency() const { return m_saliency.isRunning(); }
    QComboBox* saliencyConditionBox() const { return m_saliencyCondition; }
    QComboBox* saliencyMethodBox() const { return m_saliencyMethod; }
    QString saliencyStatus() const;

Q_SIGNALS:
    void loaded();
    /// A saliency map is shown (or failed: the status says why).
    void saliencyDone();

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void showDetails();
    void fillSaliencyChoices();
    void updateSaliency();
    void stopSaliency();
    void showMap(const SaliencyMap& map);

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
    QHash<QString, QString> m_bundles;
    QComboBox* m_saliencyCondition;
    QComboBox* m_saliencyMethod;
    QToolButton* m_saliencyShow;
    QToolButton* m_saliencyStop;
    QLabel* m_saliencyStatus;
    QFutureWatcher<SaliencyOutcome> m_saliency;
    std::shared_ptr<std::atomic_bool> m_saliencyCancel;
    QString m_saliencyKey;          ///< what the running or shown map is of
    bool m_restartSaliency = false; ///< the choice changed while a map was computing
};

} // namespace cxrfair
