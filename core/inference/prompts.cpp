#include "inference/prompts.h"

#include "common/jsonfields.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace cxrfair {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cxrfair::PromptSet)
};

/// A prompt list: a text, or a list of texts.
QStringList promptList(JsonFields& fields, const char* key) {
    const QJsonValue value = fields.value(key);
    if (value.isUndefined())
        return {};
    QStringList list;
    bool ok = value.isString() || value.isArray();
    if (value.isString())
        list << value.toString();
    for (const QJsonValue& v : value.toArray()) {
        ok = ok && v.isString() && !v.toString().trimmed().isEmpty();
        list << v.toString();
    }
    if (!ok)
        fields.invalid(key, Tr::tr("a text or a list of texts"));
    return list;
}

/// The positive and negative prompts of `object` (at `where`).
Result<std::pair<QStringList, QStringList>> promptPair(const QJsonValue& object,
                                                       const QString& where) {
    JsonFields fields(object.toObject(), where);
    if (!object.isObject())
        return fail(ErrorCode::InvalidValue,
                    Tr::tr("\"%1\" must be an object with \"positive\" and \"negative\" "
                           "prompts")
                        .arg(where));
    std::pair<QStringList, QStringList> pair{promptList(fields, "positive"),
                                             promptList(fields, "negative")};
    if (auto done = fields.finish(); !done)
        return std::unexpected(done.error());
    return pair;
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
    set.name = QStringLiteral("custom");
    JsonFields fields(json, QStringLiteral("prompts"));
    fields.text("name", set.name);
    auto named = [&](Error e) {
        if (e.file.isEmpty())
            e.file = path;
        return std::unexpected(std::move(e));
    };
    if (const QJsonValue d = fields.value("default"); !d.isUndefined()) {
        auto pair = promptPair(d, fields.path("default"));
        if (!pair)
            return named(pair.error());
        std::tie(set.defaultPositive, set.defaultNegative) = *pair;
    }
    const auto conditions = fields.object("conditions").value_or(QJsonObject{});
    for (auto it = conditions.begin(); it != conditions.end(); ++it) {
        auto pair = promptPair(it.value(), fields.path("conditions") + QLatin1Char('.') + it.key());
        if (!pair)
            return named(pair.error());
        set.conditions.push_back({it.key(), pair->first, pair->second});
    }
    if (auto done = fields.finish(path); !done)
        return std::unexpected(done.error());
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
    auto json = readJsonObjectFile(path);
    if (!json)
        return std::unexpected(json.error());
    return fromJson(*json, path);
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
