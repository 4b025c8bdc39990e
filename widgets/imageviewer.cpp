#include "imageviewer.h"

#include "radiographcanvas.h"

#include "imaging/imagedecoder.h"
#include "robustness/saliency.h"
#include "robustness/saliencyoverlay.h"

#include <QCache>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>
#include <utility>

namespace cxrfair {

namespace {
/// Maps computed by any viewer, by image, bundle, condition and method.
QCache<QString, std::shared_ptr<const SaliencyMap>>& saliencyCache() {
    static QCache<QString, std::shared_ptr<const SaliencyMap>> cache(64);
    return cache;
}
} // namespace

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

std::pair<double, double> presetWindow(const GrayImage& image, WindowPreset preset) {
    if (preset == WindowPreset::File || image.isNull())
        return {32768.0, 65536.0};
    std::vector<qint64> histogram(65536, 0);
    for (std::uint16_t v : image.pixels)
        ++histogram[v];
    auto percentile = [&](double p) {
        const qint64 wanted = qint64(p / 100.0 * double(image.pixels.size() - 1));
        qint64 seen = 0;
        for (size_t v = 0; v < histogram.size(); ++v) {
            seen += histogram[v];
            if (seen > wanted)
                return double(v);
        }
        return 65535.0;
    };
    const auto [low, high] =
        preset == WindowPreset::FullRange ? std::pair{percentile(0), percentile(100)}
        : preset == WindowPreset::Lung    ? std::pair{percentile(1), percentile(60)}
                                          : std::pair{percentile(40), percentile(99.5)};
    const double width = std::max(16.0, high - low);
    return {low + width / 2.0, width};
}

ImageViewer::ImageViewer(GalleryItem item, QWidget* parent)
    : ImageViewer(std::vector<GalleryItem>{std::move(item)}, 0, parent) {}

ImageViewer::ImageViewer(std::vector<GalleryItem> items, int index, QWidget* parent)
    : QDialog(parent)
    , m_items(std::move(items))
    , m_canvas(new RadiographCanvas(this))
    , m_details(new QLabel(this))
    , m_position(new QLabel(this))
    , m_centre(new QDoubleSpinBox(this))
    , m_width(new QDoubleSpinBox(this))
    , m_preset(new QComboBox(this))
    , m_invert(new QToolButton(this))
    , m_saliencyCondition(new QComboBox(this))
    , m_saliencyMethod(new QComboBox(this))
    , m_saliencyShow(new QToolButton(this))
    , m_saliencyStop(new QToolButton(this))
    , m_saliencyStatus(new QLabel(this)) {
    m_centre->setObjectName(QStringLiteral("level"));
    m_width->setObjectName(QStringLiteral("window"));
    m_preset->setObjectName(QStringLiteral("preset"));
    m_centre->setRange(-32768, 98304);
    m_width->setRange(16, 131072);
    for (QDoubleSpinBox* box : {m_centre, m_width}) {
        box->setDecimals(0);
        box->setSingleStep(256);
        box->setKeyboardTracking(false);
        box->setToolTip(tr("Grey levels of the decoded image, 0 to 65535"));
    }
    m_preset->addItem(tr("File's window"), int(WindowPreset::File));
    m_preset->addItem(tr("Full range"), int(WindowPreset::FullRange));
    m_preset->addItem(tr("Lung"), int(WindowPreset::Lung));
    m_preset->addItem(tr("Mediastinum"), int(WindowPreset::Mediastinum));
    m_preset->setToolTip(tr("Lung and mediastinum use the darker and the brighter part of this "
                            "image's grey levels (radiographs have no Hounsfield units)"));
    // The keys (F, 1, I, +, -, the arrows) are the dialog's: see keyPressEvent.
    auto tool = [this](const QString& text, const QString& tip) {
        auto* b = new QToolButton(this);
        b->setText(text);
        b->setToolTip(tip);
        return b;
    };
    QToolButton* fit = tool(tr("&Fit"), tr("Fit the image to the window (F)"));
    QToolButton* actual = tool(tr("1:1"), tr("One image pixel per screen pixel (1)"));
    m_invert->setText(tr("&Invert"));
    m_invert->setToolTip(tr("White for black (I)"));
    m_invert->setCheckable(true);
    QToolButton* previous =
        tool(tr("< Previous"), tr("The previous image of the list (Left, Page Up)"));
    QToolButton* next = tool(tr("Next >"), tr("The next image of the list (Right, Page Down)"));

    auto* controls = new QFormLayout;
    controls->addRow(tr("&Level (centre):"), m_centre);
    controls->addRow(tr("&Window (width):"), m_width);
    controls->addRow(tr("&Preset:"), m_preset);
    auto* view = new QHBoxLayout;
    view->addWidget(fit);
    view->addWidget(actual);
    view->addWidget(m_invert);
    view->addStretch(1);
    // Saliency: where the chosen score comes from on this image.
    m_saliencyCondition->setObjectName(QStringLiteral("saliencyCondition"));
    m_saliencyMethod->setObjectName(QStringLiteral("saliencyMethod"));
    m_saliencyMethod->addItem(tr("Occlusion"), int(SaliencyMethod::Occlusion));
    m_saliencyMethod->addItem(tr("Gradient x input"), int(SaliencyMethod::Gradient));
    m_saliencyMethod->setToolTip(
        tr("Occlusion: how much the score drops when a 32-pixel patch of the model's input is "
           "hidden (every model). Gradient x input: how the score changes with each pixel "
           "(models with gradients)."));
    m_saliencyShow->setText(tr("Show &map"));
    m_saliencyShow->setObjectName(QStringLiteral("saliencyShow"));
    m_saliencyShow->setCheckable(true);
    m_saliencyShow->setToolTip(tr("The saliency map over the image (M); red: the score needs "
                                  "this region, blue: the score is higher without it"));
    m_saliencyStop->setText(tr("Stop"));
    m_saliencyStop->setEnabled(false);
    m_saliencyStatus->setObjectName(QStringLiteral("saliencyStatus"));
    m_saliencyStatus->setWordWrap(true);
    m_saliencyStatus->setMinimumHeight(3 * m_saliencyStatus->fontMetrics().lineSpacing() + 4);
    auto* saliency = new QFormLayout;
    saliency->addRow(tr("Map &of:"), m_saliencyCondition);
    saliency->addRow(tr("Met&hod:"), m_saliencyMethod);
    auto* saliencyButtons = new QHBoxLayout;
    saliencyButtons->addWidget(m_saliencyShow);
    saliencyButtons->addWidget(m_saliencyStop);
    saliencyButtons->addStretch(1);
    saliency->addRow(saliencyButtons);
    auto* walk = new QHBoxLayout;
    walk->addWidget(previous);
    walk->addWidget(m_position, 1, Qt::AlignCenter);
    walk->addWidget(next);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setWordWrap(true);
    auto* side = new QVBoxLayout;
    side->addLayout(walk);
    side->addLayout(controls);
    side->addLayout(view);
    side->addLayout(saliency);
    side->addWidget(m_saliencyStatus); // wrapped lines get their height here, not in a form
    // The details scroll when they are longer than the panel: the controls above keep their
    // room, and the map's status its three lines.
    auto* detailsArea = new QScrollArea(this);
    detailsArea->setWidget(m_details);
    detailsArea->setWidgetResizable(true);
    detailsArea->setFrameShape(QFrame::NoFrame);
    side->addWidget(detailsArea, 1);
    auto* sidePanel = new QWidget(this);
    sidePanel->setLayout(side);
    sidePanel->setMaximumWidth(340);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_canvas, 1);
    layout->addWidget(sidePanel);
    resize(980, 680);

