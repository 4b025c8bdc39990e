#pragma once

#include <QFutureWatcher>
#include <QImage>
#include <QWidget>

#include <vector>

class QLabel;
class QListView;
class QStandardItemModel;

namespace cxrfair {

/// One image of the gallery: what the thumbnail and the viewer show. Only the sample id,
/// attributes and scores: never names or dates.
struct GalleryItem {
    QString sampleId;
    QString path;           ///< empty when the image file is unknown (a score table alone)
    QStringList attributes; ///< "sex: F", "age: 63", ...
    QStringList scores;     ///< "Effusion (model): 0.734, label 1", ...
};

/// Thumbnails of a set of images (a subgroup, a selection), decoded in the background in
/// order; double-click or Enter opens the viewer.
class GalleryView : public QWidget {
    Q_OBJECT
public:
    /// At most this many thumbnails are decoded per set; the rest are listed by name.
    static constexpr int thumbnailLimit = 600;

    explicit GalleryView(QWidget* parent = nullptr);
    ~GalleryView() override;

    void setItems(const QString& title, std::vector<GalleryItem> items);
    const std::vector<GalleryItem>& items() const { return m_items; }
    QListView* list() const { return m_list; }
    QString title() const;
    /// Thumbnails decoded so far for the current set.
    int thumbnailsLoaded() const { return m_loaded; }
    bool isLoading() const { return m_watcher.isRunning(); }
    void openViewer(int row);

Q_SIGNALS:
    void thumbnailsFinished();

private:
    std::vector<GalleryItem> m_items;
    int m_loaded = 0;
    QFutureWatcher<QImage> m_watcher;
    QLabel* m_title;
    QListView* m_list;
    QStandardItemModel* m_model;
};

/// A decoded image as a thumbnail of at most `size` pixels on its longer side; null when the
/// file cannot be decoded.
QImage decodeThumbnail(const QString& path, int size = 128);

} // namespace cxrfair
