#pragma once

#include "common/error.h"
#include "embedding/npy.h"
#include "inference/imagekey.h"
#include "inference/storerecords.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

#include <memory>
#include <vector>

namespace cxrfair {

/// What a store segment holds embeddings of: one model (by content hash) with one
/// preprocessing. An "embeddings only" segment holds arrays computed elsewhere.
struct SegmentInfo {
    QString model;     ///< display name
    QString modelHash; ///< the bundle's content hash, or the imported file's hash
    QJsonObject preprocessing;
    int dim = 0;
    bool embeddingsOnly = false;

    /// The segment's folder name: the model's name and a hash of model and preprocessing.
    QString folderName() const;
    QJsonObject toJson() const;
    static Result<SegmentInfo> fromJson(const QJsonObject& json, const QString& path);
};

/// Embeddings in memory: one row per image, keys aligned with rows.
struct StoredEmbeddings {
    SegmentInfo info;
    std::vector<ImageKey> keys;
    FloatMatrix vectors;
    QHash<QString, qint64> rowOfIdentity;
    QHash<QString, qint64> rowOfSample; ///< the latest row of each sample id
    /// Damaged or torn regions that reading skipped (their records are lost; the rest read).
    std::vector<StoreDamage> damage;
};

/// An embedding store is a folder; each model x preprocessing has a segment folder in it, and
/// each writing process its own append-only part file there (`part-I-of-N.bin`, one per shard),
/// so shards never write the same file and a merge is a copy. A record is framed by a magic
/// number and length and checked by a CRC-32, each on its own: a damaged record (a flipped
/// byte, a torn tail left by a killed process) costs that record only. Readers skip it and
/// report it; the next writer of that part cuts it out, so a resumed run encodes exactly the
/// lost images again and the store has no corrupt or duplicated entries.
class EmbeddingStore {
public:
    /// Opens (creating if needed) the segment of `info` in `storeDir` for writing to the part
    /// file of shard `shardIndex` of `shardCount`, and indexes what every part holds.
    static Result<EmbeddingStore> openForWriting(const QString& storeDir, const SegmentInfo& info,
                                                 int shardIndex = 0, int shardCount = 1);

    EmbeddingStore(EmbeddingStore&&) noexcept;
    EmbeddingStore& operator=(EmbeddingStore&&) noexcept;
    ~EmbeddingStore();

    const QString& segmentPath() const;
    bool contains(const QString& identity) const;
    qint64 size() const; ///< distinct images stored (all parts)
    /// Bytes of damaged or torn records cut out of this process's part when it was opened.
    qint64 repairedBytes() const;
    /// Every damaged region found when opening (this part's, now cut out, and other parts').
    const std::vector<StoreDamage>& damage() const;

    /// Appends one embedding per key (rows of `vectors`) and flushes them to the operating
    /// system, so that they survive the process being killed. Keys already stored are skipped.
    Result<void> append(const std::vector<ImageKey>& keys, const FloatMatrix& vectors);

    /// Every segment in `storeDir`.
    static Result<std::vector<SegmentInfo>> segments(const QString& storeDir);
    /// Reads a whole segment (all parts; each image once, the first record kept).
    static Result<StoredEmbeddings> read(const QString& storeDir, const SegmentInfo& info);
    /// Reads the segment for the model `modelHash`, or the only segment when `modelHash` is
    /// empty; an error lists the segments when there is no such one.
    static Result<StoredEmbeddings> readModel(const QString& storeDir, const QString& modelHash);

private:
    EmbeddingStore();
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace cxrfair
