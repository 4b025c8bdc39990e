#pragma once

#include "audit/auditresults.h"
#include "common/stagetimings.h"
#include "stats/scoretable.h"

namespace cxrfair {

/// The tidy tables an audit writes beside metrics.csv. Numbers are written at full precision
/// (17 significant digits); undefined values are empty cells.

/// Per model, condition, attribute and group: the threshold the rule chose on a patient-grouped
/// 20% validation part and the rates on the other patients (TPR, FPR, FNR, underdiagnosis).
Result<void> writeThresholdsCsv(const QString& path, const ScoreTable& table,
                                const ScoreGrouping& grouping, const ThresholdRule& rule,
                                std::uint64_t seed);

/// The reliability curve of every group of every model and condition: one row per bin.
Result<void> writeCalibrationCsv(const QString& path,
                                 const std::vector<ModelConditionMetrics>& metrics);

/// One model's PCA: sample_id, patient_id, pc1, pc2 and the probed attributes.
Result<void> writePcaCsv(const QString& path, const EmbeddingAnalysis& analysis);

/// Every model's probes: one row per model and attribute.
Result<void> writeProbesCsv(const QString& path, const std::vector<AuditModelResult>& models);

/// Every model's tags: model, tag, the threshold, the share of images tagged, and where the
/// dataset annotates the same thing, the tag's AUC against it with its interval.
Result<void> writeTagsCsv(const QString& path, const std::vector<AuditModelResult>& models);
/// prompt-sensitivity.csv and its summary: the columns of `cxrfair-cli prompts sweep`, every
/// model's rows.
Result<void> writePromptSweepCsv(const QString& path, const std::vector<AuditModelResult>& models);
Result<void> writePromptSweepSummaryCsv(const QString& path,
                                        const std::vector<AuditModelResult>& models);

/// Every model's slices: model, condition, then the columns of `cxrfair-cli slices`.
Result<void> writeSlicesCsv(const QString& path, const std::vector<AuditModelResult>& models);
/// Which slice each labelled image is in: model, condition, sample_id, slice (-1: none), half.
Result<void> writeSliceMembersCsv(const QString& path, const std::vector<AuditModelResult>& models);

/// A number as the tables write it: 17 significant digits, empty when not finite.
std::string tableNumber(double value);

/// `stage,seconds,peak_rss_mib`: how long each stage of a run took and the most memory the
/// process held meanwhile (`cxrfair-cli audit --timings`), in the order the stages finished.
Result<void> writeStageTimingsCsv(const QString& path,
                                  const std::vector<StageTimings::Stage>& stages);

} // namespace cxrfair
