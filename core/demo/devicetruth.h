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

/// "demo-drain-masks.csv": columns `sample_id,mask`, one row per image with a chest drain, the
/// mask a PNG (255 where the tube shows, 0 elsewhere, the image's size) under `drain-masks/`,
/// its path relative to the dataset's root.
QString demoDrainMasksName();
/// Writes the list of the planned images with a drain and creates the masks' folder.
Result<void> writeDemoDrainMaskList(const QString& root, const DemoPlan& plan,
                                    const std::function<QString(size_t)>& sampleId);
/// Writes the mask of planned image `index` when it has a drain (nothing otherwise).
Result<void> writeDemoDrainMask(const QString& root, const DemoPlan& plan, size_t index,
                                const QString& sampleId, int size);
/// The masks' paths (absolute), by sample id.
Result<QHash<QString, QString>> readDemoDrainMasks(const QString& root);

} // namespace cxrfair
