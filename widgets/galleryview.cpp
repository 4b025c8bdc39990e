#include "galleryview.h"

#include "imageviewer.h"

#include "imaging/imagedecoder.h"
#include "models/modelbundle.h"
#include "models/modelencoder.h"
#include "robustness/regionattribution.h"

#include <QAbstractListModel>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPainter>
#include <QPromise>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentMap>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>

namespace cxrfair {

namespace {
constexpr int thumbnailSize = 128;

QImage placeholder(const QString& text) {
    QImage p(thumbnailSize, thumbnailSize, QImage::Format_RGB32);
    p.fill(QColor(0x30, 0x30, 0x30));
    QPainter painter(&p);
    painter.setPen(QColor(0xCC, 0xCC, 0xCC));
    painter.drawText(p.rect(), Qt::AlignCenter | Qt::TextWordWrap, text);
    return p;
}

void badge(QPainter& painter, const QRect& at, const QColor& fill, const QString& text) {
    painter.setPen(Qt::NoPen);
    painter.setBrush(fill);
    painter.drawRoundedRect(at, 3, 3);
    painter.setPen(Qt::white);
    painter.drawText(at, Qt::AlignCenter, text);
}
} // namespace

QImage decodeThumbnail(const QString& path, int size) {
    DecodeOptions options;
    options.maxDimension = size;
    auto decoded = decodeImage(path, options);
    if (!decoded)
        return {};
    return decoded->image.toQImage8();
}

/// The rows of the gallery, made when they are painted: a set of hundreds of thousands of
/// images costs its order, not an item and a pixmap per image.
class GalleryRowsModel : public QAbstractListModel {
public:
    explicit GalleryRowsModel(GalleryView* view)
        : QAbstractListModel(view)
        , m_view(view) {}
    int rowCount(const QModelIndex& parent = {}) const override {
        return parent.isValid() ? 0 : int(m_view->m_order.size());
    }
    QVariant data(const QModelIndex& index, int role) const override {
        if (!index.isValid() || index.row() >= int(m_view->m_order.size()))
            return {};
        const int i = m_view->m_order[size_t(index.row())];
        switch (role) {
        case Qt::DisplayRole:
            return m_view->m_items[size_t(i)].sampleId;
        case Qt::ToolTipRole:
            return m_view->toolTipFor(i);
        case Qt::DecorationRole:
            return m_view->thumbnailFor(i);
        default:
            return {};
        }
    }
    void reset(const std::function<void()>& change) {
        beginResetModel();
        change();
        endResetModel();
    }
    void rowChanged(int row) {
        const QModelIndex at = index(row);
        Q_EMIT dataChanged(at, at, {Qt::DecorationRole});
    }
    void allChanged() {
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0), index(rowCount() - 1), {Qt::DecorationRole});
    }

private:
    GalleryView* m_view;
};

