#include "inference/embeddingstore.h"

#include "common/filecontents.h"

#include "common/jsonfields.h"
#include "inference/storerecords.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace cxrfair {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cxrfair::EmbeddingStore)
};

const QString kSegmentFile = QStringLiteral("segment.json");

QStringList partFiles(const QString& segmentPath) {
    return QDir(segmentPath).entryList({QStringLiteral("part-*.bin")}, QDir::Files, QDir::Name);
}

Result<SegmentInfo> readSegmentInfo(const QString& segmentPath) {
    const QString path = QDir(segmentPath).filePath(kSegmentFile);
    auto json = readJsonObjectFile(path);
    if (!json)
        return std::unexpected(json.error());
    return SegmentInfo::fromJson(*json, path);
}

/// Rewrites the part file `path` with only its intact records (`spans`, in order): a torn
/// tail alone is cut off in place; damage in the middle makes a new file that replaces the old
/// one atomically.
Result<void> keepIntactRecords(const QString& path,
                               const std::vector<std::pair<qint64, qint64>>& spans,
                               qint64 intactEnd) {
    qint64 contiguous = 0;
    for (const auto& [offset, length] : spans) {
        if (offset != contiguous)
            break;
        contiguous += length;
    }
    if (contiguous == intactEnd) {
        if (!QFile::resize(path, intactEnd))
            return fail(ErrorCode::Io, Tr::tr("cannot cut off a torn record"), path);
        return {};
    }
    QFile source(path);
    if (!source.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io,
                    Tr::tr("cannot repair the embedding store: %1").arg(source.errorString()),
                    path);
    AtomicFileWriter target(path);
    if (auto opened = target.open(); !opened)
        return opened;
    QByteArray record;
    for (const auto& [offset, length] : spans) {
        record.resize(qsizetype(length));
        if (!source.seek(offset) || source.read(record.data(), length) != length)
            return fail(ErrorCode::Io,
                        Tr::tr("cannot repair the embedding store: %1").arg(source.errorString()),
                        path);
        target.write(record);
    }
    if (auto committed = target.commit(); !committed)
        return committed;
    return {};
}

} // namespace

QString SegmentInfo::folderName() const {
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]+"));
    QString name = model;
    name.replace(unsafe, QStringLiteral("_"));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(modelHash.toUtf8());
    hash.addData(QJsonDocument(preprocessing).toJson(QJsonDocument::Compact));
    return name.left(40) + QLatin1Char('-') + QString::fromLatin1(hash.result().toHex().left(16));
}

QJsonObject SegmentInfo::toJson() const {
    return QJsonObject{{QStringLiteral("format_version"), 1},
                       {QStringLiteral("model"), model},
                       {QStringLiteral("model_hash"), modelHash},
                       {QStringLiteral("preprocessing"), preprocessing},
                       {QStringLiteral("dim"), dim},
                       {QStringLiteral("embeddings_only"), embeddingsOnly}};
}

Result<SegmentInfo> SegmentInfo::fromJson(const QJsonObject& json, const QString& path) {
    SegmentInfo info;
    JsonFields fields(json);
    int version = 1;
    fields.whole("format_version", version, 1, 1);
    fields.text("model", info.model);
    fields.text("model_hash", info.modelHash);
    info.preprocessing = fields.object("preprocessing").value_or(QJsonObject{});
    fields.whole("dim", info.dim, 1, 1 << 20);
    fields.flag("embeddings_only", info.embeddingsOnly);
    if (auto done = fields.finish(path); !done)
        return std::unexpected(done.error());
    if (info.modelHash.isEmpty() || info.dim <= 0)
        return fail(ErrorCode::Format,
                    Tr::tr("not an embedding store segment (no model hash or dimension)"), path);
    return info;
}

struct EmbeddingStore::Impl {
    QString segmentPath;
    SegmentInfo info;
    QFile part;
    QSet<QString> identities;
    qint64 repaired = 0;
    std::vector<StoreDamage> damage;
};

