#include "charts/pcascatter.h"

#include "charts/chartstyle.h"
#include "charts/pointcloud.h"

#include <QKeyEvent>
#include <QToolTip>
#include <QVBoxLayout>

#include <cmath>

namespace cxrfair {

namespace {
const QRgb missingColor = qRgba(0xB0, 0xB0, 0xB0, 160);

/// A perceptually ordered scale (viridis' end points and middle), readable in grey.
QCPColorGradient scoreGradient() {
    QCPColorGradient g;
    g.setColorStopAt(0.0, QColor(0x44, 0x01, 0x54));
    g.setColorStopAt(0.25, QColor(0x3B, 0x52, 0x8B));
    g.setColorStopAt(0.5, QColor(0x21, 0x90, 0x8C));
    g.setColorStopAt(0.75, QColor(0x5D, 0xC8, 0x63));
    g.setColorStopAt(1.0, QColor(0xFD, 0xE7, 0x25));
    return g;
}
} // namespace

PcaScatter::PcaScatter(QWidget* parent)
    : QWidget(parent)
    , m_plot(new QCustomPlot(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    m_plot->setObjectName(QStringLiteral("pcaPlot"));
    applyPublicationStyle(m_plot);
    placeLegendBeside(m_plot);
    m_cloud = new PointCloud(m_plot->xAxis, m_plot->yAxis);
    m_cloud->removeFromLegend();
    m_outline = new QCPCurve(m_plot->xAxis, m_plot->yAxis);
    m_outline->removeFromLegend();
    m_outline->setPen(QPen(QColor(0x22, 0x22, 0x22), 1.2, Qt::DashLine));
    m_ring = new QCPCurve(m_plot->xAxis, m_plot->yAxis);
    m_ring->removeFromLegend();
    m_ring->setLineStyle(QCPCurve::lsNone);
    m_ring->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle,
                                            QPen(palette().color(QPalette::Highlight), 2.0),
                                            Qt::NoBrush, 14));
    setFocusPolicy(Qt::StrongFocus);
    m_plot->setFocusProxy(this);
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    connect(m_plot, &QCustomPlot::mousePress, this, &PcaScatter::press);
    connect(m_plot, &QCustomPlot::mouseMove, this, &PcaScatter::move);
    connect(m_plot, &QCustomPlot::mouseRelease, this, &PcaScatter::release);
    setMinimumSize(220, 160);
}

void PcaScatter::setPca(const PcaResult& pca, bool replot) {
    std::vector<float> x(size_t(pca.projection.rows)), y(x.size());
    for (qint64 r = 0; r < pca.projection.rows; ++r) {
        x[size_t(r)] = pca.projection.row(r)[0];
        y[size_t(r)] = pca.projection.cols > 1 ? pca.projection.row(r)[1] : 0.0f;
    }
    auto axis = [&](int k) {
        return tr("PC%1 (%2% of variance)")
            .arg(k + 1)
            .arg(k < int(pca.explainedVarianceRatio.size())
                     ? QString::number(100.0 * pca.explainedVarianceRatio[size_t(k)], 'f', 1)
                     : QStringLiteral("-"));
    };
    setPoints(std::move(x), std::move(y), axis(0), axis(1), replot);
}

void PcaScatter::setPoints(std::vector<float> x, std::vector<float> y, const QString& xLabel,
                           const QString& yLabel, bool replot) {
    m_cloud->setPoints(std::move(x), std::move(y));
    m_selection.assign(size_t(m_cloud->pointCount()), false);
    m_cursor = hasFocus() && m_cloud->pointCount() > 0 ? 0 : -1;
    m_outline->data()->clear();
    m_plot->xAxis->setLabel(xLabel);
    m_plot->yAxis->setLabel(yLabel);
    m_plot->rescaleAxes();
    m_plot->xAxis->scaleRange(1.05);
    m_plot->yAxis->scaleRange(1.05);
    m_colourText.clear();
    if (replot)
        m_plot->replot();
}

void PcaScatter::replot() {
    draw();
}

void PcaScatter::draw() {
    m_plot->replot(m_drawLater ? QCustomPlot::rpQueuedReplot : QCustomPlot::rpRefreshHint);
}

void PcaScatter::clearLegend() {
    for (int i = m_plot->plottableCount() - 1; i >= 0; --i)
        if (auto* g = qobject_cast<QCPGraph*>(m_plot->plottable(i)))
            m_plot->removePlottable(g);
    if (m_scale) {
        m_plot->plotLayout()->remove(m_scale);
        m_scale = nullptr;
        m_plot->plotLayout()->simplify();
    }
}

