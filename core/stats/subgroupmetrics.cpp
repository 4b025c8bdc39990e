#include "stats/subgroupmetrics.h"

#include "stats/power.h"

#include "stats/multipletesting.h"
#include "stats/ranking.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace cxrfair {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cxrfair::SubgroupMetrics)
};

/// The rows of one model sorted once by score; subsets are taken in that order, so each
/// group's metrics need no sort of their own.
struct SortedRows {
    const std::vector<double>& scores;
    const std::vector<std::int8_t>& labels;
    std::vector<std::uint32_t> order;

    template <typename Member>
    SortedScores subset(Member&& member) const {
        SortedScores s;
        for (std::uint32_t r : order) {
            if (member(r)) {
                s.scores.push_back(scores[r]);
                s.labels.push_back(labels[r]);
            }
        }
        return s;
    }
};

GroupMetrics measure(const SortedScores& subset, const MetricsSettings& settings,
                     std::optional<double> threshold) {
    const LabelledScores view{subset.scores, subset.labels};
    GroupMetrics m;
    const ClassCounts c = countClasses(subset.labels);
    m.positives = c.positives;
    m.negatives = c.negatives;
    m.n = c.positives + c.negatives;
    if (c.positives == 0 || c.negatives == 0) {
        m.flag = GroupFlag::Undefined;
        m.reason = c.positives == 0 && c.negatives == 0 ? Tr::tr("no images")
                   : c.positives == 0 ? Tr::tr("no positives: the AUC is undefined")
                                      : Tr::tr("no negatives: the AUC is undefined");
    } else if (c.positives < settings.minPositives || c.negatives < settings.minNegatives) {
        m.flag = GroupFlag::Small;
        m.reason = Tr::tr("%1 positives and %2 negatives: below the minimum of %3 and %4")
                       .arg(c.positives)
                       .arg(c.negatives)
                       .arg(settings.minPositives)
                       .arg(settings.minNegatives);
    }
    m.auc = delongAucSorted(subset);
    if (m.auc)
        m.delongCi = delongInterval(*m.auc, settings.bootstrap.level, settings.logitDelong);
    m.averagePrecision = averagePrecisionSorted(subset);
    if (m.averagePrecision && m.n > 0)
        m.auprcAdjusted = adjustedAuprc(*m.averagePrecision, double(c.positives) / double(m.n));
    if (threshold && m.n > 0)
        m.atThreshold = confusionAt(view, *threshold);
    if (m.n > 0)
        m.calibration = reliabilityCurve(view, settings.calibrationBins);
    return m;
}

/// Gap and worst value over the eligible slots, within each resample.
void gapIntervals(const BootstrapReplicates& replicates, int model, const std::vector<int>& slots,
                  double level, GapMetrics& gap) {
    const SpreadReplicates spread = spreadReplicates(replicates, model, slots);
    gap.aucGapCi = percentileInterval(spread.spread, level);
    gap.worstAucCi = percentileInterval(spread.minimum, level);
}

/// The groups of one attribute as computeMetrics lists them: mc.groups[first + i] is group
/// reported[i] of attribute `attribute`.
struct GroupRange {
    const ModelConditionMetrics& mc;
    size_t first;
    const std::vector<int>& reported;
    int attribute;
    QString name;
};

/// Gap, worst group, ES-AUC and the rate gaps over the groups that `include` accepts.
template <typename Include>
GapMetrics gapOver(const GroupRange& range, const BootstrapReplicates& replicates, int model,
                   double overallAuc, double level, Include&& include) {
    GapMetrics gap;
    gap.attribute = range.name;
    std::vector<int> slots;
    double lo = INFINITY, hi = -INFINITY, spread = 0.0;
    double tprLo = INFINITY, tprHi = -INFINITY, fprLo = INFINITY, fprHi = -INFINITY;
    double eceLo = INFINITY, eceHi = -INFINITY;
    bool rates = true, calibrated = true;
    for (size_t i = 0; i < range.reported.size(); ++i) {
        const GroupMetrics& m = range.mc.groups[range.first + i];
        if (!include(m))
            continue;
        gap.compared << m.group;
        slots.push_back(replicates.slot(range.attribute, range.reported[i]));
        if (m.auc->auc < lo) {
            lo = m.auc->auc;
            gap.worstGroup = m.group;
        }
        hi = std::max(hi, m.auc->auc);
        spread += std::abs(m.auc->auc - overallAuc);
        if (m.atThreshold && std::isfinite(m.atThreshold->tpr) &&
            std::isfinite(m.atThreshold->fpr)) {
            tprLo = std::min(tprLo, m.atThreshold->tpr);
            tprHi = std::max(tprHi, m.atThreshold->tpr);
            fprLo = std::min(fprLo, m.atThreshold->fpr);
            fprHi = std::max(fprHi, m.atThreshold->fpr);
        } else {
            rates = false;
        }
        if (m.calibration) {
            eceLo = std::min(eceLo, m.calibration->ece);
            eceHi = std::max(eceHi, m.calibration->ece);
        } else {
            calibrated = false;
        }
    }
    if (slots.size() < 2)
        return gap;
    gap.aucGap = hi - lo;
    gap.worstAuc = lo;
    gapIntervals(replicates, model, slots, level, gap);
    if (gap.aucGapCi.valid())
        gap.aucGapBiasCorrected = 2.0 * *gap.aucGap - gap.aucGapCi.mean;
    if (std::isfinite(overallAuc))
        gap.esAuc = overallAuc / (1.0 + spread);
    if (rates && range.mc.threshold) {
        gap.equalOpportunity = tprHi - tprLo;
        gap.equalizedOdds = std::max(tprHi - tprLo, fprHi - fprLo);
    }
    if (calibrated)
        gap.eceGap = eceHi - eceLo;
    return gap;
}

