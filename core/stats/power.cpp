#include "stats/power.h"

#include "stats/normal.h"

#include <QCoreApplication>

#include <cmath>

namespace cxrfair {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cxrfair::Power)
};

double zSum(const PowerQuery& q) {
    return normalQuantile(1.0 - q.alpha / 2.0) + normalQuantile(q.power);
}

double negativesFor(const PowerQuery& q, double positives) {
    return std::max(1.0, std::round(positives * q.negatives / q.positives));
}

double mddWith(const PowerQuery& q, double positives) {
    const double group = hanleyMcNeilSe(q.auc, positives, negativesFor(q, positives));
    const double rest = hanleyMcNeilSe(q.auc, q.restPositives, q.restNegatives);
    return zSum(q) * std::sqrt(group * group + rest * rest);
}

} // namespace

double hanleyMcNeilSe(double auc, double positives, double negatives) {
    const double a = auc;
    const double q1 = a / (2.0 - a);
    const double q2 = 2.0 * a * a / (1.0 + a);
    const double variance =
        (a * (1.0 - a) + (positives - 1.0) * (q1 - a * a) + (negatives - 1.0) * (q2 - a * a)) /
        (positives * negatives);
    return std::sqrt(std::max(0.0, variance));
}

Result<void> checkPowerQuery(const PowerQuery& q) {
    const std::pair<const char*, double> counts[] = {{"--positives", q.positives},
                                                     {"--negatives", q.negatives},
                                                     {"--rest-positives", q.restPositives},
                                                     {"--rest-negatives", q.restNegatives}};
    for (const auto& [name, value] : counts)
        if (!(value >= 1.0) || value != std::floor(value))
            return fail(ErrorCode::InvalidArgument,
                        Tr::tr("%1 takes a whole number of at least 1, not %2")
                            .arg(QLatin1String(name))
                            .arg(value));
    if (!(q.auc >= 0.0 && q.auc <= 1.0))
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("--auc takes a number from 0 to 1, not %1").arg(q.auc));
    if (!(q.alpha > 0.0 && q.alpha < 1.0))
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("--alpha takes a number between 0 and 1, not %1").arg(q.alpha));
    if (!(q.power > 0.0 && q.power < 1.0))
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("--power takes a number between 0 and 1, not %1").arg(q.power));
    return {};
}

DetectableDifference minimumDetectableDifference(const PowerQuery& q) {
    DetectableDifference d;
    d.seGroup = hanleyMcNeilSe(q.auc, q.positives, q.negatives);
    d.seRest = hanleyMcNeilSe(q.auc, q.restPositives, q.restNegatives);
    d.mdd = zSum(q) * std::sqrt(d.seGroup * d.seGroup + d.seRest * d.seRest);
    return d;
}

std::optional<long long> positivesNeeded(const PowerQuery& q, double difference) {
    // The MDD falls as the group grows, towards the rest's part alone.
    const double rest = hanleyMcNeilSe(q.auc, q.restPositives, q.restNegatives);
    if (!(zSum(q) * rest < difference))
        return std::nullopt;
    constexpr double limit = 1e15;
    double high = 1.0;
    while (mddWith(q, high) > difference) {
        high *= 2.0;
        if (high > limit)
            return std::nullopt;
    }
    double low = std::max(1.0, std::floor(high / 2.0)); // MDD(low) > difference unless low = 1
    if (mddWith(q, low) <= difference)
        return (long long)low;
    while (high - low > 1.0) {
        const double middle = std::floor((low + high) / 2.0);
        (mddWith(q, middle) <= difference ? high : low) = middle;
    }
    return (long long)high;
}

} // namespace cxrfair
