#include "charts/chartstyle.h"

#include "qcp.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace cxrfair {

double aucAxisFloor(double lowest, double atMost) {
    return std::min(atMost, std::floor(lowest * 10.0) / 10.0);
}

QColor seriesColor(int index) {
    static const std::array<QColor, 7> okabeIto = {
        QColor(0xE6, 0x9F, 0x00), QColor(0x56, 0xB4, 0xE9), QColor(0x00, 0x9E, 0x73),
        QColor(0xF0, 0xE4, 0x42), QColor(0x00, 0x72, 0xB2), QColor(0xD5, 0x5E, 0x00),
        QColor(0xCC, 0x79, 0xA7)};
    return okabeIto[size_t(index) % okabeIto.size()];
}

namespace {

/// Shade k of a palette colour: itself, then darker, then lighter.
QColor shade(const QColor& base, int k) {
    switch (k % 3) {
    case 1:
        return base.darker(165);
    case 2:
        return base.lighter(140);
    default:
        return base;
    }
}

} // namespace

QColor groupColor(const QStringList& groups, int index) {
    constexpr int hues = 7;
    const QString separator = QStringLiteral(" / ");
    QStringList firsts, lasts;
    bool intersection = !groups.isEmpty();
    for (const QString& g : groups) {
        const qsizetype at = g.lastIndexOf(separator);
        intersection = intersection && at > 0;
        if (!intersection)
            break;
        const QString first = g.left(at);
        const QString last = g.mid(at + separator.size());
        if (!firsts.contains(first))
            firsts << first;
        if (!lasts.contains(last))
            lasts << last;
    }
    if (intersection && lasts.size() <= hues && firsts.size() <= 3 && firsts.size() > 1) {
        const QString& g = groups[index];
        const qsizetype at = g.lastIndexOf(separator);
        return shade(seriesColor(int(lasts.indexOf(g.mid(at + separator.size())))),
                     int(firsts.indexOf(g.left(at))));
    }
    return shade(seriesColor(index % hues), index / hues);
}

void applyPublicationStyle(QCustomPlot* plot) {
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(9.0);
    QFont labelFont = font;
    labelFont.setPointSizeF(10.0);
    plot->setBackground(Qt::white);
    const QPen axisPen(QColor(0x33, 0x33, 0x33), 1.0);
    for (QCPAxis* axis : plot->axisRect()->axes()) {
        axis->setBasePen(axisPen);
        axis->setTickPen(axisPen);
        axis->setSubTickPen(axisPen);
        axis->setTickLabelFont(font);
        axis->setLabelFont(labelFont);
        axis->setTickLabelColor(Qt::black);
        axis->setLabelColor(Qt::black);
        axis->grid()->setPen(QPen(QColor(0xDD, 0xDD, 0xDD), 0.8, Qt::DotLine));
        axis->grid()->setZeroLinePen(Qt::NoPen);
    }
    plot->legend->setFont(font);
    plot->legend->setBorderPen(QPen(QColor(0xBB, 0xBB, 0xBB)));
    plot->legend->setBrush(QColor(255, 255, 255, 230));
}

void placeLegendBeside(QCustomPlot* plot, int row) {
    plot->axisRect()->insetLayout()->take(plot->legend);
    auto* side = new QCPLayoutGrid;
    plot->plotLayout()->addElement(row, 1, side);
    plot->plotLayout()->setColumnStretchFactor(1, 0.001);
    side->addElement(0, 0, plot->legend);
    side->addElement(1, 0, new QCPLayoutElement(plot)); // keeps the legend at the top
    side->setRowStretchFactor(0, 0.001);
}

void placeLegendBelow(QCustomPlot* plot, int columns) {
    plot->axisRect()->insetLayout()->take(plot->legend);
    const int row = plot->plotLayout()->rowCount();
    plot->plotLayout()->addElement(row, 0, plot->legend);
    plot->plotLayout()->setRowStretchFactor(row, 0.001);
    plot->legend->setWrap(columns); // before the order, which rearranges by it
    plot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
}

void fitLegendColumns(QCustomPlot* plot, int width) {
    QCPLegend* legend = plot->legend;
    int widest = 0;
    for (int i = 0; i < legend->itemCount(); ++i)
        if (QCPAbstractLegendItem* item = legend->item(i)) // a grid may have empty cells
            widest = std::max(widest, item->minimumOuterSizeHint().width());
    if (widest == 0)
        return;
    const int room = (width > 0 ? width : plot->width()) - legend->margins().left() -
                     legend->margins().right() - 8; // the legend's frame and the plot's margin
    const int columns =
        std::clamp(room / (widest + legend->columnSpacing()), 1, std::max(1, legend->itemCount()));
    if (columns == legend->wrap())
        return;
    legend->setWrap(columns);
    legend->setFillOrder(QCPLayoutGrid::foColumnsFirst, true);
    plot->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace cxrfair
