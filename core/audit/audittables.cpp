#include "audit/audittables.h"

#include "discovery/slicetable.h"

#include "data/csvwriter.h"
#include "stats/groupcurves.h"

#include <cmath>

namespace cxrfair {

std::string tableNumber(double value) {
    return std::isfinite(value) ? QString::number(value, 'g', 17).toStdString() : std::string();
}

namespace {

std::string text(const QString& s) {
    return s.toStdString();
}

} // namespace

Result<void> writeThresholdsCsv(const QString& path, const ScoreTable& table,
                                const ScoreGrouping& grouping, const ThresholdRule& rule,
                                std::uint64_t seed) {
    auto writer = CsvWriter::create(path);
    if (!writer)
        return std::unexpected(writer.error());
    writer->writeRow({"model", "condition", "rule", "threshold", "validation_images", "attribute",
                      "group", "n", "tp", "fp", "tn", "fn", "tpr", "fpr", "fnr", "underdiagnosis",
                      "tpr_gap", "fpr_gap", "equalized_odds"});
    for (int c = 0; c < int(table.conditions.size()); ++c) {
        auto data = conditionData(table, c, grouping, nullptr);
        if (!data)
            return std::unexpected(data.error());
        for (int m = 0; m < int(data->models.size()); ++m)
            for (int a = 0; a < int(data->attributes.size()); ++a) {
                auto report = thresholdReport(*data, m, a, rule, 0.2, seed);
                if (!report)
                    continue; // the validation part lacks a class: no threshold to report
                for (const GroupRates& g : report->groups) {
                    // "all" once per model and condition; gaps on the groups they compare.
                    const bool all = &g == &report->groups.front();
                    if (all && a > 0)
                        continue;
                    writer->writeRow(std::vector<std::string>{
                        text(data->models[m]), text(table.conditions[c]), text(rule.toString()),
                        tableNumber(report->threshold), std::to_string(report->validationImages),
                        all ? std::string("all") : text(data->attributes[size_t(a)].attribute),
                        text(g.group), std::to_string(g.n), std::to_string(g.rates.tp),
                        std::to_string(g.rates.fp), std::to_string(g.rates.tn),
                        std::to_string(g.rates.fn), tableNumber(g.rates.tpr),
                        tableNumber(g.rates.fpr), tableNumber(g.rates.fnr),
                        tableNumber(g.underdiagnosis),
                        all ? std::string() : tableNumber(report->tprGap.value_or(NAN)),
                        all ? std::string() : tableNumber(report->fprGap.value_or(NAN)),
                        all ? std::string() : tableNumber(report->equalizedOdds.value_or(NAN))});
                }
            }
    }
    return writer->close();
}

Result<void> writeCalibrationCsv(const QString& path,
                                 const std::vector<ModelConditionMetrics>& metrics) {
    auto writer = CsvWriter::create(path);
    if (!writer)
        return std::unexpected(writer.error());
    writer->writeRow({"model", "condition", "attribute", "group", "bin", "count", "mean_predicted",
                      "fraction_positive", "ece"});
    for (const ModelConditionMetrics& mc : metrics)
        for (const GroupMetrics& g : mc.groups) {
            if (!g.calibration)
                continue;
            const ReliabilityCurve& r = *g.calibration;
            for (size_t b = 0; b < r.count.size(); ++b)
                writer->writeRow(std::vector<std::string>{
                    text(mc.model), text(mc.condition), text(g.attribute), text(g.group),
                    std::to_string(b + 1), std::to_string(r.count[b]),
                    tableNumber(r.meanPredicted[b]), tableNumber(r.fractionPositive[b]),
                    tableNumber(r.ece)});
        }
    return writer->close();
}

Result<void> writePcaCsv(const QString& path, const EmbeddingAnalysis& analysis) {
    auto writer = CsvWriter::create(path);
    if (!writer)
        return std::unexpected(writer.error());
    std::vector<const SampleClasses*> columns;
    std::vector<std::string> header{"sample_id", "patient_id", "pc1", "pc2"};
    for (const SampleClasses& c : analysis.columns)
        if (!c.name.startsWith(QStringLiteral("label:"))) {
            columns.push_back(&c);
            header.push_back(text(c.name));
        }
    writer->writeRow(header);
    const FloatMatrix& p = analysis.pca.projection;
    for (qint64 r = 0; r < p.rows; ++r) {
        std::vector<std::string> row{text(analysis.sampleIds[r]), text(analysis.patientIds[r]),
                                     tableNumber(p.row(r)[0]),
                                     tableNumber(p.cols > 1 ? p.row(r)[1] : NAN)};
        for (const SampleClasses* c : columns) {
            const std::int32_t code = c->codes[size_t(r)];
            row.push_back(code >= 0 ? text(c->classes[code]) : std::string());
        }
        writer->writeRow(row);
    }
    return writer->close();
}

Result<void> writeProbesCsv(const QString& path, const std::vector<AuditModelResult>& models) {
    auto writer = CsvWriter::create(path);
    if (!writer)
        return std::unexpected(writer.error());
    writer->writeRow({"model", "target", "classes", "evaluated_images", "macro_auc",
                      "macro_auc_low", "macro_auc_high", "chance_auc", "accuracy", "accuracy_low",
                      "accuracy_high", "chance_accuracy", "method"});
    for (const AuditModelResult& m : models) {
        if (!m.embeddings)
            continue;
        for (const ProbeResult& p : m.embeddings->probes)
            writer->writeRow(std::vector<std::string>{
                text(m.name), text(p.target), text(p.classes.join(QLatin1Char('|'))),
                std::to_string(p.evaluatedRows), tableNumber(p.macroAuc),
                tableNumber(p.macroAucCi.low), tableNumber(p.macroAucCi.high),
                tableNumber(p.chanceAuc), tableNumber(p.accuracy), tableNumber(p.accuracyCi.low),
                tableNumber(p.accuracyCi.high), tableNumber(p.chanceAccuracy), text(p.method)});
    }
    return writer->close();
}

Result<void> writeTagsCsv(const QString& path, const std::vector<AuditModelResult>& models) {
    auto writer = CsvWriter::create(path);
    if (!writer)
        return std::unexpected(writer.error());
    writer->writeRow({"model", "tag", "threshold", "tagged_share", "annotation", "annotated_images",
                      "auc", "auc_low", "auc_high"});
    for (const AuditModelResult& m : models) {
        if (!m.discovery)
            continue;
        const ModelDiscovery& d = *m.discovery;
        for (qsizetype t = 0; t < d.tags.tags.size(); ++t) {
            const std::vector<double>& scores = d.tags.scores[size_t(t)];
            const double cut = d.tagCuts[size_t(t)];
            const auto tagged =
                std::count_if(scores.begin(), scores.end(), [&](double s) { return s >= cut; });
            const auto agreement =
                std::find_if(d.agreements.begin(), d.agreements.end(),
                             [&](const TagAgreement& a) { return a.tag == d.tags.tags[t]; });
            const bool has = agreement != d.agreements.end() && agreement->auc.has_value();
            writer->writeRow(std::vector<std::string>{
                text(m.name), text(d.tags.tags[t]), tableNumber(cut),
                tableNumber(scores.empty() ? NAN : double(tagged) / double(scores.size())),
                has ? text(agreement->annotation) : std::string(),
                has ? std::to_string(agreement->images) : std::string(),
                has ? tableNumber(*agreement->auc) : std::string(),
                has ? tableNumber(agreement->interval.low) : std::string(),
                has ? tableNumber(agreement->interval.high) : std::string()});
        }
    }
    return writer->close();
}

Result<void> writePromptSweepCsv(const QString& path, const std::vector<AuditModelResult>& models) {
    auto writer = CsvWriter::create(path);
    if (!writer)
        return std::unexpected(writer.error());
    writer->writeRow(sweepColumns());
    for (const AuditModelResult& m : models)
        if (m.promptSweep)
            for (const SweepRow& row : m.promptSweep->rows)
                writer->writeRow(sweepCsvRow(*m.promptSweep, row));
    return writer->close();
}

Result<void> writePromptSweepSummaryCsv(const QString& path,
                                        const std::vector<AuditModelResult>& models) {
    auto writer = CsvWriter::create(path);
    if (!writer)
        return std::unexpected(writer.error());
    writer->writeRow(sweepSummaryColumns());
    for (const AuditModelResult& m : models)
        if (m.promptSweep)
            for (const SweepSummaryRow& row : summariseSweep(*m.promptSweep))
                writer->writeRow(sweepSummaryCsvRow(*m.promptSweep, row));
    return writer->close();
}

Result<void> writeSlicesCsv(const QString& path, const std::vector<AuditModelResult>& models) {
    auto writer = CsvWriter::create(path);
    if (!writer)
        return std::unexpected(writer.error());
    std::vector<std::string> header{"model", "condition"};
    header.insert(header.end(), sliceTableColumns().begin(), sliceTableColumns().end());
    writer->writeRow(header);
    for (const AuditModelResult& m : models) {
        if (!m.discovery)
            continue;
        for (const ConditionSlices& c : m.discovery->slices)
            for (const DiscoveredSlice& s : c.found.slices) {
                std::vector<std::string> row{text(m.name), text(c.condition)};
                const auto cells = sliceTableRow(s, tableNumber);
                row.insert(row.end(), cells.begin(), cells.end());
                writer->writeRow(row);
            }
    }
    return writer->close();
}

Result<void> writeSliceMembersCsv(const QString& path,
                                  const std::vector<AuditModelResult>& models) {
    auto writer = CsvWriter::create(path);
    if (!writer)
        return std::unexpected(writer.error());
    writer->writeRow({"model", "condition", "sample_id", "slice", "half"});
    for (const AuditModelResult& m : models) {
        if (!m.discovery)
            continue;
        for (const ConditionSlices& c : m.discovery->slices)
            for (qsizetype i = 0; i < c.sampleIds.size(); ++i)
                writer->writeRow({text(m.name), text(c.condition), text(c.sampleIds[i]),
                                  std::to_string(c.found.sliceOfRow[size_t(i)]),
                                  c.found.evaluateHalf[size_t(i)] ? "evaluate" : "search"});
    }
    return writer->close();
}

Result<void> writeStageTimingsCsv(const QString& path,
                                  const std::vector<StageTimings::Stage>& stages) {
    auto writer = CsvWriter::create(path);
    if (!writer)
        return std::unexpected(writer.error());
    writer->writeRow({"stage", "seconds", "peak_rss_mib"});
    for (const StageTimings::Stage& stage : stages)
        writer->writeRow({text(stage.name), QString::number(stage.seconds, 'f', 3).toStdString(),
                          stage.peakMiB < 0
                              ? std::string()
                              : QString::number(stage.peakMiB, 'f', 1).toStdString()});
    return writer->close();
}

} // namespace cxrfair
