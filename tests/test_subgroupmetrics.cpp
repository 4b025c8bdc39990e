#include "stats/delong.h"
#include "stats/multipletesting.h"
#include "stats/shortcut.h"
#include "stats/subgroupmetrics.h"

#include "common/random.h"

#include <QTest>

#include <cmath>

using namespace cxrfair;

namespace {

/// 3000 images of 1500 patients, two models, sex and a four-level attribute whose last level
/// is small; the signal is weaker in group 2 of the second attribute.
ConditionData makeData() {
    Random r(21);
    ConditionData d;
    d.condition = QStringLiteral("Pneumothorax");
    d.models = {QStringLiteral("m1"), QStringLiteral("m2")};
    d.scores.resize(2);
    Grouping sex{QStringLiteral("sex"), {QStringLiteral("F"), QStringLiteral("M")}, {}};
    Grouping band{
        QStringLiteral("band"),
        {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("tiny")},
        {}};
    for (int i = 0; i < 3000; ++i) {
        const std::int16_t b = r.chance(0.01) ? 3 : std::int16_t(r.integer(0, 2));
        const bool positive = r.chance(0.2);
        d.labels.push_back(std::int8_t(positive));
        d.patients.push_back(i / 2);
        sex.codes.push_back(r.chance(0.05) ? -1 : std::int16_t(r.integer(0, 1)));
        band.codes.push_back(b);
        const double signal = positive ? (b == 2 ? 0.4 : 1.2) : 0.0;
        d.scores[0].push_back(1.0 / (1.0 + std::exp(-(r.normal() + signal - 1.5))));
        d.scores[1].push_back(1.0 / (1.0 + std::exp(-(r.normal() + 0.5 * signal - 1.5))));
    }
    d.attributes = {sex, band};
    d.unknownLabels = {{3, 4}, {0, 0, 0, 0}};
    d.unknownLabelsTotal = 7;
    return d;
}

std::pair<std::vector<double>, std::vector<std::int8_t>> subset(const ConditionData& d, int model,
                                                                int attribute, int group) {
    std::pair<std::vector<double>, std::vector<std::int8_t>> out;
    for (size_t i = 0; i < d.labels.size(); ++i) {
        if (attribute < 0 || d.attributes[size_t(attribute)].codes[i] == group) {
            out.first.push_back(d.scores[size_t(model)][i]);
            out.second.push_back(d.labels[i]);
        }
    }
    return out;
}

const GroupMetrics* find(const ModelConditionMetrics& mc, const QString& attribute,
                         const QString& group) {
    for (const GroupMetrics& g : mc.groups) {
        if (g.attribute == attribute && g.group == group)
            return &g;
    }
    return nullptr;
}

} // namespace

