#pragma once

#include "audit/auditfigures.h"
#include "audit/auditresults.h"
#include "common/progress.h"
#include "common/stagetimings.h"
#include "models/inferencesettings.h"

#include <functional>

namespace cxrfair {

struct AuditOptions {
    QString outDir;
    QString configPath; ///< the configuration file, hashed into the manifest (may be empty)
    InferenceSettings inference;
    AuditFigures* figures = nullptr; ///< nullptr: no figures (and no PDF of the report)
    /// The fraction done with a line ("mimic: Encoding with X: 412/1200 images, 35 images/s"),
    /// from the calling thread or the encoder's; and cancel.
    Progress progress;
    /// Where to record each stage's time and peak memory (cohort, encoding, scores, metrics,
    /// PCA, probes, tables, figures, report); nullptr: nowhere.
    StageTimings* timings = nullptr;
};

/// The outcome of an audit: what was written and what went wrong. A failure in one dataset
/// or model is reported and the rest goes on, so nothing finished is lost.
struct AuditOutcome {
    AuditResults results;
    QStringList written; ///< files, relative to the output folder, sorted
    QStringList errors;  ///< one line each; empty when everything ran
    QString report;      ///< report.html, absolute
};

/// Runs the audit `config` describes into `options.outDir`: for each dataset, its cohort,
/// then the study (runStudy) on its models: embeddings through the store (a rerun or a
/// resumed run encodes nothing twice), zero-shot scores, subgroup metrics with intersections,
/// thresholds and calibration, the shortcut analysis, PCA and probes; then tidy CSV and JSON
/// files, figures,
/// the LaTeX table, the report (HTML and PDF) and `manifest.json` with the hash of every input
/// and output. CSV and JSON outputs depend only on the inputs and the seed. Fails only when
/// nothing can be written (or on cancel).
Result<AuditOutcome> runAudit(const Project& config, const AuditOptions& options);

} // namespace cxrfair
