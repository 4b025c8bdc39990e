#include "data/columnmapping.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace cxrfair {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cxrfair::ColumnMapping)
};

QList<QPair<QString, QString>> readPairs(const QJsonValue& value) {
    QList<QPair<QString, QString>> out;
    if (value.isArray()) {
        for (const QJsonValue& v : value.toArray())
            out.append({v.toString(), v.toString()});
    } else {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            out.append({it.key(), it.value().toString()});
    }
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
    auto text = [&](const char* key) { return json.value(QLatin1String(key)).toString(); };
    m.table = text("table");
    m.image = text("image");
    m.imageRoot = text("image_root");
    m.patient = text("patient");
    m.sample = text("sample");
    m.sex = text("sex");
    m.age = text("age");
    m.race = text("race");
    m.split = text("split");
    m.view = text("view");
    m.labels = readPairs(json.value(QStringLiteral("labels")));
    m.attributes = readPairs(json.value(QStringLiteral("attributes")));
    if (json.contains(QStringLiteral("delimiter"))) {
        const QString d = json.value(QStringLiteral("delimiter")).toString();
        if (d != QStringLiteral(",") && d != QStringLiteral(";") && d != QStringLiteral("\t"))
            return fail(ErrorCode::InvalidArgument,
                        Tr::tr("\"delimiter\" must be \",\", \";\" or a tab (\"\\t\")"), origin);
        m.delimiter = d.front().toLatin1();
    }
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
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io,
                    Tr::tr("cannot open the column mapping: %1").arg(file.errorString()), path);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        return fail(
            ErrorCode::Format,
            Tr::tr("not a JSON object: %1 at offset %2").arg(error.errorString()).arg(error.offset),
            path);
    }
    return fromJson(doc.object(), path);
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
