#include "stats/fairnesstables.h"

#include "data/csvwriter.h"

#include <cmath>
#include <optional>

namespace cxrfair {

namespace {

std::string cell(const std::optional<double>& v) {
    return v && std::isfinite(*v) ? csvNumber(*v) : std::string();
}
std::string cell(const QString& text) {
    return text.toStdString();
}

/// Low and high of an interval, empty when no resample defined it.
std::pair<std::string, std::string> cells(const PercentileInterval& ci) {
    if (!ci.valid())
        return {};
    return {csvNumber(ci.low), csvNumber(ci.high)};
}

Result<void> writeTable(const QString& path, const QStringList& columns,
                        const std::vector<std::vector<std::string>>& rows) {
    auto writer = CsvWriter::create(path);
    if (!writer)
        return std::unexpected(writer.error());
    std::vector<std::string> header;
    for (const QString& c : columns)
        header.push_back(c.toStdString());
    writer->writeRow(header);
    for (const auto& row : rows)
        writer->writeRow(row);
    return writer->close();
}

} // namespace

QStringList crossAucColumns() {
    return {QStringLiteral("model"),   QStringLiteral("condition"), QStringLiteral("attribute"),
            QStringLiteral("group_a"), QStringLiteral("group_b"),   QStringLiteral("xauc_ab"),
            QStringLiteral("xauc_ba"), QStringLiteral("disparity"), QStringLiteral("ci_low"),
            QStringLiteral("ci_high")};
}

Result<void> writeCrossAucCsv(const QString& path, const MetricsReport& report) {
    std::vector<std::vector<std::string>> rows;
    for (const ModelConditionMetrics& mc : report.results) {
        for (const CrossGroupAuc& x : mc.crossAucs) {
            const auto [low, high] = cells(x.disparityCi);
            rows.push_back({cell(mc.model), cell(mc.condition), cell(x.attribute), cell(x.groupA),
                            cell(x.groupB), cell(x.ab), cell(x.ba), cell(x.disparity), low, high});
        }
    }
    return writeTable(path, crossAucColumns(), rows);
}

QStringList summaryColumns() {
    return {QStringLiteral("model"),
            QStringLiteral("condition"),
            QStringLiteral("attribute"),
            QStringLiteral("auc"),
            QStringLiteral("auc_ci_low"),
            QStringLiteral("auc_ci_high"),
            QStringLiteral("groups_compared"),
            QStringLiteral("worst_group"),
            QStringLiteral("worst_auc"),
            QStringLiteral("worst_ci_low"),
            QStringLiteral("worst_ci_high"),
            QStringLiteral("gap"),
            QStringLiteral("gap_ci_low"),
            QStringLiteral("gap_ci_high"),
            QStringLiteral("gap_bias_corrected"),
            QStringLiteral("es_auc"),
            QStringLiteral("threshold"),
            QStringLiteral("eo_diff"),
            QStringLiteral("eodds_diff")};
}

Result<void> writeSummaryCsv(const QString& path, const MetricsReport& report) {
    std::vector<std::vector<std::string>> rows;
    for (const ModelConditionMetrics& mc : report.results) {
        const GroupMetrics& all = mc.groups.front();
        const std::string auc = all.auc ? csvNumber(all.auc->auc) : std::string();
        const auto [aucLow, aucHigh] = cells(all.bootstrapCi);
        for (const GapMetrics& s : mc.summaries) {
            const auto [worstLow, worstHigh] = s.aucGap ? cells(s.worstAucCi) : cells({});
            const auto [gapLow, gapHigh] = s.aucGap ? cells(s.aucGapCi) : cells({});
            rows.push_back({cell(mc.model), cell(mc.condition), cell(s.attribute), auc, aucLow,
                            aucHigh, cell(s.compared.join(QLatin1Char(';'))),
                            s.aucGap ? cell(s.worstGroup) : std::string(), cell(s.worstAuc),
                            worstLow, worstHigh, cell(s.aucGap), gapLow, gapHigh,
                            cell(s.aucGapBiasCorrected), cell(s.esAuc), cell(mc.threshold),
                            cell(s.equalOpportunity), cell(s.equalizedOdds)});
        }
    }
    return writeTable(path, summaryColumns(), rows);
}

} // namespace cxrfair
