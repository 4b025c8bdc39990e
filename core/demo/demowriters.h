#pragma once

#include "common/error.h"
#include "demo/demoplan.h"

#include <QString>

namespace cxrfair {

/// Writes one dataset of the demo in its published layout: the tables first (writeTables),
/// then any image in any order, from any thread (writeImage).
class DemoDatasetWriter {
public:
    virtual ~DemoDatasetWriter() = default;
    virtual Result<void> writeTables() = 0;
    virtual Result<void> writeImage(size_t index) = 0;
    virtual size_t imageCount() const = 0;
};

/// NIH ChestX-ray14: PNG images in images_NNN/images/, Data_Entry_2017_v2020.csv with the
/// published header, split lists and the NEATX drain table.
std::unique_ptr<DemoDatasetWriter> makeNihDemoWriter(const QString& root, DemoPlan plan,
                                                     int imageSize, std::uint64_t seed);

/// MIMIC-CXR: DICOM images under files/ (some MONOCHROME1, some JPEG lossless), the metadata,
/// CheXpert-label and split tables as .csv.gz, and MIMIC-IV hosp/patients and hosp/admissions.
std::unique_ptr<DemoDatasetWriter> makeMimicDemoWriter(const QString& root, DemoPlan plan,
                                                       int imageSize, std::uint64_t seed);

} // namespace cxrfair
