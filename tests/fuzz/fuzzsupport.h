#pragma once

// What every fuzz target shares: the input written to a file in a private temporary folder, as
// the readers take files.

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

namespace cxrfair::fuzz {

/// The process's scratch folder (removed at exit).
inline const QDir& scratch() {
    static QTemporaryDir dir;
    static const QDir path(dir.path());
    return path;
}

/// Writes `size` bytes to `name` in the scratch folder (creating its folders) and returns the
/// path.
inline QString writeInput(const std::uint8_t* data, std::size_t size, const QString& name) {
    const QString path = scratch().filePath(name);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    file.write(reinterpret_cast<const char*>(data), qint64(size));
    return path;
}

inline QByteArray bytesOf(const std::uint8_t* data, std::size_t size) {
    return QByteArray(reinterpret_cast<const char*>(data), qsizetype(size));
}

} // namespace cxrfair::fuzz
