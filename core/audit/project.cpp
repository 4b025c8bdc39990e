#include "audit/project.h"

#include "common/filecontents.h"

#include "common/jsonfields.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace cxrfair {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cxrfair::Project)
};

const QString formatTag = QStringLiteral("cxrfair-project");
/// The fields of a dataset source that hold paths.
const char* const pathFields[] = {"root", "mimic_iv", "drains", "demographics", "mapping"};

QString relative(const QDir& dir, const QString& path) {
    return path.isEmpty() ? path : dir.relativeFilePath(QDir(path).absolutePath());
}

QString absolute(const QDir& dir, const QString& path) {
    return path.isEmpty() ? path : QDir::cleanPath(dir.absoluteFilePath(path));
}

Error inFile(Error error, const QString& path) {
    if (error.file.isEmpty())
        error.file = path;
    return error;
}

/// Applies `convert` to every path field of a source's JSON.
template <typename Convert>
QJsonObject convertPaths(QJsonObject source, Convert convert) {
    for (const char* field : pathFields) {
        const QString key = QLatin1String(field);
        if (source.value(key).isString()) // another type is reported by the reader
            source[key] = convert(source[key].toString());
    }
    return source;
}

/// One entry of "datasets": its source, cohort settings, models, imported embeddings and
/// conditions, with paths made absolute against `dir`.
Result<ProjectDataset> datasetFromJson(const QJsonObject& json, const QString& where,
                                       const QDir& dir, const QString& path) {
    JsonFields entry(json, where);
    auto source =
        DatasetSource::fromJson(convertPaths(entry.object("source").value_or(QJsonObject{}),
                                             [&](const QString& f) { return absolute(dir, f); }),
                                entry.path("source"));
    if (!source)
        return std::unexpected(inFile(source.error(), path));
    auto settings = CohortSettings::fromJson(entry.object("settings").value_or(QJsonObject{}),
                                             entry.path("settings"));
    if (!settings)
        return std::unexpected(inFile(settings.error(), path));
    ProjectDataset d{*source, *settings, {}, {}, {}};
    entry.texts("conditions", d.conditions);
    QStringList models;
    entry.texts("models", models);
    for (const QString& m : models)
        d.models << absolute(dir, m);
    const QJsonArray embeddings = entry.array("embeddings").value_or(QJsonArray{});
    for (qsizetype e = 0; e < embeddings.size(); ++e) {
        JsonFields fields(embeddings[e].toObject(),
                          entry.path("embeddings") + QStringLiteral("[%1]").arg(e));
        ProjectEmbeddings imported;
        fields.text("array", imported.array);
        fields.text("keys", imported.keys);
        fields.text("id_column", imported.idColumn);
        fields.text("name", imported.name);
        if (!embeddings[e].isObject() || imported.array.isEmpty() || imported.keys.isEmpty())
            return fail(
                ErrorCode::Format,
                Tr::tr("%1: imported embeddings need \"array\" and \"keys\"").arg(fields.path("")),
                path);
        if (auto done = fields.finish(path); !done)
            return std::unexpected(done.error());
        imported.array = absolute(dir, imported.array);
        imported.keys = absolute(dir, imported.keys);
        d.embeddings.push_back(std::move(imported));
    }
    if (auto done = entry.finish(path); !done)
        return std::unexpected(done.error());
    return d;
}

} // namespace