GalleryView::GalleryView(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_list(new QListView(this))
    , m_model(new GalleryRowsModel(this))
    , m_conditionBox(new QComboBox(this))
    , m_filterBox(new QComboBox(this))
    , m_orderBox(new QComboBox(this))
    , m_thresholdBox(new QDoubleSpinBox(this))
    , m_regionStatus(new QLabel(this))
    , m_regionStop(new QPushButton(tr("Stop"), this)) {
    m_list->setObjectName(QStringLiteral("gallery"));
    m_list->setViewMode(QListView::IconMode);
    m_list->setIconSize(QSize(thumbnailSize, thumbnailSize));
    m_list->setGridSize(QSize(thumbnailSize + 24, thumbnailSize + 36));
    m_list->setResizeMode(QListView::Adjust);
    m_list->setMovement(QListView::Static);
    m_list->setUniformItemSizes(true);
    // Laid out a thousand rows at a time: a set of 377,110 images never holds the event loop.
    m_list->setLayoutMode(QListView::Batched);
    m_list->setBatchSize(1000);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setModel(m_model);
    m_title->setWordWrap(true);
    m_title->setText(tr("Click a bar of the subgroup AUC chart, or select points in the PCA "
                        "scatter, to see those images here."));
    m_conditionBox->setObjectName(QStringLiteral("galleryCondition"));
    m_filterBox->setObjectName(QStringLiteral("galleryFilter"));
    m_orderBox->setObjectName(QStringLiteral("galleryOrder"));
    m_conditionBox->setToolTip(tr("The condition whose label and score the badges show"));
    m_filterBox->addItem(tr("All images"), int(GalleryFilter::All));
    m_filterBox->addItem(tr("Positives"), int(GalleryFilter::Positives));
    m_filterBox->addItem(tr("Negatives"), int(GalleryFilter::Negatives));
    m_filterBox->addItem(tr("Missed positives"), int(GalleryFilter::MissedPositives));
    m_filterBox->addItem(tr("False alarms"), int(GalleryFilter::FalseAlarms));
    m_orderBox->addItem(tr("As listed"), int(GalleryOrder::AsGiven));
    m_orderBox->addItem(tr("Highest score first"), int(GalleryOrder::HighestScore));
    m_orderBox->addItem(tr("Lowest score first"), int(GalleryOrder::LowestScore));
    m_orderBox->addItem(tr("Largest error first"), int(GalleryOrder::LargestError));
    m_thresholdBox->setRange(0.0, 1.0);
    m_thresholdBox->setDecimals(2);
    m_thresholdBox->setSingleStep(0.05);
    m_thresholdBox->setValue(m_threshold);
    m_thresholdBox->setToolTip(tr("A score at or above it is a positive call (0.5: the positive "
                                  "prompt is the nearer); it decides what is missed or a false "
                                  "alarm"));
    auto* bar = new QHBoxLayout;
    auto* show = new QLabel(tr("&Show:"), this);
    show->setBuddy(m_filterBox);
    auto* order = new QLabel(tr("S&ort:"), this);
    order->setBuddy(m_orderBox);
    auto* at = new QLabel(tr("at"), this);
    bar->addWidget(m_conditionBox, 2);
    bar->addWidget(show);
    bar->addWidget(m_filterBox, 1);
    bar->addWidget(at);
    bar->addWidget(m_thresholdBox);
    bar->addWidget(order);
    bar->addWidget(m_orderBox, 1);
    m_regionStatus->setObjectName(QStringLiteral("galleryRegionStatus"));
    m_regionStatus->setWordWrap(true);
    m_regionStop->setObjectName(QStringLiteral("galleryRegionStop"));
    m_regionStop->setToolTip(tr("Stop computing the maps; the images mapped so far keep their "
                                "place"));
    auto* regionBar = new QHBoxLayout;
    regionBar->addWidget(m_regionStatus, 1);
    regionBar->addWidget(m_regionStop);
    m_regionStatus->hide();
    m_regionStop->hide();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_title);
    layout->addLayout(bar);
    layout->addLayout(regionBar);
    layout->addWidget(m_list, 1);
    connect(m_list, &QListView::activated, this,
            [this](const QModelIndex& index) { openViewer(index.row()); });
    connect(&m_watcher, &QFutureWatcherBase::resultReadyAt, this, [this](int k) {
        const DecodedThumbnail decoded = m_watcher.resultAt(k);
        if (decoded.set != m_set)
            return; // of a set shown before this one
        const int i = decoded.item;
        const QImage image =
            decoded.image.isNull() ? placeholder(tr("cannot decode")) : decoded.image;
        m_thumbnails.insert(i, new QImage(image),
                            std::max<qsizetype>(1, image.sizeInBytes() / 1024));
        m_requested.remove(i);
        ++m_loaded;
        if (i < int(m_rowOf.size()) && m_rowOf[size_t(i)] >= 0)
            m_model->rowChanged(m_rowOf[size_t(i)]);
    });
    // Delivered after the batch's results: the next batch may start.
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        m_decoding = false;
        decodePending();
    });
    connect(m_conditionBox, &QComboBox::currentIndexChanged, this, [this](int i) {
        const QStringList key = m_conditionBox->itemData(i).toStringList();
        if (key.size() == 2)
            setCondition(key[0], key[1]);
    });
    connect(m_filterBox, &QComboBox::currentIndexChanged, this,
            [this] { setFilter(GalleryFilter(m_filterBox->currentData().toInt())); });
    connect(m_orderBox, &QComboBox::currentIndexChanged, this,
            [this] { setOrder(GalleryOrder(m_orderBox->currentData().toInt())); });
    connect(m_thresholdBox, &QDoubleSpinBox::valueChanged, this, &GalleryView::setThreshold);
    connect(m_regionStop, &QPushButton::clicked, this, &GalleryView::stopRegionRanking);
    connect(&m_regionWatcher, &QFutureWatcherBase::resultReadyAt, this, [this](int i) {
        const GalleryRegionShare r = m_regionWatcher.resultAt(i);
        m_regionShares.insert(r.key, r.share);
        if (!r.error.isEmpty())
            m_regionErrors << r.error;
        showRegionProgress();
    });
    connect(&m_regionWatcher, &QFutureWatcherBase::finished, this, [this] {
        // The set or the condition may have changed while a map was computed: go on with what
        // the rows shown now lack, unless the user stopped.
        if (!m_regionStopped)
            startRegionRanking();
        showRegionProgress();
        if (!m_regionWatcher.isRunning()) {
            if (m_ordering == GalleryOrder::RegionAttribution)
                rebuildRows();
            Q_EMIT regionRankingFinished();
        }
    });
}

