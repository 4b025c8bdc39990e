#include "data/racemapping.h"

#include "common/jsonfields.h"

#include <QJsonObject>

namespace cxrfair {

RaceMapping RaceMapping::study() {
    RaceMapping m;
    m.m_rules = {
        {QStringLiteral("WHITE"), QStringLiteral("White")},
        {QStringLiteral("BLACK"), QStringLiteral("Black")},
        {QStringLiteral("AFRICAN AMERICAN"), QStringLiteral("Black")},
        {QStringLiteral("ASIAN"), QStringLiteral("Asian")},
        {QStringLiteral("HISPANIC"), QStringLiteral("Hispanic/Latino")},
        {QStringLiteral("LATINO"), QStringLiteral("Hispanic/Latino")},
        {QStringLiteral("UNKNOWN"), QString()},
        {QStringLiteral("UNABLE TO OBTAIN"), QString()},
        {QStringLiteral("PATIENT DECLINED"), QString()},
        {QStringLiteral("PATIENT REFUSED"), QString()},
        {QStringLiteral("DECLINED"), QString()},
        {QStringLiteral("RACE AND ETHNICITY UNKNOWN"), QString()},
    };
    return m;
}

QString RaceMapping::map(const QString& raw) const {
    const QString value = raw.trimmed();
    if (value.isEmpty())
        return {};
    for (const Rule& rule : m_rules) {
        if (value.startsWith(rule.prefix, Qt::CaseInsensitive))
            return rule.group;
    }
    return m_fallback;
}

QStringList RaceMapping::groups() const {
    QStringList out;
    for (const Rule& rule : m_rules) {
        if (!rule.group.isEmpty() && !out.contains(rule.group))
            out << rule.group;
    }
    if (!m_fallback.isEmpty() && !out.contains(m_fallback))
        out << m_fallback;
    return out;
}

QJsonArray RaceMapping::toJson() const {
    QJsonArray rules;
    for (const Rule& rule : m_rules)
        rules.append(QJsonObject{{QStringLiteral("prefix"), rule.prefix},
                                 {QStringLiteral("group"), rule.group}});
    return rules;
}

Result<RaceMapping> RaceMapping::fromJson(const QJsonArray& rules, const QString& fallback) {
    RaceMapping m;
    m.m_fallback = fallback;
    for (qsizetype i = 0; i < rules.size(); ++i) {
        JsonFields rule(rules[i].toObject(), QStringLiteral("race rule %1").arg(i + 1));
        Rule r;
        rule.text("prefix", r.prefix);
        rule.text("group", r.group);
        if (!rules[i].isObject() || !rule.has("prefix"))
            return fail(ErrorCode::InvalidArgument,
                        QCoreApplication::translate("cxrfair::RaceMapping",
                                                    "each race rule needs a 'prefix'"));
        if (auto done = rule.finish(); !done)
            return std::unexpected(done.error());
        m.m_rules.push_back(std::move(r));
    }
    return m;
}

Result<RaceMapping> RaceMapping::fromJsonValue(const QJsonValue& value, const QString& where) {
    if (value.isArray())
        return fromJson(value.toArray(), QStringLiteral("Other"));
    JsonFields fields(value.toObject(), where);
    if (!value.isObject())
        fields.record(Error{ErrorCode::InvalidValue,
                            QCoreApplication::translate("cxrfair::RaceMapping",
                                                        "the race mapping must be a list of rules "
                                                        "or an object with \"rules\""),
                            {},
                            -1,
                            {},
                            {},
                            {}});
    QString fallback = QStringLiteral("Other");
    fields.text("fallback", fallback);
    const QJsonArray rules = fields.array("rules").value_or(QJsonArray{});
    if (auto done = fields.finish(); !done)
        return std::unexpected(done.error());
    return fromJson(rules, fallback);
}

} // namespace cxrfair
