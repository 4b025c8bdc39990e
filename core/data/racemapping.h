#pragma once

#include "common/error.h"

#include <QJsonArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace cxrfair {

/// Maps the race strings datasets record (MIMIC-IV's `WHITE - RUSSIAN`, `BLACK/AFRICAN
/// AMERICAN`, CheXpert's `Black or African American`, ...) to analysis groups, by the first rule
/// whose prefix matches (case-insensitive). A rule with an empty group marks the value as
/// missing (`UNKNOWN`, `PATIENT DECLINED TO ANSWER`); values no rule matches go to `fallback`.
class RaceMapping {
public:
    struct Rule {
        QString prefix;
        QString group; ///< empty: missing
        bool operator==(const Rule&) const = default;
    };

    /// The default of PROTOCOL.md: White, Black, Asian, Hispanic/Latino, Other; unknown,
    /// unable to obtain and declined are missing.
    static RaceMapping study();

    const std::vector<Rule>& rules() const { return m_rules; }
    const QString& fallback() const { return m_fallback; }
    void setRules(std::vector<Rule> rules) { m_rules = std::move(rules); }
    void setFallback(QString group) { m_fallback = std::move(group); }

    /// The group of `raw`, or an empty string when the value counts as missing.
    QString map(const QString& raw) const;
    bool isMissing(const QString& raw) const { return map(raw).isEmpty(); }
    /// The groups in rule order, then the fallback.
    QStringList groups() const;

    QJsonArray toJson() const;
    static Result<RaceMapping> fromJson(const QJsonArray& rules, const QString& fallback);
    /// Either {"rules": [...], "fallback": "Other"} or the list of rules alone (at `where` in
    /// its file); a wrong type or an unknown key is an error.
    static Result<RaceMapping> fromJsonValue(const QJsonValue& value, const QString& where = {});
    bool operator==(const RaceMapping&) const = default;

private:
    std::vector<Rule> m_rules;
    QString m_fallback = QStringLiteral("Other");
};

} // namespace cxrfair
