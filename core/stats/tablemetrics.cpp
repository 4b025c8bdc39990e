#include "stats/tablemetrics.h"

#include <algorithm>

namespace cxrfair {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cxrfair::TableMetrics)
};
} // namespace

Result<std::vector<ModelConditionMetrics>>
metricsForTable(const ScoreTable& table, const ScoreGrouping& grouping,
                const MetricsSettings& settings, const std::function<void(int, int)>& progress,
                const std::function<bool()>& cancelled) {
    std::vector<ModelConditionMetrics> results;
    const int conditions = int(table.conditions.size());
    for (int c = 0; c < conditions; ++c) {
        if (progress)
            progress(c, conditions);
        auto data = conditionData(table, c, grouping, nullptr);
        if (!data)
            return std::unexpected(data.error());
        for (ModelConditionMetrics& m : computeMetrics(*data, settings, cancelled))
            results.push_back(std::move(m));
        if (cancelled && cancelled())
            return fail(ErrorCode::Cancelled, Tr::tr("cancelled"));
    }
    if (progress)
        progress(conditions, conditions);
    return results;
}

std::vector<ShortcutRow> shortcutsForCondition(const ScoreTable& table, int condition,
                                               int confounder, const BootstrapOptions& options) {
    std::vector<ShortcutRow> rows;
    const QStringList& values = table.sampleAttributes[size_t(confounder)];
    for (int m = 0; m < int(table.models.size()); ++m) {
        if (size_t(condition) >= table.entries[size_t(m)].size())
            continue;
        const auto& entries = table.entries[size_t(m)][size_t(condition)];
        std::vector<double> scores;
        std::vector<std::int8_t> labels;
        std::vector<std::int32_t> patients;
        std::vector<std::int8_t> present;
        for (const ScoreTable::Entry& e : entries) {
            scores.push_back(e.score);
            labels.push_back(e.label);
            patients.push_back(table.samplePatient[e.sample]);
            bool ok = false;
            const double d = values[e.sample].trimmed().toDouble(&ok);
            present.push_back(ok && d == 1.0 ? 1 : ok && d == 0.0 ? 0 : -1);
        }
        if (std::none_of(present.begin(), present.end(), [](std::int8_t v) { return v >= 0; }))
            continue;
        rows.push_back({table.models[m], table.conditions[condition], table.attributes[confounder],
                        shortcutAnalysis(scores, labels, present, patients, options),
                        shortcutCurves(scores, labels, present)});
    }
    return rows;
}

Result<std::vector<ModelConditionMetrics>>
selectionMetrics(const ScoreTable& table, const std::vector<bool>& selected,
                 const MetricsSettings& settings, const std::function<bool()>& cancelled) {
    std::vector<ModelConditionMetrics> results;
    ScoreGrouping none;
    none.attributes = table.attributes.mid(0, 1);
    for (int c = 0; c < int(table.conditions.size()); ++c) {
        auto data = conditionData(table, c, none, nullptr);
        if (!data)
            return std::unexpected(data.error());
        Grouping selection{
            QStringLiteral("selection"), {QStringLiteral("selected"), QStringLiteral("rest")}, {}};
        for (std::uint32_t s : data->samples)
            selection.codes.push_back(s < selected.size() && selected[s] ? 0 : 1);
        data->attributes = {std::move(selection)};
        data->unknownLabels = {{0, 0}};
        for (ModelConditionMetrics& m : computeMetrics(*data, settings, cancelled))
            results.push_back(std::move(m));
        if (cancelled && cancelled())
            return fail(ErrorCode::Cancelled, Tr::tr("cancelled"));
    }
    return results;
}

std::vector<std::uint32_t> groupSamples(const ScoreTable& table, int condition,
                                        const QString& attribute, const QString& group,
                                        const AgeBins& bins) {
    std::vector<std::uint32_t> out;
    if (condition < 0 || condition >= int(table.conditions.size()))
        return out;
    std::vector<bool> scored(size_t(table.sampleIds.size()), false);
    for (const auto& model : table.entries)
        if (size_t(condition) < model.size())
            for (const ScoreTable::Entry& e : model[size_t(condition)])
                scored[e.sample] = true;
    const qsizetype a = table.attributes.indexOf(attribute);
    const bool all = group == QStringLiteral("all");
    if (!all && a < 0)
        return out;
    const Grouping grouping = all ? Grouping{} : sampleGrouping(table, int(a), bins);
    const qsizetype g = all ? -1 : grouping.groups.indexOf(group);
    for (size_t s = 0; s < scored.size(); ++s)
        if (scored[s] && (all || (g >= 0 && grouping.codes[s] == g)))
            out.push_back(std::uint32_t(s));
    return out;
}

} // namespace cxrfair
