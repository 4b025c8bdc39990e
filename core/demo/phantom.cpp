#include "demo/phantom.h"

#include "common/random.h"
#include "demo/phantomdevices.h"
#include "demo/phantomgeometry.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace cxrfair {

namespace {

using namespace phantom;

/// Smooth random texture: bilinear-with-smoothstep interpolation of a random grid, in [-1, 1].
class ValueNoise {
public:
    ValueNoise(Random& random, int cells)
        : m_cells(cells)
        , m_values(size_t((cells + 1) * (cells + 1))) {
        for (float& v : m_values)
            v = float(random.uniform(-1.0, 1.0));
    }
    float at(float u, float v) const {
        const float x = std::clamp(u, 0.0f, 0.9999f) * float(m_cells);
        const float y = std::clamp(v, 0.0f, 0.9999f) * float(m_cells);
        const int ix = int(x), iy = int(y);
        const float fx = smoothstep(0, 1, x - float(ix)), fy = smoothstep(0, 1, y - float(iy));
        auto g = [&](int i, int j) { return m_values[size_t(j * (m_cells + 1) + i)]; };
        const float top = g(ix, iy) * (1 - fx) + g(ix + 1, iy) * fx;
        const float bottom = g(ix, iy + 1) * (1 - fx) + g(ix + 1, iy + 1) * fx;
        return top * (1 - fy) + bottom * fy;
    }

private:
    int m_cells;
    std::vector<float> m_values;
};

struct Blob {
    Point center;
    float radius = 0;
};

/// Every random choice for one image, drawn up front in a fixed order.
struct Layout {
    bool lateral = false;
    bool ap = false;
    float hab = 1, cardio = 1, boneDensity = 1, breast = 0, gain = 1, offset = 0,
          noiseSigma = 0.012f, contrast = 1;
    float domeR = 0.76f, domeL = 0.78f;
    float sev[kDemoFindings]{};
    int effusionSides = 0; ///< bit 0 image-left, bit 1 image-right
    int ptxSide = 0, atelectasisSide = 0;
    Blob consolidation;
    Blob pneumonia[6];
    Point atelectasisA, atelectasisB;
    Point drain[33];
    Point drainMin, drainMax; ///< bounding box of the tube, with a margin
    float cardioRy = 1.0f;    ///< pow(cardio, 0.6)
};

float lungCenterU(int side, const Layout& g) {
    return 0.5f + (side == 0 ? -0.175f : 0.175f) * g.hab;
}

Layout drawLayout(const PhantomSpec& spec, Random& r) {
    Layout g;
    g.lateral = spec.view == DemoView::Lateral;
    g.ap = spec.view == DemoView::AP;
    g.hab = float(spec.habitus * r.uniform(0.97, 1.03));
    g.cardio =
        float(r.uniform(0.94, 1.06) * (1.0 + 0.45 * spec.severity[int(DemoFinding::Cardiomegaly)]) *
              (g.ap ? 1.12 : 1.0));
    g.boneDensity = float(1.0 - 0.4 * std::clamp((spec.age - 45.0) / 45.0, 0.0, 1.0)) *
                    (spec.female ? 0.92f : 1.0f);
    g.breast = spec.female ? float(r.uniform(0.6, 1.2)) : 0.0f;
    g.gain = float(r.uniform(0.93, 1.07));
    g.offset = float(r.uniform(-0.02, 0.02));
    g.noiseSigma = float(0.011 + (g.ap ? 0.008 : 0.0) + (spec.age >= 80 ? 0.006 : 0.0));
    g.contrast = spec.age >= 80 ? 0.84f : spec.age >= 65 ? 0.93f : 1.0f;
    g.domeR = float(0.755 + r.uniform(-0.015, 0.015));
    g.domeL = float(0.775 + r.uniform(-0.015, 0.015));
    for (int f = 0; f < kDemoFindings; ++f)
        g.sev[f] = float(spec.severity[size_t(f)] * spec.visibility);

    g.effusionSides = r.chance(0.45) ? 3 : r.chance(0.5) ? 1 : 2;
    g.ptxSide = r.integer(0, 1);
    g.atelectasisSide = r.integer(0, 1);
    if (g.sev[int(DemoFinding::Atelectasis)] > 0) {
        const float raise = 0.035f * spec.severity[int(DemoFinding::Atelectasis)];
        (g.atelectasisSide == 0 ? g.domeR : g.domeL) -= raise;
    }
    const int consolidationSide = r.integer(0, 1);
    g.consolidation.center = {lungCenterU(consolidationSide, g) + float(r.uniform(-0.05, 0.05)),
                              float(r.uniform(0.42, 0.62))};
    g.consolidation.radius = float(0.045 + 0.045 * spec.severity[int(DemoFinding::Consolidation)]);
    const int pneumoniaSide = r.integer(0, 1);
    const Point pc{lungCenterU(pneumoniaSide, g) + float(r.uniform(-0.04, 0.04)),
                   float(r.uniform(0.45, 0.62))};
    for (Blob& b : g.pneumonia) {
        b.center = {pc.u + float(r.normal(0, 0.035)), pc.v + float(r.normal(0, 0.04))};
        b.radius = float(r.uniform(0.02, 0.04));
    }
    const float au = lungCenterU(g.atelectasisSide, g);
    const float av = float(r.uniform(0.55, 0.64));
    g.atelectasisA = {au - 0.08f * g.hab, av + float(r.uniform(-0.03, 0.03))};
    g.atelectasisB = {au + 0.08f * g.hab, av + float(r.uniform(-0.03, 0.03))};

    // The drain enters through the lateral chest wall and runs up towards the apex, on the side
    // of the pneumothorax when there is one.
    const float s = g.ptxSide == 0 ? -1.0f : 1.0f;
    const Point p0{0.5f + s * 0.52f, float(r.uniform(0.66, 0.74))};
    const Point p1{0.5f + s * float(r.uniform(0.36, 0.42)) * g.hab, float(r.uniform(0.5, 0.58))};
    const Point p2{0.5f + s * float(r.uniform(0.18, 0.26)) * g.hab, float(r.uniform(0.17, 0.25))};
    for (int i = 0; i <= 32; ++i) {
        const float t = float(i) / 32.0f;
        g.drain[i] = {(1 - t) * (1 - t) * p0.u + 2 * (1 - t) * t * p1.u + t * t * p2.u,
                      (1 - t) * (1 - t) * p0.v + 2 * (1 - t) * t * p1.v + t * t * p2.v};
    }
    g.drainMin = g.drain[0];
    g.drainMax = g.drain[0];
    for (const Point& q : g.drain) {
        g.drainMin = {std::min(g.drainMin.u, q.u), std::min(g.drainMin.v, q.v)};
        g.drainMax = {std::max(g.drainMax.u, q.u), std::max(g.drainMax.v, q.v)};
    }
    g.drainMin = {g.drainMin.u - 0.03f, g.drainMin.v - 0.03f};
    g.drainMax = {g.drainMax.u + 0.03f, g.drainMax.v + 0.03f};
    g.cardioRy = std::pow(g.cardio, 0.6f);
    return g;
}

float drainValue(const Layout& g, Point p, float lineWidth) {
    if (p.u < g.drainMin.u || p.u > g.drainMax.u || p.v < g.drainMin.v || p.v > g.drainMax.v)
        return 0.0f;
    float d = 1.0f;
    for (int i = 0; i < 32; ++i)
        d = std::min(d, segmentDistance(p, g.drain[i], g.drain[i + 1]));
    // A radio-opaque tube: bright wall, slightly darker lumen.
    return 0.9f * gaussian(d, std::max(0.006f, lineWidth)) -
           0.3f * gaussian(d, std::max(0.002f, lineWidth / 3.0f));
}

/// Thickness of an elliptical cylinder at (u, v): 1 on its axis, 0 at its edge.
float thickness(float u, float v, float cx, float cy, float rx, float ry) {
    const float du = (u - cx) / rx, dv = (v - cy) / ry;
    return std::sqrt(std::max(0.0f, 1.0f - du * du - dv * dv));
}

/// The trunk: a super-ellipse, boxier than an ellipse so that the shoulders are square.
float trunk(float u, float v, float hab) {
    const float du = std::abs(u - 0.5f) / (0.46f * hab), dv = std::abs(v - 0.54f) / 0.62f;
    const float r = du * du * du + dv * dv * std::sqrt(dv);
    return std::sqrt(std::max(0.0f, 1.0f - r));
}

/// Vessel-like lines: the zero crossings of smooth noise, sharpened.
float ridges(const ValueNoise& noise, float u, float v) {
    const float r = 1.0f - std::abs(noise.at(u, v));
    return r * r * r * r * r * r;
}

/// Attenuation (line integral, arbitrary units) of a frontal (PA or AP) chest; the display
/// value is 1 - exp(-A).
float frontal(const PhantomSpec& spec, const Layout& g, const ValueNoise& mid,
              const ValueNoise& fine, Point p) {
    const float u = p.u, v = p.v;
    const float body = trunk(u, v, g.hab);
    float A = 0.03f + (0.95f + float(spec.softTissue)) * body;

    const int side = u < 0.5f ? 0 : 1;
    const float cx = lungCenterU(side, g);
    const float cy = g.ap ? 0.455f : 0.45f;
    const float rx = (side == 0 ? 0.14f : 0.132f) * g.hab;
    const float ry = g.ap ? 0.275f : 0.295f;
    const float lateralPos = (u - cx) / rx;
    const float dome =
        (side == 0 ? g.domeR : g.domeL) - 0.07f * (1.0f - std::min(1.0f, lateralPos * lateralPos));
    const float cut = 1.0f - smoothstep(dome - 0.012f, dome + 0.012f, v);
    const float lungNoCut = std::min(1.0f, 1.6f * thickness(u, v, cx, cy, rx, ry));
    const float lung = lungNoCut * cut;
    float ptxZone = 0.0f, ptxLine = 0.0f;
    if (side == g.ptxSide && spec.severity[int(DemoFinding::Pneumothorax)] > 0) {
        // The lung collapses medially and downwards, leaving a lucent rim with no vessels and a
        // thin visible pleural line.
        const float depth = 0.02f + 0.085f * float(spec.severity[int(DemoFinding::Pneumothorax)]);
        const float shift = side == 0 ? depth * 0.6f : -depth * 0.6f;
        const float du = (u - (cx + shift)) / (rx - depth),
                    dv = (v - (cy + depth * 0.9f)) / (ry - depth * 1.2f);
        const float rc = std::sqrt(du * du + dv * dv);
        const float lateralSide = smoothstep(-0.03f, 0.03f, side == 0 ? cx - u : u - cx);
        const float apex = 1.0f - smoothstep(cy - 0.2f, cy - 0.1f, v);
        const float upper =
            (1.0f - smoothstep(cy + 0.05f, cy + 0.15f, v)) * std::max(lateralSide, apex);
        const float inside = std::min(1.0f, lung * 4.0f);
        ptxZone = inside * smoothstep(0.97f, 1.03f, rc) * upper;
        ptxLine = inside * gaussian(rc - 1.0f, 0.014f) * upper;
    }
    A -= 0.72f * lung;

    // Vessels fan out from the hilum: noise that varies fast across angle and slowly along the
    // radius has radial zero crossings.
    float vessels = 0.0f;
    if (lung > 1e-3f) {
        const float hu = u - (0.5f + (side == 0 ? -0.085f : 0.085f) * g.hab), hv = v - 0.5f;
        const float radius = std::sqrt(hu * hu + hv * hv);
        const float angle = std::atan2(hv, hu) / (2.0f * std::numbers::pi_v<float>)+0.5f;
        const float hilum = 1.0f - 0.65f * std::min(1.0f, radius / 0.3f);
        vessels = lung * hilum *
                  (0.17f * ridges(mid, angle, 0.25f * radius + 0.3f * float(side)) +
                   0.07f * ridges(fine, angle, 0.6f * radius + 0.3f * float(side)));
    }
    const float ptxVisible = std::min(1.0f, 0.4f + g.sev[int(DemoFinding::Pneumothorax)]);
    A += vessels *
         (1.0f - ptxZone * (spec.severity[int(DemoFinding::Pneumothorax)] > 0 ? 1.0f : 0.0f));
    A -= 0.08f * ptxZone * ptxVisible * (g.sev[int(DemoFinding::Pneumothorax)] > 0 ? 1.0f : 0.0f);
    A += 0.2f * ptxLine * ptxVisible * (g.sev[int(DemoFinding::Pneumothorax)] > 0 ? 1.0f : 0.0f);

    // Ribs: posterior ribs arch from the spine and slope down laterally; anterior ribs fainter.
    const float t = std::abs(u - 0.5f) / g.hab;
    const float thorax = body * (1.0f - smoothstep(0.43f, 0.47f, t));
    {
        const float w = v - 1.3f * (t - 0.07f) * (t - 0.07f);
        if (w > 0.07f && w < 0.74f && t > 0.03f) {
            const float period = 0.064f + 0.03f * (w - 0.07f);
            const float q = (w - 0.07f) / period;
            const float d = (q - std::round(q)) * period;
            A += 0.2f * g.boneDensity * gaussian(d, 0.0105f) * thorax;
        }
        const float w2 = v + 0.55f * (t - 0.42f) * (t - 0.42f);
        if (w2 > 0.2f && w2 < 0.62f && t > 0.08f) {
            const float q = (w2 - 0.2f) / 0.085f;
            A += 0.07f * g.boneDensity * gaussian((q - std::round(q)) * 0.085f, 0.013f) * thorax;
        }
    }
    if (g.ap)
        A +=
            0.14f * thickness(u, v, 0.5f + (u < 0.5f ? -0.36f : 0.36f) * g.hab, 0.3f, 0.08f, 0.17f);
    if (v < 0.25f) {
        const float s = u < 0.5f ? -1.0f : 1.0f;
        const float d =
            segmentDistance(p, {0.5f + s * 0.05f, 0.17f}, {0.5f + s * 0.3f * g.hab, 0.11f});
        A += 0.35f * g.boneDensity * gaussian(d, 0.014f);
    }
    const float mediastinum = softBand(u, 0.5f + 0.01f, (g.ap ? 0.068f : 0.058f) * g.hab, 0.01f) *
                              smoothstep(0.04f, 0.1f, v) * (1.0f - smoothstep(0.7f, 0.76f, v));
    A += 0.55f * mediastinum;
    A -= 0.22f * softBand(u, 0.5f, 0.018f, 0.004f) * smoothstep(0.0f, 0.04f, v) *
         (1.0f - smoothstep(0.3f, 0.34f, v));
    A += 0.3f * thickness(u, v, 0.555f, 0.31f, 0.045f, 0.04f); // aortic knob
    A += 0.7f * thickness(u, v, 0.5f + 0.06f * g.cardio, 0.645f, 0.15f * g.hab * g.cardio,
                          0.125f * g.cardioRy);
    if (std::abs(u - 0.5f) < 0.07f) {
        A += 0.22f * g.boneDensity * softBand(u, 0.5f, 0.028f, 0.005f) *
             (0.75f + 0.25f * std::cos(2.0f * std::numbers::pi_v<float> * v / 0.05f));
    }
    A -= 0.3f *
         thickness(u, v, 0.5f + 0.16f * g.hab, g.domeL + 0.05f, 0.05f, 0.03f); // gastric bubble
    if (g.breast > 0) {
        for (float s : {-1.0f, 1.0f})
            A += 0.22f * g.breast *
                 thickness(u, v, 0.5f + s * 0.24f * g.hab, 0.71f, 0.16f * g.hab, 0.1f);
    }

    // Findings: fluid and consolidation put back what the air took away.
    if (const float s = g.sev[int(DemoFinding::PleuralEffusion)];
        s > 0 && (g.effusionSides & (1 << side))) {
        const float lateral = std::min(1.0f, std::abs(u - cx) / (0.14f * g.hab));
        const float base = side == 0 ? g.domeR : g.domeL;
        const float level =
            base - (0.06f + 0.17f * float(spec.severity[int(DemoFinding::PleuralEffusion)])) +
            0.06f * (1.0f - lateral);
        A += (0.3f + 0.45f * s) * lung * smoothstep(level - 0.02f, level + 0.02f, v);
    }
    if (const float s = g.sev[int(DemoFinding::Consolidation)]; s > 0) {
        const Blob& b = g.consolidation;
        A += (0.3f + 0.35f * s) *
             softEllipse(u, v, b.center.u, b.center.v, b.radius, b.radius * 1.2f, 0.12f) *
             std::min(1.0f, lung * 3.0f) * (0.85f + 0.15f * fine.at(u, v));
    }
    if (const float s = g.sev[int(DemoFinding::Pneumonia)]; s > 0) {
        float patches = 0.0f;
        for (const Blob& b : g.pneumonia)
            patches += softEllipse(u, v, b.center.u, b.center.v, b.radius, b.radius, 0.3f);
        A += (0.12f + 0.22f * s) * std::min(1.2f, patches) * std::min(1.0f, lung * 3.0f) *
             (0.7f + 0.3f * mid.at(v, u));
    }
    if (const float s = g.sev[int(DemoFinding::Atelectasis)]; s > 0)
        A += (0.25f + 0.3f * s) *
             gaussian(segmentDistance(p, g.atelectasisA, g.atelectasisB), 0.011f) * lungNoCut;
    return A;
}

/// Attenuation of a lateral chest: one lung field, heart in front (image left), spine behind.
float lateral(const PhantomSpec& spec, const Layout& g, const ValueNoise& mid,
              const ValueNoise& fine, Point p) {
    const float u = p.u, v = p.v;
    const float body = thickness(u, v, 0.5f, 0.56f, 0.42f * g.hab, 0.62f);
    float A = 0.03f + (1.05f + float(spec.softTissue)) * body;
    const float lx = (u - 0.53f) / 0.28f;
    const float dome = 0.72f - 0.06f * (1.0f - std::min(1.0f, lx * lx));
    const float lungNoCut =
        std::min(1.0f, 1.6f * thickness(u, v, 0.53f, 0.45f, 0.28f * g.hab, 0.3f));
    const float lung = lungNoCut * (1.0f - smoothstep(dome - 0.015f, dome + 0.015f, v));
    A -= 0.7f * lung;
    if (lung > 1e-3f)
        A += lung * (0.12f * ridges(mid, u, v) + 0.05f * ridges(fine, u, v));
    A += 0.6f * thickness(u, v, 0.37f, 0.6f, 0.14f * g.cardio, 0.13f * g.cardioRy);
    const float spine = softBand(u, 0.8f, 0.05f, 0.008f) * smoothstep(0.05f, 0.12f, v);
    A += 0.45f * g.boneDensity * spine *
         (0.7f + 0.3f * std::cos(2.0f * std::numbers::pi_v<float> * v / 0.055f));
    A += 0.25f * g.boneDensity * softBand(u, 0.17f, 0.012f, 0.004f) * smoothstep(0.2f, 0.25f, v) *
         (1.0f - smoothstep(0.62f, 0.68f, v));
    if (const float s = g.sev[int(DemoFinding::PleuralEffusion)]; s > 0) {
        const float level =
            dome - (0.05f + 0.15f * float(spec.severity[int(DemoFinding::PleuralEffusion)])) +
            0.12f * (0.75f - std::min(0.75f, u));
        A += (0.35f + 0.35f * s) * lungNoCut * smoothstep(level - 0.025f, level + 0.025f, v) *
             smoothstep(0.45f, 0.55f, u);
    }
    if (const float s = g.sev[int(DemoFinding::Consolidation)]; s > 0) {
        const Blob& b = g.consolidation;
        A += (0.3f + 0.3f * s) *
             softEllipse(u, v, 0.45f + (b.center.u - 0.5f) * 0.5f, b.center.v, b.radius, b.radius,
                         0.12f) *
             std::min(1.0f, lung * 3.0f);
    }
    if (const float s = g.sev[int(DemoFinding::Pneumonia)]; s > 0) {
        float patches = 0.0f;
        for (const Blob& b : g.pneumonia)
            patches += softEllipse(u, v, 0.5f + (b.center.u - 0.5f) * 0.5f, b.center.v, b.radius,
                                   b.radius, 0.3f);
        A += (0.1f + 0.2f * s) * std::min(1.2f, patches) * std::min(1.0f, lung * 3.0f);
    }
    if (const float s = g.sev[int(DemoFinding::Atelectasis)]; s > 0)
        A += (0.22f + 0.25f * s) *
             gaussian(segmentDistance(p, {0.4f, g.atelectasisA.v}, {0.66f, g.atelectasisB.v}),
                      0.011f) *
             lung;
    if (const float s = g.sev[int(DemoFinding::Pneumothorax)]; s > 0)
        A -= 0.12f * s * thickness(u, v, 0.36f, 0.3f, 0.1f, 0.12f) * lung;
    return A;
}

} // namespace

