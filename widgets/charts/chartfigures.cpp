#include "charts/chartfigures.h"

#include "common/filecontents.h"

#include "charts/chartexport.h"
#include "charts/paretochart.h"
#include "charts/pcascatter.h"
#include "charts/probechart.h"
#include "charts/shortcutchart.h"
#include "charts/subgroupaucchart.h"
#include "charts/subgroupaucdata.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QPageSize>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextDocument>

#include <memory>

namespace cxrfair {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cxrfair::ChartFigures)
};

} // namespace

Result<QStringList> ChartFigures::write(QCustomPlot* plot, const QString& base, double widthMm,
                                        double heightMm) const {
    return write(std::vector<QCustomPlot*>{plot}, 1, base, widthMm, heightMm);
}

Result<QStringList> ChartFigures::write(const std::vector<QCustomPlot*>& plots, int columns,
                                        const QString& base, double widthMm,
                                        double heightMm) const {
    FigureSettings settings = m_settings;
    settings.widthMm = widthMm;
    settings.heightMm = heightMm;
    QStringList written;
    for (const QString& format : settings.formats) {
        const QString path = base + QLatin1Char('.') + format;
        if (auto ok = exportFigure(plots, columns, path, settings); !ok)
            return std::unexpected(ok.error());
        written << path;
    }
    return written;
}

Result<QStringList> ChartFigures::subgroupAuc(const std::vector<ModelConditionMetrics>& metrics,
                                              const QString& model, const QString& attribute,
                                              const QString& base) {
    SubgroupAucChart chart;
    chart.setData(subgroupAucData(metrics, model, attribute));
    return write(chart.plot(), base, m_settings.widthMm, m_settings.heightMm);
}

Result<QStringList> ChartFigures::shortcut(const std::vector<ShortcutRow>& rows,
                                           const QString& base) {
    ShortcutChart chart;
    chart.setRows(rows);
    return write(chart.plot(), base, m_settings.widthMm, m_settings.heightMm);
}

Result<QStringList> ChartFigures::pca(const EmbeddingAnalysis& analysis, const QString& column,
                                      const QString& base) {
    const SampleClasses* classes = findColumn(analysis, column);
    if (!classes)
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("the embeddings of %1 have no column '%2'").arg(analysis.model, column));
    PcaScatter scatter;
    scatter.setPca(analysis.pca);
    scatter.colourByClasses(column, classes->classes, classes->codes);
    const double width = std::max(60.0, m_settings.widthMm / 2.0);
    return write(scatter.plot(), base, width, width * 0.9);
}

Result<QStringList> ChartFigures::probes(const EmbeddingAnalysis& analysis, const QString& base) {
    ProbeChart chart;
    chart.setResults(analysis.probes);
    const double width = std::max(60.0, m_settings.widthMm / 2.0);
    return write(chart.plot(), base, width, width * 0.7);
}

Result<QStringList> ChartFigures::pareto(const std::vector<ModelConditionMetrics>& metrics,
                                         const QString& attribute, const QString& base) {
    std::vector<std::unique_ptr<ParetoChart>> charts;
    std::vector<QCustomPlot*> plots;
    for (const QString& condition : metricConditions(metrics)) {
        auto chart = std::make_unique<ParetoChart>();
        chart->removeLegend(); // each point is named on the plot
        chart->setPoints(condition, attribute, paretoPoints(metrics, condition, attribute));
        plots.push_back(chart->plot());
        charts.push_back(std::move(chart));
    }
    if (plots.empty())
        return fail(ErrorCode::InvalidArgument, Tr::tr("no metrics to draw"));
    const int columns = std::min(3, int(plots.size()));
    const int rows = (int(plots.size()) + columns - 1) / columns;
    const double cell = m_settings.widthMm / columns;
    return write(plots, columns, base, m_settings.widthMm, rows * cell);
}

Result<void> ChartFigures::htmlToPdf(const QString& html, const QString& pdfPath) {
    // The page embeds its figures as data URLs; a text document takes them as resources.
    QTextDocument document;
    QString body = html;
    static const QRegularExpression dataImage(
        QStringLiteral("src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\""));
    int index = 0;
    for (auto match = dataImage.match(body); match.hasMatch(); match = dataImage.match(body)) {
        const QString name = QStringLiteral("figure-%1.png").arg(index++);
        document.addResource(
            QTextDocument::ImageResource, QUrl(name),
            QImage::fromData(QByteArray::fromBase64(match.captured(1).toLatin1()), "PNG"));
        body.replace(match.capturedStart(), match.capturedLength(),
                     QStringLiteral("src=\"%1\"").arg(name));
    }
    QBuffer out; // drawn in memory, then written whole: a full disk keeps an earlier report
    out.open(QIODevice::WriteOnly);
    QPdfWriter writer(&out);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
    writer.setResolution(96); // the page's pixels are the HTML's: text and figures keep scale
    writer.setTitle(Tr::tr("cxrfair audit report"));
    writer.setCreator(QStringLiteral("cxrfair"));
    document.setHtml(body);
    document.setPageSize(writer.pageLayout().paintRectPixels(writer.resolution()).size());
    document.print(&writer);
    if (out.data().isEmpty())
        return fail(ErrorCode::Io, Tr::tr("cannot write the PDF"), pdfPath);
    return writeFileContents(pdfPath, out.data());
}

} // namespace cxrfair
