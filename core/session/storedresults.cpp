#include "session/storedresults.h"

#include "common/binaryarchive.h"
#include "common/filecontents.h"
#include "inference/imagekey.h"
#include "session/analysisarchive.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <zlib.h>

namespace cxrfair {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cxrfair::StoredResults)
};

constexpr char kMagic[8] = {'C', 'X', 'R', 'F', 'R', 'E', 'S', '\n'};

/// A file's path, size and modification time (the store's identity of an image): what says
/// it changed.
QJsonValue fileStamp(const QString& path) {
    ImageKey key;
    key.path = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    key.stat();
    return key.identity();
}

/// The stamps of every file under `folder` (a model bundle), in name order.
QJsonArray folderStamps(const QString& folder) {
    QStringList files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    QJsonArray stamps;
    for (const QString& f : files)
        stamps.append(fileStamp(f));
    return stamps;
}

/// The segment's parts as they are now (they grow when images are encoded, shrink when a
/// damaged record is cut out).
QByteArray segmentSignature(const QString& segmentPath) {
    QJsonArray stamps;
    const QDir dir(segmentPath);
    for (const QString& name :
         dir.entryList({QStringLiteral("part-*.bin"), QStringLiteral("segment.json")}, QDir::Files,
                       QDir::Name))
        stamps.append(fileStamp(dir.filePath(name)));
    return QCryptographicHash::hash(QJsonDocument(stamps).toJson(QJsonDocument::Compact),
                                    QCryptographicHash::Sha256);
}

QString segmentOf(const Analysis& analysis) {
    if (analysis.inference && !analysis.inference->segmentPath.isEmpty())
        return analysis.inference->segmentPath;
    return analysis.embeddings ? analysis.embeddings->segmentPath : QString();
}

std::uint32_t checksum(const char* data, qint64 size) {
    uLong crc = crc32(0, nullptr, 0);
    // zlib takes at most 4 GiB a call.
    for (qint64 done = 0; done < size;) {
        const qint64 n = std::min<qint64>(size - done, qint64(1) << 30);
        crc = crc32(crc, reinterpret_cast<const Bytef*>(data + done), uInt(n));
        done += n;
    }
    return std::uint32_t(crc);
}

struct Header {
    QByteArray magic;
    std::uint32_t format = 0;
    QByteArray fingerprint;
    QString segmentPath;
    QByteArray segment;
    qint64 computedMs = 0;
    qint64 bodySize = 0;
    std::uint32_t bodyChecksum = 0;
};

template <class A>
void archiveFields(A& a, Header& h) {
    a(h.magic, h.format, h.fingerprint, h.segmentPath, h.segment, h.computedMs, h.bodySize,
      h.bodyChecksum);
}

} // namespace

StoredResultsKey storedResultsKey(const Cohort& cohort, const QString& storeDir,
                                  const StudyModel& model, const StudySettings& settings) {
    QJsonArray tables;
    for (const QString& file : cohort.report().filesRead)
        tables.append(fileStamp(file));
    QJsonObject modelJson{{QStringLiteral("key"), model.key()}};
    if (model.import) {
        modelJson.insert(QStringLiteral("array"), fileStamp(model.import->npyPath));
        modelJson.insert(QStringLiteral("keys"), fileStamp(model.import->keysPath));
        modelJson.insert(QStringLiteral("idColumn"), model.import->idColumn);
        modelJson.insert(QStringLiteral("name"), model.import->name);
    } else {
        modelJson.insert(QStringLiteral("files"), folderStamps(model.bundlePath));
    }
    const QJsonObject inputs{
        {QStringLiteral("format"), qint64(kStoredResultsFormat)},
        {QStringLiteral("version"), QStringLiteral(CXRFAIR_VERSION)},
        {QStringLiteral("source"), cohort.source().toJson()},
        {QStringLiteral("cohort"), cohort.settings().toJson()},
        {QStringLiteral("tables"), tables},
        {QStringLiteral("rows"), qint64(cohort.size())},
        {QStringLiteral("missingImages"), cohort.report().missingImages},
        {QStringLiteral("audit"), settings.audit.toJson()},
        {QStringLiteral("prompts"), settings.prompts.toJson()},
        {QStringLiteral("conditions"), QJsonArray::fromStringList(settings.conditions)},
        {QStringLiteral("match"), QJsonArray::fromStringList(settings.match)},
        {QStringLiteral("attributesRequired"), settings.attributesRequired},
        {QStringLiteral("model"), modelJson}};
    StoredResultsKey key;
    key.fingerprint = QCryptographicHash::hash(QJsonDocument(inputs).toJson(QJsonDocument::Compact),
                                               QCryptographicHash::Sha256);
    const QString name =
        QString::fromLatin1(QCryptographicHash::hash(
                                QDir::cleanPath(QFileInfo(model.key()).absoluteFilePath()).toUtf8(),
                                QCryptographicHash::Sha1)
                                .toHex()
                                .left(16));
    key.file = QDir(storeDir).filePath(QStringLiteral("results/%1.results").arg(name));
    return key;
}

