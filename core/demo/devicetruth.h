#pragma once

#include "common/error.h"
#include "demo/demoplan.h"

#include <QHash>
#include <QString>

#include <functional>

namespace cxrfair {

/// The devices the demo drew on one image: what no dataset table records (except NEATX's
/// drains), kept beside the demo so that tests and the demo model can know the truth.
struct DeviceTruth {
    bool drain = false;
    bool pacemaker = false;
    bool ecgLeads = false;
};

/// "demo-devices.csv": columns `sample_id,drain,pacemaker,ecg_leads` (0 or 1), one row per
/// image, named as the dataset's cohort names its samples.
QString demoDeviceTruthName();

/// Writes the truth of every planned image into `root`; `sampleId` names image `i`.
Result<void> writeDemoDeviceTruth(const QString& root, const DemoPlan& plan,
                                  const std::function<QString(size_t)>& sampleId);
/// Reads it back, by sample id.
Result<QHash<QString, DeviceTruth>> readDemoDeviceTruth(const QString& root);

} // namespace cxrfair