GalleryView::~GalleryView() {
    m_watcher.cancel();
    m_watcher.waitForFinished();
    m_regionWatcher.cancel();
    m_regionWatcher.waitForFinished();
}

QString GalleryView::title() const {
    return m_title->text();
}

void GalleryView::setItems(const QString& title, std::vector<GalleryItem> items) {
    m_watcher.cancel();
    m_watcher.waitForFinished();
    m_items = std::move(items);
    ++m_set;
    m_loaded = 0;
    m_thumbnails.clear();
    m_pending.clear();
    m_requested.clear();
    // The maps of the set before stop after the one being computed (never waited for here);
    // shares are keyed by model, condition and sample, so a later set reuses what is kept.
    m_regionWatcher.cancel();
    m_regionStopped = false;
    m_regionErrors.clear();
    m_title->setText(tr("%1: %n image(s)", nullptr, int(m_items.size())).arg(title));
    // The conditions the set has scores for; the one chosen before stays when it is there.
    {
        const QSignalBlocker block(m_conditionBox);
        m_conditionBox->clear();
        // The pairs in order of first appearance, compared as strings (a whole dataset has
        // hundreds of thousands of images and a handful of pairs).
        std::vector<const GalleryScore*> pairs;
        for (const GalleryItem& g : m_items)
            for (const GalleryScore& s : g.scored)
                if (std::none_of(pairs.begin(), pairs.end(), [&](const GalleryScore* p) {
                        return p->model == s.model && p->condition == s.condition;
                    }))
                    pairs.push_back(&s);
        for (const GalleryScore* s : pairs)
            m_conditionBox->addItem(QStringLiteral("%1 (%2)").arg(s->condition, s->model),
                                    QStringList{s->model, s->condition});
        const int kept = m_conditionBox->findData(QStringList{m_scoreModel, m_condition});
        m_conditionBox->setCurrentIndex(std::max(0, kept));
        const QStringList key = m_conditionBox->currentData().toStringList();
        m_scoreModel = key.value(0);
        m_condition = key.value(1);
    }
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_conditionBox, m_filterBox, m_orderBox, m_thresholdBox})
        w->setEnabled(m_conditionBox->count() > 0);
    // Sorting by region attribution, where some image has a region.
    const bool regions = std::any_of(m_items.begin(), m_items.end(), [](const GalleryItem& g) {
        return !g.regionMask.isEmpty() && !g.path.isEmpty();
    });
    const int regionEntry = m_orderBox->findData(int(GalleryOrder::RegionAttribution));
    if (regions && regionEntry < 0) {
        m_orderBox->addItem(tr("Most attribution inside the region first"),
                            int(GalleryOrder::RegionAttribution));
        m_orderBox->setItemData(
            m_orderBox->count() - 1,
            tr("Computes each image's occlusion map for the chosen condition and sorts by the "
               "share of its positive attribution inside the image's region (the drain)"),
            Qt::ToolTipRole);
    } else if (!regions && regionEntry >= 0) {
        if (m_ordering == GalleryOrder::RegionAttribution)
            m_ordering = GalleryOrder::AsGiven;
        const QSignalBlocker block(m_orderBox);
        m_orderBox->removeItem(regionEntry);
        m_orderBox->setCurrentIndex(m_orderBox->findData(int(m_ordering)));
    }
    startRegionRanking();
    showRegionProgress();
    rebuildRows();
}

