#include "charts/chartexport.h"

#include "qcp.h"

#include <QFileInfo>
#include <QPageSize>
#include <QPdfWriter>
#include <QSvgGenerator>

namespace cxrfair {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cxrfair::ChartExport)
};
/// Laid out at 96 logical dots per inch, as on screen, so fonts keep their proportions.
int logicalPixels(double inches) {
    return int(inches * 96.0 + 0.5);
}

/// Draws the charts into their cells of a grid on an active painter.
void paintGrid(QCPPainter& painter, const std::vector<QCustomPlot*>& plots, int columns,
               int cellWidth, int cellHeight) {
    for (size_t i = 0; i < plots.size(); ++i) {
        painter.save();
        const QPointF origin(double(int(i) % columns * cellWidth),
                             double(int(i) / columns * cellHeight));
        painter.translate(origin);
        // Hatching starts at the panel's corner, as in the chart exported alone.
        painter.setBrushOrigin(painter.transform().map(QPointF(0, 0)));
        plots[i]->toPainter(&painter, cellWidth, cellHeight);
        painter.restore();
    }
}

} // namespace

QImage renderChartGrid(const std::vector<QCustomPlot*>& plots, int columns, double cellWidthInches,
                       double cellHeightInches, double scale) {
    columns = std::max(1, std::min(columns, int(plots.size())));
    const int rows = (int(plots.size()) + columns - 1) / columns;
    const int cellWidth = logicalPixels(cellWidthInches);
    const int cellHeight = logicalPixels(cellHeightInches);
    QImage image(int(columns * cellWidth * scale + 0.5), int(rows * cellHeight * scale + 0.5),
                 QImage::Format_ARGB32);
    image.fill(Qt::white);
    QCPPainter painter(&image);
    // As QCustomPlot renders one chart to a pixmap, so that each panel equals it.
    if (scale > 1.0)
        painter.setMode(QCPPainter::pmNonCosmetic);
    painter.scale(scale, scale);
    paintGrid(painter, plots, columns, cellWidth, cellHeight);
    painter.end();
    return image;
}

Result<void> exportChartGrid(const std::vector<QCustomPlot*>& plots, int columns,
                             const QString& path, double cellWidthInches, double cellHeightInches,
                             int dpi) {
    if (plots.empty())
        return fail(ErrorCode::InvalidArgument, Tr::tr("there is no chart to export"), path);
    columns = std::max(1, std::min(columns, int(plots.size())));
    const int rows = (int(plots.size()) + columns - 1) / columns;
    const int cellWidth = logicalPixels(cellWidthInches);
    const int cellHeight = logicalPixels(cellHeightInches);
    const int width = columns * cellWidth;
    const int height = rows * cellHeight;
    const QString suffix = QFileInfo(path).suffix().toLower();
    bool ok = false;
    if (suffix == QStringLiteral("png")) {
        QImage image =
            renderChartGrid(plots, columns, cellWidthInches, cellHeightInches, double(dpi) / 96.0);
        const int dotsPerMeter = int(dpi / 0.0254 + 0.5);
        image.setDotsPerMeterX(dotsPerMeter);
        image.setDotsPerMeterY(dotsPerMeter);
        ok = image.save(path, "PNG");
    } else if (suffix == QStringLiteral("pdf") || suffix == QStringLiteral("svg")) {
        QPdfWriter pdf(path);
        QSvgGenerator svg;
        QPaintDevice* device = &svg;
        if (suffix == QStringLiteral("pdf")) {
            pdf.setResolution(96);
            pdf.setPageSize(QPageSize(QSizeF(width / 96.0, height / 96.0), QPageSize::Inch));
            pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
            pdf.setTitle(Tr::tr("cxrfair figure"));
            pdf.setCreator(QStringLiteral("cxrfair"));
            device = &pdf;
        } else {
            svg.setFileName(path);
            svg.setSize(QSize(width, height));
            svg.setViewBox(QRect(0, 0, width, height));
            svg.setResolution(96);
            svg.setTitle(Tr::tr("cxrfair figure"));
        }
        QCPPainter painter;
        ok = painter.begin(device);
        if (ok) {
            painter.setMode(QCPPainter::pmVectorized);
            painter.setMode(QCPPainter::pmNoCaching);
            painter.setMode(QCPPainter::pmNonCosmetic);
            paintGrid(painter, plots, columns, cellWidth, cellHeight);
            ok = painter.end();
        }
    } else {
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("figures are written as .png, .svg or .pdf, not '.%1'").arg(suffix),
                    path);
    }
    if (!ok)
        return fail(ErrorCode::Io, Tr::tr("cannot write the figure"), path);
    return {};
}

Result<void> exportChart(QCustomPlot* plot, const QString& path, double widthInches,
                         double heightInches, int dpi) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QStringLiteral("png") && suffix != QStringLiteral("pdf"))
        return exportChartGrid({plot}, 1, path, widthInches, heightInches, dpi); // SVG
    // QCustomPlot's own raster and PDF output.
    const int width = logicalPixels(widthInches);
    const int height = logicalPixels(heightInches);
    const bool ok =
        suffix == QStringLiteral("png")
            ? plot->savePng(path, width, height, double(dpi) / 96.0, -1, dpi, QCP::ruDotsPerInch)
            : plot->savePdf(path, width, height, QCP::epNoCosmetic);
    if (!ok)
        return fail(ErrorCode::Io, Tr::tr("cannot write the figure"), path);
    return {};
}

} // namespace cxrfair
