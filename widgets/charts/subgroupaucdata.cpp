#include "charts/subgroupaucdata.h"

#include <algorithm>

namespace cxrfair {

namespace {

bool isSummaryRow(const GroupMetrics& g) {
    return g.attribute == QStringLiteral("all");
}

/// Condition `c`'s bars replaced by the groups' AUCs after matching (a group without one, or
/// not compared, has no bar).
void matchedBars(const ModelConditionMetrics& m, const QString& attribute, SubgroupAucData& data,
                 qsizetype c) {
    for (const MatchedComparison& matched : m.matched) {
        if (matched.attribute != attribute)
            continue;
        data.matchedOn = matched.covariates;
        for (auto& series : data.bars)
            series[size_t(c)].reset();
        for (const MatchedGroup& g : matched.groups) {
            const qsizetype s = data.groups.indexOf(g.group);
            if (s < 0 || !g.auc)
                continue;
            SubgroupAucBar bar;
            bar.auc = *g.auc;
            bar.low = g.ci.valid() ? g.ci.low : *g.auc;
            bar.high = g.ci.valid() ? g.ci.high : *g.auc;
            bar.n = g.positives + g.negatives;
            bar.positives = g.positives;
            data.bars[size_t(s)][size_t(c)] = bar;
        }
    }
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

bool hasMatchedAucs(const std::vector<ModelConditionMetrics>& metrics, const QString& attribute) {
    for (const ModelConditionMetrics& m : metrics)
        for (const MatchedComparison& matched : m.matched)
            if (matched.attribute == attribute && !matched.groups.empty())
                return true;
    return false;
}

SubgroupAucData subgroupAucData(const std::vector<ModelConditionMetrics>& metrics,
                                const QString& model, const QString& attribute,
                                const QStringList& colourOrder, const SubgroupAucSource& source) {
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
        if (source.matched)
            matchedBars(m, attribute, data, c);
        if (source.published)
            for (qsizetype g = 0; g < data.groups.size(); ++g)
                if (auto& bar = data.bars[size_t(g)][size_t(c)])
                    if (const PublishedResult* p =
                            source.published->find(model, m.condition, attribute, data.groups[g])) {
                        bar->published = p->auc;
                        bar->publishedLow = p->aucLow;
                        bar->publishedHigh = p->aucHigh;
                    }
    }
    return data;
}

} // namespace cxrfair
