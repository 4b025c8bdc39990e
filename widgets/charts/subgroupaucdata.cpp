#include "charts/subgroupaucdata.h"

#include <algorithm>

namespace cxrfair {

namespace {

bool isSummaryRow(const GroupMetrics& g) {
    return g.attribute == QStringLiteral("all");
}

} // namespace

QStringList metricModels(const std::vector<ModelConditionMetrics>& metrics) {
    QStringList models;
    for (const ModelConditionMetrics& m : metrics)
        if (!models.contains(m.model))
            models << m.model;
    return models;
}

QStringList metricAttributes(const std::vector<ModelConditionMetrics>& metrics) {
    QStringList attributes;
    for (const ModelConditionMetrics& m : metrics)
        for (const GroupMetrics& g : m.groups)
            if (!isSummaryRow(g) && !attributes.contains(g.attribute))
                attributes << g.attribute;
    return attributes;
}

double lowestAucLimit(const std::vector<ModelConditionMetrics>& metrics, const QString& model) {
    double lowest = 1.0;
    for (const ModelConditionMetrics& m : metrics) {
        if (m.model != model)
            continue;
        for (const GroupMetrics& g : m.groups) {
            if (isSummaryRow(g) || !g.auc || g.flag == GroupFlag::MissingAttribute)
                continue;
            lowest =
                std::min(lowest, g.bootstrapCi.used > 0 ? g.bootstrapCi.low : g.delongCi.first);
        }
    }
    return lowest;
}

SubgroupAucData subgroupAucData(const std::vector<ModelConditionMetrics>& metrics,
                                const QString& model, const QString& attribute,
                                const QStringList& colourOrder) {
    SubgroupAucData data;
    data.model = model;
    data.attribute = attribute;
    data.colourOrder = colourOrder;
    for (const ModelConditionMetrics& m : metrics) {
        if (m.model != model)
            continue;
        data.conditions << m.condition;
        data.overall.emplace_back();
        for (const GroupMetrics& g : m.groups) {
            if (isSummaryRow(g)) {
                if (g.auc)
                    data.overall.back() = g.auc->auc;
                continue;
            }
            if (g.attribute != attribute || g.flag == GroupFlag::MissingAttribute)
                continue;
            if (!data.groups.contains(g.group)) {
                data.groups << g.group;
                data.bars.emplace_back();
            }
        }
    }
    for (auto& series : data.bars)
        series.resize(size_t(data.conditions.size()));
    for (const QString& group : std::as_const(data.groups))
        if (!data.colourOrder.isEmpty() && !data.colourOrder.contains(group))
            data.colourOrder << group;
    qsizetype c = -1;
    for (const ModelConditionMetrics& m : metrics) {
        if (m.model != model)
            continue;
        ++c;
        for (const GroupMetrics& g : m.groups) {
            if (g.attribute != attribute || !g.auc)
                continue;
            const qsizetype s = data.groups.indexOf(g.group);
            if (s < 0)
                continue;
            SubgroupAucBar bar;
            bar.auc = g.auc->auc;
            const bool bootstrap = g.bootstrapCi.used > 0;
            bar.low = bootstrap ? g.bootstrapCi.low : g.delongCi.first;
            bar.high = bootstrap ? g.bootstrapCi.high : g.delongCi.second;
            bar.n = g.n;
            bar.positives = g.positives;
            bar.flagged = g.flag != GroupFlag::None;
            if (!bar.flagged)
                bar.pAdjusted = g.pHolm;
            bar.reason = g.reason;
            bar.evidenceKnown = g.evidenceSufficient.has_value();
            bar.insufficient = bar.evidenceKnown && !*g.evidenceSufficient;
            bar.mdd = g.mdd;
            bar.difference = g.differenceVsRest;
            data.bars[size_t(s)][size_t(c)] = bar;
        }
    }
    return data;
}

} // namespace cxrfair
