#pragma once

#include <QFutureWatcher>
#include <QHash>
#include <QImage>
#include <QWidget>

#include <vector>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QListView;
class QStandardItemModel;

namespace cxrfair {

/// One model's score of an image on one condition, with the image's label.
struct GalleryScore {
    QString model;
    QString condition;
    double score = 0.0;
    int label = 0; ///< 1 positive, 0 negative
};

/// One image of the gallery: what the thumbnail and the viewer show. Only the sample id,
/// attributes and scores: never names or dates.
struct GalleryItem {
    QString sampleId;
    QString path;           ///< empty when the image file is unknown (a score table alone)
    QStringList attributes; ///< "sex: F", "age: 63", ...
    QStringList scores;     ///< "Effusion (model): 0.734, label 1", ...
    std::vector<GalleryScore> scored; ///< the same, as numbers: badges, sorting, filters
};

/// Which images of a set the gallery shows, against the score threshold.
enum class GalleryFilter { All, Positives, Negatives, MissedPositives, FalseAlarms };
/// The order of the gallery: as given, by score (highest or lowest first), or by error (the
/// distance of the score from the label, largest first).
enum class GalleryOrder { AsGiven, HighestScore, LowestScore, LargestError };

/// Thumbnails of a set of images (a subgroup, a selection), decoded in the background in
/// order, each with badges for its label and its score on the chosen condition; sorted by score
/// or error and filtered (positives, negatives, missed positives, false alarms). Double-click
/// or Enter opens the viewer on the list as shown.
class GalleryView : public QWidget {
    Q_OBJECT
public:
    /// At most this many thumbnails are decoded per set; the rest are listed by name.
    static constexpr int thumbnailLimit = 600;

    /// The model bundles behind the scores (model name -> bundle), for the viewer's saliency
    /// maps.
    void setModelBundles(QHash<QString, QString> bundles) { m_bundles = std::move(bundles); }

    explicit GalleryView(QWidget* parent = nullptr);
    ~GalleryView() override;

    void setItems(const QString& title, std::vector<GalleryItem> items);
    /// The (model, condition) whose label and score the badges show, sorting and filters use.
    void setCondition(const QString& model, const QString& condition);
    void setFilter(GalleryFilter filter);
    void setOrder(GalleryOrder order);
    /// Scores at or above it count as positive calls (0.5: the positive prompt is the nearer).
    void setThreshold(double threshold);
    /// The items shown, in the order shown (indices into items()).
    const std::vector<int>& shownOrder() const { return m_order; }
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
    QHash<QString, QString> m_bundles;
    void rebuildRows();
    /// The score of item `i` on the chosen condition, if it has one.
    const GalleryScore* chosenScore(int i) const;
    QPixmap badged(int i) const;

    std::vector<GalleryItem> m_items;
    std::vector<QImage> m_thumbnails; ///< per item; null until decoded
    std::vector<int> m_order;
    QString m_scoreModel;
    QString m_condition;
    GalleryFilter m_filter = GalleryFilter::All;
    GalleryOrder m_ordering = GalleryOrder::AsGiven;
    double m_threshold = 0.5;
    QLabel* m_title;
    QListView* m_list;
    QStandardItemModel* m_model;
    QComboBox* m_conditionBox;
    QComboBox* m_filterBox;
    QComboBox* m_orderBox;
    QDoubleSpinBox* m_thresholdBox;
    int m_loaded = 0;
    QFutureWatcher<QImage> m_watcher;
};

/// A decoded image as a thumbnail of at most `size` pixels on its longer side; null when the
/// file cannot be decoded.
QImage decodeThumbnail(const QString& path, int size = 128);

} // namespace cxrfair
