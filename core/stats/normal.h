#pragma once

namespace cxrfair {

/// Standard normal distribution function.
double normalCdf(double x);
/// Its inverse (Wichura's AS 241, relative error below 1e-15); p in (0, 1).
double normalQuantile(double p);
/// Two-sided p-value of a z statistic.
double twoSidedP(double z);

} // namespace cxrfair
