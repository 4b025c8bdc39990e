#include "charts/probechart.h"

#include "common/displaynames.h"

#include "charts/chartstyle.h"
#include "qcp.h"

#include <QMouseEvent>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace cxrfair {

ProbeChart::ProbeChart(QWidget* parent)
    : QWidget(parent)
    , m_plot(new QCustomPlot(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    m_plot->setObjectName(QStringLiteral("probePlot"));
    applyPublicationStyle(m_plot);
    m_plot->legend->setVisible(false);
    m_plot->setMouseTracking(true);
    // Each bar tells its numbers on hover.
    connect(m_plot, &QCustomPlot::mouseMove, this, [this](QMouseEvent* event) {
        const double key = m_plot->xAxis->pixelToCoord(event->position().x());
        const int i = int(std::lround(key));
        const double value = m_plot->yAxis->pixelToCoord(event->position().y());
        if (i < 0 || i >= int(m_results.size()) || std::abs(key - i) > 0.3 ||
            value > m_results[size_t(i)].macroAuc) {
            QToolTip::hideText();
            return;
        }
        QToolTip::showText(event->globalPosition().toPoint(), barDescription(i), m_plot);
    });
    setMinimumSize(180, 140);
}

QString ProbeChart::barDescription(int i) const {
    const ProbeResult& r = m_results[size_t(i)];
    QString text =
        tr("%1: macro AUC %2").arg(attributeDisplayName(r.target)).arg(r.macroAuc, 0, 'f', 3);
    if (r.macroAucCi.valid())
        text += tr(" [%1, %2]").arg(r.macroAucCi.low, 0, 'f', 3).arg(r.macroAucCi.high, 0, 'f', 3);
    text += tr("\naccuracy %1 (always the most frequent class: %2)\n%3 images, %4 classes")
                .arg(r.accuracy, 0, 'f', 3)
                .arg(r.chanceAccuracy, 0, 'f', 3)
                .arg(r.evaluatedRows)
                .arg(r.classes.size());
    return text;
}

void ProbeChart::setResults(std::vector<ProbeResult> results) {
    m_results = std::move(results);
    m_plot->clearPlottables();
    m_plot->clearItems();
    auto* bars = new QCPBars(m_plot->xAxis, m_plot->yAxis);
    bars->setName(tr("Probe AUC"));
    bars->setWidth(0.6);
    const QColor color = seriesColor(4);
    bars->setPen(QPen(color.darker(130), 0.8));
    bars->setBrush(color);
    auto* whiskers = new QCPErrorBars(m_plot->xAxis, m_plot->yAxis);
    whiskers->setDataPlottable(bars);
    whiskers->setPen(QPen(QColor(0x22, 0x22, 0x22), 1.0));
    whiskers->setWhiskerWidth(8);
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    double lowest = 0.5;
    for (int i = 0; i < int(m_results.size()); ++i) {
        const ProbeResult& r = m_results[size_t(i)];
        bars->addData(i, r.macroAuc);
        const bool ci = r.macroAucCi.valid();
        whiskers->addData(ci ? std::max(0.0, r.macroAuc - r.macroAucCi.low) : 0.0,
                          ci ? std::max(0.0, r.macroAucCi.high - r.macroAuc) : 0.0);
        const auto present = std::count_if(r.classCounts.begin(), r.classCounts.end(),
                                           [](qint64 n) { return n > 0; });
        ticker->addTick(
            i, tr("%1\n(%n class(es))", nullptr, int(present)).arg(attributeDisplayName(r.target)));
        lowest = std::min(lowest, ci ? r.macroAucCi.low : r.macroAuc);
    }
    auto* chance = new QCPItemStraightLine(m_plot);
    chance->point1->setCoords(0, 0.5);
    chance->point2->setCoords(1, 0.5);
    chance->setPen(QPen(QColor(0x55, 0x55, 0x55), 1.2, Qt::DashLine));
    auto* chanceLabel = new QCPItemText(m_plot);
    chanceLabel->setText(tr("chance"));
    chanceLabel->setFont(m_plot->xAxis->tickLabelFont());
    chanceLabel->setColor(QColor(0x55, 0x55, 0x55));
    chanceLabel->setPositionAlignment(Qt::AlignRight | Qt::AlignBottom);
    chanceLabel->position->setTypeX(QCPItemPosition::ptAxisRectRatio);
    chanceLabel->position->setCoords(0.99, 0.5);
    chanceLabel->position->setTypeY(QCPItemPosition::ptPlotCoords);
    m_plot->xAxis->setTicker(ticker);
    m_plot->xAxis->setSubTicks(false);
    m_plot->xAxis->grid()->setVisible(false);
    m_plot->xAxis->setRange(-0.6, std::max(0, int(m_results.size()) - 1) + 0.6);
    // Short enough for a panel 150 pixels high; the help and the CSV say macro and 95%.
    m_plot->yAxis->setLabel(tr("Probe AUC"));
    m_plot->yAxis->setRange(aucAxisFloor(lowest, 0.4), 1.0);
    m_plot->replot();
}

QString ProbeChart::csv() const {
    QString out = QStringLiteral(
        "attribute,classes,images,macro_auc,ci_low,ci_high,accuracy,chance_accuracy,method\n");
    auto number = [](double v) { return std::isnan(v) ? QString() : QString::number(v, 'g', 17); };
    for (const ProbeResult& r : m_results)
        out += QStringLiteral("\"%1\",%2,%3,%4,%5,%6,%7,%8,\"%9\"\n")
                   .arg(r.target)
                   .arg(r.classes.size())
                   .arg(r.evaluatedRows)
                   .arg(number(r.macroAuc), number(r.macroAucCi.valid() ? r.macroAucCi.low : NAN),
                        number(r.macroAucCi.valid() ? r.macroAucCi.high : NAN), number(r.accuracy),
                        number(r.chanceAccuracy),
                        QString(r.method).replace(QLatin1Char('"'), QStringLiteral("\"\"")));
    return out;
}

} // namespace cxrfair
