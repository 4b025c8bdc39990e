#include "charts/rocchart.h"

#include "charts/chartstyle.h"
#include "qcp.h"

#include <QVBoxLayout>

#include <cmath>

namespace cxrfair {

std::vector<QPointF> thinRocCurve(const std::vector<double>& fpr, const std::vector<double>& tpr,
                                  double step) {
    std::vector<QPointF> points;
    const size_t n = std::min(fpr.size(), tpr.size());
    for (size_t i = 0; i < n; ++i) {
        const QPointF p(fpr[i], tpr[i]);
        if (i == 0 || i + 1 == n || std::abs(p.x() - points.back().x()) >= step ||
            std::abs(p.y() - points.back().y()) >= step)
            points.push_back(p);
    }
    return points;
}

RocChart::RocChart(QWidget* parent)
    : QWidget(parent)
    , m_plot(new QCustomPlot(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    m_plot->setObjectName(QStringLiteral("rocPlot"));
    applyPublicationStyle(m_plot);
    m_plot->xAxis->setLabel(tr("False positive rate (1 - specificity)"));
    m_plot->yAxis->setLabel(tr("True positive rate (sensitivity)"));
    m_plot->xAxis->setRange(0.0, 1.0);
    m_plot->yAxis->setRange(0.0, 1.0);
    // Below the axes: inside, a legend of many groups covers the curves; beside, its long
    // entries squeeze a narrow panel's axes.
    placeLegendBelow(m_plot, 2);
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    setMinimumSize(220, 160);
}

void RocChart::setSeries(std::vector<RocSeries> series, const QString& title) {
    m_series = std::move(series);
    m_plot->clearPlottables();
    m_plot->clearItems();
    auto* chance = new QCPCurve(m_plot->xAxis, m_plot->yAxis);
    chance->setName(tr("Chance"));
    chance->addData(0.0, 0.0);
    chance->addData(1.0, 1.0);
    chance->setPen(QPen(QColor(0x99, 0x99, 0x99), 1.0, Qt::DotLine));
    chance->removeFromLegend();
    for (const RocSeries& s : m_series) {
        const QColor color = s.colorIndex < 0 ? QColor(0x55, 0x55, 0x55)
                             : s.color        ? *s.color
                                              : seriesColor(s.colorIndex);
        auto* curve = new QCPCurve(m_plot->xAxis, m_plot->yAxis);
        curve->setName(s.name);
        curve->setPen(QPen(color, s.colorIndex < 0 ? 1.2 : 1.6,
                           s.colorIndex < 0 ? Qt::DashLine : Qt::SolidLine));
        int t = 0;
        for (const QPointF& p : thinRocCurve(s.fpr, s.tpr))
            curve->addData(t++, p.x(), p.y());
        if (s.operatingPoint) {
            auto* point = new QCPCurve(m_plot->xAxis, m_plot->yAxis);
            point->removeFromLegend();
            point->setLineStyle(QCPCurve::lsNone);
            point->setScatterStyle(
                QCPScatterStyle(QCPScatterStyle::ssDisc, color.darker(120), color, 8));
            point->addData(s.operatingPoint->x(), s.operatingPoint->y());
        }
    }
    m_plot->xAxis->setRange(0.0, 1.0);
    m_plot->yAxis->setRange(0.0, 1.0);
    m_plot->legend->setVisible(!m_series.empty());
    m_plot->setToolTip(title);
    m_plot->replot();
    fitLegendColumns(m_plot);
}

void RocChart::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    fitLegendColumns(m_plot);
}

QString RocChart::csv() const {
    QString out = QStringLiteral("series,fpr,tpr\n");
    for (const RocSeries& s : m_series) {
        QString name = s.name;
        name.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        for (size_t i = 0; i < std::min(s.fpr.size(), s.tpr.size()); ++i)
            out += QStringLiteral("\"%1\",%2,%3\n")
                       .arg(name, QString::number(s.fpr[i], 'g', 17),
                            QString::number(s.tpr[i], 'g', 17));
    }
    return out;
}

} // namespace cxrfair