    connect(m_canvas, &RadiographCanvas::windowChanged, this, [this](double c, double w) {
        const QSignalBlocker b1(m_centre), b2(m_width);
        m_centre->setValue(c);
        m_width->setValue(w);
    });
    connect(m_centre, &QDoubleSpinBox::valueChanged, this,
            [this](double c) { m_canvas->setWindow(c, m_width->value()); });
    connect(m_width, &QDoubleSpinBox::valueChanged, this,
            [this](double w) { m_canvas->setWindow(m_centre->value(), w); });
    connect(m_preset, &QComboBox::activated, this,
            [this] { applyPreset(WindowPreset(m_preset->currentData().toInt())); });
    connect(fit, &QToolButton::clicked, m_canvas, &RadiographCanvas::fit);
    connect(actual, &QToolButton::clicked, m_canvas, &RadiographCanvas::actualSize);
    connect(m_invert, &QToolButton::toggled, m_canvas, &RadiographCanvas::setInverted);
    connect(previous, &QToolButton::clicked, this, [this] { showItem(m_index - 1); });
    connect(next, &QToolButton::clicked, this, [this] { showItem(m_index + 1); });
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        const GrayImage image = m_watcher.result();
        if (image.isNull())
            m_details->setText(tr("<p><b>Cannot decode %1</b></p>")
                                   .arg(m_items[size_t(m_index)].path.toHtmlEscaped()) +
                               detailsText());
        m_canvas->setImage(image);
        updateSaliency(); // a map computed while the image decoded
        Q_EMIT loaded();
    });
    connect(m_saliencyShow, &QToolButton::toggled, this, &ImageViewer::updateSaliency);
    connect(m_saliencyCondition, &QComboBox::currentIndexChanged, this,
            &ImageViewer::updateSaliency);
    connect(m_saliencyMethod, &QComboBox::currentIndexChanged, this, &ImageViewer::updateSaliency);
    connect(m_saliencyStop, &QToolButton::clicked, this, &ImageViewer::stopSaliency);
    connect(&m_saliency, &QFutureWatcherBase::finished, this, [this] {
        m_saliencyStop->setEnabled(false);
        const SaliencyOutcome outcome = m_saliency.result();
        if (outcome.map)
            saliencyCache().insert(outcome.key,
                                   new std::shared_ptr<const SaliencyMap>(outcome.map));
        const bool restart = std::exchange(m_restartSaliency, false);
        if (outcome.map || restart) {
            // Shows it from the cache, or starts the map of the choice made meanwhile.
            updateSaliency();
        } else {
            m_saliencyStatus->setText(outcome.cancelled ? tr("Stopped.")
                                                        : tr("No map: %1").arg(outcome.error));
            m_saliencyKey.clear();
        }
        if (!m_saliency.isRunning())
            Q_EMIT saliencyDone();
    });
    setWindow(32768.0, 65536.0);
    showItem(std::clamp(index, 0, std::max(0, int(m_items.size()) - 1)));
    m_canvas->setFocus();
}

