#include "stats/groupcurves.h"

#include "common/random.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>

namespace cxrfair {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cxrfair::GroupCurves)
};

/// Scores and labels of the rows `keep` accepts.
struct Subset {
    std::vector<double> scores;
    std::vector<std::int8_t> labels;
    LabelledScores view() const { return {scores, labels}; }
};

template <typename Keep>
Subset subset(const std::vector<double>& scores, const std::vector<std::int8_t>& labels,
              Keep keep) {
    Subset s;
    for (size_t i = 0; i < labels.size(); ++i)
        if (keep(i)) {
            s.scores.push_back(scores[i]);
            s.labels.push_back(labels[i]);
        }
    return s;
}

const QString allGroup = QStringLiteral("all");

} // namespace

std::vector<GroupRocCurve> groupRocCurves(const ConditionData& data, int model, int attribute) {
    const std::vector<double>& scores = data.scores[size_t(model)];
    const Grouping& grouping = data.attributes[size_t(attribute)];
    std::vector<GroupRocCurve> curves;
    auto add = [&](const QString& name, const Subset& s) {
        const ClassCounts counts = countClasses(s.labels);
        curves.push_back(
            {name, counts.positives, counts.negatives, rocAuc(s.view()), rocCurve(s.view())});
    };
    add(allGroup, subset(scores, data.labels, [](size_t) { return true; }));
    for (int g = 0; g < int(grouping.groups.size()); ++g)
        add(grouping.groups[g],
            subset(scores, data.labels, [&](size_t i) { return grouping.codes[i] == g; }));
    return curves;
}

std::vector<std::int8_t> validationRows(std::span<const std::int32_t> patients, double share,
                                        std::uint64_t seed) {
    std::vector<std::int8_t> rows(patients.size(), 0);
    for (size_t i = 0; i < patients.size(); ++i)
        rows[i] = Random::stream(seed, std::uint64_t(std::uint32_t(patients[i]))).uniform() < share
                      ? 1
                      : 0;
    return rows;
}

Result<ThresholdReport> thresholdReport(const ConditionData& data, int model, int attribute,
                                        const ThresholdRule& rule, double validationShare,
                                        std::uint64_t seed) {
    const std::vector<double>& scores = data.scores[size_t(model)];
    const Grouping& grouping = data.attributes[size_t(attribute)];
    ThresholdReport report;
    report.rule = rule;
    std::vector<std::int8_t> validation(data.labels.size(), 0);
    if (rule.kind == ThresholdRule::Kind::Fixed) {
        report.threshold = rule.target;
    } else {
        validation = validationRows(data.patients, validationShare, seed);
        const Subset chosenOn =
            subset(scores, data.labels, [&](size_t i) { return validation[i] == 1; });
        report.validationImages = qint64(chosenOn.labels.size());
        const auto threshold = chooseThreshold(chosenOn.view(), rule);
        if (!threshold)
            return fail(ErrorCode::InvalidArgument,
                        Tr::tr("the validation part (%n image(s)) lacks positives or negatives "
                               "for the rule %1",
                               nullptr, int(report.validationImages))
                            .arg(rule.toString()));
        report.threshold = *threshold;
    }
    const bool noFinding =
        data.condition.compare(QStringLiteral("No Finding"), Qt::CaseInsensitive) == 0;
    auto add = [&](const QString& name, const Subset& s) {
        GroupRates g{name, qint64(s.labels.size()), confusionAt(s.view(), report.threshold), 0.0};
        g.underdiagnosis = noFinding ? g.rates.fpr : g.rates.fnr;
        report.groups.push_back(g);
    };
    const Subset evaluated =
        subset(scores, data.labels, [&](size_t i) { return validation[i] == 0; });
    report.evaluatedImages = qint64(evaluated.labels.size());
    add(allGroup, evaluated);
    for (int g = 0; g < int(grouping.groups.size()); ++g)
        add(grouping.groups[g], subset(scores, data.labels, [&](size_t i) {
                return validation[i] == 0 && grouping.codes[i] == g;
            }));
    auto gap = [&](double ConfusionRates::*rate) -> std::optional<double> {
        double lo = std::numeric_limits<double>::infinity(), hi = -lo;
        int defined = 0;
        for (size_t k = 1; k < report.groups.size(); ++k) {
            const double v = report.groups[k].rates.*rate;
            if (std::isnan(v))
                continue;
            lo = std::min(lo, v);
            hi = std::max(hi, v);
            ++defined;
        }
        return defined >= 2 ? std::optional<double>(hi - lo) : std::nullopt;
    };
    report.tprGap = gap(&ConfusionRates::tpr);
    report.fprGap = gap(&ConfusionRates::fpr);
    if (report.tprGap && report.fprGap)
        report.equalizedOdds = std::max(*report.tprGap, *report.fprGap);
    return report;
}

} // namespace cxrfair
