#include "charts/promptsensitivitychart.h"

#include "charts/chartstyle.h"
#include "qcp.h"

#include <QVBoxLayout>

#include <algorithm>

namespace cxrfair {

PromptSensitivityChart::PromptSensitivityChart(QWidget* parent)
    : QWidget(parent)
    , m_plot(new QCustomPlot(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    m_plot->setObjectName(QStringLiteral("promptSensitivityPlot"));
    applyPublicationStyle(m_plot);
    placeLegendBeside(m_plot);
    setMinimumHeight(160);
}

void PromptSensitivityChart::show(std::shared_ptr<const PromptSweep> sweep,
                                  const QString& condition, const QString& attribute) {
    m_plot->clearPlottables();
    m_plot->clearItems();
    m_rows.clear();
    const QString all = QStringLiteral("all");
    QStringList groups{all};
    const QStringList inverted = sweep ? invertedSets(*sweep, condition) : QStringList();
    if (sweep)
        for (const SweepRow& r : sweep->rows) {
            if (r.condition != condition)
                continue;
            if (r.attribute == attribute && attribute != all && !groups.contains(r.group))
                groups << r.group;
            if (r.attribute == all || r.attribute == attribute)
                m_rows.push_back(r);
        }
    const QStringList sets = sweep ? sweep->sets : QStringList();
    const double step = sets.size() > 1 ? std::min(0.12, 0.6 / double(sets.size() - 1)) : 0.0;
    double lowest = 0.5;
    std::vector<std::pair<double, double>> spread(size_t(groups.size()), {2.0, -1.0});
    for (qsizetype s = 0; s < sets.size(); ++s) {
        auto* points = new QCPGraph(m_plot->xAxis, m_plot->yAxis);
        const bool isInverted = inverted.contains(sets[s]);
        points->setName(isInverted ? tr("%1 (inverted)").arg(sets[s]) : sets[s]);
        points->setLineStyle(QCPGraph::lsNone);
        const QColor color = seriesColor(int(s));
        points->setPen(QPen(color, 1.6));
        points->setScatterStyle(QCPScatterStyle(
            isInverted ? QCPScatterStyle::ssCross : QCPScatterStyle::ssDisc, color, color, 8));
        for (const SweepRow& r : m_rows) {
            if (r.promptSet != sets[s] || !r.auc)
                continue;
            const qsizetype g = r.attribute == all ? 0 : groups.indexOf(r.group);
            if (g < 0 || (r.attribute == all && g != 0))
                continue;
            points->addData(double(g) + (double(s) - double(sets.size() - 1) / 2.0) * step, *r.auc);
            lowest = std::min(lowest, *r.auc);
            auto& [low, high] = spread[size_t(g)];
            low = std::min(low, *r.auc);
            high = std::max(high, *r.auc);
        }
    }
    // The spread of each group across the sets, behind the points.
    for (qsizetype g = 0; g < groups.size(); ++g) {
        const auto [low, high] = spread[size_t(g)];
        if (high < low)
            continue;
        auto* bar = new QCPItemRect(m_plot);
        const double half = std::max(0.08, step * double(sets.size()) / 2.0);
        bar->topLeft->setCoords(double(g) - half, high);
        bar->bottomRight->setCoords(double(g) + half, low);
        bar->setPen(Qt::NoPen);
        bar->setBrush(QColor(0, 0, 0, 20));
        bar->setLayer(QStringLiteral("grid"));
    }
    auto* chance = new QCPItemStraightLine(m_plot);
    chance->point1->setCoords(0, 0.5);
    chance->point2->setCoords(1, 0.5);
    chance->setPen(QPen(QColor(0x55, 0x55, 0x55), 1.0, Qt::DashLine));
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    for (qsizetype g = 0; g < groups.size(); ++g)
        ticker->addTick(double(g), g == 0 ? tr("All") : groups[g]);
    m_plot->xAxis->setTicker(ticker);
    m_plot->xAxis->setSubTicks(false);
    m_plot->xAxis->grid()->setVisible(false);
    m_plot->xAxis->setRange(-0.6, double(groups.size() - 1) + 0.6);
    m_plot->yAxis->setLabel(tr("%1 AUC").arg(condition));
    m_plot->yAxis->setRange(std::min(aucAxisFloor(lowest), lowest - 0.05), 1.02);
    m_plot->legend->setVisible(!sets.isEmpty());
    m_plot->replot();
}

QString PromptSensitivityChart::csv() const {
    QString text = QStringLiteral("condition,attribute,group,prompt_set,auc\n");
    for (const SweepRow& r : m_rows)
        text += QStringLiteral("%1,%2,%3,%4,%5\n")
                    .arg(r.condition, r.attribute, r.group, r.promptSet,
                         r.auc ? QString::number(*r.auc, 'g', 10) : QString());
    return text;
}

} // namespace cxrfair
