#include "stats/matchedcomparison.h"

#include "stats/crossgroupauc.h"
#include "stats/ranking.h"
#include "stats/subgroupmetrics.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace cxrfair {

MatchingWeights matchingWeights(std::span<const std::int16_t> groupCodes,
                                const std::vector<int>& compared,
                                const std::vector<const Grouping*>& covariates,
                                std::span<const std::int8_t> labels) {
    const size_t rows = groupCodes.size();
    MatchingWeights out;
    out.weights.assign(rows, 0.0);
    // Each row's cell: the covariates' codes and the label in mixed radix, -1 when one is
    // missing or the row is outside the compared groups.
    std::vector<std::int64_t> cell(rows, -1);
    std::vector<int> slotOf(1 + size_t(*std::max_element(compared.begin(), compared.end())), -1);
    for (size_t i = 0; i < compared.size(); ++i)
        slotOf[size_t(compared[i])] = int(i);
    for (size_t r = 0; r < rows; ++r) {
        const int g = groupCodes[r];
        if (g < 0 || size_t(g) >= slotOf.size() || slotOf[size_t(g)] < 0)
            continue;
        std::int64_t key = labels[r] == 1 ? 1 : 0;
        bool known = true;
        for (const Grouping* c : covariates) {
            const int code = c->codes[r];
            if (code < 0) {
                known = false;
                break;
            }
            key = key * std::int64_t(c->groups.size() + 1) + code;
        }
        if (known)
            cell[r] = key;
    }
    // Counts per cell: per compared group and pooled.
    QHash<std::int64_t, std::vector<qint64>> counts;
    for (size_t r = 0; r < rows; ++r) {
        if (cell[r] < 0)
            continue;
        auto& c = counts[cell[r]];
        if (c.empty())
            c.assign(compared.size(), 0);
        ++c[size_t(slotOf[size_t(groupCodes[r])])];
    }
    for (size_t r = 0; r < rows; ++r) {
        const int g = groupCodes[r];
        const bool inCompared = g >= 0 && size_t(g) < slotOf.size() && slotOf[size_t(g)] >= 0;
        if (!inCompared)
            continue;
        if (cell[r] < 0) {
            ++out.outsideSupport;
            continue;
        }
        const std::vector<qint64>& c = counts[cell[r]];
        qint64 pooled = 0;
        bool everywhere = true;
        for (qint64 n : c) {
            pooled += n;
            everywhere = everywhere && n > 0;
        }
        if (!everywhere) {
            ++out.outsideSupport;
            continue;
        }
        out.weights[r] = double(pooled) / double(c[size_t(slotOf[size_t(g)])]);
    }
    return out;
}

Result<void> appendMatchedComparisons(const ConditionData& data, const MetricsSettings& settings,
                                      std::vector<ModelConditionMetrics>& results,
                                      const Progress& progress) {
    const double level = settings.bootstrap.level;
    for (size_t a = 0; a < data.attributes.size() && a < data.matchOn.size(); ++a) {
        if (data.matchOn[a].empty() || results.empty())
            continue;
        const Grouping& attribute = data.attributes[a];
        const int groups = int(attribute.groups.size());
        // The groups of the unadjusted gap: their sizes, so their flags, are the same for
        // every model.
        const ModelConditionMetrics& first = results.front();
        std::vector<int> compared;
        for (const GroupMetrics& m : first.groups) {
            if (m.attribute != attribute.attribute || m.flag != GroupFlag::None || !m.auc)
                continue;
            const qsizetype g = attribute.groups.indexOf(m.group);
            if (g >= 0)
                compared.push_back(int(g));
        }
        MatchedComparison base;
        base.attribute = attribute.attribute;
        for (int c : data.matchOn[a])
            base.covariates << data.covariates[size_t(c)].attribute;
        if (compared.size() < 2) {
            for (ModelConditionMetrics& mc : results)
                mc.matched.push_back(base);
            continue;
        }
        std::vector<const Grouping*> covariates;
        for (int c : data.matchOn[a])
            covariates.push_back(&data.covariates[size_t(c)]);
        const MatchingWeights weights =
            matchingWeights(attribute.codes, compared, covariates, data.labels);
        base.outsideSupport = weights.outsideSupport;
        std::vector<std::int16_t> codes(attribute.codes.size(), -1);
        for (size_t r = 0; r < codes.size(); ++r)
            if (weights.weights[r] > 0.0)
                codes[r] = attribute.codes[r];

        BootstrapRequest request;
        request.labels = data.labels;
        request.clusters = data.patients;
        for (const auto& s : data.scores)
            request.scores.push_back(s);
        request.groupings.push_back({codes, groups});
        request.weights = weights.weights;
        const auto replicates = bootstrapAuc(request, settings.bootstrap, progress);
        if (!replicates)
            return std::unexpected(replicates.error());

        for (size_t model = 0; model < results.size(); ++model) {
            ModelConditionMetrics& mc = results[model];
            MatchedComparison out = base;
            const std::vector<double>& scores = data.scores[model];
            const std::vector<double> matrix = crossAucMatrix(
                scores, data.labels, codes, groups, ascendingOrder(scores), weights.weights);
            std::vector<int> slots;
            double lo = INFINITY, hi = -INFINITY;
            for (int g : compared) {
                MatchedGroup m;
                m.group = attribute.groups[g];
                for (size_t r = 0; r < codes.size(); ++r) {
                    if (codes[r] == g)
                        ++(data.labels[r] == 1 ? m.positives : m.negatives);
                }
                const double auc = matrix[size_t(g * groups + g)];
                if (std::isfinite(auc)) {
                    m.auc = auc;
                    lo = std::min(lo, auc);
                    hi = std::max(hi, auc);
                    slots.push_back(replicates->slot(0, g));
                }
                m.ci = percentileInterval(replicates->series(int(model), replicates->slot(0, g)),
                                          level);
                out.groups.push_back(std::move(m));
            }
            if (slots.size() >= 2) {
                out.gap = hi - lo;
                out.gapCi = percentileInterval(
                    spreadReplicates(*replicates, int(model), slots).spread, level);
            }
            if (a < mc.gaps.size()) {
                out.gapBefore = mc.gaps[a].aucGap;
                out.gapBeforeCi = mc.gaps[a].aucGapCi;
            }
            mc.matched.push_back(std::move(out));
        }
    }
    return {};
}

QStringList defaultMatchCovariates(const QString& attribute) {
    if (attribute == QStringLiteral("sex") || attribute == QStringLiteral("race"))
        return {QStringLiteral("age"), QStringLiteral("view")};
    if (attribute == QStringLiteral("age"))
        return {QStringLiteral("sex"), QStringLiteral("view")};
    return {};
}

} // namespace cxrfair
