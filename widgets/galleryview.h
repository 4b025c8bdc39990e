#pragma once

#include <QCache>
#include <QFutureWatcher>
#include <QHash>
#include <QImage>
#include <QSet>
#include <QWidget>

#include <optional>
#include <vector>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QListView;
class QPushButton;

namespace cxrfair {

class GalleryRowsModel;

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
    QString regionMask; ///< a mask of a region of the image (a PNG), or empty: the drain's
};

/// The share of an image's positive attribution inside its region, computed for the gallery.
struct GalleryRegionShare {
    QString key;                 ///< model, condition and sample id
    std::optional<double> share; ///< nullopt: nothing positive in the map
    QString error;               ///< why the map could not be made; empty when it was
};

/// A thumbnail decoded in the background: item `item` of the gallery's set number `set` (a
/// thumbnail of a set shown before is dropped, never shown for the item of the same index).
struct DecodedThumbnail {
    int set = 0;
    int item = 0;
    QImage image;
};

/// Which images of a set the gallery shows, against the score threshold.
enum class GalleryFilter { All, Positives, Negatives, MissedPositives, FalseAlarms };
/// The order of the gallery: as given, by score (highest or lowest first), by error (the
/// distance of the score from the label, largest first), or by the share of the positive
/// attribution of the score's occlusion map inside the image's region mask (largest first).
enum class GalleryOrder { AsGiven, HighestScore, LowestScore, LargestError, RegionAttribution };

/// Thumbnails of a set of images (a subgroup, a selection, hundreds of thousands of images),
/// decoded in the background when they come into view (the rows painted, the first screenful
/// first) and kept in a cache of bounded size, each with badges for its label and its score on the
/// chosen condition; sorted by score or error and filtered (positives, negatives, missed positives,
/// false alarms). Where images have region masks (the demo's drains), it also sorts by how much of
/// the score's occlusion map falls inside the region: the maps are computed in the background, with
/// progress and Stop, and kept for the session. Double-click or Enter opens the viewer on the list
/// as shown.
class GalleryView : public QWidget {
    Q_OBJECT
public:
    /// At most this many images of a set get an occlusion map for the region order.
    static constexpr int regionMapLimit = 600;
    /// The decoded thumbnails kept (KiB): about 4,000 of 128 x 128 grey levels.
    static constexpr int thumbnailCacheKiB = 64 * 1024;
    /// Rows whose thumbnails are decoded when a set is shown, before anything is painted.
    static constexpr int firstRows = 48;

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
    /// Thumbnails decoded so far for the current set (some may have left the cache since).
    int thumbnailsLoaded() const { return m_loaded; }
    /// Thumbnails held now; their memory is at most thumbnailCacheKiB.
    int thumbnailsCached() const { return int(m_thumbnails.count()); }
    bool isLoading() const { return m_decoding || !m_pending.empty(); }
    void openViewer(int row);
    /// The share of item `i`'s positive attribution inside its region on the chosen condition,
    /// once computed.
    std::optional<double> regionShare(int i) const;
    bool isRankingRegions() const { return m_regionWatcher.isRunning(); }
    /// Stops computing region shares; those computed are kept.
    void stopRegionRanking();
    QComboBox* orderBox() const { return m_orderBox; }

Q_SIGNALS:
    /// Every thumbnail asked for so far is decoded.
    void thumbnailsFinished();
    void regionRankingFinished();

private:
    friend class GalleryRowsModel;
    QHash<QString, QString> m_bundles;
    void rebuildRows();
    /// Item `i`'s thumbnail with its badges; asks for it to be decoded when it is not held.
    QPixmap thumbnailFor(int i);
    QString toolTipFor(int i) const;
    void requestThumbnail(int i);
    /// Decodes the next batch of the thumbnails asked for, the latest first.
    void decodePending();
    /// The score of item `i` on the chosen condition, if it has one.
    const GalleryScore* chosenScore(int i) const;
    QPixmap badged(int i, const QImage& thumbnail) const;
    QString regionKey(int i) const;
    /// Starts computing the region shares the chosen condition lacks; rows are sorted when done.
    void startRegionRanking();
    void showRegionProgress();

    std::vector<GalleryItem> m_items;
    QCache<int, QImage> m_thumbnails{thumbnailCacheKiB}; ///< by item; cost in KiB
    std::vector<int> m_pending;                          ///< items asked for, not yet decoding
    QSet<int> m_requested;                               ///< items asked for or decoding
    bool m_decodeScheduled = false;
    bool m_decoding = false; ///< a batch runs, or its thumbnails are not all delivered yet
    std::vector<int> m_order;
    std::vector<int> m_rowOf; ///< per item: its row in m_order, or -1
    QString m_scoreModel;
    QString m_condition;
    GalleryFilter m_filter = GalleryFilter::All;
    GalleryOrder m_ordering = GalleryOrder::AsGiven;
    double m_threshold = 0.5;
    QLabel* m_title;
    QListView* m_list;
    GalleryRowsModel* m_model;
    QComboBox* m_conditionBox;
    QComboBox* m_filterBox;
    QComboBox* m_orderBox;
    QDoubleSpinBox* m_thresholdBox;
    int m_loaded = 0;
    QFutureWatcher<DecodedThumbnail> m_watcher;
    int m_set = 0;                                        ///< counts the sets shown
    QHash<QString, std::optional<double>> m_regionShares; ///< by regionKey
    QStringList m_regionErrors;
    int m_regionJobs = 0;
    bool m_regionStopped = false; ///< Stop pressed: no new maps until the set or order changes
    QLabel* m_regionStatus;
    QPushButton* m_regionStop;
    QFutureWatcher<GalleryRegionShare> m_regionWatcher;
};

/// A decoded image as a thumbnail of at most `size` pixels on its longer side; null when the
/// file cannot be decoded.
QImage decodeThumbnail(const QString& path, int size = 128);

} // namespace cxrfair
