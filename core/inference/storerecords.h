#pragma once

#include "common/error.h"
#include "inference/imagekey.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <vector>

namespace cxrfair {

/// A region of a store part file that holds no intact record: damaged bytes (a flipped bit, a
/// disk error) or the torn tail a killed writer leaves. Reading goes on after it.
struct StoreDamage {
    QString partPath;
    qint64 offset = 0; ///< the region's first byte
    qint64 length = 0; ///< bytes skipped
    /// Records lost in the region (at least one): the record headers it holds, or its length
    /// over the mean record size when that is more (a header damaged too).
    qint64 recordsLost = 0;
    bool atEnd = false; ///< the region runs to the end of the file: a torn last record

    /// "STORE/SEGMENT/part-0-of-1.bin: 812 bytes damaged at offset 40960 (1 record lost)".
    QString describe() const;
};

/// The records lost in all of `damage`.
qint64 recordsLost(const std::vector<StoreDamage>& damage);

/// What scanning one part file found.
struct PartScan {
    qint64 records = 0;              ///< intact records
    qint64 intactEnd = 0;            ///< the offset just past the last intact record
    std::vector<StoreDamage> damage; ///< in file order
};

/// One record of the store: magic number, payload length, payload (the key's path and sample
/// id, size, modification time, dimension, the float32 vector), CRC-32 of the payload.
QByteArray encodeStoreRecord(const ImageKey& key, const float* vector, int dim);

using StoreRecordVisitor = std::function<void(ImageKey&&, const float* vector)>;
/// Called with the offset and length of each intact record, in order.
using StoreRecordSpanVisitor = std::function<void(qint64 offset, qint64 length)>;

/// Reads the records of the part file `path` in order. Each record is checked on its own (its
/// framing, its CRC, its dimension being `dim`); at a record that fails, reading resynchronises
/// on the next intact record, and the skipped region is reported in `damage`. Only a file that
/// cannot be opened is an error.
Result<PartScan> scanStorePart(const QString& path, int dim, const StoreRecordVisitor& onRecord,
                               const StoreRecordSpanVisitor& onSpan = {});

} // namespace cxrfair