void GalleryView::setCondition(const QString& model, const QString& condition) {
    m_scoreModel = model;
    m_condition = condition;
    const int i = m_conditionBox->findData(QStringList{model, condition});
    if (i >= 0 && i != m_conditionBox->currentIndex()) {
        const QSignalBlocker block(m_conditionBox);
        m_conditionBox->setCurrentIndex(i);
    }
    m_regionStopped = false;
    startRegionRanking();
    rebuildRows();
}

void GalleryView::setFilter(GalleryFilter filter) {
    m_filter = filter;
    const QSignalBlocker block(m_filterBox);
    m_filterBox->setCurrentIndex(m_filterBox->findData(int(filter)));
    rebuildRows();
}

void GalleryView::setOrder(GalleryOrder order) {
    m_ordering = order;
    const QSignalBlocker block(m_orderBox);
    m_orderBox->setCurrentIndex(m_orderBox->findData(int(order)));
    m_regionStopped = false;
    startRegionRanking();
    rebuildRows();
}

void GalleryView::setThreshold(double threshold) {
    m_threshold = threshold;
    const QSignalBlocker block(m_thresholdBox);
    m_thresholdBox->setValue(threshold);
    rebuildRows();
}

const GalleryScore* GalleryView::chosenScore(int i) const {
    for (const GalleryScore& s : m_items[size_t(i)].scored)
        if (s.model == m_scoreModel && s.condition == m_condition)
            return &s;
    return nullptr;
}

void GalleryView::rebuildRows() {
    m_order.clear();
    for (int i = 0; i < int(m_items.size()); ++i) {
        const GalleryScore* s = chosenScore(i);
        const bool called = s && s->score >= m_threshold;
        bool keep = true;
        switch (m_filter) {
        case GalleryFilter::All:
            break;
        case GalleryFilter::Positives:
            keep = s && s->label == 1;
            break;
        case GalleryFilter::Negatives:
            keep = s && s->label == 0;
            break;
        case GalleryFilter::MissedPositives:
            keep = s && s->label == 1 && !called;
            break;
        case GalleryFilter::FalseAlarms:
            keep = s && s->label == 0 && called;
            break;
        }
        if (keep)
            m_order.push_back(i);
    }
    auto key = [this](int i) {
        const GalleryScore* s = chosenScore(i);
        if (!s)
            return -1.0;
        switch (m_ordering) {
        case GalleryOrder::HighestScore:
            return s->score;
        case GalleryOrder::LowestScore:
            return 1.0 - s->score;
        case GalleryOrder::LargestError:
            return std::abs(double(s->label) - s->score);
        case GalleryOrder::RegionAttribution:
            return regionShare(i).value_or(-1.0); // images without a map last
        case GalleryOrder::AsGiven:
            break;
        }
        return 0.0;
    };
    if (m_ordering != GalleryOrder::AsGiven)
        std::stable_sort(m_order.begin(), m_order.end(),
                         [&](int a, int b) { return key(a) > key(b); });
    m_model->reset([this] {
        m_rowOf.assign(m_items.size(), -1);
        for (size_t row = 0; row < m_order.size(); ++row)
            m_rowOf[size_t(m_order[row])] = int(row);
    });
    // The first screenful starts decoding before anything is painted; the rest as it is seen.
    for (size_t row = 0; row < m_order.size() && row < size_t(firstRows); ++row)
        requestThumbnail(m_order[row]);
    if (!isLoading())
        Q_EMIT thumbnailsFinished();
}