void PcaScatter::colourByClasses(const QString& name, const QStringList& classes,
                                 const std::vector<std::int32_t>& codes,
                                 const std::vector<QColor>& colours) {
    clearLegend();
    m_colourName = name;
    auto colourOf = [&](int c) {
        return c < int(colours.size()) && colours[size_t(c)].isValid() ? colours[size_t(c)]
                                                                       : seriesColor(c);
    };
    std::vector<QRgb> colors(size_t(m_cloud->pointCount()), missingColor);
    m_colourText = QStringList(qsizetype(colors.size()), QString());
    for (size_t i = 0; i < colors.size() && i < codes.size(); ++i)
        if (codes[i] >= 0 && codes[i] < classes.size()) {
            colors[i] = colourOf(codes[i]).rgba();
            m_colourText[qsizetype(i)] = classes[codes[i]];
        }
    m_cloud->setColors(std::move(colors));
    for (int c = 0; c < int(classes.size()); ++c) {
        auto* entry = new QCPGraph(m_plot->xAxis, m_plot->yAxis);
        entry->setName(classes[c]);
        entry->setLineStyle(QCPGraph::lsNone);
        entry->setScatterStyle(
            QCPScatterStyle(QCPScatterStyle::ssSquare, colourOf(c), colourOf(c), 7));
    }
    m_plot->legend->setVisible(!classes.isEmpty());
    draw();
}

