#pragma once

#include <QString>

#include <cstdint>

namespace cxrfair {

/// What identifies an encoded image: its file (absolute path, size, modification time) and
/// the dataset's sample id. A file that changes gets a new identity and is encoded again.
struct ImageKey {
    QString path;
    QString sampleId;
    qint64 size = -1;
    qint64 modifiedMs = -1; ///< modification time, milliseconds since the epoch (UTC)

    /// "path<TAB>size<TAB>mtime": the store's lookup key.
    QString identity() const;
    /// Fills size and modification time from the file system; false when the file is missing.
    bool stat();
};

/// A hash of `sampleId` that does not change between runs, machines or Qt versions (FNV-1a
/// over its UTF-8 bytes): `--shard i/N` takes the images whose hash is i modulo N.
std::uint64_t stableKeyHash(const QString& sampleId);

} // namespace cxrfair
