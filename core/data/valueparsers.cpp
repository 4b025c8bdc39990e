#include "data/valueparsers.h"

#include <QCoreApplication>

#include <charconv>
#include <cmath>
#include <limits>

namespace cxrfair {

std::string_view trimmedView(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
        s.remove_suffix(1);
    return s;
}

QString toQString(std::string_view text) {
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

std::optional<double> parseDouble(std::string_view text) {
    text = trimmedView(text);
    if (text.empty())
        return std::nullopt;
    if (text.front() == '+')
        text.remove_prefix(1);
    double value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size() || !std::isfinite(value))
        return std::nullopt;
    return value;
}

std::optional<std::int64_t> parseInt(std::string_view text) {
    text = trimmedView(text);
    if (text.empty())
        return std::nullopt;
    std::int64_t value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size())
        return std::nullopt;
    return value;
}

std::optional<LabelState> parseLabel(std::string_view text) {
    text = trimmedView(text);
    if (text.empty())
        return LabelState::Blank;
    const std::optional<double> value = parseDouble(text);
    if (!value)
        return std::nullopt;
    if (*value == 1.0)
        return LabelState::Positive;
    if (*value == 0.0)
        return LabelState::Negative;
    if (*value == -1.0)
        return LabelState::Uncertain;
    return std::nullopt;
}

std::optional<double> parseAgeYears(std::string_view text) {
    text = trimmedView(text);
    if (text.empty())
        return std::numeric_limits<double>::quiet_NaN();
    double divisor = 1.0;
    switch (text.back()) {
    case 'Y':
    case 'y':
        text.remove_suffix(1);
        break;
    case 'M':
    case 'm':
        divisor = 12.0;
        text.remove_suffix(1);
        break;
    case 'W':
    case 'w':
        divisor = 52.1775;
        text.remove_suffix(1);
        break;
    case 'D':
    case 'd':
        divisor = 365.25;
        text.remove_suffix(1);
        break;
    default:
        break;
    }
    const std::optional<double> value = parseDouble(text);
    if (!value || *value < 0)
        return std::nullopt;
    return *value / divisor;
}

SexValue parseSex(std::string_view text) {
    text = trimmedView(text);
    auto equals = [&](std::string_view word) {
        if (word.size() != text.size())
            return false;
        for (size_t i = 0; i < word.size(); ++i) {
            const char a = text[i] >= 'A' && text[i] <= 'Z' ? char(text[i] + 32) : text[i];
            if (a != word[i])
                return false;
        }
        return true;
    };
    if (equals("f") || equals("female"))
        return SexValue::Female;
    if (equals("m") || equals("male"))
        return SexValue::Male;
    if (text.empty() || equals("u") || equals("unknown") || equals("other") || equals("o"))
        return SexValue::Missing;
    return SexValue::Invalid;
}

QString labelPolicyName(LabelPolicy policy) {
    switch (policy) {
    case LabelPolicy::Negative:
        return QStringLiteral("negative");
    case LabelPolicy::Positive:
        return QStringLiteral("positive");
    case LabelPolicy::Unknown:
        break;
    }
    return QStringLiteral("drop");
}

std::optional<LabelPolicy> parseLabelPolicy(const QString& name) {
    const QString n = name.trimmed().toLower();
    if (n == QStringLiteral("drop") || n == QStringLiteral("unknown") ||
        n == QStringLiteral("ignore"))
        return LabelPolicy::Unknown;
    if (n == QStringLiteral("negative") || n == QStringLiteral("zeros") || n == QStringLiteral("0"))
        return LabelPolicy::Negative;
    if (n == QStringLiteral("positive") || n == QStringLiteral("ones") || n == QStringLiteral("1"))
        return LabelPolicy::Positive;
    return std::nullopt;
}

} // namespace cxrfair
