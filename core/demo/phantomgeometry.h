#pragma once

// Shapes the phantom and its devices are drawn from; coordinates are fractions of the image
// side, u across and v down.

#include <algorithm>
#include <cmath>

namespace cxrfair::phantom {

/// 1 / (1 + exp(-x)), without exp's slow overflow path far from the edge.
inline float logistic(float x) {
    if (x > 20.0f)
        return 1.0f;
    if (x < -20.0f)
        return 0.0f;
    return 1.0f / (1.0f + std::exp(-x));
}

inline float softEllipse(float u, float v, float cx, float cy, float rx, float ry, float soft) {
    const float du = (u - cx) / rx;
    const float dv = (v - cy) / ry;
    const float r = std::sqrt(du * du + dv * dv);
    return logistic((1.0f - r) / soft);
}

inline float softBand(float x, float center, float halfWidth, float soft) {
    return logistic((halfWidth - std::abs(x - center)) / soft);
}

inline float smoothstep(float a, float b, float x) {
    const float t = std::clamp((x - a) / (b - a), 0.0f, 1.0f);
    return t * t * (3.0f - 2.0f * t);
}

inline float gaussian(float d, float width) {
    const float t = d / width;
    return t * t > 80.0f ? 0.0f : std::exp(-t * t);
}

struct Point {
    float u = 0;
    float v = 0;
};

inline float segmentDistance(Point p, Point a, Point b) {
    const float du = b.u - a.u, dv = b.v - a.v;
    const float len2 = du * du + dv * dv;
    float t = len2 > 0 ? ((p.u - a.u) * du + (p.v - a.v) * dv) / len2 : 0.0f;
    t = std::clamp(t, 0.0f, 1.0f);
    const float eu = p.u - (a.u + t * du), ev = p.v - (a.v + t * dv);
    return std::sqrt(eu * eu + ev * ev);
}

} // namespace cxrfair::phantom
