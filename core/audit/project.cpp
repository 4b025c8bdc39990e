#include "audit/project.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

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

/// Applies `convert` to every path field of a source's JSON.
template <typename Convert>
QJsonObject convertPaths(QJsonObject source, Convert convert) {
    for (const char* field : pathFields) {
        const QString key = QLatin1String(field);
        if (source.contains(key))
            source[key] = convert(source[key].toString());
    }
    return source;
}

} // namespace

QJsonObject Project::toJson(const QString& projectDir) const {
    const QDir dir(projectDir);
    QJsonObject auditJson = audit.toJson();
    auditJson[QStringLiteral("store")] = relative(dir, audit.store);
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
    if (json.value(QStringLiteral("format")).toString() != formatTag)
        return fail(ErrorCode::Format,
                    Tr::tr("not a cxrfair project (no \"format\": \"%1\")").arg(formatTag), path);
    const int version = json.value(QStringLiteral("version")).toInt();
    if (version > formatVersion)
        return fail(ErrorCode::Format,
                    Tr::tr("the project has format version %1; this cxrfair reads up to %2: "
                           "update cxrfair")
                        .arg(version)
                        .arg(formatVersion),
                    path);
    const QDir dir(projectDir);
    Project p;
    const QJsonArray list = json.value(QStringLiteral("datasets")).toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject entry = list[i].toObject();
        auto source = DatasetSource::fromJson(
            convertPaths(entry.value(QStringLiteral("source")).toObject(),
                         [&](const QString& f) { return absolute(dir, f); }));
        if (!source)
            return fail(ErrorCode::Format,
                        Tr::tr("dataset %1: %2").arg(i + 1).arg(source.error().message), path);
        auto settings =
            CohortSettings::fromJson(entry.value(QStringLiteral("settings")).toObject());
        if (!settings)
            return fail(ErrorCode::Format,
                        Tr::tr("dataset %1: %2").arg(i + 1).arg(settings.error().message), path);
        ProjectDataset d{*source, *settings, {}, {}, {}};
        for (const QJsonValue& c : entry.value(QStringLiteral("conditions")).toArray())
            d.conditions << c.toString();
        for (const QJsonValue& m : entry.value(QStringLiteral("models")).toArray())
            d.models << absolute(dir, m.toString());
        for (const QJsonValue& value : entry.value(QStringLiteral("embeddings")).toArray()) {
            const QJsonObject e = value.toObject();
            const QString array = e.value(QStringLiteral("array")).toString();
            const QString keys = e.value(QStringLiteral("keys")).toString();
            if (array.isEmpty() || keys.isEmpty())
                return fail(ErrorCode::Format,
                            Tr::tr("dataset %1: imported embeddings need \"array\" and \"keys\"")
                                .arg(i + 1),
                            path);
            d.embeddings.push_back({absolute(dir, array), absolute(dir, keys),
                                    e.value(QStringLiteral("id_column")).toString(),
                                    e.value(QStringLiteral("name")).toString()});
        }
        p.datasets.push_back(std::move(d));
    }
    p.current = json.value(QStringLiteral("current")).toInt(-1);
    if (json.contains(QStringLiteral("prompts"))) {
        auto prompts = PromptSet::fromJson(json.value(QStringLiteral("prompts")).toObject(), path);
        if (!prompts)
            return std::unexpected(prompts.error());
        p.prompts = *prompts;
    }
    auto audit = AuditSettings::fromJson(json.value(QStringLiteral("audit")).toObject());
    if (!audit) {
        Error e = audit.error();
        e.file = path;
        return std::unexpected(e);
    }
    p.audit = *audit;
    p.audit.store = absolute(dir, p.audit.store);
    p.views = json.value(QStringLiteral("views")).toObject();
    const QJsonObject layout = json.value(QStringLiteral("layout")).toObject();
    p.windowState =
        QByteArray::fromBase64(layout.value(QStringLiteral("state")).toString().toLatin1());
    p.windowGeometry =
        QByteArray::fromBase64(layout.value(QStringLiteral("geometry")).toString().toLatin1());
    return p;
}

Result<void> Project::write(const QString& path) const {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(ErrorCode::Io, file.errorString(), path);
    file.write(QJsonDocument(toJson(QFileInfo(path).absolutePath())).toJson());
    if (!file.commit())
        return fail(ErrorCode::Io, file.errorString(), path);
    return {};
}

Result<Project> Project::read(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, file.errorString(), path);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return fail(
            ErrorCode::Format,
            Tr::tr("invalid JSON at byte %1: %2").arg(error.offset).arg(error.errorString()), path);
    return fromJson(doc.object(), QFileInfo(path).absolutePath(), path);
}

} // namespace cxrfair
