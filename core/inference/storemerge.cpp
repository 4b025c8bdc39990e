#include "inference/storemerge.h"

#include "inference/storesamples.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace cxrfair {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cxrfair::StoreMerge)
};

QString describe(const std::vector<SegmentInfo>& segments) {
    QStringList names;
    for (const SegmentInfo& s : segments)
        names << s.folderName();
    return names.isEmpty() ? Tr::tr("no embeddings") : names.join(QStringLiteral(", "));
}

/// Whether two stores hold the same models with the same preprocessing.
bool sameSegments(const std::vector<SegmentInfo>& a, const std::vector<SegmentInfo>& b) {
    if (a.size() != b.size())
        return false;
    for (const SegmentInfo& s : a) {
        bool found = false;
        for (const SegmentInfo& t : b)
            found = found || (s.folderName() == t.folderName() && s.modelHash == t.modelHash &&
                              s.preprocessing == t.preprocessing && s.dim == t.dim);
        if (!found)
            return false;
    }
    return true;
}

bool sameBytes(const QString& a, const QString& b) {
    QFile fa(a), fb(b);
    if (!fa.open(QIODevice::ReadOnly) || !fb.open(QIODevice::ReadOnly) || fa.size() != fb.size())
        return false;
    while (!fa.atEnd())
        if (fa.read(1 << 20) != fb.read(1 << 20))
            return false;
    return true;
}

/// Copies `from` into `folder`, under another name when a different file has its name.
Result<bool> copyInto(const QString& from, const QString& folder) {
    const QFileInfo info(from);
    QString to = QDir(folder).filePath(info.fileName());
    for (int i = 2; QFile::exists(to); ++i) {
        if (sameBytes(from, to))
            return false; // already there
        to = QDir(folder).filePath(
            QStringLiteral("%1.%2.%3").arg(info.completeBaseName()).arg(i).arg(info.suffix()));
    }
    if (!QFile::copy(from, to))
        return fail(ErrorCode::Io, Tr::tr("cannot copy %1 into the merged store").arg(from), to);
    return true;
}

} // namespace

Result<StoreMergeSummary> mergeStores(const QStringList& sources, const QString& target) {
    if (sources.isEmpty())
        return fail(ErrorCode::InvalidArgument, Tr::tr("no store to merge"));
    std::vector<SegmentInfo> reference;
    QString referenceStore;
    std::optional<StoreSamples> samples;
    QStringList stores = sources;
    if (QFileInfo::exists(QDir(target).filePath(QStringLiteral("samples.csv.gz"))))
        stores.prepend(target); // a merge into an existing store must fit it too
    for (const QString& store : stores) {
        auto segments = EmbeddingStore::segments(store);
        if (!segments)
            return std::unexpected(segments.error());
        if (referenceStore.isEmpty()) {
            reference = *segments;
            referenceStore = store;
        } else if (!sameSegments(reference, *segments)) {
            return fail(ErrorCode::InvalidArgument,
                        Tr::tr("%1 holds %2, but %3 holds %4: stores of different models or "
                               "preprocessing cannot be merged")
                            .arg(store, describe(*segments), referenceStore, describe(reference)),
                        store);
        }
        auto own = readStoreSamples(store);
        if (!own)
            return std::unexpected(own.error());
        if (!samples) {
            samples = std::move(*own);
        } else if (own->datasetRoot != samples->datasetRoot ||
                   own->datasetFormat != samples->datasetFormat ||
                   own->sampleIds != samples->sampleIds) {
            return fail(ErrorCode::InvalidArgument,
                        Tr::tr("%1 was made for %2 (%3 images), but %4 for %5 (%6 images): "
                               "stores of different datasets or cohort settings cannot be merged")
                            .arg(store, own->datasetRoot)
                            .arg(own->size())
                            .arg(referenceStore, samples->datasetRoot)
                            .arg(samples->size()),
                        store);
        }
    }
    if (auto written = writeStoreSamples(target, *samples); !written)
        return std::unexpected(written.error());
    StoreMergeSummary summary;
    for (const QString& store : sources) {
        if (QDir(store) == QDir(target))
            continue;
        for (const SegmentInfo& info : reference) {
            const QDir from(QDir(store).filePath(info.folderName()));
            const QString to = QDir(target).filePath(info.folderName());
            if (!QDir().mkpath(to))
                return fail(ErrorCode::Io, Tr::tr("cannot create the embedding store folder"), to);
            for (const QString& name :
                 from.entryList({QStringLiteral("segment.json"), QStringLiteral("part-*.bin"),
                                 QStringLiteral("failures*.csv")},
                                QDir::Files, QDir::Name)) {
                if (name == QStringLiteral("segment.json") &&
                    QFile::exists(QDir(to).filePath(name)))
                    continue;
                auto copied = copyInto(from.filePath(name), to);
                if (!copied)
                    return std::unexpected(copied.error());
                summary.partsCopied += *copied && name.startsWith(QStringLiteral("part-")) ? 1 : 0;
            }
        }
    }
    // Read back: every record checked, and each image counted once.
    for (const SegmentInfo& info : reference) {
        auto merged = EmbeddingStore::read(target, info);
        if (!merged)
            return std::unexpected(merged.error());
        summary.segments.push_back(info);
        summary.embeddings.push_back(merged->vectors.rows);
    }
    return summary;
}

} // namespace cxrfair
