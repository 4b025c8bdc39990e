#include "charts/chartexport.h"

#include "charts/chartstyle.h"
#include "common/filecontents.h"

#include "qcp.h"

#include <QBuffer>
#include <QFileInfo>
#include <QPageSize>
#include <QPdfWriter>
#include <QSvgGenerator>

#include <functional>

namespace cxrfair {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cxrfair::ChartExport)
};

constexpr double logicalDpi = 96.0;

/// Laid out at 96 logical dots per inch, as on screen, so fonts keep their proportions.
int logicalPixels(double millimetres) {
    return int(millimetres / 25.4 * logicalDpi + 0.5);
}

/// The figure's font on every text of the charts while it lives; the on-screen fonts after.
class FigureFonts {
public:
    FigureFonts(const std::vector<QCustomPlot*>& plots, int columns, const FigureSettings& settings)
        : m_plots(plots) {
        if (settings.font.isEmpty())
            return; // the charts' own fonts
        auto font = [&](QFont f, double points) {
            f.setFamily(settings.font);
            f.setPointSizeF(points);
            return f;
        };
        const double pt = settings.fontPt;
        // In a narrow panel (a single column) a legend beside the axes squeezes them and cuts
        // the title: it goes below them, in rows.
        columns = std::max(1, std::min(columns, int(plots.size())));
        const bool narrow = settings.widthMm / columns < 130.0;
        for (QCustomPlot* plot : plots) {
            const bool moved = narrow && plot->legend->visible() && moveLegendBelow(plot);
            for (QCPAxisRect* rect : plot->axisRects())
                for (QCPAxis* axis : rect->axes()) {
                    keep(axis, &QCPAxis::tickLabelFont, &QCPAxis::setTickLabelFont);
                    keep(axis, &QCPAxis::labelFont, &QCPAxis::setLabelFont);
                    axis->setTickLabelFont(font(axis->tickLabelFont(), pt));
                    axis->setLabelFont(font(axis->labelFont(), pt));
                }
            for (QCPLayoutElement* element : plot->plotLayout()->elements(true)) {
                if (auto* legend = qobject_cast<QCPLegend*>(element)) {
                    keep(legend, &QCPLegend::font, &QCPLegend::setFont);
                    legend->setFont(font(legend->font(), pt));
                } else if (auto* text = qobject_cast<QCPTextElement*>(element)) {
                    keep(text, &QCPTextElement::font, &QCPTextElement::setFont);
                    text->setFont(font(text->font(), pt + 1.0));
                }
            }
            for (int i = 0; i < plot->itemCount(); ++i)
                if (auto* text = qobject_cast<QCPItemText*>(plot->item(i))) {
                    keep(text, &QCPItemText::font, &QCPItemText::setFont);
                    text->setFont(font(text->font(), std::max(4.0, pt - 1.0)));
                }
            // As many legend columns as the entries, in the figure's font, fit in the panel.
            if (moved)
                fitLegendColumns(plot, logicalPixels(settings.widthMm) / columns);
        }
    }
    ~FigureFonts() {
        for (auto it = m_restore.rbegin(); it != m_restore.rend(); ++it)
            (*it)();
        for (const MovedLegend& moved : m_moved) {
            // Back beside the axes, where the window shows it.
            moved.plot->plotLayout()->take(moved.plot->legend);
            moved.plot->plotLayout()->simplify();
            moved.grid->addElement(moved.row, moved.column, moved.plot->legend);
            moved.plot->legend->setWrap(moved.wrap);
            moved.plot->legend->setFillOrder(moved.order);
        }
        if (!m_restore.empty())
            for (QCustomPlot* plot : m_plots)
                plot->replot(QCustomPlot::rpQueuedReplot);
    }
    FigureFonts(const FigureFonts&) = delete;
    FigureFonts& operator=(const FigureFonts&) = delete;

private:
    struct MovedLegend {
        QCustomPlot* plot;
        QCPLayoutGrid* grid;
        int row;
        int column;
        QCPLayoutGrid::FillOrder order;
        int wrap;
    };