void PcaScatter::colourByValues(const QString& name, const std::vector<double>& values) {
    clearLegend();
    m_colourName = name;
    double lo = INFINITY, hi = -INFINITY;
    for (double v : values)
        if (std::isfinite(v)) {
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
    if (!(hi > lo)) {
        lo = std::isfinite(lo) ? lo - 0.5 : 0.0;
        hi = lo + 1.0;
    }
    QCPColorGradient gradient = scoreGradient(); // color() is not const
    std::vector<QRgb> colors(size_t(m_cloud->pointCount()), missingColor);
    m_colourText = QStringList(qsizetype(colors.size()), QString());
    for (size_t i = 0; i < colors.size() && i < values.size(); ++i)
        if (std::isfinite(values[i])) {
            colors[i] = gradient.color(values[i], QCPRange(lo, hi));
            m_colourText[qsizetype(i)] = QString::number(values[i], 'g', 6);
        }
    m_cloud->setColors(std::move(colors));
    m_plot->legend->setVisible(false);
    m_scale = new QCPColorScale(m_plot);
    m_scale->setGradient(gradient);
    m_scale->setDataRange(QCPRange(lo, hi));
    m_scale->axis()->setLabel(name);
    m_scale->setBarWidth(10);
    m_plot->plotLayout()->addElement(0, 2, m_scale);
    draw();
}

void PcaScatter::setTool(Tool tool) {
    m_tool = tool;
    m_plot->setInteraction(QCP::iRangeDrag, tool == Tool::Navigate);
    m_plot->setCursor(tool == Tool::Navigate ? Qt::OpenHandCursor : Qt::CrossCursor);
}

void PcaScatter::selectPolygon(const QPolygonF& polygon, bool add) {
    const std::vector<bool> inside = pointsInPolygon(m_cloud->xs(), m_cloud->ys(), polygon);
    if (add && m_selection.size() == inside.size()) {
        for (size_t i = 0; i < inside.size(); ++i)
            m_selection[i] = m_selection[i] || inside[i];
    } else {
        m_selection = inside;
    }
    m_outline->data()->clear();
    int t = 0;
    for (const QPointF& p : polygon)
        m_outline->addData(t++, p.x(), p.y());
    if (!polygon.isEmpty())
        m_outline->addData(t, polygon.front().x(), polygon.front().y());
    m_cloud->setHighlighted(selectedCount() > 0 ? m_selection : std::vector<bool>{});
    m_plot->replot();
    Q_EMIT selectionChanged();
}

void PcaScatter::focusInEvent(QFocusEvent* event) {
    QWidget::focusInEvent(event);
    if (m_cursor < 0 && m_cloud->pointCount() > 0)
        m_cursor = 0;
    showCursor();
}

void PcaScatter::keyPressEvent(QKeyEvent* event) {
    const auto& xs = m_cloud->xs();
    const auto& ys = m_cloud->ys();
    const qsizetype n = qsizetype(xs.size());
    if (n == 0 || m_cursor < 0 || m_cursor >= n) {
        QWidget::keyPressEvent(event);
        return;
    }
    QPointF direction;
    switch (event->key()) {
    case Qt::Key_Left:
        direction = {-1, 0};
        break;
    case Qt::Key_Right:
        direction = {1, 0};
        break;
    case Qt::Key_Up:
        direction = {0, 1};
        break;
    case Qt::Key_Down:
        direction = {0, -1};
        break;
    case Qt::Key_Space: {
        std::vector<bool> selection =
            m_selection.size() == size_t(n) ? m_selection : std::vector<bool>(size_t(n));
        selection[size_t(m_cursor)] = !selection[size_t(m_cursor)];
        setSelection(std::move(selection));
        showCursor();
        return;
    }
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    // The nearest point (on screen) within 45 degrees of the arrow's direction.
    const QPointF from(m_plot->xAxis->coordToPixel(xs[size_t(m_cursor)]),
                       m_plot->yAxis->coordToPixel(ys[size_t(m_cursor)]));
    const QPointF screenDirection(direction.x(), -direction.y());
    qsizetype best = -1;
    double bestDistance = 0.0;
    for (qsizetype i = 0; i < n; ++i) {
        const QPointF d = QPointF(m_plot->xAxis->coordToPixel(xs[size_t(i)]),
                                  m_plot->yAxis->coordToPixel(ys[size_t(i)])) -
                          from;
        const double along = d.x() * screenDirection.x() + d.y() * screenDirection.y();
        const double across = std::abs(d.x() * screenDirection.y() - d.y() * screenDirection.x());
        if (along <= 0.0 || across > along)
            continue;
        const double distance = along * along + across * across;
        if (best < 0 || distance < bestDistance) {
            best = i;
            bestDistance = distance;
        }
    }
    if (best >= 0)
        m_cursor = best;
    showCursor();
}

void PcaScatter::showCursor() {
    m_ring->data()->clear();
    if (m_cursor >= 0 && m_cursor < qsizetype(m_cloud->xs().size()) && hasFocus()) {
        const double x = m_cloud->xs()[size_t(m_cursor)], y = m_cloud->ys()[size_t(m_cursor)];
        m_ring->addData(0, x, y);
        const bool selected =
            size_t(m_cursor) < m_selection.size() && m_selection[size_t(m_cursor)];
        QToolTip::showText(
            m_plot->mapToGlobal(
                QPoint(int(m_plot->xAxis->coordToPixel(x)), int(m_plot->yAxis->coordToPixel(y)))),
            tr("Point %1%2%3")
                .arg(m_cursor + 1)
                .arg(m_cursor < m_colourText.size() && !m_colourText[m_cursor].isEmpty()
                         ? tr(": %1").arg(m_colourText[m_cursor])
                         : QString())
                .arg(selected ? tr(" (selected; Space takes it out)") : tr(" (Space selects it)")),
            m_plot);
    }
    m_plot->replot();
}

void PcaScatter::setSelection(std::vector<bool> selection) {
    if (selection.size() != m_cloud->xs().size())
        return;
    m_selection = std::move(selection);
    m_cloud->setHighlighted(selectedCount() > 0 ? m_selection : std::vector<bool>{});
    m_plot->replot();
    Q_EMIT selectionChanged();
}

void PcaScatter::clearSelection() {
    m_selection.assign(m_selection.size(), false);
    m_outline->data()->clear();
    m_cloud->setHighlighted({});
    m_plot->replot();
    Q_EMIT selectionChanged();
}

qsizetype PcaScatter::selectedCount() const {
    return qsizetype(std::count(m_selection.begin(), m_selection.end(), true));
}

void PcaScatter::press(QMouseEvent* event) {
    if (m_tool == Tool::Navigate || event->button() != Qt::LeftButton)
        return;
    m_drawing = true;
    m_drawn.clear();
    m_drawn << QPointF(m_plot->xAxis->pixelToCoord(event->position().x()),
                       m_plot->yAxis->pixelToCoord(event->position().y()));
}

void PcaScatter::move(QMouseEvent* event) {
    if (!m_drawing)
        return;
    const QPointF p(m_plot->xAxis->pixelToCoord(event->position().x()),
                    m_plot->yAxis->pixelToCoord(event->position().y()));
    if (m_tool == Tool::Rectangle) {
        const QPointF a = m_drawn.front();
        m_drawn = QPolygonF({a, QPointF(p.x(), a.y()), p, QPointF(a.x(), p.y())});
    } else {
        m_drawn << p;
    }
    m_outline->data()->clear();
    int t = 0;
    for (const QPointF& q : m_drawn)
        m_outline->addData(t++, q.x(), q.y());
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void PcaScatter::release(QMouseEvent* event) {
    if (!m_drawing)
        return;
    m_drawing = false;
    if (m_drawn.size() < 3) {
        clearSelection();
        return;
    }
    selectPolygon(m_drawn, event->modifiers() & Qt::ShiftModifier);
}

QString PcaScatter::csv() const {
    QString colour = m_colourName;
    colour.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    QString out = QStringLiteral("pc1,pc2,\"%1\",selected\n").arg(colour);
    const auto& x = m_cloud->xs();
    const auto& y = m_cloud->ys();
    for (size_t i = 0; i < x.size(); ++i)
        out += QStringLiteral("%1,%2,\"%3\",%4\n")
                   .arg(QString::number(x[i], 'g', 9), QString::number(y[i], 'g', 9),
                        i < size_t(m_colourText.size()) ? m_colourText[qsizetype(i)] : QString())
                   .arg(i < m_selection.size() && m_selection[i] ? 1 : 0);
    return out;
}

} // namespace cxrfair
