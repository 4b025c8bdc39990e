#pragma once

#include <QColor>
#include <QFont>

class QCustomPlot;

namespace cxrfair {

/// Okabe and Ito's colour-blind-safe palette (without black), cycled for series.
QColor seriesColor(int index);

/// The publication styling every chart shares: one font family and size for ticks and
/// labels, plain white background, thin dark axes, light grid. Figures exported by the window
/// and by the command line look the same because both go through here.
void applyPublicationStyle(QCustomPlot* plot);

} // namespace cxrfair
