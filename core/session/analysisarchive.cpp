// The fields of every result a run's analysis holds, listed once for writing and reading.
// A field added to one of these structs must be added here (and kStoredResultsFormat raised),
// or stored results would come back without it.

#include "session/analysisarchive.h"

#include "common/binaryarchive.h"

#include <QJsonDocument>

namespace cxrfair {

// Statistics.
template <class A>
void archiveFields(A& a, PercentileInterval& v) {
    a(v.low, v.high, v.mean, v.sd, v.used, v.skipped);
}
template <class A>
void archiveFields(A& a, AucEstimate& v) {
    a(v.auc, v.variance, v.se, v.positives, v.negatives);
}
template <class A>
void archiveFields(A& a, ConfusionRates& v) {
    a(v.tp, v.fp, v.tn, v.fn, v.tpr, v.fpr, v.fnr, v.ppv);
}
template <class A>
void archiveFields(A& a, ReliabilityCurve& v) {
    a(v.count, v.meanPredicted, v.fractionPositive, v.ece);
}
template <class A>
void archiveFields(A& a, RocCurve& v) {
    a(v.fpr, v.tpr, v.thresholds);
}
template <class A>
void archiveFields(A& a, GroupMetrics& v) {
    a(v.attribute, v.group, v.n, v.positives, v.negatives, v.unknownLabels, v.flag, v.reason, v.auc,
      v.delongCi, v.bootstrapCi, v.differenceVsRest, v.pVsRest, v.pHolm, v.pBenjaminiHochberg,
      v.mdd, v.evidenceSufficient, v.averagePrecision, v.auprcAdjusted, v.atThreshold,
      v.calibration);
}
template <class A>
void archiveFields(A& a, GapMetrics& v) {
    a(v.attribute, v.compared, v.aucGap, v.aucGapCi, v.aucGapBiasCorrected, v.esAuc, v.worstAuc,
      v.worstAucCi, v.worstGroup, v.equalOpportunity, v.equalizedOdds, v.eceGap);
}
template <class A>
void archiveFields(A& a, CrossGroupAuc& v) {
    a(v.attribute, v.groupA, v.groupB, v.ab, v.ba, v.disparity, v.disparityCi);
}
template <class A>
void archiveFields(A& a, MatchedGroup& v) {
    a(v.group, v.positives, v.negatives, v.auc, v.ci);
}
template <class A>
void archiveFields(A& a, MatchedComparison& v) {
    a(v.attribute, v.covariates, v.outsideSupport, v.groups, v.gap, v.gapCi, v.gapBefore,
      v.gapBeforeCi);
}
template <class A>
void archiveFields(A& a, ModelConditionMetrics& v) {
    a(v.model, v.condition, v.threshold, v.groups, v.gaps, v.summaries, v.crossAucs, v.matched);
}
template <class A>
void archiveFields(A& a, ShortcutMetrics& v) {
    a(v.confoundedPositives, v.unconfoundedPositives, v.unknownPositives, v.negatives, v.aucAll,
      v.aucConfounded, v.aucUnconfounded, v.difference, v.allCi, v.confoundedCi, v.unconfoundedCi,
      v.differenceCi);
}
template <class A>
void archiveFields(A& a, ShortcutCurves& v) {
    a(v.all, v.confounded, v.unconfounded);
}
template <class A>
void archiveFields(A& a, ShortcutRow& v) {
    a(v.model, v.condition, v.confounder, v.metrics, v.curves);
}

// Scores.
template <class A>
void archiveFields(A& a, ScoreTable::Entry& v) {
    a(v.sample, v.label, v.score);
}
template <class A>
void archiveFields(A& a, ScoreTable& v) {
    a(v.path, v.models, v.conditions, v.attributes, v.sampleIds, v.samplePatient, v.patientIds,
      v.sampleAttributes, v.entries);
}

// Embeddings.
template <class A>
void archiveFields(A& a, FloatMatrix& v) {
    a(v.rows, v.cols, v.data);
}
template <class A>
void archiveFields(A& a, SampleClasses& v) {
    a(v.name, v.classes, v.codes);
}
template <class A>
void archiveFields(A& a, PcaResult& v) {
    a(v.components, v.mean, v.axes, v.explainedVariance, v.explainedVarianceRatio, v.projection);
}
template <class A>
void archiveFields(A& a, ProbeResult& v) {
    a(v.target, v.classes, v.classCounts, v.macroAuc, v.macroAucCi, v.perClassAuc, v.accuracy,
      v.accuracyCi, v.chanceAuc, v.chanceAccuracy, v.evaluatedRows, v.trainedRows, v.trainingRows,
      v.folds, v.chosenC, v.converged, v.method);
}
template <class A>
void archiveFields(A& a, MmdPair& v) {
    a(v.groupA, v.groupB, v.mmd2, v.p, v.bandwidth, v.nA, v.nB);
}
template <class A>
void archiveFields(A& a, AttributeShift& v) {
    a(v.attribute, v.pairs);
}
template <class A>
void archiveFields(A& a, EmbeddingAnalysis& v) {
    a(v.model, v.segmentPath, v.storedImages, v.dimension, v.sampleIds, v.patientIds, v.paths,
      v.columns, v.pca, v.probes, v.probeProblems, v.shifts);
}

// Tags and slices.
template <class A>
void archiveFields(A& a, TagScores& v) {
    a(v.tags, v.scores);
}
template <class A>
void archiveFields(A& a, TagAgreement& v) {
    a(v.tag, v.annotation, v.images, v.annotated, v.auc, v.interval);
}
template <class A>
void archiveFields(A& a, SliceAuc& v) {
    a(v.slice, v.rest);
}
template <class A>
void archiveFields(A& a, SliceComparison& v) {
    a(v.auc, v.difference, v.interval, v.p);
}
template <class A>
void archiveFields(A& a, SliceEnrichment& v) {
    a(v.attribute, v.group, v.inSlice, v.oddsRatio, v.low, v.high);
}
template <class A>
void archiveFields(A& a, DiscoveredSlice& v) {
    a(v.number, v.component, v.images, v.positives, v.comparison, v.enriched, v.nearestTerms,
      v.description, v.searchImages, v.searchDifference);
}
template <class A>
void archiveFields(A& a, SliceDiscovery& v) {
    a(v.slices, v.sliceOfRow, v.evaluateHalf, v.components, v.pcaComponents, v.searchImages,
      v.evaluateImages);
}
template <class A>
void archiveFields(A& a, ConditionSlices& v) {
    a(v.condition, v.sampleIds, v.found);
}
template <class A>
void archiveFields(A& a, ModelDiscovery& v) {
    a(v.tags, v.tagSamples, v.tagCuts, v.agreements, v.slices, v.problems);
}

// Prompt sweep.
template <class A>
void archiveFields(A& a, SweepRow& v) {
    a(v.condition, v.attribute, v.group, v.promptSet, v.n, v.positives, v.auc);
}
template <class A>
void archiveFields(A& a, PromptSweep& v) {
    a(v.model, v.sets, v.conditions, v.rows);
}

// The encoding.
template <class A>
void archiveFields(A& a, ImageFailure& v) {
    a(v.path, v.sampleId, v.reason);
}
template <class A>
void archiveFields(A& a, StoreDamage& v) {
    a(v.partPath, v.offset, v.length, v.recordsLost, v.atEnd);
}
template <class A>
void archiveFields(A& a, InferenceSummary& v) {
    a(v.images, v.reused, v.encoded, v.missing, v.failures, v.device, v.segmentPath, v.batchSize,
      v.seconds, v.imagesPerSecond, v.encodingSeconds, v.repairedBytes, v.storeDamage);
}

namespace {

template <class T>
void putShared(ArchiveWriter& out, const std::shared_ptr<const T>& value) {
    out.put(bool(value));
    if (value)
        out.put(*value);
}

template <class T>
void getShared(ArchiveReader& in, std::shared_ptr<const T>& value) {
    bool present = false;
    in.get(present);
    value.reset();
    if (present && in.ok()) {
        auto read = std::make_shared<T>();
        in.get(*read);
        value = std::move(read);
    }
}

} // namespace

QByteArray archiveAnalysis(const Analysis& analysis) {
    QByteArray bytes;
    ArchiveWriter out(bytes);
    putShared(out, analysis.table);
    out(analysis.metrics, analysis.shortcuts);
    putShared(out, analysis.embeddings);
    putShared(out, analysis.discovery);
    putShared(out, analysis.promptSweep);
    out(analysis.embeddingProblem,
        QString::fromUtf8(QJsonDocument(analysis.prompts).toJson(QJsonDocument::Compact)),
        analysis.inference);
    return bytes;
}

Result<Analysis> unarchiveAnalysis(const QByteArray& bytes, const QString& file) {
    Analysis analysis;
    ArchiveReader in(bytes.constData(), bytes.size());
    getShared(in, analysis.table);
    in(analysis.metrics, analysis.shortcuts);
    getShared(in, analysis.embeddings);
    getShared(in, analysis.discovery);
    getShared(in, analysis.promptSweep);
    QString prompts;
    in(analysis.embeddingProblem, prompts, analysis.inference);
    if (!in.ok() || !in.atEnd())
        return fail(ErrorCode::Format,
                    QCoreApplication::translate("cxrfair::StoredResults",
                                                "the stored results are incomplete or damaged"),
                    file);
    analysis.prompts = QJsonDocument::fromJson(prompts.toUtf8()).object();
    return analysis;
}

} // namespace cxrfair