QString GalleryView::toolTipFor(int i) const {
    const GalleryItem& g = m_items[size_t(i)];
    QStringList tip = QStringList{g.sampleId} + g.attributes + g.scores;
    if (const auto share = regionShare(i))
        tip << tr("Positive attribution inside the region: %1%").arg(std::lround(100.0 * *share));
    return tip.join(QLatin1Char('\n'));
}

QPixmap GalleryView::thumbnailFor(int i) {
    static const QImage noFile = placeholder(tr("no image file"));
    static const QImage loading = placeholder(tr("loading"));
    if (m_items[size_t(i)].path.isEmpty())
        return badged(i, noFile);
    if (const QImage* held = m_thumbnails.object(i))
        return badged(i, *held);
    requestThumbnail(i);
    return badged(i, loading);
}

void GalleryView::requestThumbnail(int i) {
    if (m_items[size_t(i)].path.isEmpty() || m_thumbnails.contains(i) || m_requested.contains(i))
        return;
    m_requested.insert(i);
    m_pending.push_back(i);
    if (!m_decodeScheduled) {
        m_decodeScheduled = true;
        QTimer::singleShot(0, this, &GalleryView::decodePending);
    }
}

void GalleryView::decodePending() {
    m_decodeScheduled = false;
    if (m_decoding)
        return; // its end decodes the next batch
    // What was asked for last is what is on screen now: those first, 32 at a time.
    std::vector<std::pair<int, QString>> batch;
    while (!m_pending.empty() && batch.size() < 32) {
        const int i = m_pending.back();
        m_pending.pop_back();
        if (m_rowOf.size() > size_t(i) && m_rowOf[size_t(i)] < 0) {
            m_requested.remove(i); // filtered out since it was asked for
            continue;
        }
        batch.emplace_back(i, m_items[size_t(i)].path);
    }
    if (batch.empty()) {
        Q_EMIT thumbnailsFinished();
        return;
    }
    m_decoding = true;
    m_watcher.setFuture(
        QtConcurrent::mapped(std::move(batch), [set = m_set](const std::pair<int, QString>& job) {
            return DecodedThumbnail{set, job.first, decodeThumbnail(job.second, thumbnailSize)};
        }));
}

QPixmap GalleryView::badged(int i, const QImage& thumb) const {
    QImage canvas(thumbnailSize, thumbnailSize, QImage::Format_RGB32);
    canvas.fill(QColor(0x20, 0x20, 0x20));
    QPainter painter(&canvas);
    painter.drawImage(
        QPoint((thumbnailSize - thumb.width()) / 2, (thumbnailSize - thumb.height()) / 2), thumb);
    if (const GalleryScore* s = chosenScore(i)) {
        QFont font = painter.font();
        font.setPixelSize(12);
        font.setBold(true);
        painter.setFont(font);
        const bool called = s->score >= m_threshold;
        // The label: orange for a positive, grey for a negative; the error, when there is one.
        badge(painter, QRect(3, 3, 22, 18),
              s->label == 1 ? QColor(0xD5, 0x5E, 0x00) : QColor(0x55, 0x55, 0x55),
              s->label == 1 ? QStringLiteral("+") : QStringLiteral("\u2212"));
        if (s->label == 1 && !called)
            badge(painter, QRect(28, 3, 56, 18), QColor(0xB0, 0x20, 0x20), tr("missed"));
        else if (s->label == 0 && called)
            badge(painter, QRect(28, 3, 76, 18), QColor(0xB0, 0x20, 0x20), tr("false alarm"));
        badge(painter, QRect(thumbnailSize - 44, thumbnailSize - 21, 41, 18), QColor(0, 0x72, 0xB2),
              QString::number(s->score, 'f', 2));
        // The share of the attribution inside the region, once mapped.
        if (const auto share = regionShare(i);
            share && m_ordering == GalleryOrder::RegionAttribution)
            badge(painter, QRect(3, thumbnailSize - 21, 50, 18), QColor(0, 0x9E, 0x73),
                  tr("%1%").arg(std::lround(100.0 * *share)));
    }
    painter.end();
    return QPixmap::fromImage(canvas);
}

