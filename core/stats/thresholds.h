#pragma once

#include "common/error.h"
#include "stats/roc.h"

#include <QString>

#include <optional>

namespace cxrfair {

/// How an operating threshold is chosen on validation data.
struct ThresholdRule {
    enum class Kind { Youden, MaxF1, Sensitivity, Specificity, Fixed };
    Kind kind = Kind::Youden;
    double target = 0.0; ///< sensitivity, specificity or the fixed value

    /// "youden", "f1", "sens:0.9", "spec:0.9", "value:0.5".
    static Result<ThresholdRule> parse(const QString& text);
    QString toString() const;
};

/// The threshold `rule` picks on `validation` (a case is called positive when its score is at
/// least the threshold): Youden's J or F1 maximised over the distinct scores (of tied maxima,
/// the highest threshold); for a target
/// sensitivity the highest threshold that reaches it; for a target specificity the lowest
/// threshold that keeps it. nullopt when the data lack a class the rule needs.
std::optional<double> chooseThreshold(LabelledScores validation, const ThresholdRule& rule);

/// Counts and rates at a threshold. Rates are NaN where their denominator is zero.
struct ConfusionRates {
    std::int64_t tp = 0, fp = 0, tn = 0, fn = 0;
    double tpr = 0.0, fpr = 0.0, fnr = 0.0, ppv = 0.0;
};
ConfusionRates confusionAt(LabelledScores data, double threshold);

} // namespace cxrfair
