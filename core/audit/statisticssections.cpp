#include "audit/statisticssections.h"

#include "audit/reporthtml.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace cxrfair {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cxrfair::AuditReport)
};

/// At most this many pairs of groups in the xAUC table (all are in xauc.csv).
constexpr int kMostPairs = 20;

QString summarySection(const AuditDatasetResult& d, const QStringList& attributes) {
    QList<QStringList> rows;
    for (const ModelConditionMetrics& mc : d.metrics.results)
        for (const GapMetrics& s : mc.summaries)
            if (attributes.contains(s.attribute))
                rows << QStringList{
                    mc.model,
                    mc.condition,
                    s.attribute,
                    s.aucGap ? s.worstGroup : QStringLiteral("-"),
                    reportInterval(s.worstAuc, s.worstAucCi.low, s.worstAucCi.high,
                                   s.worstAucCi.valid()),
                    reportInterval(s.aucGap, s.aucGapCi.low, s.aucGapCi.high, s.aucGapCi.valid()),
                    reportNumber(s.aucGapBiasCorrected),
                    reportNumber(s.esAuc),
                    QString::number(s.compared.size())};
    if (rows.isEmpty())
        return {};
    return reportTable(
        Tr::tr("Worst groups, gaps and ES-AUC"),
        Tr::tr("Over the groups with enough evidence: at least the minimum of images with and "
               "without the condition and a bootstrap interval at most %1 wide. The "
               "bias-corrected gap is 2 x gap - the mean of the bootstrap gaps (a maximum "
               "minus a minimum of noisy estimates is too large); ES-AUC = AUC / (1 + the sum of "
               "|AUC of a group - AUC|). All rows are in summary.csv.")
            .arg(d.metrics.settings.evidenceWidth),
        {Tr::tr("Model"), Tr::tr("Condition"), Tr::tr("Attribute"), Tr::tr("Worst group"),
         Tr::tr("Worst AUC [interval]"), Tr::tr("Gap [interval]"), Tr::tr("Bias-corrected gap"),
         Tr::tr("ES-AUC"), Tr::tr("Groups")},
        rows);
}

QString crossAucSection(const AuditDatasetResult& d, const QStringList& attributes) {
    struct Pair {
        const ModelConditionMetrics* mc;
        const CrossGroupAuc* x;
    };
    std::vector<Pair> beyondNoise;
    int total = 0;
    for (const ModelConditionMetrics& mc : d.metrics.results)
        for (const CrossGroupAuc& x : mc.crossAucs) {
            if (!attributes.contains(x.attribute))
                continue;
            ++total;
            if (x.disparity && x.disparityCi.valid() &&
                (x.disparityCi.low > 0.0 || x.disparityCi.high < 0.0))
                beyondNoise.push_back({&mc, &x});
        }
    if (total == 0)
        return {};
    std::stable_sort(beyondNoise.begin(), beyondNoise.end(), [](const Pair& a, const Pair& b) {
        return std::abs(*a.x->disparity) > std::abs(*b.x->disparity);
    });
    QList<QStringList> rows;
    for (size_t i = 0; i < beyondNoise.size() && i < size_t(kMostPairs); ++i) {
        const CrossGroupAuc& x = *beyondNoise[i].x;
        rows << QStringList{
            beyondNoise[i].mc->model,
            beyondNoise[i].mc->condition,
            x.attribute,
            Tr::tr("%1 vs %2").arg(x.groupA, x.groupB),
            reportNumber(x.ab),
            reportNumber(x.ba),
            reportInterval(x.disparity, x.disparityCi.low, x.disparityCi.high, true)};
    }
    return reportTable(
        Tr::tr("Cross-group AUC"),
        Tr::tr("xAUC(a, b) is the chance that a positive of a scores above a negative of b "
               "(Kallus and Zhou, 2019); the disparity xAUC(a, b) - xAUC(b, a) shows one group's "
               "positives ranked below the other's negatives. %1 of %2 pairs have a disparity "
               "whose interval leaves out 0; the largest %3 are here, every pair in xauc.csv.")
            .arg(beyondNoise.size())
            .arg(total)
            .arg(std::min<int>(kMostPairs, int(beyondNoise.size()))),
        {Tr::tr("Model"), Tr::tr("Condition"), Tr::tr("Attribute"), Tr::tr("Groups"),
         Tr::tr("xAUC(a, b)"), Tr::tr("xAUC(b, a)"), Tr::tr("Disparity [interval]")},
        rows);
}