QString GalleryView::regionKey(int i) const {
    return QStringList{m_scoreModel, m_condition, m_items[size_t(i)].sampleId}.join(QChar::Null);
}

std::optional<double> GalleryView::regionShare(int i) const {
    return m_regionShares.value(regionKey(i), std::nullopt);
}

void GalleryView::startRegionRanking() {
    if (m_ordering != GalleryOrder::RegionAttribution || m_regionWatcher.isRunning())
        return;
    const QString bundle = m_bundles.value(m_scoreModel);
    if (bundle.isEmpty())
        return; // showRegionProgress says why
    struct Job {
        QString key, image, mask;
    };
    std::vector<Job> jobs;
    for (int i = 0; i < int(m_items.size()) && i < regionMapLimit; ++i) {
        const GalleryItem& g = m_items[size_t(i)];
        if (!g.regionMask.isEmpty() && !g.path.isEmpty() && !m_regionShares.contains(regionKey(i)))
            jobs.push_back({regionKey(i), g.path, g.regionMask});
    }
    m_regionJobs = int(jobs.size());
    if (jobs.empty())
        return;
    const QString condition = m_condition;
    m_regionWatcher.setFuture(QtConcurrent::run(
        [jobs = std::move(jobs), bundle, condition](QPromise<GalleryRegionShare>& promise) {
            promise.setProgressRange(0, int(jobs.size()));
            const Progress progress({}, [&promise] { return promise.isCanceled(); });
            // The model is opened once for all the maps; when it cannot be, every image says
            // why.
            SaliencyRequest request;
            request.bundlePath = bundle;
            request.condition = condition;
            auto manifest = readModelBundle(bundle);
            auto encoder =
                manifest ? ModelEncoder::open(*manifest, request.settings)
                         : Result<std::unique_ptr<ModelEncoder>>(std::unexpected(manifest.error()));
            int done = 0;
            for (const Job& job : jobs) {
                if (promise.isCanceled())
                    return;
                request.imagePath = job.image;
                const auto share =
                    encoder ? regionAttributionShare(**encoder, request, job.mask, progress)
                            : Result<std::optional<double>>(std::unexpected(encoder.error()));
                if (!share && share.error().code == ErrorCode::Cancelled)
                    return;
                promise.addResult(GalleryRegionShare{job.key, share ? *share : std::nullopt,
                                                     share ? QString() : share.error().toString()});
                promise.setProgressValue(++done);
            }
        }));
    showRegionProgress();
}

void GalleryView::stopRegionRanking() {
    m_regionStopped = true;
    m_regionWatcher.cancel();
}

void GalleryView::showRegionProgress() {
    const bool running = m_regionWatcher.isRunning();
    m_regionStop->setVisible(running);
    QString text;
    if (running)
        text = tr("Computing occlusion maps for %1: %2 of %3 images")
                   .arg(m_condition)
                   .arg(m_regionWatcher.future().resultCount())
                   .arg(m_regionJobs);
    else if (m_ordering == GalleryOrder::RegionAttribution &&
             m_bundles.value(m_scoreModel).isEmpty())
        text = tr("No model bundle for %1 in this session: its maps cannot be computed.")
                   .arg(m_scoreModel);
    else if (!m_regionErrors.isEmpty())
        text = tr("%n image(s) could not be mapped: %1", nullptr, int(m_regionErrors.size()))
                   .arg(m_regionErrors.front());
    m_regionStatus->setText(text);
    m_regionStatus->setVisible(!text.isEmpty());
}

void GalleryView::openViewer(int row) {
    if (row < 0 || row >= int(m_order.size()))
        return;
    // The viewer walks the list as shown: sorted and filtered.
    std::vector<GalleryItem> shown;
    shown.reserve(m_order.size());
    for (int i : m_order)
        shown.push_back(m_items[size_t(i)]);
    auto* viewer = new ImageViewer(std::move(shown), row, this);
    viewer->setModelBundles(m_bundles);
    viewer->setSaliencyChoice(m_scoreModel, m_condition); // the condition the gallery shows
    viewer->setAttribute(Qt::WA_DeleteOnClose);
    viewer->show();
}

} // namespace cxrfair
