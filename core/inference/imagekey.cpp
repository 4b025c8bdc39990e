#include "inference/imagekey.h"

#include <QDateTime>
#include <QFileInfo>

namespace cxrfair {

QString ImageKey::identity() const {
    return path + QLatin1Char('\t') + QString::number(size) + QLatin1Char('\t') +
           QString::number(modifiedMs);
}

bool ImageKey::stat() {
    const QFileInfo info(path);
    if (!info.isFile()) {
        size = -1;
        modifiedMs = -1;
        return false;
    }
    size = info.size();
    modifiedMs = info.lastModified().toMSecsSinceEpoch();
    return true;
}

std::uint64_t stableKeyHash(const QString& sampleId) {
    std::uint64_t hash = 14695981039346656037ull;
    for (const char byte : sampleId.toUtf8()) {
        hash ^= std::uint8_t(byte);
        hash *= 1099511628211ull;
    }
    return hash;
}

} // namespace cxrfair
