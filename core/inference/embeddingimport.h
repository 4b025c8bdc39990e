#pragma once

#include "common/error.h"
#include "inference/embeddingstore.h"

#include <QString>

namespace cxrfair {

/// Embeddings computed elsewhere: an `.npy` array (one row per image) and a CSV aligned with
/// its rows that names each image (a cxrfair keys file, or the study's metadata CSV).
struct EmbeddingImportRequest {
    QString npyPath;
    QString keysPath;
    QString idColumn; ///< empty: the first of sample_id, dicom_id, Image Index, image_id, path
    QString name;     ///< the model's name; empty: the array file's name
    QString storeDir; ///< the store to add them to
};

struct EmbeddingImportSummary {
    SegmentInfo info; ///< an "embeddings only" segment; its hash is the array file's
    qint64 rows = 0;
    QString segmentPath;
};

/// The segment the import of `request` writes (no file is read but the array's bytes, for its
/// hash).
SegmentInfo importedSegmentInfo(const EmbeddingImportRequest& request, int dim);

/// Adds the array to the store as an "embeddings only" model. Errors name the file, line and
/// column: an empty or repeated image id, or keys not aligned row for row with the array.
/// Importing the same file again adds nothing.
Result<EmbeddingImportSummary> importEmbeddings(const EmbeddingImportRequest& request);

/// The SHA-256 of a file's bytes in hexadecimal (empty when it cannot be read).
QString fileSha256(const QString& path);

} // namespace cxrfair
