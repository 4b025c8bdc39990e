#pragma once

#include "common/error.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <vector>

namespace cxrfair {

/// The six conditions of the study (MIMIC-CXR's names), in its order.
QStringList studyConditions();

/// The positive and negative prompt sets of one condition; each set is an ensemble whose text
/// embeddings are averaged.
struct ConditionPrompts {
    QString condition;
    QStringList positive;
    QStringList negative;
};

/// Prompts for zero-shot scoring. A condition without its own entry uses the default sets with
/// `{condition}` replaced by its name, so the study's preset is just the two defaults
/// `Chest {condition}` and `Chest No findings`.
struct PromptSet {
    QString name;
    QStringList defaultPositive{QStringLiteral("Chest {condition}")};
    QStringList defaultNegative{QStringLiteral("Chest No findings")};
    std::vector<ConditionPrompts> conditions;

    ConditionPrompts forCondition(const QString& condition) const;
    QJsonObject toJson() const;
    /// {"name": ..., "default": {"positive": [...], "negative": [...]},
    ///  "conditions": {"Pneumothorax": {"positive": [...], "negative": [...]}, ...}}
    static Result<PromptSet> fromJson(const QJsonObject& json, const QString& path = {});
    static Result<PromptSet> fromFile(const QString& path);
    /// A built-in set by name ("faimi2025", the default; "ensemble"), or nothing.
    static Result<PromptSet> preset(const QString& name);
    static QStringList presetNames();
};

} // namespace cxrfair
