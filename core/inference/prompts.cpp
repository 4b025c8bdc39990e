#include "inference/prompts.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace cxrfair {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cxrfair::PromptSet)
};

QStringList strings(const QJsonValue& value) {
    QStringList list;
    if (value.isString())
        list << value.toString();
    for (const QJsonValue& v : value.toArray())
        if (v.isString() && !v.toString().trimmed().isEmpty())
            list << v.toString();
    return list;
}

QStringList substituted(const QStringList& templates, const QString& condition) {
    QStringList out;
    for (QString t : templates)
        out << t.replace(QStringLiteral("{condition}"), condition);
    return out;
}

} // namespace

QStringList studyConditions() {
    return {QStringLiteral("Atelectasis"),   QStringLiteral("Cardiomegaly"),
            QStringLiteral("Consolidation"), QStringLiteral("Pleural Effusion"),
            QStringLiteral("Pneumonia"),     QStringLiteral("Pneumothorax")};
}

ConditionPrompts PromptSet::forCondition(const QString& condition) const {
    for (const ConditionPrompts& c : conditions) {
        if (c.condition.compare(condition, Qt::CaseInsensitive) == 0) {
            ConditionPrompts p = c;
            p.condition = condition;
            if (p.positive.isEmpty())
                p.positive = substituted(defaultPositive, condition);
            if (p.negative.isEmpty())
                p.negative = substituted(defaultNegative, condition);
            return p;
        }
    }
    return {condition, substituted(defaultPositive, condition),
            substituted(defaultNegative, condition)};
}

QJsonObject PromptSet::toJson() const {
    QJsonObject perCondition;
    for (const ConditionPrompts& c : conditions)
        perCondition.insert(
            c.condition,
            QJsonObject{{QStringLiteral("positive"), QJsonArray::fromStringList(c.positive)},
                        {QStringLiteral("negative"), QJsonArray::fromStringList(c.negative)}});
    return QJsonObject{
        {QStringLiteral("name"), name},
        {QStringLiteral("default"),
         QJsonObject{{QStringLiteral("positive"), QJsonArray::fromStringList(defaultPositive)},
                     {QStringLiteral("negative"), QJsonArray::fromStringList(defaultNegative)}}},
        {QStringLiteral("conditions"), perCondition}};
}

Result<PromptSet> PromptSet::fromJson(const QJsonObject& json, const QString& path) {
    PromptSet set;
    set.name = json.value(QStringLiteral("name")).toString(QStringLiteral("custom"));
    if (json.contains(QStringLiteral("default"))) {
        const QJsonObject d = json.value(QStringLiteral("default")).toObject();
        set.defaultPositive = strings(d.value(QStringLiteral("positive")));
        set.defaultNegative = strings(d.value(QStringLiteral("negative")));
    }
    const QJsonObject conditions = json.value(QStringLiteral("conditions")).toObject();
    for (auto it = conditions.begin(); it != conditions.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        set.conditions.push_back({it.key(), strings(o.value(QStringLiteral("positive"))),
                                  strings(o.value(QStringLiteral("negative")))});
    }
    auto check = [&](const QStringList& list, const QString& what) -> Result<void> {
        if (list.isEmpty())
            return fail(ErrorCode::InvalidValue,
                        Tr::tr("prompts: %1 has no prompt (give a list of texts)").arg(what), path);
        return {};
    };
    if (auto ok = check(set.defaultPositive, Tr::tr("the default positive set")); !ok)
        return std::unexpected(ok.error());
    if (auto ok = check(set.defaultNegative, Tr::tr("the default negative set")); !ok)
        return std::unexpected(ok.error());
    return set;
}

Result<PromptSet> PromptSet::fromFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, Tr::tr("cannot open the prompts: %1").arg(file.errorString()),
                    path);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return fail(ErrorCode::Format,
                    Tr::tr("the prompts are not a valid JSON object: %1").arg(error.errorString()),
                    path);
    return fromJson(doc.object(), path);
}

QStringList PromptSet::presetNames() {
    return {QStringLiteral("faimi2025"), QStringLiteral("ensemble")};
}

Result<PromptSet> PromptSet::preset(const QString& name) {
    PromptSet set;
    set.name = name;
    if (name == QStringLiteral("faimi2025"))
        return set;
    if (name == QStringLiteral("ensemble")) {
        set.defaultPositive = {QStringLiteral("Chest {condition}"), QStringLiteral("{condition}"),
                               QStringLiteral("Findings consistent with {condition}")};
        set.defaultNegative = {QStringLiteral("Chest No findings"), QStringLiteral("No Finding"),
                               QStringLiteral("No acute cardiopulmonary process")};
        return set;
    }
    return fail(ErrorCode::InvalidArgument,
                Tr::tr("unknown prompt preset '%1' (%2, or a JSON file)")
                    .arg(name, presetNames().join(QStringLiteral(", "))));
}

} // namespace cxrfair
