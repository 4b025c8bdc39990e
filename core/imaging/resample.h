#pragma once

#include "common/error.h"

#include <QString>

#include <algorithm>
#include <cstdint>
#include <optional>
#include <vector>

namespace cxrfair {

enum class Interpolation { Nearest, Bilinear, Bicubic, Area, Lanczos };

QString
interpolationName(Interpolation interpolation); ///< nearest, bilinear, bicubic, area, lanczos
std::optional<Interpolation> parseInterpolation(const QString& name);

/// The taps of one axis of resample(): for each output index, its first input index and
/// `taps` normalised weights (zero past the input's end).
struct ResampleTaps {
    int taps = 0;
    std::vector<int> start;
    std::vector<float> values; ///< output * taps

    /// Output `index` of the axis: its taps applied to `line`, `length` input values.
    template <class In>
    float apply(const In* line, int length, int index) const {
        const int first = start[size_t(index)];
        const float* k = values.data() + size_t(index) * size_t(taps);
        const int n = std::min(taps, length - first);
        float sum = 0.0f;
        for (int t = 0; t < n; ++t)
            sum += float(line[first + t]) * k[t];
        return sum;
    }
};
ResampleTaps resampleTaps(int in, int out, Interpolation interpolation, bool antialias);

/// Separable resampling of one channel. With `antialias` the filter is widened by the
/// reduction factor when shrinking (as Pillow does, which is what torchvision's transforms call
/// on images), so a 2048-pixel radiograph shrinks to 224 without aliasing; without it, the
/// filter keeps its size (plain interpolation). Bicubic uses a = -0.5, as Pillow does. Outputs
/// are clamped to [lo, hi].
void resample(const float* source, int sourceWidth, int sourceHeight, float* target,
              int targetWidth, int targetHeight, Interpolation interpolation, bool antialias = true,
              float lo = 0.0f, float hi = 1.0f);

/// The same on 16-bit input and output (the thumbnail path), without a float copy of the
/// source.
void resample(const std::uint16_t* source, int sourceWidth, int sourceHeight, std::uint16_t* target,
              int targetWidth, int targetHeight, Interpolation interpolation,
              bool antialias = true);

} // namespace cxrfair
