#pragma once

#include <array>
#include <cstdint>
#include <vector>

namespace cxrfair {

/// The six conditions of the study, in the study's order.
enum class DemoFinding {
    Atelectasis,
    Cardiomegaly,
    Consolidation,
    PleuralEffusion,
    Pneumonia,
    Pneumothorax
};
inline constexpr int kDemoFindings = 6;

enum class DemoView { PA, AP, Lateral };

/// Everything that decides how one synthetic radiograph looks.
struct PhantomSpec {
    DemoView view = DemoView::PA;
    bool female = false;
    double age = 50;
    double habitus = 1.0;    ///< chest width factor
    double softTissue = 0.0; ///< extra soft-tissue density (body habitus, population)
    /// Severity of each finding in [0, 1]; 0 is absent.
    std::array<double, kDemoFindings> severity{};
    /// How visible findings are (the demo's age bias lowers it in the oldest band).
    double visibility = 1.0;
    bool drain = false;
    bool pacemaker = false;
    bool ecgLeads = false;
    std::uint64_t seed = 0;
};

/// Renders a synthetic chest radiograph of `size` x `size` pixels: values in [0, 1], dense
/// (bone, fluid) bright, as a radiograph is displayed. Lungs, mediastinum, heart, spine, ribs,
/// clavicles, diaphragm and noise; findings as visible opacities, lucencies and lines.
std::vector<float> renderPhantom(const PhantomSpec& spec, int size);

/// The pixels of renderPhantom(spec, size) where the chest drain shows (its tube adds more than
/// 0.1 to the attenuation): 1 inside, 0 elsewhere; all 0 without a drain.
std::vector<std::uint8_t> renderDrainMask(const PhantomSpec& spec, int size);

} // namespace cxrfair
