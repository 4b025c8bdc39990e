#include "charts/shortcutchart.h"

#include "charts/chartstyle.h"
#include "qcp.h"

#include <QToolTip>
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
    m_plot->setMouseTracking(true);
    connect(m_plot, &QCustomPlot::mouseMove, this, &ShortcutChart::showToolTip);
    setMinimumHeight(160);
}

QString ShortcutChart::barDescription(int model, int stratum) const {
    if (model < 0 || model >= int(m_rows.size()) || stratum < 0 || stratum > 2)
        return {};
    const ShortcutRow& row = m_rows[size_t(model)];
    const ShortcutMetrics& m = row.metrics;
    const std::optional<double> auc[] = {m.aucAll, m.aucUnconfounded, m.aucConfounded};
    const PercentileInterval ci[] = {m.allCi, m.unconfoundedCi, m.confoundedCi};
    if (!auc[stratum])
        return {};
    const qint64 positives[] = {m.confoundedPositives + m.unconfoundedPositives +
                                    m.unknownPositives,
                                m.unconfoundedPositives, m.confoundedPositives};
    const QString strata[] = {tr("all images"), tr("positives without %1").arg(row.confounder),
                              tr("positives with %1").arg(row.confounder)};
    QString text = tr("%1, %2: %3\nAUC %4")
                       .arg(row.model, row.condition, strata[stratum])
                       .arg(*auc[stratum], 0, 'f', 3);
    if (ci[stratum].valid())
        text += tr(" [%1, %2]").arg(ci[stratum].low, 0, 'f', 3).arg(ci[stratum].high, 0, 'f', 3);
    text += tr("\n%1 positives against %2 negatives").arg(positives[stratum]).arg(m.negatives);
    return text;
}

void ShortcutChart::showToolTip(QMouseEvent* event) {
    for (int s = 0; s < int(m_bars.size()); ++s) {
        QVariant details;
        if (m_bars[size_t(s)]->selectTest(event->position(), false, &details) < 0)
            continue;
        const QCPDataSelection selection = details.value<QCPDataSelection>();
        if (selection.isEmpty())
            continue;
        const double key = m_bars[size_t(s)]->data()->at(selection.dataRange().begin())->key;
        const int model = int(std::lround(key - (s - 1) * 0.8 / 3.0));
        QToolTip::showText(event->globalPosition().toPoint(), barDescription(model, s), m_plot);
        return;
    }
    QToolTip::hideText();
}

void ShortcutChart::setRows(std::vector<ShortcutRow> rows) {
    m_rows = std::move(rows);
    m_plot->clearPlottables();
    m_plot->clearItems();
    m_bars.clear();
    std::vector<std::pair<QPointF, double>> values; ///< (key, top of whisker), AUC
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
    for (const ShortcutRow& row : m_rows)
        for (int s = 0; s < 3; ++s)
            if (const auto& auc = row.metrics.*(strata[s].auc)) {
                const PercentileInterval& ci = row.metrics.*(strata[s].ci);
                lowest = std::min(lowest, ci.valid() ? ci.low : *auc);
            }
    // The bars rise from the axis floor (a bar spans its base value up by its value), never
    // below the axis.
    const double floor = aucAxisFloor(lowest);
    for (int s = 0; s < 3; ++s) {
        auto* bars = new QCPBars(m_plot->xAxis, m_plot->yAxis);
        m_bars.push_back(bars);
        bars->setName(strata[s].name);
        bars->setWidth(width);
        bars->setBaseValue(floor);
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
            bars->addData(m + (s - 1) * width, *auc - floor);
            whiskers->addData(ci.valid() ? std::max(0.0, *auc - ci.low) : 0.0,
                              ci.valid() ? std::max(0.0, ci.high - *auc) : 0.0);
            values.push_back({QPointF(m + (s - 1) * width, ci.valid() ? ci.high : *auc), *auc});
        }
    }
    // Each bar's value above its whisker: the figure can be read without the table.
    QFont small = m_plot->xAxis->tickLabelFont();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    for (const auto& [at, auc] : values) {
        auto* label = new QCPItemText(m_plot);
        label->position->setCoords(at);
        label->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
        label->setFont(small);
        label->setText(QString::number(auc, 'f', 2));
        label->setClipToAxisRect(true);
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
    m_plot->yAxis->setRange(floor, 1.06); // room above 1 for the values
    m_plot->legend->setVisible(models > 0);
    m_plot->replot();
}

} // namespace cxrfair