QJsonObject Project::toJson(const QString& projectDir) const {
    const QDir dir(projectDir);
    QJsonObject auditJson = audit.toJson();
    auditJson[QStringLiteral("store")] = relative(dir, audit.store);
    QJsonObject published = auditJson.value(QStringLiteral("published")).toObject();
    published[QStringLiteral("folder")] = relative(dir, audit.published.folder);
    auditJson[QStringLiteral("published")] = published;
    QJsonArray list;
    for (const ProjectDataset& d : datasets) {
        QJsonArray models;
        for (const QString& m : d.models)
            models.append(relative(dir, m));
        QJsonArray embeddings;
        for (const ProjectEmbeddings& e : d.embeddings)
            embeddings.append(QJsonObject{{QStringLiteral("array"), relative(dir, e.array)},
                                          {QStringLiteral("keys"), relative(dir, e.keys)},
                                          {QStringLiteral("id_column"), e.idColumn},
                                          {QStringLiteral("name"), e.name}});
        QJsonObject entry{
            {QStringLiteral("source"),
             convertPaths(d.source.toJson(), [&](const QString& p) { return relative(dir, p); })},
            {QStringLiteral("settings"), d.settings.toJson()},
            {QStringLiteral("models"), models}};
        if (!embeddings.isEmpty())
            entry.insert(QStringLiteral("embeddings"), embeddings);
        if (!d.conditions.isEmpty())
            entry.insert(QStringLiteral("conditions"), QJsonArray::fromStringList(d.conditions));
        list.append(entry);
    }
    return {{QStringLiteral("format"), formatTag},
            {QStringLiteral("version"), formatVersion},
            {QStringLiteral("datasets"), list},
            {QStringLiteral("current"), current},
            {QStringLiteral("prompts"), prompts.toJson()},
            {QStringLiteral("audit"), auditJson},
            {QStringLiteral("views"), views},
            {QStringLiteral("layout"),
             QJsonObject{
                 {QStringLiteral("state"), QString::fromLatin1(windowState.toBase64())},
                 {QStringLiteral("geometry"), QString::fromLatin1(windowGeometry.toBase64())}}}};
}

Result<Project> Project::fromJson(const QJsonObject& json, const QString& projectDir,
                                  const QString& path) {
    JsonFields top(json);
    QString format;
    top.text("format", format);
    if (format != formatTag)
        return fail(ErrorCode::Format,
                    Tr::tr("not a cxrfair project (no \"format\": \"%1\")").arg(formatTag), path);
    int version = formatVersion;
    top.whole("version", version, 1, 1000000);
    if (version > formatVersion)
        return fail(ErrorCode::Format,
                    Tr::tr("the project has format version %1; this cxrfair reads up to %2: "
                           "update cxrfair")
                        .arg(version)
                        .arg(formatVersion),
                    path);
    const QDir dir(projectDir);
    Project p;
    const QJsonArray list = top.array("datasets").value_or(QJsonArray{});
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString where = QStringLiteral("datasets[%1]").arg(i);
        if (!list[i].isObject())
            return fail(ErrorCode::InvalidValue,
                        Tr::tr("\"%1\" must be an object ({...})").arg(where), path);
        auto dataset = datasetFromJson(list[i].toObject(), where, dir, path);
        if (!dataset)
            return std::unexpected(dataset.error());
        p.datasets.push_back(std::move(*dataset));
    }
    top.whole("current", p.current, -1, int(p.datasets.size()) - 1);
    if (auto prompts = top.object("prompts")) {
        auto read = PromptSet::fromJson(*prompts, path);
        if (!read)
            return std::unexpected(read.error());
        p.prompts = *read;
    }
    auto audit = AuditSettings::fromJson(top.object("audit").value_or(QJsonObject{}), path);
    if (!audit) {
        Error e = audit.error();
        e.file = path;
        return std::unexpected(e);
    }
    p.audit = *audit;
    p.audit.store = absolute(dir, p.audit.store);
    p.audit.published.folder = absolute(dir, p.audit.published.folder);
    p.views = top.object("views").value_or(QJsonObject{}); // the window's own choices
    JsonFields layout(top.object("layout").value_or(QJsonObject{}), QStringLiteral("layout"));
    QString state;
    QString geometry;
    layout.text("state", state);
    layout.text("geometry", geometry);
    p.windowState = QByteArray::fromBase64(state.toLatin1());
    p.windowGeometry = QByteArray::fromBase64(geometry.toLatin1());
    for (const JsonFields* fields : {&layout, &top})
        if (auto done = fields->finish(path); !done)
            return std::unexpected(done.error());
    return p;
}

Result<void> Project::write(const QString& path) const {
    return writeFileContents(path, QJsonDocument(toJson(QFileInfo(path).absolutePath())).toJson());
}

Result<Project> Project::read(const QString& path) {
    auto json = readJsonObjectFile(path);
    if (!json)
        return std::unexpected(json.error());
    return fromJson(*json, QFileInfo(path).absolutePath(), path);
}

} // namespace cxrfair