ImageViewer::~ImageViewer() {
    if (m_saliencyCancel)
        m_saliencyCancel->store(true);
    m_saliency.waitForFinished();
    m_watcher.waitForFinished();
}

void ImageViewer::setModelBundles(QHash<QString, QString> bundles) {
    m_bundles = std::move(bundles);
    fillSaliencyChoices();
}

void ImageViewer::setSaliencyChoice(const QString& model, const QString& condition) {
    if (const int i = m_saliencyCondition->findData(QStringList{model, condition}); i >= 0)
        m_saliencyCondition->setCurrentIndex(i);
}

void ImageViewer::showSaliency(bool shown) {
    m_saliencyShow->setChecked(shown);
}

QString ImageViewer::saliencyStatus() const {
    return m_saliencyStatus->text();
}

void ImageViewer::fillSaliencyChoices() {
    const QString current = m_saliencyCondition->currentText();
    const QSignalBlocker block(m_saliencyCondition);
    m_saliencyCondition->clear();
    if (!m_items.empty())
        for (const GalleryScore& s : m_items[size_t(m_index)].scored)
            if (m_bundles.contains(s.model))
                m_saliencyCondition->addItem(QStringLiteral("%1 (%2)").arg(s.condition, s.model),
                                             QStringList{s.model, s.condition});
    if (const int i = m_saliencyCondition->findText(current); i >= 0)
        m_saliencyCondition->setCurrentIndex(i);
    const bool any = m_saliencyCondition->count() > 0;
    m_saliencyShow->setEnabled(any);
    if (!any)
        m_saliencyStatus->setText(m_bundles.isEmpty()
                                      ? tr("The map needs the model bundle: run a model on the "
                                           "dataset to see where its scores come from.")
                                      : QString());
}

void ImageViewer::stopSaliency() {
    if (m_saliencyCancel)
        m_saliencyCancel->store(true);
}

void ImageViewer::updateSaliency() {
    if (!m_saliencyShow->isChecked() || m_items.empty()) {
        m_restartSaliency = false;
        stopSaliency();
        m_canvas->setOverlay(QImage());
        if (!m_saliency.isRunning() && m_saliencyCondition->count() > 0)
            m_saliencyStatus->clear(); // without a choice, the status says why
        return;
    }
    const GalleryItem& item = m_items[size_t(m_index)];
    const QStringList choice = m_saliencyCondition->currentData().toStringList();
    if (item.path.isEmpty() || choice.size() != 2)
        return;
    SaliencyRequest request;
    request.bundlePath = m_bundles.value(choice[0]);
    request.imagePath = item.path;
    request.condition = choice[1];
    request.method = SaliencyMethod(m_saliencyMethod->currentData().toInt());
    const QString key = QStringList{request.imagePath, request.bundlePath, request.condition,
                                    saliencyMethodName(request.method)}
                            .join(QLatin1Char('\n'));
    if (const auto* cached = saliencyCache().object(key)) {
        m_saliencyKey = key;
        showMap(**cached);
        return;
    }
    if (m_saliency.isRunning()) {
        // Never wait on the GUI thread: the running map stops at its next batch, and its
        // end starts this one.
        if (key != m_saliencyKey) {
            m_restartSaliency = true;
            stopSaliency();
        }
        return;
    }
    m_canvas->setOverlay(QImage());
    m_saliencyKey = key;
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_saliencyCancel = cancel;
    m_saliencyStop->setEnabled(true);
    m_saliencyStatus->setText(tr("Computing the map..."));
    Progress progress(
        [this](double fraction, const QString&) {
            QMetaObject::invokeMethod(
                this,
                [this, fraction] {
                    if (m_saliency.isRunning())
                        m_saliencyStatus->setText(
                            tr("Computing the map... %1%").arg(int(fraction * 100.0)));
                },
                Qt::QueuedConnection);
        },
        [cancel] { return cancel->load(); });
    m_saliency.setFuture(QtConcurrent::run([request, progress, key] {
        SaliencyOutcome outcome;
        outcome.key = key;
        auto map = computeSaliency(request, progress);
        if (map)
            outcome.map = std::make_shared<const SaliencyMap>(std::move(*map));
        else if (map.error().code == ErrorCode::Cancelled)
            outcome.cancelled = true;
        else
            outcome.error = map.error().message;
        return outcome;
    }));
}

