#include "data/columnmapping.h"

#include "common/jsonfields.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace cxrfair {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cxrfair::ColumnMapping)
};

/// Labels or attributes: a list of column names (each its own name), or an object of names to
/// columns.
QList<QPair<QString, QString>> readPairs(JsonFields& fields, const char* key) {
    QList<QPair<QString, QString>> out;
    const QJsonValue value = fields.value(key);
    bool ok = value.isUndefined() || value.isArray() || value.isObject();
    for (const QJsonValue& v : value.toArray()) {
        ok = ok && v.isString();
        out.append({v.toString(), v.toString()});
    }
    const QJsonObject o = value.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        ok = ok && it.value().isString();
        out.append({it.key(), it.value().toString()});
    }
    if (!ok)
        fields.invalid(key, Tr::tr("a list of column names, or an object of names to columns"));
    return out;
}

QJsonObject writePairs(const QList<QPair<QString, QString>>& pairs) {
    QJsonObject o;
    for (const auto& [name, column] : pairs)
        o.insert(name, column);
    return o;
}

} // namespace

Result<ColumnMapping> ColumnMapping::fromJson(const QJsonObject& json, const QString& origin) {
    ColumnMapping m;
    JsonFields fields(json);
    for (auto [key, target] :
         {std::pair{"table", &m.table}, std::pair{"image", &m.image},
          std::pair{"image_root", &m.imageRoot}, std::pair{"patient", &m.patient},
          std::pair{"sample", &m.sample}, std::pair{"sex", &m.sex}, std::pair{"age", &m.age},
          std::pair{"race", &m.race}, std::pair{"split", &m.split}, std::pair{"view", &m.view}})
        fields.text(key, *target);
    m.labels = readPairs(fields, "labels");
    m.attributes = readPairs(fields, "attributes");
    QString delimiter = QString(QLatin1Char(m.delimiter));
    fields.text("delimiter", delimiter);
    if (delimiter != QStringLiteral(",") && delimiter != QStringLiteral(";") &&
        delimiter != QStringLiteral("\t"))
        fields.invalid("delimiter", Tr::tr("\",\", \";\" or a tab (\"\\t\")"));
    else
        m.delimiter = delimiter.front().toLatin1();
    if (auto done = fields.finish(origin); !done)
        return std::unexpected(done.error());
    if (m.table.isEmpty())
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("the column mapping needs \"table\" (the CSV file)"), origin);
    if (m.image.isEmpty())
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("the column mapping needs \"image\" (the image path column)"), origin);
    if (m.labels.isEmpty())
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("the column mapping needs \"labels\" (at least one condition)"), origin);
    for (const auto& [name, column] : m.labels) {
        if (name.isEmpty() || column.isEmpty())
            return fail(ErrorCode::InvalidArgument,
                        Tr::tr("every label needs a condition name and a column"), origin);
    }
    return m;
}

Result<ColumnMapping> ColumnMapping::load(const QString& path) {
    auto json = readJsonObjectFile(path);
    if (!json)
        return std::unexpected(json.error());
    return fromJson(*json, path);
}

QJsonObject ColumnMapping::toJson() const {
    QJsonObject o{{QStringLiteral("table"), table},
                  {QStringLiteral("image"), image},
                  {QStringLiteral("labels"), writePairs(labels)}};
    auto put = [&](const char* key, const QString& value) {
        if (!value.isEmpty())
            o.insert(QLatin1String(key), value);
    };
    put("image_root", imageRoot);
    put("patient", patient);
    put("sample", sample);
    put("sex", sex);
    put("age", age);
    put("race", race);
    put("split", split);
    put("view", view);
    if (!attributes.isEmpty())
        o.insert(QStringLiteral("attributes"), writePairs(attributes));
    if (delimiter != ',')
        o.insert(QStringLiteral("delimiter"), QString(QLatin1Char(delimiter)));
    return o;
}

} // namespace cxrfair
