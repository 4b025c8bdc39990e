#include "charts/figureexportdialog.h"

#include "common/settings.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>

namespace cxrfair {

namespace {

const double columnWidths[] = {FigureSettings::singleColumnMm, FigureSettings::oneAndHalfColumnMm,
                               FigureSettings::doubleColumnMm};

FigureSettings rememberedSettings() {
    const QJsonDocument json = QJsonDocument::fromJson(settings::figureSettings.value());
    auto read = FigureSettings::fromJson(json.object());
    return read && json.isObject() ? *read : FigureSettings();
}

} // namespace

FigureExportDialog::FigureExportDialog(std::function<ChartGrid()> charts, const QString& baseName,
                                       QWidget* parent)
    : QDialog(parent)
    , m_charts(std::move(charts))
    , m_column(new QComboBox(this))
    , m_width(new QDoubleSpinBox(this))
    , m_height(new QDoubleSpinBox(this))
    , m_font(new QFontComboBox(this))
    , m_fontSize(new QDoubleSpinBox(this))
    , m_format(new QComboBox(this))
    , m_dpi(new QSpinBox(this))
    , m_path(new QLineEdit(this))
    , m_preview(new QLabel(this))
    , m_size(new QLabel(this)) {
    setWindowTitle(tr("Export Figure"));
    m_column->setObjectName(QStringLiteral("column"));
    m_width->setObjectName(QStringLiteral("width"));
    m_height->setObjectName(QStringLiteral("height"));
    m_fontSize->setObjectName(QStringLiteral("fontSize"));
    m_format->setObjectName(QStringLiteral("format"));
    m_path->setObjectName(QStringLiteral("path"));
    m_column->addItems({tr("Single column (88 mm)"), tr("1.5 column (120 mm)"),
                        tr("Double column (180 mm)"), tr("Custom width")});
    for (QDoubleSpinBox* mm : {m_width, m_height}) {
        mm->setRange(20.0, 1000.0);
        mm->setDecimals(1);
        mm->setSuffix(tr(" mm"));
    }
    m_height->setMinimum(15.0);
    m_fontSize->setRange(4.0, 36.0);
    m_fontSize->setDecimals(1);
    m_fontSize->setSingleStep(0.5);
    m_fontSize->setSuffix(tr(" pt"));
    m_fontSize->setToolTip(tr("Tick labels, axis labels and legend; the title one point more. "
                              "Journals ask for 6 to 8 pt at the printed size."));
    m_format->addItem(tr("PNG image"), QStringLiteral("png"));
    m_format->addItem(tr("SVG drawing"), QStringLiteral("svg"));
    m_format->addItem(tr("PDF document"), QStringLiteral("pdf"));
    m_dpi->setRange(72, 2400);
    m_dpi->setSingleStep(50);
    m_dpi->setSuffix(tr(" dpi"));
    auto* browse = new QPushButton(tr("&Browse..."), this);
    auto* file = new QHBoxLayout;
    file->addWidget(m_path, 1);
    file->addWidget(browse);
    auto* font = new QHBoxLayout;
    font->addWidget(m_font, 1);
    font->addWidget(m_fontSize);
    auto* format = new QHBoxLayout;
    format->addWidget(m_format, 1);
    format->addWidget(m_dpi);

    auto* form = new QFormLayout;
    // Rows of a layout need their label's buddy named, or the & shows.
    auto row = [this, form](const QString& text, QWidget* buddy, auto* field) {
        auto* label = new QLabel(text, this);
        label->setBuddy(buddy);
        form->addRow(label, field);
    };
    row(tr("&Width:"), m_column, m_column);
    form->addRow(QString(), m_width);
    row(tr("&Height:"), m_height, m_height);
    row(tr("F&ont:"), m_font, font);
    row(tr("&Format:"), m_format, format);
    row(tr("F&ile:"), m_path, file);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setMinimumSize(360, 200);
    m_preview->setFrameShape(QFrame::StyledPanel);
    m_size->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));
    auto* side = new QVBoxLayout;
    side->addWidget(m_preview, 1);
    side->addWidget(m_size);
    auto* top = new QHBoxLayout;
    top->addLayout(form);
    top->addLayout(side, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addWidget(buttons);

    setSettings(rememberedSettings());
    setPath(QDir(settings::lastExportFolder.value())
                .filePath(baseName + QStringLiteral(".") + m_format->currentData().toString()));
    connect(m_column, &QComboBox::currentIndexChanged, this, &FigureExportDialog::presetChosen);
    connect(m_width, &QDoubleSpinBox::valueChanged, this, &FigureExportDialog::widthEdited);
    connect(m_height, &QDoubleSpinBox::valueChanged, this, &FigureExportDialog::updatePreview);
    connect(m_font, &QFontComboBox::currentFontChanged, this, &FigureExportDialog::updatePreview);
    connect(m_fontSize, &QDoubleSpinBox::valueChanged, this, &FigureExportDialog::updatePreview);
    connect(m_format, &QComboBox::currentIndexChanged, this, &FigureExportDialog::formatChosen);
    connect(browse, &QPushButton::clicked, this, &FigureExportDialog::browse);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (auto written = exportNow(); !written) {
            QMessageBox::warning(this, tr("Export Figure"), written.error().toString());
            return;
        }
        accept();
    });
    updatePreview();
}