class TestSubgroupMetrics : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void groupsMatchDirectComputations() {
        const ConditionData d = makeData();
        MetricsSettings s;
        s.bootstrap.resamples = 300;
        s.threshold = *ThresholdRule::parse(QStringLiteral("value:0.3"));
        const auto results = computeMetrics(d, s).value();
        QCOMPARE(results.size(), size_t(2));
        for (int model = 0; model < 2; ++model) {
            const ModelConditionMetrics& mc = results[size_t(model)];
            QCOMPARE(mc.model, d.models[model]);
            QCOMPARE(mc.groups.front().attribute, QStringLiteral("all"));
            QCOMPARE(mc.groups.front().unknownLabels, 7);
            const auto [as, al] = subset(d, model, -1, 0);
            QVERIFY(std::abs(mc.groups.front().auc->auc - *rocAuc({as, al})) < 1e-12);

            for (int a = 0; a < 2; ++a) {
                std::vector<double> p;
                for (int g = 0; g < int(d.attributes[size_t(a)].groups.size()); ++g) {
                    const GroupMetrics* m = find(mc, d.attributes[size_t(a)].attribute,
                                                 d.attributes[size_t(a)].groups[g]);
                    QVERIFY(m);
                    const auto [gs, gl] = subset(d, model, a, g);
                    const ClassCounts c = countClasses(gl);
                    QCOMPARE(m->positives, c.positives);
                    QCOMPARE(m->negatives, c.negatives);
                    QVERIFY(std::abs(m->auc->auc - *rocAuc({gs, gl})) < 1e-12);
                    QVERIFY(std::abs(m->auc->se - delongAuc({gs, gl})->se) < 1e-12);
                    QVERIFY(std::abs(m->averagePrecision.value() - *averagePrecision({gs, gl})) <
                            1e-12);
                    QVERIFY(std::abs(m->atThreshold->tpr - confusionAt({gs, gl}, 0.3).tpr) < 1e-15);
                    QVERIFY(m->bootstrapCi.low <= m->auc->auc + 0.05 &&
                            m->auc->auc - 0.05 <= m->bootstrapCi.high);
                    // Against the other groups of the attribute (images with it missing excluded).
                    std::vector<double> rs;
                    std::vector<std::int8_t> rl;
                    for (size_t i = 0; i < d.labels.size(); ++i) {
                        const int code = d.attributes[size_t(a)].codes[i];
                        if (code >= 0 && code != g) {
                            rs.push_back(d.scores[size_t(model)][i]);
                            rl.push_back(d.labels[i]);
                        }
                    }
                    const AucComparison vsRest =
                        delongUnpairedTest(*delongAuc({gs, gl}), *delongAuc({rs, rl}));
                    QVERIFY(std::abs(m->differenceVsRest.value() - vsRest.difference) < 1e-12);
                    // A group too small to judge is not tested (and not in the correction).
                    if (m->flag != GroupFlag::None) {
                        QVERIFY(!m->pVsRest && !m->pHolm && !m->pBenjaminiHochberg);
                        p.push_back(std::nan(""));
                        continue;
                    }
                    QVERIFY(std::abs(m->pVsRest.value() - vsRest.pValue) < 1e-12);
                    p.push_back(m->pVsRest.value_or(std::nan("")));
                }
                // The adjustments are Holm's and BH's over this attribute's groups.
                const auto holm = holmAdjust(p), bh = benjaminiHochbergAdjust(p);
                for (int g = 0; g < int(p.size()); ++g) {
                    const GroupMetrics* m = find(mc, d.attributes[size_t(a)].attribute,
                                                 d.attributes[size_t(a)].groups[g]);
                    if (!std::isfinite(p[size_t(g)]))
                        continue;
                    QVERIFY(std::abs(m->pHolm.value() - holm[size_t(g)]) < 1e-15);
                    QVERIFY(std::abs(m->pBenjaminiHochberg.value() - bh[size_t(g)]) < 1e-15);
                }
            }
            QCOMPARE(find(mc, QStringLiteral("sex"), QStringLiteral("F"))->unknownLabels, 3);
        }
    }

    void flagsAndGaps() {
        const ConditionData d = makeData();
        MetricsSettings s;
        s.bootstrap.resamples = 300;
        s.threshold = *ThresholdRule::parse(QStringLiteral("value:0.3"));
        const ModelConditionMetrics mc = computeMetrics(d, s)->front();
        // The tiny group is flagged, never dropped.
        const GroupMetrics* tiny = find(mc, QStringLiteral("band"), QStringLiteral("tiny"));
        QVERIFY(tiny);
        QCOMPARE(tiny->flag, GroupFlag::Small);
        QVERIFY(!tiny->reason.isEmpty());
        // Images without sex form a "missing" row, not a group.
        const GroupMetrics* missing = find(mc, QStringLiteral("sex"), QStringLiteral("missing"));
        QVERIFY(missing);
        QCOMPARE(missing->flag, GroupFlag::MissingAttribute);
        QVERIFY(!missing->auc);

        const GapMetrics& band = mc.gaps[1];
        QCOMPARE(band.attribute, QStringLiteral("band"));
        QCOMPARE(band.compared, (QStringList{"a", "b", "c"})); // not the small one
        double lo = 1, hi = 0, tprLo = 1, tprHi = 0, fprLo = 1, fprHi = 0;
        for (const char* g : {"a", "b", "c"}) {
            const GroupMetrics* m = find(mc, QStringLiteral("band"), QLatin1String(g));
            lo = std::min(lo, m->auc->auc);
            hi = std::max(hi, m->auc->auc);
            tprLo = std::min(tprLo, m->atThreshold->tpr);
            tprHi = std::max(tprHi, m->atThreshold->tpr);
            fprLo = std::min(fprLo, m->atThreshold->fpr);
            fprHi = std::max(fprHi, m->atThreshold->fpr);
        }
        QVERIFY(std::abs(*band.aucGap - (hi - lo)) < 1e-15);
        QCOMPARE(*band.worstAuc, lo);
        QCOMPARE(band.worstGroup, QStringLiteral("c")); // the weak signal
        QVERIFY(std::abs(*band.equalOpportunity - (tprHi - tprLo)) < 1e-15);
        QVERIFY(std::abs(*band.equalizedOdds - std::max(tprHi - tprLo, fprHi - fprLo)) < 1e-15);
        // The gap's interval comes from the gap in each resample: it covers the estimate here
        // and excludes zero (a real difference).
        QVERIFY(band.aucGapCi.low > 0.0);
        QVERIFY(band.aucGapCi.low < *band.aucGap && *band.aucGap < band.aucGapCi.high);
    }

    void undefinedGroups() {
        ConditionData d = makeData();
        // No positives at all in band "a".
        for (size_t i = 0; i < d.labels.size(); ++i) {
            if (d.attributes[1].codes[i] == 0)
                d.labels[i] = 0;
        }
        MetricsSettings s;
        s.bootstrap.resamples = 50;
        const ModelConditionMetrics mc = computeMetrics(d, s)->front();
        const GroupMetrics* a = find(mc, QStringLiteral("band"), QStringLiteral("a"));
        QCOMPARE(a->flag, GroupFlag::Undefined);
        QVERIFY(a->reason.contains(QStringLiteral("no positives")));
        QVERIFY(!a->auc);
        QVERIFY(!a->pVsRest);
        QCOMPARE(a->bootstrapCi.used, 0);
    }

    void shortcut() {
        Random r(31);
        std::vector<double> s;
        std::vector<std::int8_t> y, drain;
        std::vector<std::int32_t> p;
        for (int i = 0; i < 2000; ++i) {
            const bool positive = r.chance(0.25);
            const std::int8_t d =
                positive ? (r.chance(0.1) ? -1 : std::int8_t(r.chance(0.5))) : std::int8_t(-1);
            y.push_back(std::int8_t(positive));
            drain.push_back(d);
            p.push_back(i);
            s.push_back(r.normal() + (positive ? (d == 1 ? 2.0 : 0.8) : 0.0));
        }
        BootstrapOptions o;
        o.resamples = 400;
        const ShortcutMetrics m = shortcutAnalysis(s, y, drain, p, o);
        std::vector<double> withS, withoutS;
        std::vector<std::int8_t> withY, withoutY;
        std::int64_t present = 0, absent = 0, unknown = 0, negatives = 0;
        for (size_t i = 0; i < s.size(); ++i) {
            if (y[i] == 0) {
                ++negatives;
                withS.push_back(s[i]);
                withY.push_back(0);
                withoutS.push_back(s[i]);
                withoutY.push_back(0);
            } else if (drain[i] == 1) {
                ++present;
                withS.push_back(s[i]);
                withY.push_back(1);
            } else if (drain[i] == 0) {
                ++absent;
                withoutS.push_back(s[i]);
                withoutY.push_back(1);
            } else {
                ++unknown;
            }
        }
        QCOMPARE(m.confoundedPositives, present);
        QCOMPARE(m.unconfoundedPositives, absent);
        QCOMPARE(m.unknownPositives, unknown);
        QCOMPARE(m.negatives, negatives);
        QVERIFY(std::abs(*m.aucConfounded - *rocAuc({withS, withY})) < 1e-12);
        QVERIFY(std::abs(*m.aucUnconfounded - *rocAuc({withoutS, withoutY})) < 1e-12);
        QVERIFY(std::abs(*m.difference - (*m.aucConfounded - *m.aucUnconfounded)) < 1e-15);
        QVERIFY(m.differenceCi.low > 0.0); // a real shortcut
        QVERIFY(m.confoundedCi.low < *m.aucConfounded && *m.aucConfounded < m.confoundedCi.high);
    }
};

QTEST_GUILESS_MAIN(TestSubgroupMetrics)
#include "test_subgroupmetrics.moc"