Result<void> storeResults(const StoredResultsKey& key, const Analysis& analysis) {
    const QString segment = segmentOf(analysis);
    if (segment.isEmpty())
        return {};
    const QByteArray body = archiveAnalysis(analysis);
    Header header;
    header.magic = QByteArray(kMagic, sizeof kMagic);
    header.format = kStoredResultsFormat;
    header.fingerprint = key.fingerprint;
    header.segmentPath = segment;
    header.segment = segmentSignature(segment);
    header.computedMs = QDateTime::currentMSecsSinceEpoch();
    header.bodySize = body.size();
    header.bodyChecksum = checksum(body.constData(), body.size());
    QByteArray head;
    ArchiveWriter out(head);
    out(header);
    if (!QDir().mkpath(QFileInfo(key.file).absolutePath()))
        return fail(ErrorCode::Io, Tr::tr("cannot create the folder"),
                    QFileInfo(key.file).absolutePath());
    AtomicFileWriter file(key.file);
    if (auto opened = file.open(); !opened)
        return opened;
    file.write(head);
    file.write(body);
    return file.commit();
}

Result<RestoredResults> restoreResults(const StoredResultsKey& key) {
    QFile file(key.file);
    if (!file.exists())
        return fail(ErrorCode::Io, Tr::tr("no results are stored"), key.file);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io,
                    Tr::tr("cannot read the stored results: %1").arg(file.errorString()), key.file);
    const QByteArray bytes = file.readAll();
    ArchiveReader in(bytes.constData(), bytes.size());
    Header header;
    in(header.magic, header.format);
    if (!in.ok() || header.magic != QByteArray(kMagic, sizeof kMagic))
        return fail(ErrorCode::Format, Tr::tr("not a file of stored results"), key.file);
    if (header.format != kStoredResultsFormat)
        return fail(ErrorCode::Format,
                    Tr::tr("stored by another version of cxrfair (format %1, this one reads %2)")
                        .arg(header.format)
                        .arg(kStoredResultsFormat),
                    key.file);
    in(header.fingerprint, header.segmentPath, header.segment, header.computedMs, header.bodySize,
       header.bodyChecksum);
    if (!in.ok())
        return fail(ErrorCode::Format, Tr::tr("the stored results are damaged"), key.file);
    if (header.fingerprint != key.fingerprint)
        return fail(ErrorCode::InvalidValue,
                    Tr::tr("computed with other settings, prompts, tables or model files"),
                    key.file);
    if (header.segment != segmentSignature(header.segmentPath))
        return fail(ErrorCode::InvalidValue,
                    Tr::tr("the embedding store changed since they were computed"), key.file);
    const qint64 offset = bytes.size() - header.bodySize;
    if (header.bodySize != in.remaining() ||
        checksum(bytes.constData() + offset, header.bodySize) != header.bodyChecksum)
        return fail(ErrorCode::Format, Tr::tr("the stored results are damaged"), key.file);
    auto analysis = unarchiveAnalysis(
        QByteArray::fromRawData(bytes.constData() + offset, qsizetype(header.bodySize)), key.file);
    if (!analysis)
        return std::unexpected(analysis.error());
    analysis->deriveViewData();
    return RestoredResults{std::move(*analysis), QDateTime::fromMSecsSinceEpoch(header.computedMs)};
}

} // namespace cxrfair
