#include "inference/embeddingimport.h"

#include "data/csvreader.h"
#include "embedding/npy.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QHash>

namespace cxrfair {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cxrfair::EmbeddingImport)
};

Error keysError(ErrorCode code, const QString& message, const CsvReader& reader, int column) {
    return Error{code,
                 message,
                 reader.path(),
                 reader.line(),
                 column >= 0 ? QString::fromStdString(reader.header()[size_t(column)]) : QString(),
                 {},
                 {}};
}

} // namespace

QString fileSha256(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return QString::fromLatin1(hash.result().toHex());
}

SegmentInfo importedSegmentInfo(const EmbeddingImportRequest& request, int dim) {
    SegmentInfo info;
    info.model =
        request.name.isEmpty() ? QFileInfo(request.npyPath).completeBaseName() : request.name;
    info.modelHash = QStringLiteral("npy-") + fileSha256(request.npyPath);
    info.dim = dim;
    info.embeddingsOnly = true;
    return info;
}

Result<EmbeddingImportSummary> importEmbeddings(const EmbeddingImportRequest& request) {
    auto matrix = readNpy(request.npyPath);
    if (!matrix)
        return std::unexpected(matrix.error());
    auto reader = CsvReader::open(request.keysPath);
    if (!reader)
        return std::unexpected(reader.error());
    int idColumn = -1;
    if (!request.idColumn.isEmpty()) {
        auto column = reader->requireColumn(request.idColumn.toStdString());
        if (!column)
            return std::unexpected(column.error());
        idColumn = *column;
    } else {
        idColumn = reader->columnIndexOfAny(
            {"sample_id", "dicom_id", "Image Index", "image_id", "path", "Path"});
        if (idColumn < 0)
            return std::unexpected(Error{ErrorCode::MissingColumn,
                                         Tr::tr("no image id column (sample_id, dicom_id, Image "
                                                "Index, image_id, path or Path); name it"),
                                         request.keysPath,
                                         1,
                                         {},
                                         {},
                                         {}});
    }
    const int pathColumn = reader->columnIndexOfAny({"path", "Path"});
    std::vector<ImageKey> keys;
    QHash<QString, qint64> seen;
    while (reader->next()) {
        ImageKey key;
        key.sampleId = QString::fromUtf8(reader->field(idColumn));
        key.path = pathColumn >= 0 ? QString::fromUtf8(reader->field(pathColumn)) : key.sampleId;
        if (key.sampleId.isEmpty())
            return std::unexpected(
                keysError(ErrorCode::InvalidValue, Tr::tr("an empty image id"), *reader, idColumn));
        if (seen.contains(key.sampleId))
            return std::unexpected(keysError(ErrorCode::InvalidValue,
                                             Tr::tr("image '%1' is listed twice (first on line %2)")
                                                 .arg(key.sampleId)
                                                 .arg(seen.value(key.sampleId)),
                                             *reader, idColumn));
        seen.insert(key.sampleId, reader->line());
        keys.push_back(std::move(key));
    }
    if (reader->error())
        return std::unexpected(*reader->error());
    if (qint64(keys.size()) != matrix->rows)
        return std::unexpected(Error{ErrorCode::Format,
                                     Tr::tr("%1 rows of keys for %2 embeddings: the files must be "
                                            "aligned row for row")
                                         .arg(keys.size())
                                         .arg(matrix->rows),
                                     request.keysPath,
                                     -1,
                                     {},
                                     {},
                                     {}});
    EmbeddingImportSummary summary;
    summary.info = importedSegmentInfo(request, int(matrix->cols));
    auto store = EmbeddingStore::openForWriting(request.storeDir, summary.info);
    if (!store)
        return std::unexpected(store.error());
    if (auto added = store->append(keys, *matrix); !added)
        return std::unexpected(added.error());
    summary.rows = matrix->rows;
    summary.segmentPath = store->segmentPath();
    return summary;
}

} // namespace cxrfair