FigureSettings FigureExportDialog::settings() const {
    FigureSettings f;
    f.widthMm = m_width->value();
    f.heightMm = m_height->value();
    f.font = m_font->currentFont().family();
    f.fontPt = m_fontSize->value();
    f.dpi = m_dpi->value();
    f.formats = {m_format->currentData().toString()};
    return f;
}

void FigureExportDialog::setSettings(const FigureSettings& f) {
    const QSignalBlocker blockWidth(m_width);
    const QSignalBlocker blockColumn(m_column);
    m_width->setValue(f.widthMm);
    m_height->setValue(f.heightMm);
    m_font->setCurrentFont(QFont(f.font));
    m_fontSize->setValue(f.fontPt);
    m_dpi->setValue(f.dpi);
    const int format = m_format->findData(f.formats.value(0, QStringLiteral("png")));
    m_format->setCurrentIndex(std::max(0, format));
    m_dpi->setEnabled(m_format->currentData() == QStringLiteral("png"));
    widthEdited();
}

QString FigureExportDialog::path() const {
    return m_path->text();
}

void FigureExportDialog::setPath(const QString& path) {
    m_path->setText(QDir::toNativeSeparators(path));
    const int format = m_format->findData(QFileInfo(path).suffix().toLower());
    if (format >= 0)
        m_format->setCurrentIndex(format);
}

void FigureExportDialog::presetChosen() {
    const int i = m_column->currentIndex();
    if (i >= 0 && i < int(std::size(columnWidths))) {
        const QSignalBlocker block(m_width);
        m_width->setValue(columnWidths[i]);
    }
    updatePreview();
}

void FigureExportDialog::widthEdited() {
    int preset = int(std::size(columnWidths)); // custom
    for (int i = 0; i < int(std::size(columnWidths)); ++i)
        if (std::abs(m_width->value() - columnWidths[i]) < 0.05)
            preset = i;
    const QSignalBlocker block(m_column);
    m_column->setCurrentIndex(preset);
    updatePreview();
}

void FigureExportDialog::formatChosen() {
    const QString suffix = m_format->currentData().toString();
    m_dpi->setEnabled(suffix == QStringLiteral("png"));
    QFileInfo file(QDir::fromNativeSeparators(m_path->text()));
    if (!m_path->text().isEmpty())
        m_path->setText(QDir::toNativeSeparators(
            QDir(file.path()).filePath(file.completeBaseName() + QLatin1Char('.') + suffix)));
    updatePreview();
}

void FigureExportDialog::updatePreview() {
    const ChartGrid grid = m_charts();
    if (grid.plots.empty())
        return;
    const FigureSettings f = settings();
    // The figure at its printed size, seen at the screen's resolution (1 mm is 96 / 25.4
    // pixels), then shrunk to fit the preview when larger.
    m_previewImage = renderFigure(grid.plots, grid.columns, f, devicePixelRatioF());
    m_previewImage.setDevicePixelRatio(devicePixelRatioF());
    QPixmap pixmap = QPixmap::fromImage(m_previewImage);
    const QSize room = m_preview->contentsRect().size() * devicePixelRatioF();
    if (pixmap.width() > room.width() || pixmap.height() > room.height())
        pixmap = pixmap.scaled(room, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    m_preview->setPixmap(pixmap);
    m_size->setText(tr("%1 x %2 mm, %3 at %4 pt%5")
                        .arg(f.widthMm, 0, 'f', 0)
                        .arg(f.heightMm, 0, 'f', 0)
                        .arg(f.font)
                        .arg(f.fontPt)
                        .arg(m_format->currentData() == QStringLiteral("png")
                                 ? tr(", %1 x %2 pixels")
                                       .arg(int(f.widthMm / 25.4 * f.dpi + 0.5))
                                       .arg(int(f.heightMm / 25.4 * f.dpi + 0.5))
                                 : QString()));
}

void FigureExportDialog::browse() {
    const QString suffix = m_format->currentData().toString();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Figure"), QDir::fromNativeSeparators(m_path->text()),
        tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"), nullptr);
    if (path.isEmpty())
        return;
    setPath(QFileInfo(path).suffix().isEmpty() ? path + QLatin1Char('.') + suffix : path);
}

Result<void> FigureExportDialog::exportNow() {
    const QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    if (path.isEmpty())
        return fail(ErrorCode::InvalidArgument, tr("choose a file to write"));
    const ChartGrid grid = m_charts();
    if (auto written = exportFigure(grid.plots, grid.columns, path, settings()); !written)
        return written;
    settings::figureSettings.set(QJsonDocument(settings().toJson()).toJson());
    settings::lastExportFolder.set(QFileInfo(path).absolutePath());
    return {};
}

void announceSaved(QWidget* parent, const QString& path) {
    auto* box =
        new QMessageBox(QMessageBox::Information, FigureExportDialog::tr("Saved"),
                        FigureExportDialog::tr("Saved to %1").arg(QDir::toNativeSeparators(path)),
                        QMessageBox::Close, parent);
    QPushButton* open =
        box->addButton(FigureExportDialog::tr("&Open Folder"), QMessageBox::ActionRole);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(open, &QPushButton::clicked, box, [path] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(path).absolutePath()));
    });
    box->setObjectName(QStringLiteral("savedMessage"));
    box->open();
}

} // namespace cxrfair
