#pragma once

#include "audit/project.h"

namespace cxrfair {

/// Where the data and models of a preset audit are.
struct PresetInputs {
    QString mimicRoot;  ///< MIMIC-CXR(-JPG) with MIMIC-IV (hosp/ under it, or mimicIv)
    QString mimicIv;    ///< optional
    QString nihRoot;    ///< NIH ChestX-ray14 with the NEATX drain table under it (or drains)
    QString drains;     ///< optional
    QStringList models; ///< model bundles, each run on every dataset
};

/// The study's shortcut analysis: pneumothorax positives with and without a chest drain.
ShortcutSettings studyShortcut();

/// The names of the built-in presets ("faimi2025").
QStringList auditPresetNames();

/// A built-in audit: "faimi2025" is the protocol of Sourget et al. (FAIMI 2025): MIMIC-CXR
/// with its six conditions by sex, race and age (18-25, 25-50, 50-65, 65-80, 80+; the
/// intersections sex x age and sex x race); NIH-CXR14's test split for pneumothorax with the
/// NEATX drain strata; the prompts "Chest {condition}" against "Chest No findings"; 1000
/// bootstrap resamples of patients with seed 2025; PCA and probes; calibration. A dataset
/// whose root is not given is left out; at least one must be given.
Result<Project> auditPreset(const QString& name, const PresetInputs& inputs);

} // namespace cxrfair
