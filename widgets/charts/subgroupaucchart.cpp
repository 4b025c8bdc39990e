#include "charts/subgroupaucchart.h"

#include "charts/chartstyle.h"
#include "common/displaynames.h"
#include "qcp.h"

#include <QKeyEvent>
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
    setFocusPolicy(Qt::StrongFocus);
    m_plot->setFocusProxy(this);
    setAccessibleName(tr("Subgroup AUC chart"));
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

QString covariateNames(const QStringList& covariates) {
    QStringList names;
    for (const QString& c : covariates)
        names << attributeDisplayName(c);
    return names.join(QStringLiteral(", "));
}

QString subgroupBarDescription(const SubgroupAucData& data, int group, int condition) {
    const auto& bar = data.bars[size_t(group)][size_t(condition)];
    if (!bar)
        return {};
    QString text = SubgroupAucChart::tr("%1, %2\nAUC %3 [%4, %5]\nn = %6, %7 positive")
                       .arg(groupDisplayName(data.groups[group]), data.conditions[condition])
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
    else if (bar->insufficient && bar->mdd && bar->difference)
        text += SubgroupAucChart::tr("\nNot enough evidence: a difference to the rest below %1 "
                                     "cannot be told from noise at this size (observed %2), or "
                                     "the interval is too wide")
                    .arg(*bar->mdd, 0, 'f', 3)
                    .arg(*bar->difference, 0, 'f', 3);
    else if (bar->insufficient)
        text += SubgroupAucChart::tr("\nNot enough evidence: the interval is too wide");
    if (!data.matchedOn.isEmpty())
        text += SubgroupAucChart::tr("\nAfter matching on %1").arg(covariateNames(data.matchedOn));
    if (bar->published)
        text += SubgroupAucChart::tr("\nPublished (Sourget et al. 2025): %1 [%2, %3]")
                    .arg(*bar->published, 0, 'f', 2)
                    .arg(bar->publishedLow, 0, 'f', 2)
                    .arg(bar->publishedHigh, 0, 'f', 2);
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

    for (const auto& series : m_data.bars)
        for (const auto& bar : series)
            if (bar)
                lowest = std::min(lowest, bar->low);
    // The bars rise from the axis floor (QCPBars draws a bar from its base value up by its
    // value), not from 0: nothing is drawn below the axis, even in a vector file whose reader
    // ignores clipping.
    const double floor = aucAxisFloor(m_axisFloor.value_or(lowest));
    const QStringList& order = m_data.colourOrder.isEmpty() ? m_data.groups : m_data.colourOrder;
    // Each bar is drawn in one of three styles: solid; pale with a dashed outline when there is
    // not enough evidence to show a gap; hatched when the group is too small to judge.
    enum class Style { Solid, Insufficient, Flagged };
    auto styleOf = [](const SubgroupAucBar& bar) {
        return bar.flagged ? Style::Flagged : bar.insufficient ? Style::Insufficient : Style::Solid;
    };
    bool anyFlagged = false, anyInsufficient = false;
    for (int g = 0; g < groups; ++g) {
        // The legend names a group on the series of its first style that has bars (a group
        // whose every bar is hatched shows a hatched swatch).
        std::optional<Style> named;
        for (const Style style : {Style::Solid, Style::Insufficient, Style::Flagged})
            for (const auto& bar : m_data.bars[size_t(g)])
                if (bar && styleOf(*bar) == style && !named)
                    named = style;
        for (const auto& bar : m_data.bars[size_t(g)])
            if (bar) {
                anyFlagged = anyFlagged || bar->flagged;
                anyInsufficient = anyInsufficient || styleOf(*bar) == Style::Insufficient;
            }
        // Each group is a series per style at the same keys, so that one group keeps one
        // colour.
        for (const Style style : {Style::Solid, Style::Insufficient, Style::Flagged}) {
            const QColor color = groupColor(order, int(order.indexOf(m_data.groups[g])));
            // Under the hatching, a pale fill of the group's colour: the bar stays pale where
            // a file format drops pattern brushes (SVG does).
            QCPBars* pale = nullptr;
            if (style == Style::Flagged) {
                pale = new QCPBars(m_plot->xAxis, m_plot->yAxis);
                pale->setWidth(m_barWidth);
                pale->setBaseValue(floor);
                pale->setPen(Qt::NoPen);
                QColor light = color;
                light.setAlpha(70);
                pale->setBrush(light);
                pale->removeFromLegend();
                pale->setSelectable(QCP::stNone);
            }
            Series s;
            s.group = g;
            s.bars = new QCPBars(m_plot->xAxis, m_plot->yAxis);
            s.bars->setWidth(m_barWidth);
            s.bars->setBaseValue(floor);
            if (style == Style::Insufficient) {
                QColor light = color;
                light.setAlpha(110);
                s.bars->setPen(QPen(color.darker(150), 1.0, Qt::DashLine));
                s.bars->setBrush(light);
            } else {
                s.bars->setPen(QPen(color.darker(130), 0.8));
                s.bars->setBrush(style == Style::Flagged ? QBrush(color, Qt::BDiagPattern)
                                                         : QBrush(color));
            }
            if (named == style)
                s.bars->setName(groupDisplayName(m_data.groups[g]));
            else
                s.bars->removeFromLegend();
            auto* whiskers = new QCPErrorBars(m_plot->xAxis, m_plot->yAxis);
            whiskers->removeFromLegend();
            whiskers->setDataPlottable(s.bars);
            whiskers->setPen(QPen(QColor(0x22, 0x22, 0x22), 1.0));
            whiskers->setWhiskerWidth(std::max(2.0, 30.0 * m_barWidth));
            for (int c = 0; c < conditions; ++c) {
                const auto& bar = m_data.bars[size_t(g)][size_t(c)];
                if (!bar || styleOf(*bar) != style)
                    continue;
                const double key = c + (g - (groups - 1) / 2.0) * m_barWidth;
                s.bars->addData(key, bar->auc - floor);
                if (pale)
                    pale->addData(key, bar->auc - floor);
                whiskers->addData(std::max(0.0, bar->auc - bar->low),
                                  std::max(0.0, bar->high - bar->auc));
                s.conditions.push_back(c);
            }
            m_series.push_back(std::move(s));
        }
    }

    // The study's published values, as diamonds with their intervals on the bars they match.
    QCPGraph* published = nullptr;
    QCPErrorBars* publishedWhiskers = nullptr;
    for (int g = 0; g < groups; ++g) {
        for (int c = 0; c < conditions; ++c) {
            const auto& bar = m_data.bars[size_t(g)][size_t(c)];
            if (!bar || !bar->published)
                continue;
            if (!published) {
                published = new QCPGraph(m_plot->xAxis, m_plot->yAxis);
                published->setLineStyle(QCPGraph::lsNone);
                published->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDiamond,
                                                           QPen(Qt::black, 1.2), Qt::white, 8));
                published->setName(tr("Published (Sourget et al. 2025)"));
                published->setSelectable(QCP::stNone);
                publishedWhiskers = new QCPErrorBars(m_plot->xAxis, m_plot->yAxis);
                publishedWhiskers->removeFromLegend();
                publishedWhiskers->setDataPlottable(published);
                publishedWhiskers->setPen(QPen(QColor(0x55, 0x55, 0x55), 1.0, Qt::DotLine));
                publishedWhiskers->setWhiskerWidth(4);
                publishedWhiskers->setSelectable(QCP::stNone);
            }
            const double key = c + (g - (groups - 1) / 2.0) * m_barWidth + m_barWidth / 4;
            published->addData(key, *bar->published);
            publishedWhiskers->addData(std::max(0.0, *bar->published - bar->publishedLow),
                                       std::max(0.0, bar->publishedHigh - *bar->published));
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
    if (anyInsufficient) {
        // What the pale, dashed bars mean, in the legend itself.
        auto* pale = new QCPBars(m_plot->xAxis, m_plot->yAxis);
        pale->setPen(QPen(QColor(0x44, 0x44, 0x44), 1.0, Qt::DashLine));
        pale->setBrush(QColor(0x55, 0x55, 0x55, 110));
        pale->setName(tr("Not enough evidence"));
    }
    if (anyFlagged) {
        // What hatching means, in the legend itself: an empty series, drawn only there.
        auto* hatched = new QCPBars(m_plot->xAxis, m_plot->yAxis);
        hatched->setPen(QPen(QColor(0x55, 0x55, 0x55), 0.8));
        hatched->setBrush(QBrush(QColor(0x55, 0x55, 0x55), Qt::BDiagPattern));
        hatched->setName(tr("Too few to judge"));
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
    m_plot->yAxis->setRange(floor, 1.0);
    m_outline = new QCPItemRect(m_plot);
    m_outline->setPen(QPen(palette().color(QPalette::Highlight), 2.0));
    m_outline->setBrush(Qt::NoBrush);
    m_outline->setVisible(false);
    m_outline->setSelectable(false);
    if (m_current.first >= groups || m_current.second >= conditions ||
        (m_current.first >= 0 && !m_data.bars[size_t(m_current.first)][size_t(m_current.second)]))
        m_current = {-1, -1};
    m_plot->legend->setVisible(groups > 0);
    m_title->setText(
        m_data.isEmpty() ? QString()
        : m_data.matchedOn.isEmpty()
            ? tr("%1: AUC by %2").arg(m_data.model, attributeDisplayName(m_data.attribute))
            : tr("%1: AUC by %2, matched on %3")
                  .arg(m_data.model, attributeDisplayName(m_data.attribute),
                       covariateNames(m_data.matchedOn)));
    showCurrent();
}

void SubgroupAucChart::setAxisFloor(std::optional<double> floor) {
    m_axisFloor = floor;
    rebuild();
}

std::vector<std::pair<int, int>> SubgroupAucChart::barsInOrder() const {
    std::vector<std::pair<int, int>> bars;
    for (int c = 0; c < int(m_data.conditions.size()); ++c)
        for (int g = 0; g < int(m_data.groups.size()); ++g)
            if (m_data.bars[size_t(g)][size_t(c)])
                bars.emplace_back(g, c);
    return bars;
}

void SubgroupAucChart::setCurrentBar(int group, int condition) {
    m_current = {group, condition};
    showCurrent();
}

void SubgroupAucChart::showCurrent() {
    const auto [g, c] = m_current;
    const bool shown = m_outline && g >= 0 && hasFocus();
    if (m_outline) {
        m_outline->setVisible(shown);
        if (g >= 0) {
            const double key = c + (g - (int(m_data.groups.size()) - 1) / 2.0) * m_barWidth;
            const auto& bar = m_data.bars[size_t(g)][size_t(c)];
            m_outline->topLeft->setCoords(key - m_barWidth / 2, bar ? bar->high : 1.0);
            m_outline->bottomRight->setCoords(key + m_barWidth / 2, m_plot->yAxis->range().lower);
        }
    }
    m_plot->replot();
    if (shown)
        QToolTip::showText(m_plot->mapToGlobal(barCenter(g, c).toPoint()),
                           subgroupBarDescription(m_data, g, c), m_plot);
}

void SubgroupAucChart::keyPressEvent(QKeyEvent* event) {
    const auto bars = barsInOrder();
    if (bars.empty()) {
        QWidget::keyPressEvent(event);
        return;
    }
    auto at = std::find(bars.begin(), bars.end(), m_current);
    const qsizetype i = at == bars.end() ? -1 : at - bars.begin();
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_Down:
        m_current = bars[size_t(std::min<qsizetype>(i + 1, qsizetype(bars.size()) - 1))];
        break;
    case Qt::Key_Left:
    case Qt::Key_Up:
        m_current = bars[size_t(std::max<qsizetype>(i - 1, 0))];
        break;
    case Qt::Key_Home:
        m_current = bars.front();
        break;
    case Qt::Key_End:
        m_current = bars.back();
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (i >= 0)
            Q_EMIT barClicked(m_current.first, m_current.second);
        return;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    showCurrent();
}

void SubgroupAucChart::focusInEvent(QFocusEvent* event) {
    QWidget::focusInEvent(event);
    if (m_current.first < 0) {
        const auto bars = barsInOrder();
        if (!bars.empty())
            m_current = bars.front();
    }
    showCurrent();
}

void SubgroupAucChart::focusOutEvent(QFocusEvent* event) {
    QWidget::focusOutEvent(event);
    QToolTip::hideText();
    showCurrent();
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
