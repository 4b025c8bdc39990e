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
    std::vector<double> gaps(size_t(replicates.resamples), std::nan("")),
        worst(gaps.size(), std::nan(""));
    for (int b = 0; b < replicates.resamples; ++b) {
        double lo = INFINITY, hi = -INFINITY;
        bool complete = true;
        for (int slot : slots) {
            const double v = replicates.series(model, slot)[size_t(b)];
            if (!std::isfinite(v)) {
                complete = false;
                break;
            }
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
        if (complete) {
            gaps[size_t(b)] = hi - lo;
            worst[size_t(b)] = lo;
        }
    }
    gap.aucGapCi = percentileInterval(gaps, level);
    gap.worstAucCi = percentileInterval(worst, level);
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

            // Gaps over the groups that are neither undefined nor small.
            GapMetrics gap;
            gap.attribute = attribute.attribute;
            std::vector<int> slots;
            double lo = INFINITY, hi = -INFINITY;
            double tprLo = INFINITY, tprHi = -INFINITY, fprLo = INFINITY, fprHi = -INFINITY;
            double eceLo = INFINITY, eceHi = -INFINITY;
            bool rates = true, calibrated = true;
            for (size_t i = 0; i < reported.size(); ++i) {
                const int g = reported[i];
                const GroupMetrics& m = mc.groups[first + i];
                if (m.flag != GroupFlag::None || !m.auc)
                    continue;
                gap.compared << m.group;
                slots.push_back(replicates.slot(int(a), g));
                if (m.auc->auc < lo) {
                    lo = m.auc->auc;
                    gap.worstGroup = m.group;
                }
                hi = std::max(hi, m.auc->auc);
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
            if (slots.size() >= 2) {
                gap.aucGap = hi - lo;
                gap.worstAuc = lo;
                gapIntervals(replicates, model, slots, level, gap);
                if (rates && mc.threshold) {
                    gap.equalOpportunity = tprHi - tprLo;
                    gap.equalizedOdds = std::max(tprHi - tprLo, fprHi - fprLo);
                }
                if (calibrated)
                    gap.eceGap = eceHi - eceLo;
            }
            mc.gaps.push_back(std::move(gap));
        }
        out.push_back(std::move(mc));
    }
    return out;
}

} // namespace cxrfair
