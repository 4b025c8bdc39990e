#include "stats/shortcut.h"

#include "stats/roc.h"

#include <cmath>
#include <vector>

namespace cxrfair {

namespace {

/// Labelled scores of one stratum: its positives and every negative.
struct Stratum {
    std::vector<double> scores;
    std::vector<std::int8_t> labels;
    LabelledScores view() const { return {scores, labels}; }
};

/// Splits the positives by confounder (stratum 0: present, 1: absent); `strata[row]` receives
/// each positive's stratum (-1 for negatives and unknown positives).
struct Strata {
    Stratum confounded, unconfounded;
    std::vector<std::int16_t> codes;
    std::int64_t unknownPositives = 0, negatives = 0;
};

Strata splitStrata(std::span<const double> scores, std::span<const std::int8_t> labels,
                   std::span<const std::int8_t> confounder) {
    Strata s;
    s.codes.assign(labels.size(), -1);
    for (size_t i = 0; i < labels.size(); ++i) {
        if (labels[i] == 0) {
            ++s.negatives;
            for (Stratum* t : {&s.confounded, &s.unconfounded}) {
                t->scores.push_back(scores[i]);
                t->labels.push_back(0);
            }
        } else if (labels[i] == 1) {
            if (confounder[i] != 0 && confounder[i] != 1) {
                ++s.unknownPositives;
                continue;
            }
            Stratum& t = confounder[i] == 1 ? s.confounded : s.unconfounded;
            s.codes[i] = confounder[i] == 1 ? 0 : 1;
            t.scores.push_back(scores[i]);
            t.labels.push_back(1);
        }
    }
    return s;
}

} // namespace

ShortcutCurves shortcutCurves(std::span<const double> scores, std::span<const std::int8_t> labels,
                              std::span<const std::int8_t> confounder) {
    const Strata s = splitStrata(scores, labels, confounder);
    return {rocCurve({scores, labels}), rocCurve(s.confounded.view()),
            rocCurve(s.unconfounded.view())};
}

ShortcutMetrics shortcutAnalysis(std::span<const double> scores,
                                 std::span<const std::int8_t> labels,
                                 std::span<const std::int8_t> confounder,
                                 std::span<const std::int32_t> patients,
                                 const BootstrapOptions& options) {
    ShortcutMetrics m;
    const Strata s = splitStrata(scores, labels, confounder);
    m.negatives = s.negatives;
    m.unknownPositives = s.unknownPositives;
    m.confoundedPositives = countClasses(s.confounded.labels).positives;
    m.unconfoundedPositives = countClasses(s.unconfounded.labels).positives;
    const std::vector<std::int16_t>& strata = s.codes;
    m.aucAll = rocAuc({scores, labels});
    m.aucConfounded = rocAuc(s.confounded.view());
    m.aucUnconfounded = rocAuc(s.unconfounded.view());
    if (m.aucConfounded && m.aucUnconfounded)
        m.difference = *m.aucConfounded - *m.aucUnconfounded;

    BootstrapRequest request;
    request.labels = labels;
    request.clusters = patients;
    request.scores = {scores};
    request.groupings = {GroupCodes{strata, 2, true}};
    const BootstrapReplicates r = *bootstrapAuc(request, options); // never cancelled
    const auto all = r.series(0, 0), confounded = r.series(0, r.slot(0, 0)),
               unconfounded = r.series(0, r.slot(0, 1));
    std::vector<double> difference(size_t(r.resamples));
    for (size_t b = 0; b < difference.size(); ++b)
        difference[b] = confounded[b] - unconfounded[b]; // NaN when either is undefined
    m.allCi = percentileInterval(all, options.level);
    m.confoundedCi = percentileInterval(confounded, options.level);
    m.unconfoundedCi = percentileInterval(unconfounded, options.level);
    m.differenceCi = percentileInterval(difference, options.level);
    return m;
}

} // namespace cxrfair
