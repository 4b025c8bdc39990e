#pragma once

#include "data/labelstate.h"
#include "demo/phantom.h"

#include <QString>

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace cxrfair {

/// One synthetic patient.
struct DemoPatient {
    std::string id;
    bool female = false;
    int race = -1; ///< index into demoRaceStrings(); -1 none recorded
    double habitus = 1.0;
    double softTissue = 0.0;
    double firstAge = 50.0;
    int split = 0; ///< 0 train, 1 validate, 2 test
};

/// One synthetic image (a MIMIC study's images share their study's findings and labels).
struct DemoImage {
    int patient = 0;
    int study = 0; ///< per patient, 0-based (NIH follow-up number)
    bool studyFirstImage = true;
    double age = 50.0;
    DemoView view = DemoView::PA;
    std::array<double, kDemoFindings> severity{};     ///< rendered
    std::array<LabelState, kDemoFindings> recorded{}; ///< what the report says
    bool drain = false;
    bool pacemaker = false;
    bool ecgLeads = false;
    double visibility = 1.0;
    std::uint64_t seed = 0;
};

struct DemoPlan {
    std::vector<DemoPatient> patients;
    std::vector<DemoImage> images;
};

enum class DemoDataset { Nih, Mimic };

/// How many studies and images a patient has. Compact: 1 to 3 studies of 1.3 images, which
/// keeps a small demo's patients many. Mimic: MIMIC-CXR's own proportions (377,110 images of
/// 227,835 studies of 65,379 patients: about 3.5 studies per patient, 1.66 images per study),
/// for full-dataset scale, where the number of patients (the bootstrap's clusters) and of
/// folders matters.
enum class DemoProportions { Compact, Mimic };

/// The study's six condition names, in the order of DemoFinding.
const std::array<const char*, kDemoFindings>& demoFindingNames();

/// MIMIC-IV race strings the demo draws from (a realistic mix, unknowns included).
const std::vector<std::string>& demoRaceStrings();

/// Draws the population and its images. Built-in biases to discover: findings are harder to
/// see in patients of 80 and over (and somewhat in 65-80); pneumothorax comes with a chest drain
/// in about half the cases, and drained pneumothoraces are the larger ones; sex shows in breast
/// shadows and race in soft-tissue density, which a probe can find although neither is a label.
/// Devices nobody annotated: ECG leads are more frequent in men and in cardiomegaly (so a
/// model can learn them as a sign of it), pacemakers in patients of 70 and over.
DemoPlan planDemo(DemoDataset dataset, int images, std::uint64_t seed,
                  DemoProportions proportions = DemoProportions::Compact);

/// The phantom for one planned image.
PhantomSpec phantomFor(const DemoPlan& plan, const DemoImage& image);

} // namespace cxrfair
