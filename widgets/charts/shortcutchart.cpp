#include "charts/shortcutchart.h"

#include "charts/chartstyle.h"
#include "qcp.h"

#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace cxrfair {

ShortcutChart::ShortcutChart(QWidget* parent)
    : QWidget(parent)
    , m_plot(new QCustomPlot(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    m_plot->setObjectName(QStringLiteral("shortcutPlot"));
    applyPublicationStyle(m_plot);
    // The legend below the bars, never over them.
    m_plot->axisRect()->insetLayout()->take(m_plot->legend);
    m_plot->plotLayout()->addElement(1, 0, m_plot->legend);
    m_plot->plotLayout()->setRowStretchFactor(1, 0.001);
    m_plot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    m_plot->legend->setVisible(false);
    setMinimumHeight(240);
}

void ShortcutChart::setRows(std::vector<ShortcutRow> rows) {
    m_rows = std::move(rows);
    m_plot->clearPlottables();
    const int models = int(m_rows.size());
    const QString confounder = m_rows.empty() ? QString() : m_rows.front().confounder;
    struct Stratum {
        QString name;
        std::optional<double> ShortcutMetrics::*auc;
        PercentileInterval ShortcutMetrics::*ci;
    };
    const Stratum strata[] = {
        {tr("All images"), &ShortcutMetrics::aucAll, &ShortcutMetrics::allCi},
        {tr("No %1").arg(confounder), &ShortcutMetrics::aucUnconfounded,
         &ShortcutMetrics::unconfoundedCi},
        {tr("With %1").arg(confounder), &ShortcutMetrics::aucConfounded,
         &ShortcutMetrics::confoundedCi},
    };
    const double width = 0.8 / 3.0;
    double lowest = 1.0;
    for (int s = 0; s < 3; ++s) {
        auto* bars = new QCPBars(m_plot->xAxis, m_plot->yAxis);
        bars->setName(strata[s].name);
        bars->setWidth(width);
        const QColor color = seriesColor(s == 0 ? 4 : s == 1 ? 0 : 5);
        bars->setPen(QPen(color.darker(130), 0.8));
        bars->setBrush(color);
        auto* whiskers = new QCPErrorBars(m_plot->xAxis, m_plot->yAxis);
        whiskers->removeFromLegend();
        whiskers->setDataPlottable(bars);
        whiskers->setPen(QPen(QColor(0x22, 0x22, 0x22), 1.0));
        whiskers->setWhiskerWidth(8);
        for (int m = 0; m < models; ++m) {
            const ShortcutMetrics& metrics = m_rows[size_t(m)].metrics;
            const auto& auc = metrics.*(strata[s].auc);
            if (!auc)
                continue;
            const PercentileInterval& ci = metrics.*(strata[s].ci);
            bars->addData(m + (s - 1) * width, *auc);
            whiskers->addData(ci.valid() ? std::max(0.0, *auc - ci.low) : 0.0,
                              ci.valid() ? std::max(0.0, ci.high - *auc) : 0.0);
            lowest = std::min(lowest, ci.valid() ? ci.low : *auc);
        }
    }
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    for (int m = 0; m < models; ++m)
        ticker->addTick(m, m_rows[size_t(m)].model);
    m_plot->xAxis->setTicker(ticker);
    m_plot->xAxis->setSubTicks(false);
    m_plot->xAxis->grid()->setVisible(false);
    m_plot->xAxis->setRange(-0.6, std::max(0, models - 1) + 0.6);
    m_plot->yAxis->setLabel(
        m_rows.empty() ? tr("AUC") : tr("%1 AUC (95% interval)").arg(m_rows.front().condition));
    m_plot->yAxis->setRange(std::min(0.5, std::floor(lowest * 10.0) / 10.0), 1.0);
    m_plot->legend->setVisible(models > 0);
    m_plot->replot();
}

} // namespace cxrfair