    /// True when the legend was beside the axes and is now below them.
    bool moveLegendBelow(QCustomPlot* plot) {
        auto* grid = qobject_cast<QCPLayoutGrid*>(plot->legend->layout());
        if (!grid || grid == plot->plotLayout())
            return false; // inside the axes (an inset) or already below
        for (int r = 0; r < grid->rowCount(); ++r)
            for (int c = 0; c < grid->columnCount(); ++c)
                if (grid->element(r, c) == plot->legend) {
                    m_moved.push_back(
                        {plot, grid, r, c, plot->legend->fillOrder(), plot->legend->wrap()});
                    grid->take(plot->legend);
                    QCPLayoutGrid* layout = plot->plotLayout();
                    const int row = layout->rowCount();
                    layout->addElement(row, 0, plot->legend);
                    layout->setRowStretchFactor(row, 0.001);
                    plot->legend->setWrap(3); // before the order, which rearranges by it
                    plot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
                    return true;
                }
        return false;
    }

    template <typename T, typename Getter, typename Setter>
    void keep(T* object, Getter get, Setter set) {
        m_restore.push_back([object, set, f = (object->*get)()] { (object->*set)(f); });
    }

    std::vector<QCustomPlot*> m_plots;
    std::vector<std::function<void()>> m_restore;
    std::vector<MovedLegend> m_moved;
};

struct GridSize {
    int columns = 1;
    int rows = 1;
    int cellWidth = 1;
    int cellHeight = 1;
};

GridSize gridSize(const std::vector<QCustomPlot*>& plots, int columns,
                  const FigureSettings& settings) {
    GridSize g;
    g.columns = std::max(1, std::min(columns, int(plots.size())));
    g.rows = (int(plots.size()) + g.columns - 1) / g.columns;
    g.cellWidth = std::max(1, logicalPixels(settings.widthMm) / g.columns);
    g.cellHeight = std::max(1, logicalPixels(settings.heightMm) / g.rows);
    return g;
}

/// Draws the charts into their cells of a grid on an active painter.
void paintGrid(QCPPainter& painter, const std::vector<QCustomPlot*>& plots, const GridSize& g,
               const FigureSettings& settings) {
    // The painter's own font is written on every group of an SVG: the figure's, not the
    // application's generic one.
    QFont font(settings.font.isEmpty() ? QStringLiteral("DejaVu Sans") : settings.font);
    font.setPointSizeF(settings.fontPt);
    painter.setFont(font);
    for (size_t i = 0; i < plots.size(); ++i) {
        painter.save();
        const QPointF origin(double(int(i) % g.columns * g.cellWidth),
                             double(int(i) / g.columns * g.cellHeight));
        painter.translate(origin);
        // Hatching starts at the panel's corner, as in the chart exported alone.
        painter.setBrushOrigin(painter.transform().map(QPointF(0, 0)));
        plots[i]->toPainter(&painter, g.cellWidth, g.cellHeight);
        painter.restore();
    }
}

QImage renderGrid(const std::vector<QCustomPlot*>& plots, const GridSize& g,
                  const FigureSettings& settings, double scale) {
    QImage image(int(g.columns * g.cellWidth * scale + 0.5),
                 int(g.rows * g.cellHeight * scale + 0.5), QImage::Format_ARGB32);
    // Fonts in points map to pixels at 96 dpi, as on screen and in the vector files; the
    // scale then takes them to the output resolution.
    const int dotsPerMeter = int(logicalDpi / 0.0254 + 0.5);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    image.fill(Qt::white);
    QCPPainter painter(&image);
    // As QCustomPlot renders one chart to a pixmap, so that each panel equals it.
    if (scale > 1.0)
        painter.setMode(QCPPainter::pmNonCosmetic);
    painter.scale(scale, scale);
    paintGrid(painter, plots, g, settings);
    painter.end();
    return image;
}

} // namespace

QImage renderFigure(const std::vector<QCustomPlot*>& plots, int columns,
                    const FigureSettings& settings, double scale) {
    if (plots.empty())
        return {};
    const FigureFonts fonts(plots, columns, settings);
    return renderGrid(plots, gridSize(plots, columns, settings), settings, scale);
}

