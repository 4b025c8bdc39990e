#pragma once

#include "common/error.h"

#include <optional>

namespace cxrfair {

/// Hanley and McNeil's (Radiology 1982) standard error of an AUC `auc` estimated from
/// `positives` and `negatives`: SE^2 = (A(1-A) + (n1-1)(Q1-A^2) + (n0-1)(Q2-A^2)) / (n1 n0),
/// Q1 = A/(2-A), Q2 = 2A^2/(1+A).
double hanleyMcNeilSe(double auc, double positives, double negatives);

/// What a group's AUC can tell apart from the rest's.
struct PowerQuery {
    double auc = 0.5;     ///< the overall AUC, the one both standard errors use
    double positives = 0; ///< the group's
    double negatives = 0;
    double restPositives = 0; ///< the other images'
    double restNegatives = 0;
    double alpha = 0.05; ///< two-sided
    double power = 0.8;
};

struct DetectableDifference {
    double seGroup = 0.0;
    double seRest = 0.0;
    /// The minimum detectable difference of AUC between the group and the rest:
    /// (z(1 - alpha/2) + z(power)) * sqrt(seGroup^2 + seRest^2).
    double mdd = 0.0;
};

/// Checks the query (counts at least 1, AUC in [0, 1], alpha and power in (0, 1)); errors name
/// the option at fault.
Result<void> checkPowerQuery(const PowerQuery& query);
DetectableDifference minimumDetectableDifference(const PowerQuery& query);

/// The smallest number of positives for the group (its negatives at its current ratio of
/// negatives to positives, rounded, at least 1; the rest unchanged) whose MDD is at most
/// `difference`; nullopt when no size reaches it (the rest's standard error alone is too large).
std::optional<long long> positivesNeeded(const PowerQuery& query, double difference);

} // namespace cxrfair
