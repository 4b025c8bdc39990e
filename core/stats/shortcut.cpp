#include "stats/shortcut.h"

#include "stats/roc.h"

#include <cmath>
#include <vector>

namespace cxrfair {

ShortcutMetrics shortcutAnalysis(std::span<const double> scores,
                                 std::span<const std::int8_t> labels,
                                 std::span<const std::int8_t> confounder,
                                 std::span<const std::int32_t> patients,
                                 const BootstrapOptions& options) {
    ShortcutMetrics m;
    // Stratum 0: confounded positives, 1: unconfounded positives; every negative is in both.
    std::vector<std::int16_t> strata(labels.size(), -1);
    std::vector<double> confoundedScores, unconfoundedScores;
    std::vector<std::int8_t> confoundedLabels, unconfoundedLabels;
    for (size_t i = 0; i < labels.size(); ++i) {
        if (labels[i] == 0) {
            ++m.negatives;
            for (auto* s : {&confoundedScores, &unconfoundedScores})
                s->push_back(scores[i]);
            confoundedLabels.push_back(0);
            unconfoundedLabels.push_back(0);
        } else if (labels[i] == 1) {
            if (confounder[i] == 1) {
                ++m.confoundedPositives;
                strata[i] = 0;
                confoundedScores.push_back(scores[i]);
                confoundedLabels.push_back(1);
            } else if (confounder[i] == 0) {
                ++m.unconfoundedPositives;
                strata[i] = 1;
                unconfoundedScores.push_back(scores[i]);
                unconfoundedLabels.push_back(1);
            } else {
                ++m.unknownPositives;
            }
        }
    }
    m.aucAll = rocAuc({scores, labels});
    m.aucConfounded = rocAuc({confoundedScores, confoundedLabels});
    m.aucUnconfounded = rocAuc({unconfoundedScores, unconfoundedLabels});
    if (m.aucConfounded && m.aucUnconfounded)
        m.difference = *m.aucConfounded - *m.aucUnconfounded;

    BootstrapRequest request;
    request.labels = labels;
    request.clusters = patients;
    request.scores = {scores};
    request.groupings = {GroupCodes{strata, 2, true}};
    const BootstrapReplicates r = bootstrapAuc(request, options);
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
