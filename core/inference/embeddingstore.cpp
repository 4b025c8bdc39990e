#include "inference/embeddingstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>

#include <zlib.h>

#include <cstring>
#include <functional>

namespace cxrfair {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cxrfair::EmbeddingStore)
};

constexpr std::uint32_t kMagic = 0x31455843; // "CXE1" little-endian
const QString kSegmentFile = QStringLiteral("segment.json");

template <class T>
void put(QByteArray& out, T value) {
    out.append(reinterpret_cast<const char*>(&value), sizeof value);
}

void putString(QByteArray& out, const QString& text) {
    const QByteArray utf8 = text.toUtf8();
    put(out, std::uint32_t(utf8.size()));
    out.append(utf8);
}

class PayloadReader {
public:
    explicit PayloadReader(const QByteArray& bytes)
        : m_bytes(bytes) {}
    template <class T>
    bool get(T& value) {
        if (m_pos + qsizetype(sizeof value) > m_bytes.size())
            return false;
        std::memcpy(&value, m_bytes.constData() + m_pos, sizeof value);
        m_pos += sizeof value;
        return true;
    }
    bool getString(QString& text) {
        std::uint32_t n = 0;
        if (!get(n) || m_pos + qsizetype(n) > m_bytes.size())
            return false;
        text = QString::fromUtf8(m_bytes.constData() + m_pos, n);
        m_pos += n;
        return true;
    }
    const char* here() const { return m_bytes.constData() + m_pos; }
    qsizetype left() const { return m_bytes.size() - m_pos; }

private:
    const QByteArray& m_bytes;
    qsizetype m_pos = 0;
};

QByteArray encodeRecord(const ImageKey& key, const float* vector, int dim) {
    QByteArray payload;
    putString(payload, key.path);
    putString(payload, key.sampleId);
    put(payload, qint64(key.size));
    put(payload, qint64(key.modifiedMs));
    put(payload, std::uint32_t(dim));
    payload.append(reinterpret_cast<const char*>(vector),
                   qsizetype(dim) * qsizetype(sizeof(float)));
    QByteArray record;
    record.reserve(payload.size() + 12);
    put(record, kMagic);
    put(record, std::uint32_t(payload.size()));
    record.append(payload);
    put(record, std::uint32_t(crc32(0, reinterpret_cast<const Bytef*>(payload.constData()),
                                    uInt(payload.size()))));
    return record;
}

/// Reads the records of one part file in order, stopping at the first torn or corrupt one.
/// Returns the offset just past the last good record.
Result<qint64> scanPart(const QString& path, int dim,
                        const std::function<void(ImageKey&&, const float*)>& onRecord) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io,
                    Tr::tr("cannot read the embedding store: %1").arg(file.errorString()), path);
    qint64 good = 0;
    QByteArray payload;
    for (;;) {
        std::uint32_t header[2];
        if (file.read(reinterpret_cast<char*>(header), sizeof header) != qint64(sizeof header))
            break;
        if (header[0] != kMagic || header[1] > (64u << 20))
            break;
        payload.resize(header[1]);
        if (file.read(payload.data(), payload.size()) != payload.size())
            break;
        std::uint32_t crc = 0;
        if (file.read(reinterpret_cast<char*>(&crc), sizeof crc) != qint64(sizeof crc))
            break;
        if (crc != std::uint32_t(crc32(0, reinterpret_cast<const Bytef*>(payload.constData()),
                                       uInt(payload.size()))))
            break;
        PayloadReader reader(payload);
        ImageKey key;
        std::uint32_t recordDim = 0;
        if (!reader.getString(key.path) || !reader.getString(key.sampleId) ||
            !reader.get(key.size) || !reader.get(key.modifiedMs) || !reader.get(recordDim) ||
            recordDim != std::uint32_t(dim) ||
            reader.left() != qsizetype(dim) * qsizetype(sizeof(float)))
            break;
        good = file.pos();
        onRecord(std::move(key), reinterpret_cast<const float*>(reader.here()));
    }
    return good;
}

QStringList partFiles(const QString& segmentPath) {
    return QDir(segmentPath).entryList({QStringLiteral("part-*.bin")}, QDir::Files, QDir::Name);
}

Result<SegmentInfo> readSegmentInfo(const QString& segmentPath) {
    const QString path = QDir(segmentPath).filePath(kSegmentFile);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, Tr::tr("cannot read: %1").arg(file.errorString()), path);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError)
        return fail(ErrorCode::Format, Tr::tr("not valid JSON: %1").arg(error.errorString()), path);
    return SegmentInfo::fromJson(doc.object(), path);
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
    info.model = json.value(QStringLiteral("model")).toString();
    info.modelHash = json.value(QStringLiteral("model_hash")).toString();
    info.preprocessing = json.value(QStringLiteral("preprocessing")).toObject();
    info.dim = json.value(QStringLiteral("dim")).toInt(0);
    info.embeddingsOnly = json.value(QStringLiteral("embeddings_only")).toBool(false);
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
        QSaveFile file(infoPath);
        if (!file.open(QIODevice::WriteOnly))
            return fail(ErrorCode::Io, file.errorString(), infoPath);
        file.write(QJsonDocument(info.toJson()).toJson(QJsonDocument::Indented));
        if (!file.commit())
            return fail(ErrorCode::Io, file.errorString(), infoPath);
    }

    const QString ownPart = QStringLiteral("part-%1-of-%2.bin").arg(shardIndex).arg(shardCount);
    for (const QString& name : partFiles(s.segmentPath)) {
        const QString path = QDir(s.segmentPath).filePath(name);
        auto good = scanPart(path, info.dim, [&](ImageKey&& key, const float*) {
            s.identities.insert(key.identity());
        });
        if (!good)
            return std::unexpected(good.error());
        if (name == ownPart) {
            // Only this process writes this part: a torn tail is from a killed earlier run.
            const qint64 size = QFileInfo(path).size();
            if (*good < size) {
                s.repaired = size - *good;
                if (!QFile::resize(path, *good))
                    return fail(ErrorCode::Io, Tr::tr("cannot cut off a torn record"), path);
            }
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
        block.append(encodeRecord(keys[i], vectors.row(qint64(i)), d->info.dim));
        d->identities.insert(identity);
    }
    if (d->part.write(block) != block.size() || !d->part.flush())
        return fail(ErrorCode::Io,
                    Tr::tr("cannot write the embedding store: %1").arg(d->part.errorString()),
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
    for (const QString& name : partFiles(segmentPath)) {
        auto good = scanPart(
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
        if (!good)
            return std::unexpected(good.error());
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