std::vector<std::uint8_t> renderDrainMask(const PhantomSpec& spec, int size) {
    std::vector<std::uint8_t> mask(size_t(size) * size_t(size), 0);
    if (!spec.drain)
        return mask;
    Random random(spec.seed); // the layout renderPhantom draws first
    const Layout g = drawLayout(spec, random);
    const float lineWidth = 0.7f / float(size);
    for (int y = 0; y < size; ++y)
        for (int x = 0; x < size; ++x) {
            const Point p{(float(x) + 0.5f) / float(size), (float(y) + 0.5f) / float(size)};
            mask[size_t(y) * size_t(size) + size_t(x)] = drainValue(g, p, lineWidth) > 0.1f;
        }
    return mask;
}

std::vector<float> renderPhantom(const PhantomSpec& spec, int size) {
    Random random(spec.seed);
    const Layout g = drawLayout(spec, random);
    const ValueNoise mid(random, 24);
    const ValueNoise fine(random, 64);
    const ValueNoise low(random, 4);
    std::vector<float> image(size_t(size) * size_t(size));
    const float mean = 0.35f;
    // Tubes and wires stay at least a pixel wide at small sizes, as they do on a real film.
    const float lineWidth = 0.7f / float(size);
    const DeviceLayout devices(spec);
    for (int y = 0; y < size; ++y) {
        for (int x = 0; x < size; ++x) {
            const Point p{(float(x) + 0.5f) / float(size), (float(y) + 0.5f) / float(size)};
            float A = g.lateral ? lateral(spec, g, mid, fine, p) : frontal(spec, g, mid, fine, p);
            if (spec.drain)
                A += drainValue(g, p, lineWidth);
            A += devices.attenuation(p.u, p.v, lineWidth);
            float I = 1.0f - std::exp(-std::max(0.0f, A));
            I = mean + (I - mean) * g.contrast;
            I = I * g.gain * (1.0f + 0.04f * low.at(p.u, p.v)) + g.offset;
            image[size_t(y) * size_t(size) + size_t(x)] = I;
        }
    }
    for (size_t i = 0; i < image.size(); i += 2) {
        // Box-Muller gives two independent normals per pair of uniforms.
        double u1 = random.uniform();
        while (u1 <= 0.0)
            u1 = random.uniform();
        const double radius = std::sqrt(-2.0 * std::log(u1)) * g.noiseSigma;
        const double angle = 2.0 * std::numbers::pi * random.uniform();
        image[i] = std::clamp(image[i] + float(radius * std::cos(angle)), 0.0f, 1.0f);
        if (i + 1 < image.size())
            image[i + 1] = std::clamp(image[i + 1] + float(radius * std::sin(angle)), 0.0f, 1.0f);
    }
    return image;
}

} // namespace cxrfair
