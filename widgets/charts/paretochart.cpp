#include "charts/paretochart.h"

#include "charts/chartstyle.h"
#include "common/displaynames.h"
#include "data/csvwriter.h"
#include "qcp.h"

#include <QVBoxLayout>

#include <algorithm>
#include <tuple>

namespace cxrfair {

QStringList metricConditions(const std::vector<ModelConditionMetrics>& metrics) {
    QStringList conditions;
    for (const ModelConditionMetrics& m : metrics)
        if (!conditions.contains(m.condition))
            conditions << m.condition;
    return conditions;
}

std::vector<ParetoPoint> paretoPoints(const std::vector<ModelConditionMetrics>& metrics,
                                      const QString& condition, const QString& attribute) {
    std::vector<ParetoPoint> points;
    for (const ModelConditionMetrics& m : metrics) {
        if (m.condition != condition || m.groups.empty() || !m.groups.front().auc)
            continue;
        const GroupMetrics& all = m.groups.front();
        for (const GapMetrics& s : m.summaries) {
            if (s.attribute != attribute || !s.worstAuc)
                continue;
            ParetoPoint p;
            p.model = m.model;
            p.auc = all.auc->auc;
            p.aucLow = all.bootstrapCi.valid() ? all.bootstrapCi.low : p.auc;
            p.aucHigh = all.bootstrapCi.valid() ? all.bootstrapCi.high : p.auc;
            p.worst = *s.worstAuc;
            p.worstLow = s.worstAucCi.valid() ? s.worstAucCi.low : p.worst;
            p.worstHigh = s.worstAucCi.valid() ? s.worstAucCi.high : p.worst;
            p.worstGroup = s.worstGroup;
            points.push_back(p);
        }
    }
    for (ParetoPoint& p : points) {
        p.onFront = std::none_of(points.begin(), points.end(), [&](const ParetoPoint& q) {
            return q.auc >= p.auc && q.worst >= p.worst && (q.auc > p.auc || q.worst > p.worst);
        });
    }
    return points;
}

ParetoChart::ParetoChart(QWidget* parent)
    : QWidget(parent)
    , m_plot(new QCustomPlot(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    m_plot->setObjectName(QStringLiteral("paretoPlot"));
    applyPublicationStyle(m_plot);
    placeLegendBelow(m_plot, 2);
    setMinimumHeight(160);
}

void ParetoChart::setPoints(const QString& condition, const QString& attribute,
                            std::vector<ParetoPoint> points) {
    m_condition = condition;
    m_attribute = attribute;
    m_points = std::move(points);
    m_plot->clearPlottables();
    m_plot->clearItems();
    double lowest = 1.0;
    for (const ParetoPoint& p : m_points)
        lowest = std::min({lowest, p.aucLow, p.worstLow});
    // Zoomed on the models (chance need not be in sight): a tenth below the lowest interval.
    const double floor = aucAxisFloor(lowest - 0.02, 0.9);

    // The front, joined from the best worst group to the best overall AUC.
    std::vector<const ParetoPoint*> front;
    for (const ParetoPoint& p : m_points)
        if (p.onFront)
            front.push_back(&p);
    std::sort(front.begin(), front.end(),
              [](const ParetoPoint* a, const ParetoPoint* b) { return a->auc < b->auc; });
    if (front.size() > 1) {
        auto* line = new QCPCurve(m_plot->xAxis, m_plot->yAxis);
        line->setPen(QPen(QColor(0x77, 0x77, 0x77), 1.2));
        line->setName(tr("Pareto front"));
        for (const ParetoPoint* p : front)
            line->addData(p->auc, p->worst);
    }
    for (size_t i = 0; i < m_points.size(); ++i) {
        const ParetoPoint& p = m_points[i];
        const QColor color = seriesColor(int(i));
        auto* point = new QCPGraph(m_plot->xAxis, m_plot->yAxis);
        point->setLineStyle(QCPGraph::lsNone);
        point->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, QPen(color, 1.6),
                                               p.onFront ? QBrush(color) : QBrush(Qt::white), 9));
        point->setName(p.model);
        point->addData(p.auc, p.worst);
        // The worst group's interval up and down, the overall AUC's across.
        for (const auto& [type, below, above] :
             {std::tuple{QCPErrorBars::etValueError, p.worst - p.worstLow, p.worstHigh - p.worst},
              std::tuple{QCPErrorBars::etKeyError, p.auc - p.aucLow, p.aucHigh - p.auc}}) {
            auto* whiskers = new QCPErrorBars(m_plot->xAxis, m_plot->yAxis);
            whiskers->setDataPlottable(point);
            whiskers->setErrorType(type);
            whiskers->setPen(QPen(color, 1.0));
            whiskers->addData(below, above);
            whiskers->removeFromLegend();
        }
        auto* label = new QCPItemText(m_plot);
        label->position->setCoords(p.auc, p.worst);
        // Towards the middle of the plot, so that a name never leaves it.
        const bool right = p.auc < (floor + 1.0) / 2.0, above = p.worst < (floor + 1.0) / 2.0;
        label->setPositionAlignment((right ? Qt::AlignLeft : Qt::AlignRight) |
                                    (above ? Qt::AlignBottom : Qt::AlignTop));
        label->setPadding(QMargins(right ? 6 : 0, above ? 0 : 4, right ? 0 : 6, above ? 4 : 0));
        label->setText(p.model);
        label->setFont(m_plot->xAxis->tickLabelFont());
        label->setColor(color.darker(140));
    }
    auto* diagonal = new QCPItemStraightLine(m_plot);
    diagonal->point1->setCoords(0, 0);
    diagonal->point2->setCoords(1, 1);
    diagonal->setPen(QPen(QColor(0x55, 0x55, 0x55), 1.0, Qt::DashLine));
    m_plot->xAxis->setLabel(tr("%1 AUC, all images").arg(condition));
    m_plot->yAxis->setLabel(tr("Worst %1 group's AUC").arg(attributeDisplayName(attribute)));
    m_plot->xAxis->setRange(floor, 1.0);
    m_plot->yAxis->setRange(floor, 1.0);
    if (!m_legendRemoved) {
        m_plot->legend->setVisible(!m_points.empty());
        fitLegendColumns(m_plot);
    }
    m_plot->replot();
}

void ParetoChart::removeLegend() {
    if (m_plot->plotLayout()->take(m_plot->legend)) {
        m_plot->plotLayout()->simplify();
        m_plot->legend->setVisible(false);
        m_legendRemoved = true;
    }
}

QString ParetoChart::csv() const {
    QString text = QStringLiteral("model,condition,attribute,auc,auc_ci_low,auc_ci_high,"
                                  "worst_group,worst_auc,worst_ci_low,worst_ci_high,"
                                  "pareto_front\n");
    for (const ParetoPoint& p : m_points) {
        QStringList row{csvField(p.model), csvField(m_condition), csvField(m_attribute)};
        for (double v : {p.auc, p.aucLow, p.aucHigh})
            row << QString::number(v, 'g', 17);
        row << csvField(p.worstGroup);
        for (double v : {p.worst, p.worstLow, p.worstHigh})
            row << QString::number(v, 'g', 17);
        row << (p.onFront ? QStringLiteral("true") : QStringLiteral("false"));
        text += row.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return text;
}

} // namespace cxrfair
