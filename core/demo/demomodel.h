#pragma once

#include "common/error.h"

#include <QString>

#include <cstdint>

namespace cxrfair {

/// The demo model's input and output sizes.
struct DemoModelShape {
    /// The encoder resizes its input to this many pixels (a multiple of 8): 224 as CLIP models
    /// do, or the images' own size for a cheap encoder at full-dataset scale.
    int inputSize = 224;
    /// The embedding's dimension, at least 24: the axes described below, then (beyond 24)
    /// seeded random projections whose total length is that of the ten random axes, so that
    /// a full-scale store has a real model's size (512) and zero-shot scores barely change.
    int dimension = 24;
};

/// An error naming what is out of range in `shape`.
Result<void> checkDemoModelShape(const DemoModelShape& shape);

/// The folder name of the demo bundle inside a demo folder.
QString demoModelName(); ///< "demo-clip.cxrmodel"

/// Writes the demo model bundle into `bundleDir`: a small CLIP-style model in TorchScript with
/// its own WordPiece vocabulary. Its image encoder pools the radiograph to 8 x 8 (each cell's
/// mean, and its maximum minus its mean, which keeps tubes, wires and metal) and maps that
/// linearly to a 24-dimensional embedding; the map is fitted (ridge regression, closed form) on
/// the training split of the demo's MIMIC-CXR tree at `mimicRoot`, so that the embedding's
/// first six axes track the six findings and the text encoder's words point along them:
/// zero-shot with "Chest {condition}" against "Chest No findings" then works, and inherits
/// the demo's biases (findings fade at 80+, drained pneumothoraces are the larger ones). Two
/// axes carry sex and age, three the devices (drain, pacemaker, ECG leads, fitted on the demo's
/// device truth), one the AP view and one the negation ("no", "normal", "clear"); ten are
/// seeded random projections, as real embeddings carry more than their task. The text side
/// knows the words of the built-in tags (those of things the images show point along their
/// axes, the others along seeded random directions) and of the synonym prompt sets, read as a
/// bag of words: "pneumothorax resolved" reads as "pneumothorax". The input is normalised
/// (mean 0.5, standard deviation 0.25) so that occlusion's 0 is a mid grey. Deterministic: the
/// same demo and seed give the same bytes. At most 6,000 training images, evenly spaced, fit
/// it.
Result<QString> writeDemoModel(const QString& bundleDir, const QString& mimicRoot,
                               std::uint64_t seed, int threads = 0,
                               const DemoModelShape& shape = {});

} // namespace cxrfair