EmbeddingStore::EmbeddingStore()
    : d(std::make_unique<Impl>()) {}
EmbeddingStore::EmbeddingStore(EmbeddingStore&&) noexcept = default;
EmbeddingStore& EmbeddingStore::operator=(EmbeddingStore&&) noexcept = default;
EmbeddingStore::~EmbeddingStore() = default;

const QString& EmbeddingStore::segmentPath() const {
    return d->segmentPath;
}
bool EmbeddingStore::contains(const QString& identity) const {
    return d->identities.contains(identity);
}
qint64 EmbeddingStore::size() const {
    return d->identities.size();
}
qint64 EmbeddingStore::repairedBytes() const {
    return d->repaired;
}
const std::vector<StoreDamage>& EmbeddingStore::damage() const {
    return d->damage;
}

Result<EmbeddingStore> EmbeddingStore::openForWriting(const QString& storeDir,
                                                      const SegmentInfo& info, int shardIndex,
                                                      int shardCount) {
    if (shardCount < 1 || shardIndex < 0 || shardIndex >= shardCount)
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("shard %1 of %2 does not exist").arg(shardIndex).arg(shardCount));
    EmbeddingStore store;
    Impl& s = *store.d;
    s.info = info;
    s.segmentPath = QDir(storeDir).filePath(info.folderName());
    if (!QDir().mkpath(s.segmentPath))
        return fail(ErrorCode::Io, Tr::tr("cannot create the embedding store folder"),
                    s.segmentPath);
    const QString infoPath = QDir(s.segmentPath).filePath(kSegmentFile);
    if (QFile::exists(infoPath)) {
        auto existing = readSegmentInfo(s.segmentPath);
        if (!existing)
            return std::unexpected(existing.error());
        if (existing->modelHash != info.modelHash || existing->dim != info.dim)
            return fail(ErrorCode::Format,
                        Tr::tr("the store segment holds another model (%1)").arg(existing->model),
                        infoPath);
    } else {
        if (auto written = writeFileContents(
                infoPath, QJsonDocument(info.toJson()).toJson(QJsonDocument::Indented));
            !written)
            return std::unexpected(written.error());
    }

    const QString ownPart = QStringLiteral("part-%1-of-%2.bin").arg(shardIndex).arg(shardCount);
    for (const QString& name : partFiles(s.segmentPath)) {
        const QString path = QDir(s.segmentPath).filePath(name);
        std::vector<std::pair<qint64, qint64>> spans;
        auto scan = scanStorePart(
            path, info.dim,
            [&](ImageKey&& key, const float*) { s.identities.insert(key.identity()); },
            [&](qint64 offset, qint64 length) { spans.emplace_back(offset, length); });
        if (!scan)
            return std::unexpected(scan.error());
        s.damage.insert(s.damage.end(), scan->damage.begin(), scan->damage.end());
        // Only this process writes its own part: damage there is cut out, so that the lost
        // images are encoded again and the part reads clean.
        if (name == ownPart && !scan->damage.empty()) {
            for (const StoreDamage& damage : scan->damage)
                s.repaired += damage.length;
            auto kept = keepIntactRecords(path, spans, scan->intactEnd);
            if (!kept)
                return std::unexpected(kept.error());
        }
    }
    s.part.setFileName(QDir(s.segmentPath).filePath(ownPart));
    if (!s.part.open(QIODevice::WriteOnly | QIODevice::Append))
        return fail(ErrorCode::Io,
                    Tr::tr("cannot write the embedding store: %1").arg(s.part.errorString()),
                    s.part.fileName());
    return store;
}

