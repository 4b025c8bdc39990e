#pragma once

#include <QColor>
#include <QFont>
#include <QStringList>

class QCustomPlot;

namespace cxrfair {

/// Where an AUC axis starts for intervals reaching down to `lowest`: a tenth below it, and
/// never above `atMost` (so that chance, 0.5, is in sight).
double aucAxisFloor(double lowest, double atMost = 0.5);

/// Okabe and Ito's colour-blind-safe palette (without black), cycled for series.
QColor seriesColor(int index);

/// The colour of group `index` of `groups`, every group its own: an intersection's groups
/// ("Female / 18-25") take the hue of their last part and a shade of their first (so that the
/// 10 groups of sex x age read as 5 hues in 2 shades); other lists beyond the palette's seven
/// colours cycle through darker and lighter shades of it.
QColor groupColor(const QStringList& groups, int index);

/// The publication styling every chart shares: one font family and size for ticks and
/// labels, plain white background, thin dark axes, light grid. Figures exported by the window
/// and by the command line look the same because both go through here.
void applyPublicationStyle(QCustomPlot* plot);

/// Moves the legend out of the axis rect to its right, at the top of layout row `row`, so that
/// it never hides data.
void placeLegendBeside(QCustomPlot* plot, int row = 0);

/// Moves the legend out of the axis rect below it, in rows of `columns` entries: never over the
/// data, and the axes keep the panel's width.
void placeLegendBelow(QCustomPlot* plot, int columns = 2);

/// As many columns in a legend below the axes as its widest entry allows at `width` pixels
/// (the plot's width when not given; call after the entries change and when the plot is
/// resized): no entry is cut.
void fitLegendColumns(QCustomPlot* plot, int width = -1);

} // namespace cxrfair
