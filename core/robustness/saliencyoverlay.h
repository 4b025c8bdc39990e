#pragma once

#include "common/error.h"
#include "robustness/saliency.h"

#include <QColor>
#include <QImage>

namespace cxrfair {

/// The diverging colour of `t` in [-1, 1]: Moreland's cool-warm map (blue, grey at 0, red),
/// perceptually even on both sides.
QColor coolWarm(double t);

/// The map alone over the input's pixels, as colours with transparency: coolWarm centred on 0
/// (symmetric limits: the largest magnitude; gradients smoothed and limited at the 99th
/// percentile), more opaque where stronger. `limit` receives the colour bar's end.
QImage saliencyHeat(const SaliencyMap& map, float* limit = nullptr);

/// The input the encoder sees with the map over it: the map spread over the input's pixels,
/// coloured by coolWarm centred on 0 (symmetric limits: the largest magnitude), blended more
/// where it is stronger, scaled up to at least `minimumSide` pixels, with a colour bar and its
/// values. Needs a QGuiApplication (text).
QImage saliencyOverlay(const SaliencyMap& map, int minimumSide = 512);

/// Writes saliencyOverlay() as PNG; errors name the file.
Result<void> writeSaliencyOverlay(const SaliencyMap& map, const QString& path);

} // namespace cxrfair