Result<void> exportFigure(const std::vector<QCustomPlot*>& plots, int columns, const QString& path,
                          const FigureSettings& settings) {
    if (plots.empty())
        return fail(ErrorCode::InvalidArgument, Tr::tr("there is no chart to export"), path);
    const GridSize g = gridSize(plots, columns, settings);
    const int width = g.columns * g.cellWidth;
    const int height = g.rows * g.cellHeight;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QStringLiteral("png") && suffix != QStringLiteral("pdf") &&
        suffix != QStringLiteral("svg"))
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("figures are written as .png, .svg or .pdf, not '.%1'").arg(suffix),
                    path);
    const FigureFonts fonts(plots, columns, settings);
    // Drawn in memory, then written whole: a full disk keeps an earlier figure as it was.
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    bool ok = false;
    if (suffix == QStringLiteral("png")) {
        QImage image = renderGrid(plots, g, settings, double(settings.dpi) / logicalDpi);
        const int dotsPerMeter = int(settings.dpi / 0.0254 + 0.5);
        image.setDotsPerMeterX(dotsPerMeter);
        image.setDotsPerMeterY(dotsPerMeter);
        ok = image.save(&out, "PNG");
    } else {
        QPdfWriter pdf(&out);
        QSvgGenerator svg;
        QPaintDevice* device = &svg;
        if (suffix == QStringLiteral("pdf")) {
            pdf.setResolution(int(logicalDpi));
            pdf.setPageSize(QPageSize(QSizeF(width / logicalDpi * 25.4, height / logicalDpi * 25.4),
                                      QPageSize::Millimeter));
            pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
            pdf.setTitle(Tr::tr("cxrfair figure"));
            pdf.setCreator(QStringLiteral("cxrfair"));
            device = &pdf;
        } else {
            svg.setOutputDevice(&out);
            svg.setSize(QSize(width, height));
            svg.setViewBox(QRect(0, 0, width, height));
            svg.setResolution(int(logicalDpi));
            svg.setTitle(Tr::tr("cxrfair figure"));
        }
        QCPPainter painter;
        ok = painter.begin(device);
        if (ok) {
            painter.setMode(QCPPainter::pmVectorized);
            painter.setMode(QCPPainter::pmNoCaching);
            painter.setMode(QCPPainter::pmNonCosmetic);
            paintGrid(painter, plots, g, settings);
            ok = painter.end();
        }
    }
    if (!ok)
        return fail(ErrorCode::Io, Tr::tr("cannot write the figure"), path);
    return writeFileContents(path, out.data());
}

FigureSettings screenFigure(int cells, int columns, double cellWidthInches, double cellHeightInches,
                            int dpi) {
    columns = std::max(1, std::min(columns, cells));
    const int rows = (std::max(1, cells) + columns - 1) / columns;
    FigureSettings f;
    // Whole logical pixels per cell, so that a panel equals the chart exported alone.
    f.widthMm = columns * int(cellWidthInches * logicalDpi + 0.5) / logicalDpi * 25.4;
    f.heightMm = rows * int(cellHeightInches * logicalDpi + 0.5) / logicalDpi * 25.4;
    f.font.clear();
    f.dpi = dpi;
    return f;
}

Result<void> exportChartGrid(const std::vector<QCustomPlot*>& plots, int columns,
                             const QString& path, double cellWidthInches, double cellHeightInches,
                             int dpi) {
    return exportFigure(
        plots, columns, path,
        screenFigure(int(plots.size()), columns, cellWidthInches, cellHeightInches, dpi));
}

QImage renderChartGrid(const std::vector<QCustomPlot*>& plots, int columns, double cellWidthInches,
                       double cellHeightInches, double scale) {
    return renderFigure(
        plots, columns,
        screenFigure(int(plots.size()), columns, cellWidthInches, cellHeightInches, 300), scale);
}

Result<void> exportChart(QCustomPlot* plot, const QString& path, double widthInches,
                         double heightInches, int dpi) {
    return exportChartGrid({plot}, 1, path, widthInches, heightInches, dpi);
}

} // namespace cxrfair