Result<void> EmbeddingStore::append(const std::vector<ImageKey>& keys, const FloatMatrix& vectors) {
    if (qint64(keys.size()) != vectors.rows || vectors.cols != d->info.dim)
        return fail(ErrorCode::Internal, Tr::tr("embeddings do not match their keys"),
                    d->part.fileName());
    QByteArray block;
    for (size_t i = 0; i < keys.size(); ++i) {
        QString identity = keys[i].identity();
        if (d->identities.contains(identity))
            continue;
        block.append(encodeStoreRecord(keys[i], vectors.row(qint64(i)), d->info.dim));
        d->identities.insert(identity);
    }
    if (d->part.write(block) != block.size() || !d->part.flush())
        return fail(ErrorCode::Io,
                    Tr::tr("cannot write the embedding store (is the disk full?): %1; what was "
                           "stored is kept, and the next run goes on from there")
                        .arg(d->part.errorString()),
                    d->part.fileName());
    return {};
}

Result<std::vector<SegmentInfo>> EmbeddingStore::segments(const QString& storeDir) {
    if (!QFileInfo(storeDir).isDir())
        return fail(ErrorCode::Io, Tr::tr("no embedding store here"), storeDir);
    std::vector<SegmentInfo> result;
    for (const QString& name :
         QDir(storeDir).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QString path = QDir(storeDir).filePath(name);
        if (!QFile::exists(QDir(path).filePath(kSegmentFile)))
            continue;
        auto info = readSegmentInfo(path);
        if (!info)
            return std::unexpected(info.error());
        result.push_back(*info);
    }
    return result;
}

Result<StoredEmbeddings> EmbeddingStore::read(const QString& storeDir, const SegmentInfo& info) {
    StoredEmbeddings stored;
    stored.info = info;
    stored.vectors.cols = info.dim;
    const QString segmentPath = QDir(storeDir).filePath(info.folderName());
    // Room for every record the parts can hold (each holds its vector and a key), so that
    // 770 MB of vectors are never copied to a larger buffer while they are read.
    qint64 bytes = 0;
    for (const QString& name : partFiles(segmentPath))
        bytes += QFileInfo(QDir(segmentPath).filePath(name)).size();
    const qint64 most = info.dim > 0 ? bytes / (qint64(info.dim) * qint64(sizeof(float))) : 0;
    stored.vectors.data.reserve(size_t(most) * size_t(std::max(0, info.dim)));
    stored.keys.reserve(size_t(most));
    stored.rowOfIdentity.reserve(most);
    stored.rowOfSample.reserve(most);
    for (const QString& name : partFiles(segmentPath)) {
        auto scan = scanStorePart(
            QDir(segmentPath).filePath(name), info.dim, [&](ImageKey&& key, const float* vector) {
                const QString identity = key.identity();
                if (stored.rowOfIdentity.contains(identity))
                    return;
                const qint64 row = qint64(stored.keys.size());
                stored.rowOfIdentity.insert(identity, row);
                stored.rowOfSample.insert(key.sampleId, row);
                stored.keys.push_back(std::move(key));
                stored.vectors.data.insert(stored.vectors.data.end(), vector, vector + info.dim);
            });
        if (!scan)
            return std::unexpected(scan.error());
        stored.damage.insert(stored.damage.end(), scan->damage.begin(), scan->damage.end());
    }
    stored.vectors.rows = qint64(stored.keys.size());
    return stored;
}

Result<StoredEmbeddings> EmbeddingStore::readModel(const QString& storeDir,
                                                   const QString& modelHash) {
    auto all = segments(storeDir);
    if (!all)
        return std::unexpected(all.error());
    QStringList names;
    for (const SegmentInfo& info : *all) {
        names << info.model;
        if (modelHash.isEmpty() ? all->size() == 1 : info.modelHash == modelHash)
            return read(storeDir, info);
    }
    if (all->empty())
        return fail(ErrorCode::Format, Tr::tr("the embedding store holds no embeddings yet"),
                    storeDir);
    return fail(ErrorCode::InvalidArgument,
                modelHash.isEmpty()
                    ? Tr::tr("the store holds several models (%1): name one")
                          .arg(names.join(QStringLiteral(", ")))
                    : Tr::tr("the store holds no embeddings of this model (it has: %1)")
                          .arg(names.join(QStringLiteral(", "))),
                storeDir);
}

} // namespace cxrfair
