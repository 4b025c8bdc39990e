// The embedding store's reader on any part file: damaged records are skipped and reported,
// and every record read back is whole.
#include "fuzzsupport.h"

#include "inference/embeddingstore.h"

#include <QJsonDocument>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace cxrfair;
    SegmentInfo info;
    info.model = QStringLiteral("fuzz");
    info.modelHash = QStringLiteral("f00d");
    info.dim = 4;
    const QString store = fuzz::scratch().filePath(QStringLiteral("store"));
    const QString segment = QDir(store).filePath(info.folderName());
    static const bool made = [&] {
        QDir().mkpath(segment);
        QFile json(QDir(segment).filePath(QStringLiteral("segment.json")));
        return json.open(QIODevice::WriteOnly) &&
               json.write(QJsonDocument(info.toJson()).toJson()) > 0;
    }();
    if (!made)
        qFatal("cannot make the store");
    fuzz::writeInput(data, size,
                     QStringLiteral("store/") + info.folderName() +
                         QStringLiteral("/part-0-of-1.bin"));
    auto stored = EmbeddingStore::read(store, info);
    if (!stored || stored->vectors.data.size() != stored->keys.size() * 4)
        __builtin_trap();
    return 0;
}
