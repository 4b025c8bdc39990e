#pragma once

#include "demo/phantom.h"
#include "demo/phantomgeometry.h"

#include <vector>

namespace cxrfair {

/// The support devices a phantom may carry besides the chest drain: a pacemaker (generator box
/// below the left clavicle, lead to the heart) and ECG leads (electrodes on the chest, wires
/// leaving the film). Their positions are drawn from their own random stream of the image's
/// seed, so an image without devices renders exactly as it did before devices existed.
class DeviceLayout {
public:
    explicit DeviceLayout(const PhantomSpec& spec);

    /// The attenuation the devices add at (u, v); `lineWidth` is the narrowest line, in image
    /// fractions.
    float attenuation(float u, float v, float lineWidth) const;

private:
    struct Wire {
        std::vector<phantom::Point> points;
        phantom::Point min, max; ///< bounding box with a margin
    };
    static Wire wire(phantom::Point a, phantom::Point control, phantom::Point b);
    static float wireValue(const Wire& w, phantom::Point p, float width);

    bool m_pacemaker = false;
    bool m_ecg = false;
    phantom::Point m_box;         ///< the generator's centre
    float m_boxU = 0, m_boxV = 0; ///< half sizes
    Wire m_lead;
    std::vector<phantom::Point> m_electrodes;
    std::vector<Wire> m_ecgWires;
};

} // namespace cxrfair