std::optional<double> defined(double v) {
    return std::isfinite(v) ? std::optional<double>(v) : std::nullopt;
}

/// Every unordered pair of the reported groups of attribute `a`, with the bootstrap interval
/// of the disparity within each resample.
void appendCrossAucs(const ConditionData& data, int model, int a, const std::vector<int>& reported,
                     const std::vector<std::uint32_t>& ascending,
                     const BootstrapReplicates& replicates, double level,
                     std::vector<CrossGroupAuc>& out) {
    const Grouping& attribute = data.attributes[size_t(a)];
    const int groups = int(attribute.groups.size());
    const std::vector<double> matrix =
        crossAucMatrix(data.scores[size_t(model)], data.labels, attribute.codes, groups, ascending);
    const int grouping = int(data.attributes.size()) + a;
    for (size_t i = 0; i < reported.size(); ++i) {
        for (size_t j = i + 1; j < reported.size(); ++j) {
            const int ga = reported[i], gb = reported[j];
            CrossGroupAuc x;
            x.attribute = attribute.attribute;
            x.groupA = attribute.groups[ga];
            x.groupB = attribute.groups[gb];
            x.ab = defined(matrix[size_t(ga * groups + gb)]);
            x.ba = defined(matrix[size_t(gb * groups + ga)]);
            if (x.ab && x.ba)
                x.disparity = *x.ab - *x.ba;
            const auto ab =
                replicates.series(model, replicates.crossSlot(grouping, ga, gb, groups));
            const auto ba =
                replicates.series(model, replicates.crossSlot(grouping, gb, ga, groups));
            std::vector<double> differences(ab.size());
            for (size_t r = 0; r < ab.size(); ++r)
                differences[r] = ab[r] - ba[r]; // NaN when either is undefined
            x.disparityCi = percentileInterval(differences, level);
            out.push_back(std::move(x));
        }
    }
}

} // namespace

QString groupFlagName(GroupFlag flag) {
    switch (flag) {
    case GroupFlag::Small:
        return QStringLiteral("small");
    case GroupFlag::Undefined:
        return QStringLiteral("undefined");
    case GroupFlag::MissingAttribute:
        return QStringLiteral("missing_attribute");
    case GroupFlag::None:
        break;
    }
    return {};
}

