#include "stats/tablemetrics.h"

#include <algorithm>

namespace cxrfair {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cxrfair::TableMetrics)
};
} // namespace

Result<MetricsReport> metricsForTable(const ScoreTable& table, const ScoreGrouping& grouping,
                                      const MetricsSettings& settings, const ScoreTable* validation,
                                      const Progress& progress) {
    MetricsReport report;
    report.settings = settings;
    const int conditions = int(table.conditions.size());
    for (int c = 0; c < conditions; ++c) {
        progress.step(c, conditions,
                      Tr::tr("Subgroup metrics: %1 (%2 of %3)")
                          .arg(table.conditions[c])
                          .arg(c + 1)
                          .arg(conditions));
        qint64 leftOut = 0;
        auto data = conditionData(table, c, grouping, validation, &leftOut);
        if (!data)
            return std::unexpected(data.error());
        if (leftOut > 0)
            report.notes << Tr::tr("%1: %2 images not scored by every model were left out")
                                .arg(table.conditions[c])
                                .arg(leftOut);
        if (settings.threshold && settings.threshold->kind != ThresholdRule::Kind::Fixed &&
            data->validationLabels.empty())
            report.notes
                << Tr::tr("%1: no validation scores, so no threshold").arg(table.conditions[c]);
        auto metrics = computeMetrics(
            *data, settings, progress.part(double(c) / conditions, double(c + 1) / conditions));
        if (!metrics)
            return std::unexpected(metrics.error());
        for (ModelConditionMetrics& m : *metrics)
            report.results.push_back(std::move(m));
    }
    progress.report(1.0);
    return report;
}

std::int8_t confounderPresence(const QString& value) {
    const QString v = value.trimmed().toLower();
    // A tag's attribute says yes or no; annotations say 1 or 0.
    if (v == QStringLiteral("yes"))
        return 1;
    if (v == QStringLiteral("no"))
        return 0;
    bool ok = false;
    const double d = v.toDouble(&ok);
    return ok && d == 1.0 ? 1 : ok && d == 0.0 ? 0 : -1;
}

std::vector<ShortcutRow> shortcutsForCondition(const ScoreTable& table, int condition,
                                               int confounder, const BootstrapOptions& options) {
    std::vector<ShortcutRow> rows;
    const QStringList& values = table.sampleAttributes[size_t(confounder)];
    const std::vector<std::int32_t> patient = patientRanks(table);
    for (int m = 0; m < int(table.models.size()); ++m) {
        if (size_t(condition) >= table.entries[size_t(m)].size())
            continue;
        // In the order of the images' ids, as conditionData has them.
        std::vector<ScoreTable::Entry> entries = table.entries[size_t(m)][size_t(condition)];
        std::sort(entries.begin(), entries.end(),
                  [&](const ScoreTable::Entry& a, const ScoreTable::Entry& b) {
                      return table.sampleIds[a.sample] < table.sampleIds[b.sample];
                  });
        std::vector<double> scores;
        std::vector<std::int8_t> labels;
        std::vector<std::int32_t> patients;
        std::vector<std::int8_t> present;
        for (const ScoreTable::Entry& e : entries) {
            scores.push_back(e.score);
            labels.push_back(e.label);
            patients.push_back(patient[size_t(table.samplePatient[e.sample])]);
            present.push_back(confounderPresence(values[e.sample]));
        }
        if (std::none_of(present.begin(), present.end(), [](std::int8_t v) { return v >= 0; }))
            continue;
        rows.push_back({table.models[m], table.conditions[condition], table.attributes[confounder],
                        shortcutAnalysis(scores, labels, present, patients, options),
                        shortcutCurves(scores, labels, present)});
    }
    return rows;
}

Result<std::vector<ModelConditionMetrics>> selectionMetrics(const ScoreTable& table,
                                                            const std::vector<bool>& selected,
                                                            const MetricsSettings& settings,
                                                            const Progress& progress) {
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
        auto metrics = computeMetrics(*data, settings, progress);
        if (!metrics)
            return std::unexpected(metrics.error());
        for (ModelConditionMetrics& m : *metrics)
            results.push_back(std::move(m));
    }
    return results;
}

QStringList binaryAttributes(const ScoreTable& table) {
    QStringList out;
    for (qsizetype a = 0; a < table.attributes.size(); ++a) {
        bool recorded = false;
        bool binary = true;
        for (const QString& v : table.sampleAttributes[size_t(a)]) {
            const QStringView t =
                QStringView(v).trimmed(); // no copy: this runs on every view update
            if (t == QLatin1String("0") || t == QLatin1String("1") || t == QLatin1String("yes") ||
                t == QLatin1String("no"))
                recorded = true;
            else if (!t.isEmpty() && t != QLatin1String("-1"))
                binary = false;
            if (!binary)
                break;
        }
        if (recorded && binary)
            out << table.attributes[a];
    }
    return out;
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
