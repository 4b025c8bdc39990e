#pragma once

#include <QString>

#include <cstdint>
#include <optional>

namespace cxrfair {

/// A label as the dataset records it, before any policy is applied.
enum class LabelState : std::int8_t {
    Negative = 0,
    Positive = 1,
    Uncertain = 2, ///< CheXpert-style -1.0
    Blank = 3,     ///< not mentioned in the report (empty cell)
};

/// What an uncertain or blank label counts as. `Unknown` drops the image from that condition's
/// analyses (the image stays in the cohort for the other conditions).
enum class LabelPolicy : std::int8_t { Unknown, Negative, Positive };

/// Resolved label value: 1 positive, 0 negative, -1 unknown.
inline std::int8_t resolveLabel(LabelState state, LabelPolicy uncertain, LabelPolicy blank) {
    auto apply = [](LabelPolicy policy) -> std::int8_t {
        switch (policy) {
        case LabelPolicy::Negative:
            return 0;
        case LabelPolicy::Positive:
            return 1;
        case LabelPolicy::Unknown:
            break;
        }
        return -1;
    };
    switch (state) {
    case LabelState::Negative:
        return 0;
    case LabelState::Positive:
        return 1;
    case LabelState::Uncertain:
        return apply(uncertain);
    case LabelState::Blank:
        return apply(blank);
    }
    return -1;
}

/// "drop" (the study's word for unknown), "negative", "positive".
QString labelPolicyName(LabelPolicy policy);
std::optional<LabelPolicy> parseLabelPolicy(const QString& name);

} // namespace cxrfair