Result<std::vector<ModelConditionMetrics>> computeMetrics(const ConditionData& data,
                                                          const MetricsSettings& settings,
                                                          const Progress& progress) {
    const double level = settings.bootstrap.level;

    BootstrapRequest request;
    request.labels = data.labels;
    request.clusters = data.patients;
    for (const auto& s : data.scores)
        request.scores.push_back(s);
    for (const Grouping& g : data.attributes)
        request.groupings.push_back({g.codes, int(g.groups.size()), false});
    // xAUC slots after the groups: cross grouping of attribute a is grouping attributes + a.
    if (settings.crossGroupAuc) {
        for (const Grouping& g : data.attributes)
            request.groupings.push_back({g.codes, int(g.groups.size()), false, true});
    }
    const auto bootstrapped = bootstrapAuc(request, settings.bootstrap, progress);
    if (!bootstrapped)
        return std::unexpected(bootstrapped.error());
    const BootstrapReplicates& replicates = *bootstrapped;

    // Images per group, and without the attribute.
    std::vector<std::vector<qint64>> groupSizes;
    std::vector<qint64> missingSizes;
    for (const Grouping& g : data.attributes) {
        groupSizes.push_back(g.counts());
        missingSizes.push_back(g.missing());
    }

    std::vector<ModelConditionMetrics> out;
    for (int model = 0; model < int(data.models.size()); ++model) {
        if (progress.cancelled())
            return std::unexpected(Progress::cancelledError());
        const std::vector<double>& scores = data.scores[size_t(model)];
        ModelConditionMetrics mc;
        mc.model = data.models[model];
        mc.condition = data.condition;
        if (settings.threshold) {
            if (settings.threshold->kind == ThresholdRule::Kind::Fixed) {
                mc.threshold = settings.threshold->target;
            } else if (size_t(model) < data.validationScores.size() &&
                       !data.validationLabels.empty() &&
                       data.validationScores[size_t(model)].size() ==
                           data.validationLabels.size()) {
                mc.threshold =
                    chooseThreshold({data.validationScores[size_t(model)], data.validationLabels},
                                    *settings.threshold);
            }
        }

        const SortedRows sorted{scores, data.labels, ascendingOrder(scores)};
        GroupMetrics all =
            measure(sorted.subset([](std::uint32_t) { return true; }), settings, mc.threshold);
        all.attribute = all.group = QStringLiteral("all");
        all.unknownLabels = data.unknownLabelsTotal;
        all.bootstrapCi = percentileInterval(replicates.series(model, 0), level);
        mc.groups.push_back(std::move(all));

        for (size_t a = 0; a < data.attributes.size(); ++a) {
            const Grouping& attribute = data.attributes[a];
            const size_t first = mc.groups.size();
            std::vector<double> pValues;
            std::vector<int>
                reported; // groups with images (an age bin nobody falls in is left out)
            for (int g = 0; g < int(attribute.groups.size()); ++g) {
                if (groupSizes[a][size_t(g)] == 0)
                    continue;
                reported.push_back(g);
                const std::vector<std::int16_t>& codes = attribute.codes;
                GroupMetrics m =
                    measure(sorted.subset([&](std::uint32_t r) { return codes[r] == g; }), settings,
                            mc.threshold);
                m.attribute = attribute.attribute;
                m.group = attribute.groups[g];
                if (a < data.unknownLabels.size() && size_t(g) < data.unknownLabels[a].size())
                    m.unknownLabels = data.unknownLabels[a][size_t(g)];
                m.bootstrapCi =
                    percentileInterval(replicates.series(model, replicates.slot(int(a), g)), level);
                // Against the other groups of this attribute.
                const auto restAuc = delongAucSorted(
                    sorted.subset([&](std::uint32_t r) { return codes[r] >= 0 && codes[r] != g; }));
                if (m.auc && restAuc) {
                    const AucComparison c = delongUnpairedTest(*m.auc, *restAuc);
                    m.differenceVsRest = c.difference;
                    m.pVsRest = c.pValue;
                }
                if (restAuc && mc.groups.front().auc) {
                    PowerQuery q;
                    q.auc = mc.groups.front().auc->auc;
                    q.positives = double(m.positives);
                    q.negatives = double(m.negatives);
                    q.restPositives = double(restAuc->positives);
                    q.restNegatives = double(restAuc->negatives);
                    if (checkPowerQuery(q))
                        m.mdd = minimumDetectableDifference(q).mdd;
                }
                m.evidenceSufficient =
                    m.bootstrapCi.valid() &&
                    m.bootstrapCi.high - m.bootstrapCi.low <= settings.evidenceWidth && m.mdd &&
                    m.differenceVsRest && *m.mdd <= std::abs(*m.differenceVsRest);
                // A group too small to judge is not tested: no p-value, and not one of the
                // tests the correction counts.
                if (m.flag != GroupFlag::None)
                    m.pVsRest.reset();
                pValues.push_back(m.pVsRest.value_or(std::nan("")));
                mc.groups.push_back(std::move(m));
            }
            const std::vector<double> holm = holmAdjust(pValues);
            const std::vector<double> bh = benjaminiHochbergAdjust(pValues);
            for (size_t g = 0; g < pValues.size(); ++g) {
                if (std::isfinite(pValues[g])) {
                    mc.groups[first + g].pHolm = holm[g];
                    mc.groups[first + g].pBenjaminiHochberg = bh[g];
                }
            }
            if (missingSizes[a] > 0) {
                const SortedScores subset =
                    sorted.subset([&](std::uint32_t r) { return attribute.codes[r] < 0; });
                GroupMetrics m;
                const ClassCounts c = countClasses(subset.labels);
                m.attribute = attribute.attribute;
                m.group = QStringLiteral("missing");
                m.positives = c.positives;
                m.negatives = c.negatives;
                m.n = c.positives + c.negatives;
                m.flag = GroupFlag::MissingAttribute;
                m.reason =
                    Tr::tr("images whose %1 is not recorded; not a group").arg(attribute.attribute);
                mc.groups.push_back(std::move(m));
            }

            // Gaps over the groups that are neither undefined nor small; the summary's over
            // those whose interval is also narrow enough.
            const double overall = mc.groups.front().auc ? mc.groups.front().auc->auc : NAN;
            auto eligible = [](const GroupMetrics& m) {
                return m.flag == GroupFlag::None && m.auc.has_value();
            };
            const double width = settings.evidenceWidth;
            auto sufficient = [&](const GroupMetrics& m) {
                return eligible(m) && m.bootstrapCi.valid() &&
                       m.bootstrapCi.high - m.bootstrapCi.low <= width;
            };
            const GroupRange range{mc, first, reported, int(a), attribute.attribute};
            GapMetrics gap = gapOver(range, replicates, model, overall, level, eligible);
            mc.summaries.push_back(gapOver(range, replicates, model, overall, level, sufficient));
            mc.gaps.push_back(std::move(gap));
            if (settings.crossGroupAuc)
                appendCrossAucs(data, model, int(a), reported, sorted.order, replicates, level,
                                mc.crossAucs);
        }
        out.push_back(std::move(mc));
    }
    if (auto matched = appendMatchedComparisons(data, settings, out, progress); !matched)
        return std::unexpected(matched.error());
    return out;
}

} // namespace cxrfair