void ImageViewer::showMap(const SaliencyMap& map) {
    if (!image().isNull())
        m_canvas->setOverlay(saliencyHeat(map),
                             saliencyInputRegion(map.preprocess, image().width, image().height));
    m_saliencyStatus->setText(
        (map.method == SaliencyMethod::Occlusion
             ? tr("Occlusion, score %1: red where hiding a patch lowers the score, blue where it "
                  "raises it.")
             : tr("Gradient x input, score %1: red where brighter pixels raise the score, blue "
                  "where they lower it."))
            .arg(map.score, 0, 'f', 3));
}

const GrayImage& ImageViewer::image() const {
    return m_canvas->image();
}

void ImageViewer::setWindow(double centre, double width) {
    m_canvas->setWindow(centre, width);
    const QSignalBlocker b1(m_centre), b2(m_width);
    m_centre->setValue(m_canvas->level());
    m_width->setValue(m_canvas->windowWidth());
}

double ImageViewer::level() const {
    return m_canvas->level();
}

double ImageViewer::windowWidth() const {
    return m_canvas->windowWidth();
}

void ImageViewer::applyPreset(WindowPreset preset) {
    m_preset->setCurrentIndex(m_preset->findData(int(preset)));
    const auto [centre, width] = presetWindow(image(), preset);
    setWindow(centre, width);
}

void ImageViewer::showItem(int index) {
    if (m_items.empty() || index < 0 || index >= int(m_items.size()))
        return;
    m_watcher.waitForFinished();
    m_index = index;
    const GalleryItem& item = m_items[size_t(index)];
    setWindowTitle(tr("Image %1").arg(item.sampleId));
    m_position->setText(tr("%1 of %2").arg(index + 1).arg(m_items.size()));
    showDetails();
    m_canvas->setImage(GrayImage());
    fillSaliencyChoices();
    if (m_saliencyShow->isChecked())
        updateSaliency();
    if (item.path.isEmpty()) {
        m_details->setText(tr("<p><b>The image file of this sample is not known.</b></p>") +
                           detailsText());
        return;
    }
    m_watcher.setFuture(QtConcurrent::run([path = item.path] {
        auto decoded = decodeImage(path);
        return decoded ? decoded->image : GrayImage();
    }));
}

QString ImageViewer::detailsText() const {
    if (m_items.empty())
        return {};
    const GalleryItem& item = m_items[size_t(m_index)];
    auto lines = [](const QStringList& list) {
        QStringList escaped;
        for (const QString& s : list)
            escaped << s.toHtmlEscaped();
        return escaped.join(QStringLiteral("<br>"));
    };
    return QStringLiteral("<p><b>%1</b></p><p>%2</p><p>%3</p>")
        .arg(item.sampleId.toHtmlEscaped(), lines(item.attributes), lines(item.scores));
}

void ImageViewer::showDetails() {
    m_details->setText(detailsText());
}

void ImageViewer::keyPressEvent(QKeyEvent* event) {
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Up:
    case Qt::Key_PageUp:
        showItem(m_index - 1);
        return;
    case Qt::Key_Right:
    case Qt::Key_Down:
    case Qt::Key_PageDown:
        showItem(m_index + 1);
        return;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        m_canvas->zoomBy(1.25, QPointF(m_canvas->width() / 2.0, m_canvas->height() / 2.0));
        return;
    case Qt::Key_Minus:
        m_canvas->zoomBy(0.8, QPointF(m_canvas->width() / 2.0, m_canvas->height() / 2.0));
        return;
    case Qt::Key_F:
        m_canvas->fit();
        return;
    case Qt::Key_1:
        m_canvas->actualSize();
        return;
    case Qt::Key_I:
        m_invert->toggle();
        return;
    case Qt::Key_M:
        if (m_saliencyShow->isEnabled())
            m_saliencyShow->toggle();
        return;
    default:
        QDialog::keyPressEvent(event);
    }
}

} // namespace cxrfair
