#include "imageviewer.h"

#include "imaging/imagedecoder.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSlider>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>

namespace cxrfair {

QImage applyWindow(const GrayImage& image, double centre, double width) {
    QImage out(image.width, image.height, QImage::Format_Grayscale8);
    const double w = std::max(1.0, width);
    const double low = centre - w / 2.0;
    for (int y = 0; y < image.height; ++y) {
        uchar* line = out.scanLine(y);
        for (int x = 0; x < image.width; ++x) {
            const double v = (double(image.at(x, y)) - low) / w * 255.0;
            line[x] = uchar(std::lround(std::clamp(v, 0.0, 255.0)));
        }
    }
    return out;
}

ImageViewer::ImageViewer(GalleryItem item, QWidget* parent)
    : QDialog(parent)
    , m_item(std::move(item))
    , m_picture(new QLabel(this))
    , m_details(new QLabel(this))
    , m_centre(new QSlider(Qt::Horizontal, this))
    , m_width(new QSlider(Qt::Horizontal, this)) {
    setWindowTitle(tr("Image %1").arg(m_item.sampleId));
    m_picture->setAlignment(Qt::AlignCenter);
    m_picture->setText(tr("Loading..."));
    m_picture->setMinimumSize(256, 256);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_picture);
    scroll->setWidgetResizable(true);
    m_centre->setRange(0, 65535);
    m_width->setRange(1, 65535);
    m_centre->setValue(32768);
    m_width->setValue(65535);
    m_centre->setObjectName(QStringLiteral("level"));
    m_width->setObjectName(QStringLiteral("window"));
    auto* reset = new QPushButton(tr("&Reset Window"), this);
    auto* controls = new QFormLayout;
    controls->addRow(tr("&Level (centre):"), m_centre);
    controls->addRow(tr("&Window (width):"), m_width);
    controls->addRow(reset);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setWordWrap(true);
    m_details->setText(
        QStringLiteral("<b>%1</b><br>%2<br><br>%3")
            .arg(m_item.sampleId.toHtmlEscaped(),
                 m_item.attributes.join(QStringLiteral("<br>"))
                     .toHtmlEscaped()
                     .replace(QStringLiteral("&lt;br&gt;"), QStringLiteral("<br>")),
                 m_item.scores.join(QStringLiteral("<br>"))
                     .toHtmlEscaped()
                     .replace(QStringLiteral("&lt;br&gt;"), QStringLiteral("<br>"))));
    auto* side = new QVBoxLayout;
    side->addLayout(controls);
    side->addWidget(m_details, 1);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(scroll, 3);
    layout->addLayout(side, 1);
    resize(900, 640);

    connect(m_centre, &QSlider::valueChanged, this, &ImageViewer::showImage);
    connect(m_width, &QSlider::valueChanged, this, &ImageViewer::showImage);
    connect(reset, &QPushButton::clicked, this, [this] { setWindow(32768, 65535); });
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        m_image = m_watcher.result();
        if (m_image.isNull())
            m_picture->setText(tr("Cannot decode %1").arg(m_item.path));
        showImage();
        Q_EMIT loaded();
    });
    if (m_item.path.isEmpty())
        m_picture->setText(tr("The image file of this sample is not known."));
    else
        m_watcher.setFuture(QtConcurrent::run([path = m_item.path] {
            auto decoded = decodeImage(path);
            return decoded ? decoded->image : GrayImage();
        }));
}

ImageViewer::~ImageViewer() {
    m_watcher.waitForFinished();
}

void ImageViewer::setWindow(double centre, double width) {
    const QSignalBlocker b1(m_centre), b2(m_width);
    m_centre->setValue(int(std::lround(centre)));
    m_width->setValue(int(std::lround(width)));
    showImage();
}

void ImageViewer::showImage() {
    if (m_image.isNull())
        return;
    const QImage windowed = applyWindow(m_image, m_centre->value(), m_width->value());
    m_picture->setPixmap(QPixmap::fromImage(windowed).scaled(
        m_picture->size().boundedTo(QSize(1400, 1400)).expandedTo(QSize(256, 256)),
        Qt::KeepAspectRatio, Qt::SmoothTransformation));
}

} // namespace cxrfair
