#include "data/racemapping.h"

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
    for (const QJsonValue& v : rules) {
        const QJsonObject o = v.toObject();
        if (!o.contains(QStringLiteral("prefix"))) {
            return fail(ErrorCode::InvalidArgument,
                        QCoreApplication::translate("cxrfair::RaceMapping",
                                                    "each race rule needs a 'prefix'"));
        }
        m.m_rules.push_back({o.value(QStringLiteral("prefix")).toString(),
                             o.value(QStringLiteral("group")).toString()});
    }
    return m;
}

} // namespace cxrfair
