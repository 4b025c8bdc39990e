#include "demo/phantomdevices.h"

#include "common/random.h"

#include <algorithm>

namespace cxrfair {

using namespace phantom;

namespace {
constexpr float kElectrodeRadius = 0.014f;
} // namespace

DeviceLayout::DeviceLayout(const PhantomSpec& spec)
    : m_pacemaker(spec.pacemaker)
    , m_ecg(spec.ecgLeads) {
    Random r = Random::stream(spec.seed, 0xDE71CE);
    const float hab = float(spec.habitus);
    // The generator sits below the patient's left clavicle: the image's right on a frontal film.
    m_box = {0.5f + float(r.uniform(0.2, 0.26)) * hab, float(r.uniform(0.17, 0.23))};
    m_boxU = float(r.uniform(0.03, 0.04));
    m_boxV = float(r.uniform(0.022, 0.028));
    m_lead = wire(m_box, {0.5f + float(r.uniform(0.0, 0.1)), float(r.uniform(0.3, 0.38))},
                  {0.5f + float(r.uniform(0.02, 0.1)) * hab, float(r.uniform(0.56, 0.64))});
    // Electrodes at the shoulders and the lower chest; wires run off the bottom of the film.
    const Point sites[] = {
        {0.22f, 0.17f}, {0.78f, 0.17f}, {0.27f, 0.8f}, {0.73f, 0.8f}, {0.62f, 0.62f}};
    const int count = r.chance(0.5) ? 5 : 4;
    for (int i = 0; i < count; ++i) {
        const Point e{0.5f + (sites[i].u - 0.5f) * hab + float(r.normal(0, 0.015)),
                      sites[i].v + float(r.normal(0, 0.015))};
        m_electrodes.push_back(e);
        const Point end{e.u + float(r.uniform(-0.15, 0.15)), 1.05f};
        const Point control{0.5f * (e.u + end.u) + float(r.uniform(-0.08, 0.08)),
                            0.5f * (e.v + end.v)};
        m_ecgWires.push_back(wire(e, control, end));
    }
}

DeviceLayout::Wire DeviceLayout::wire(Point a, Point control, Point b) {
    Wire w;
    for (int i = 0; i <= 12; ++i) {
        const float t = float(i) / 12.0f;
        w.points.push_back({(1 - t) * (1 - t) * a.u + 2 * (1 - t) * t * control.u + t * t * b.u,
                            (1 - t) * (1 - t) * a.v + 2 * (1 - t) * t * control.v + t * t * b.v});
    }
    w.min = w.max = w.points.front();
    for (const Point& p : w.points) {
        w.min = {std::min(w.min.u, p.u), std::min(w.min.v, p.v)};
        w.max = {std::max(w.max.u, p.u), std::max(w.max.v, p.v)};
    }
    w.min = {w.min.u - 0.03f, w.min.v - 0.03f};
    w.max = {w.max.u + 0.03f, w.max.v + 0.03f};
    return w;
}

float DeviceLayout::wireValue(const Wire& w, Point p, float width) {
    if (p.u < w.min.u || p.u > w.max.u || p.v < w.min.v || p.v > w.max.v)
        return 0.0f;
    float d = 1.0f;
    for (size_t i = 0; i + 1 < w.points.size(); ++i)
        d = std::min(d, segmentDistance(p, w.points[i], w.points[i + 1]));
    return gaussian(d, width);
}

float DeviceLayout::attenuation(float u, float v, float lineWidth) const {
    const Point p{u, v};
    float a = 0.0f;
    if (m_pacemaker) {
        // A metal can: nearly opaque, with rounded corners.
        const float du = std::abs(u - m_box.u) / m_boxU, dv = std::abs(v - m_box.v) / m_boxV;
        const float r = std::pow(std::pow(du, 4.0f) + std::pow(dv, 4.0f), 0.25f);
        a += 2.2f * logistic((1.0f - r) / 0.08f);
        a += 0.9f * wireValue(m_lead, p, std::max(0.004f, lineWidth));
    }
    if (m_ecg) {
        for (const Point& e : m_electrodes) {
            const float d = std::hypot(u - e.u, v - e.v);
            if (d < 2.0f * kElectrodeRadius)
                a += 0.35f * logistic((kElectrodeRadius - d) / 0.002f) +
                     0.7f * gaussian(d - kElectrodeRadius * 0.8f, std::max(0.003f, lineWidth));
        }
        for (const Wire& w : m_ecgWires)
            a += 0.5f * wireValue(w, p, std::max(0.003f, lineWidth));
    }
    return a;
}

} // namespace cxrfair
