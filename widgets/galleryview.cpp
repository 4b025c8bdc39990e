#include "galleryview.h"

#include "imageviewer.h"

#include "imaging/imagedecoder.h"

#include <QLabel>
#include <QListView>
#include <QPainter>
#include <QStandardItemModel>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentMap>

namespace cxrfair {

namespace {
constexpr int thumbnailSize = 128;

QPixmap placeholder(const QString& text) {
    QPixmap p(thumbnailSize, thumbnailSize);
    p.fill(QColor(0x30, 0x30, 0x30));
    QPainter painter(&p);
    painter.setPen(QColor(0xCC, 0xCC, 0xCC));
    painter.drawText(p.rect(), Qt::AlignCenter | Qt::TextWordWrap, text);
    return p;
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

GalleryView::GalleryView(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_list(new QListView(this))
    , m_model(new QStandardItemModel(this)) {
    m_list->setObjectName(QStringLiteral("gallery"));
    m_list->setViewMode(QListView::IconMode);
    m_list->setIconSize(QSize(thumbnailSize, thumbnailSize));
    m_list->setGridSize(QSize(thumbnailSize + 24, thumbnailSize + 36));
    m_list->setResizeMode(QListView::Adjust);
    m_list->setMovement(QListView::Static);
    m_list->setUniformItemSizes(true);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setModel(m_model);
    m_title->setWordWrap(true);
    m_title->setText(tr("Click a bar of the subgroup AUC chart, or select points in the PCA "
                        "scatter, to see those images here."));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_title);
    layout->addWidget(m_list, 1);
    connect(m_list, &QListView::activated, this,
            [this](const QModelIndex& index) { openViewer(index.row()); });
    connect(&m_watcher, &QFutureWatcherBase::resultReadyAt, this, [this](int i) {
        const QImage image = m_watcher.resultAt(i);
        if (QStandardItem* item = m_model->item(i))
            item->setIcon(image.isNull() ? QIcon(placeholder(tr("cannot decode")))
                                         : QIcon(QPixmap::fromImage(image)));
        ++m_loaded;
    });
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &GalleryView::thumbnailsFinished);
}

GalleryView::~GalleryView() {
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

QString GalleryView::title() const {
    return m_title->text();
}

void GalleryView::setItems(const QString& title, std::vector<GalleryItem> items) {
    m_watcher.cancel();
    m_watcher.waitForFinished();
    m_items = std::move(items);
    m_loaded = 0;
    m_model->clear();
    const int shown = std::min<int>(int(m_items.size()), thumbnailLimit);
    m_title->setText(int(m_items.size()) > shown
                         ? tr("%1: %2 images (thumbnails of the first %3)")
                               .arg(title)
                               .arg(m_items.size())
                               .arg(shown)
                         : tr("%1: %n image(s)", nullptr, int(m_items.size())).arg(title));
    const QPixmap waiting = placeholder(tr("loading"));
    const QPixmap unknown = placeholder(tr("no image file"));
    QStringList paths;
    for (int i = 0; i < int(m_items.size()); ++i) {
        const GalleryItem& g = m_items[size_t(i)];
        auto* item = new QStandardItem(g.sampleId);
        item->setToolTip(
            (QStringList{g.sampleId} + g.attributes + g.scores).join(QLatin1Char('\n')));
        item->setIcon(i < shown && !g.path.isEmpty() ? QIcon(waiting) : QIcon(unknown));
        m_model->appendRow(item);
        if (i < shown)
            paths << g.path;
    }
    m_watcher.setFuture(QtConcurrent::mapped(paths, [](const QString& path) {
        return path.isEmpty() ? QImage() : decodeThumbnail(path, thumbnailSize);
    }));
}

void GalleryView::openViewer(int row) {
    if (row < 0 || row >= int(m_items.size()))
        return;
    auto* viewer = new ImageViewer(m_items[size_t(row)], this);
    viewer->setAttribute(Qt::WA_DeleteOnClose);
    viewer->show();
}

} // namespace cxrfair
