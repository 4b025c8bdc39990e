#pragma once

#include "common/progress.h"

#include "common/error.h"
#include "demo/demomodel.h"
#include "demo/demoplan.h"

#include <QString>

#include <cstdint>
#include <functional>

namespace cxrfair {

struct DemoOptions {
    QString outDir;
    std::uint64_t seed = 2025;
    int nihImages = 1600;
    int mimicImages = 1600;
    int imageSize = 256;
    /// The demo model's input size and dimension (a cheap encoder at full-dataset scale).
    DemoModelShape model;
    /// Patients, studies and images of the MIMIC-CXR tree (see DemoProportions).
    DemoProportions proportions = DemoProportions::Compact;
    /// Regenerate even when `outDir` already holds this exact demo.
    bool force = false;
    /// Worker threads for rendering; 0 uses every core. The output does not depend on it.
    int threads = 0;
};

struct DemoResult {
    QString nihRoot;
    QString mimicRoot;
    QString modelPath; ///< the demo model bundle (fitted on the MIMIC tree; none under 60 images)
    int nihImages = 0;
    int mimicImages = 0;
    bool reused = false; ///< the folder already held this demo; nothing was written
};

/// Generates the demo datasets (NIH-CXR14 and MIMIC-CXR layouts with synthetic radiographs)
/// and the demo model bundle (see writeDemoModel)
/// under `options.outDir`, deterministically: the same options give the same bytes. A folder
/// that already holds the same demo is reused; a non-empty folder holding anything else is
/// refused rather than overwritten.
/// Progress counts the radiographs rendered.
Result<DemoResult> generateDemo(const DemoOptions& options, const Progress& progress = {});

/// The stamp file that marks a complete demo folder.
QString demoStampName();

} // namespace cxrfair
