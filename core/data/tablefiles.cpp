#include "data/tablefiles.h"

#include <QFileInfo>

namespace cxrfair {

QString findTable(const QDir& dir, const QString& baseName) {
    for (const QString& suffix : {QStringLiteral(".csv"), QStringLiteral(".csv.gz")}) {
        const QString path = dir.filePath(baseName + suffix);
        if (QFileInfo(path).isFile())
            return path;
    }
    return {};
}

QString findAnyTable(const QDir& dir, const QStringList& baseNames) {
    for (const QString& name : baseNames) {
        if (QString path = findTable(dir, name); !path.isEmpty())
            return path;
    }
    return {};
}

QString tableCandidates(const QDir& dir, const QString& baseName) {
    return dir.filePath(baseName + QStringLiteral(".csv[.gz]"));
}

} // namespace cxrfair
