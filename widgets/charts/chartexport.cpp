#include "charts/chartexport.h"

#include "qcp.h"

#include <QFileInfo>
#include <QSvgGenerator>

namespace cxrfair {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cxrfair::ChartExport)
};
} // namespace

Result<void> exportChart(QCustomPlot* plot, const QString& path, double widthInches,
                         double heightInches, int dpi) {
    // Laid out at 96 logical dots per inch, as on screen, so fonts keep their proportions.
    const int width = int(widthInches * 96.0 + 0.5);
    const int height = int(heightInches * 96.0 + 0.5);
    const QString suffix = QFileInfo(path).suffix().toLower();
    bool ok = false;
    if (suffix == QStringLiteral("png")) {
        ok = plot->savePng(path, width, height, double(dpi) / 96.0, -1, dpi, QCP::ruDotsPerInch);
    } else if (suffix == QStringLiteral("pdf")) {
        ok = plot->savePdf(path, width, height, QCP::epNoCosmetic);
    } else if (suffix == QStringLiteral("svg")) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(QSize(width, height));
        svg.setViewBox(QRect(0, 0, width, height));
        svg.setResolution(96);
        svg.setTitle(Tr::tr("cxrfair figure"));
        QCPPainter painter;
        ok = painter.begin(&svg);
        if (ok) {
            plot->toPainter(&painter, width, height);
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

} // namespace cxrfair