QString matchedSection(const AuditDatasetResult& d) {
    QList<QStringList> rows;
    for (const ModelConditionMetrics& mc : d.metrics.results)
        for (const MatchedComparison& m : mc.matched)
            if (m.gap || m.gapBefore)
                rows << QStringList{
                    mc.model,
                    mc.condition,
                    m.attribute,
                    m.covariates.join(QStringLiteral(", ")),
                    reportInterval(m.gapBefore, m.gapBeforeCi.low, m.gapBeforeCi.high,
                                   m.gapBeforeCi.valid()),
                    reportInterval(m.gap, m.gapCi.low, m.gapCi.high, m.gapCi.valid()),
                    QString::number(m.outsideSupport)};
    if (rows.isEmpty())
        return {};
    return reportTable(
        Tr::tr("Gaps after matching on covariates"),
        Tr::tr("Each group's images reweighted to the same joint distribution of the covariates "
               "and the same prevalence as the groups pooled; a gap that shrinks after matching "
               "is explained by them. Images in cells that a group lacks are left out. The "
               "matched AUCs are in metrics.csv (adjusted = matched)."),
        {Tr::tr("Model"), Tr::tr("Condition"), Tr::tr("Attribute"), Tr::tr("Matched on"),
         Tr::tr("Gap before [interval]"), Tr::tr("Gap after [interval]"),
         Tr::tr("Images left out")},
        rows);
}

QString shiftSection(const AuditDatasetResult& d) {
    QList<QStringList> rows;
    for (const AuditModelResult& m : d.models) {
        if (!m.embeddings)
            continue;
        for (const AttributeShift& s : m.embeddings->shifts)
            for (const MmdPair& p : s.pairs)
                rows << QStringList{m.name,
                                    s.attribute,
                                    Tr::tr("%1 vs %2").arg(p.groupA, p.groupB),
                                    QStringLiteral("%1 / %2").arg(p.nA).arg(p.nB),
                                    QString::number(p.mmd2, 'g', 3),
                                    QString::number(p.p, 'g', 3)};
    }
    if (rows.isEmpty())
        return {};
    return reportTable(
        Tr::tr("Representation shift between groups"),
        Tr::tr("The unbiased squared maximum mean discrepancy between two groups' image "
               "embeddings (Gaussian kernel, bandwidth the median distance), with a p-value from "
               "1,000 permutations of at most 1,000 images per group: a small p says the groups' "
               "images lie apart in embedding space."),
        {Tr::tr("Model"), Tr::tr("Attribute"), Tr::tr("Groups"), Tr::tr("Images"),
         Tr::tr("MMD\u00b2"), Tr::tr("p")},
        rows);
}

QString reproductionSection(const AuditDatasetResult& d) {
    if (d.reproduction.empty())
        return {};
    QList<QStringList> rows;
    int overlapping = 0;
    for (const ReproductionRow& r : d.reproduction) {
        overlapping += r.intervalsOverlap;
        rows << QStringList{
            r.model,
            r.condition,
            r.group,
            reportInterval(r.publishedAuc, r.publishedLow, r.publishedHigh, true),
            reportInterval(r.auc, r.low.value_or(NAN), r.high.value_or(NAN), r.low && r.high),
            reportNumber(r.difference),
            r.intervalsOverlap ? Tr::tr("yes") : Tr::tr("no")};
    }
    return reportTable(
        Tr::tr("Reproduction of the published results"),
        Tr::tr("Each row of Sourget et al. (FAIMI 2025) that this dataset's metrics match, next "
               "to cxrfair's value: %1 of %2 intervals overlap. The rows are in "
               "reproduction.csv.")
            .arg(overlapping)
            .arg(d.reproduction.size()),
        {Tr::tr("Model"), Tr::tr("Condition"), Tr::tr("Group"), Tr::tr("Published [interval]"),
         Tr::tr("cxrfair [interval]"), Tr::tr("Difference"), Tr::tr("Intervals overlap")},
        rows);
}

} // namespace

QString statisticsSections(const AuditDatasetResult& dataset, const QStringList& attributes) {
    return summarySection(dataset, attributes) + crossAucSection(dataset, attributes) +
           matchedSection(dataset) + shiftSection(dataset) + reproductionSection(dataset);
}

} // namespace cxrfair
