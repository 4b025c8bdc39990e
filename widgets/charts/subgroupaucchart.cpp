#include "charts/subgroupaucchart.h"

#include "charts/chartstyle.h"
#include "qcp.h"

#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace cxrfair {

SubgroupAucChart::SubgroupAucChart(QWidget* parent)
    : QWidget(parent)
    , m_plot(new QCustomPlot(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    m_plot->setObjectName(QStringLiteral("subgroupAucPlot"));
    m_plot->setMouseTracking(true);
    applyPublicationStyle(m_plot);
    m_plot->plotLayout()->insertRow(0);
    m_title = new QCPTextElement(m_plot, QString(),
                                 QFont(QStringLiteral("DejaVu Sans"), 10, QFont::Bold));
    m_plot->plotLayout()->addElement(0, 0, m_title);
    placeLegendBeside(m_plot, 1);
    m_plot->legend->setVisible(false);
    connect(m_plot, &QCustomPlot::mouseMove, this, &SubgroupAucChart::showToolTip);
    connect(m_plot, &QCustomPlot::mousePress, this, [this](QMouseEvent* event) {
        const auto [group, condition] = barAt(event->position());
        if (group >= 0)
            Q_EMIT barClicked(group, condition);
    });
}

void SubgroupAucChart::setData(const SubgroupAucData& data) {
    m_data = data;
    rebuild();
}

QString subgroupBarDescription(const SubgroupAucData& data, int group, int condition) {
    const auto& bar = data.bars[size_t(group)][size_t(condition)];
    if (!bar)
        return {};
    QString text = SubgroupAucChart::tr("%1, %2\nAUC %3 [%4, %5]\nn = %6, %7 positive")
                       .arg(data.groups[group], data.conditions[condition])
                       .arg(bar->auc, 0, 'f', 3)
                       .arg(bar->low, 0, 'f', 3)
                       .arg(bar->high, 0, 'f', 3)
                       .arg(bar->n)
                       .arg(bar->positives);
    if (bar->pAdjusted)
        text += SubgroupAucChart::tr("\np = %1 against the other groups (Holm)")
                    .arg(*bar->pAdjusted, 0, 'g', 3);
    if (bar->flagged)
        text += SubgroupAucChart::tr("\nToo small to judge: %1").arg(bar->reason);
    return text;
}

void SubgroupAucChart::rebuild() {
    m_plot->clearPlottables();
    m_plot->clearItems();
    m_series.clear();
    const int groups = int(m_data.groups.size());
    const int conditions = int(m_data.conditions.size());
    m_barWidth = groups > 0 ? 0.8 / groups : 0.8;
    double lowest = 1.0;

    for (int g = 0; g < groups; ++g) {
        // Each group is two series at the same keys: solid bars, and hatched ones for the
        // flagged (too small) groups, so that one group keeps one colour.
        for (const bool flagged : {false, true}) {
            Series s;
            s.group = g;
            s.bars = new QCPBars(m_plot->xAxis, m_plot->yAxis);
            s.bars->setWidth(m_barWidth);
            const QColor color = groupColor(m_data.groups, g);
            s.bars->setPen(QPen(color.darker(130), 0.8));
            s.bars->setBrush(flagged ? QBrush(color, Qt::BDiagPattern) : QBrush(color));
            if (flagged)
                s.bars->removeFromLegend();
            else
                s.bars->setName(m_data.groups[g]);
            auto* whiskers = new QCPErrorBars(m_plot->xAxis, m_plot->yAxis);
            whiskers->removeFromLegend();
            whiskers->setDataPlottable(s.bars);
            whiskers->setPen(QPen(QColor(0x22, 0x22, 0x22), 1.0));
            whiskers->setWhiskerWidth(std::max(2.0, 30.0 * m_barWidth));
            for (int c = 0; c < conditions; ++c) {
                const auto& bar = m_data.bars[size_t(g)][size_t(c)];
                if (!bar || bar->flagged != flagged)
                    continue;
                const double key = c + (g - (groups - 1) / 2.0) * m_barWidth;
                s.bars->addData(key, bar->auc);
                whiskers->addData(std::max(0.0, bar->auc - bar->low),
                                  std::max(0.0, bar->high - bar->auc));
                s.conditions.push_back(c);
                lowest = std::min(lowest, bar->low);
            }
            m_series.push_back(std::move(s));
        }
    }

    // The AUC on all images, as a dashed reference across each condition's bars.
    const QPen reference(QColor(0x11, 0x11, 0x11), 1.4, Qt::DashLine);
    for (int c = 0; c < conditions; ++c) {
        if (!m_data.overall[size_t(c)])
            continue;
        auto* line = new QCPItemLine(m_plot);
        line->setPen(reference);
        line->start->setCoords(c - 0.45, *m_data.overall[size_t(c)]);
        line->end->setCoords(c + 0.45, *m_data.overall[size_t(c)]);
    }
    if (std::any_of(m_data.overall.begin(), m_data.overall.end(),
                    [](auto v) { return v.has_value(); })) {
        auto* legendEntry = new QCPGraph(m_plot->xAxis, m_plot->yAxis);
        legendEntry->setPen(reference);
        legendEntry->setName(tr("All images"));
    }

    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    for (int c = 0; c < conditions; ++c)
        ticker->addTick(c,
                        QString(m_data.conditions[c]).replace(QLatin1Char(' '), QLatin1Char('\n')));
    m_plot->xAxis->setTicker(ticker);
    // Long condition names side by side would overlap in a paper's column: one word per line,
    // and slanted when there are many.
    m_plot->xAxis->setTickLabelRotation(m_data.conditions.size() > 4 ? -30.0 : 0.0);
    m_plot->xAxis->setSubTicks(false);
    m_plot->xAxis->setTickLength(0, 3);
    m_plot->xAxis->grid()->setVisible(false);
    m_plot->xAxis->setRange(-0.6, std::max(0, conditions - 1) + 0.6);
    m_plot->xAxis->setLabel(QString());
    m_plot->yAxis->setLabel(tr("AUC (95% interval)"));
    m_plot->yAxis->setRange(std::min(0.5, std::floor(lowest * 10.0) / 10.0), 1.0);
    m_plot->legend->setVisible(groups > 0);
    m_title->setText(m_data.isEmpty() ? QString()
                                      : tr("%1: AUC by %2").arg(m_data.model, m_data.attribute));
    m_plot->replot();
}

std::pair<int, int> SubgroupAucChart::barAt(const QPointF& pos) const {
    for (const Series& s : m_series) {
        QVariant details;
        if (s.bars->selectTest(pos, false, &details) < 0)
            continue;
        const QCPDataSelection selection = details.value<QCPDataSelection>();
        if (selection.isEmpty())
            continue;
        const int index = selection.dataRange().begin();
        if (index >= 0 && index < int(s.conditions.size()))
            return {s.group, s.conditions[size_t(index)]};
    }
    return {-1, -1};
}

QPointF SubgroupAucChart::barCenter(int group, int condition) const {
    const int groups = int(m_data.groups.size());
    const double key = condition + (group - (groups - 1) / 2.0) * m_barWidth;
    const auto& bar = m_data.bars[size_t(group)][size_t(condition)];
    const double value = bar ? bar->auc / 2.0 : 0.0;
    return {m_plot->xAxis->coordToPixel(key),
            m_plot->yAxis->coordToPixel(std::max(value, m_plot->yAxis->range().lower + 0.01))};
}

void SubgroupAucChart::showToolTip(QMouseEvent* event) {
    const auto [group, condition] = barAt(event->position());
    if (group < 0) {
        QToolTip::hideText();
        return;
    }
    QToolTip::showText(event->globalPosition().toPoint(),
                       subgroupBarDescription(m_data, group, condition), m_plot);
}

} // namespace cxrfair
