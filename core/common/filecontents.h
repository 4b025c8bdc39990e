#pragma once

#include "common/error.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>

namespace cxrfair {

/// The whole content of a small file, decompressed when its name ends in .gz (vocabularies,
/// manifests). Errors name the file.
Result<QByteArray> readFileContents(const QString& path);

/// The lines of a text file's content, as any editor may have saved it: a UTF-8 byte-order
/// mark is dropped and CRLF line ends count as LF. A last empty line (the final newline) is
/// not a line.
QList<QByteArray> textLines(const QByteArray& content);

/// Writes `bytes` to `path` whole or not at all (a temporary file renamed over `path`): a full
/// disk or a killed process leaves an earlier file as it was. Errors name the file.
Result<void> writeFileContents(const QString& path, const QByteArray& bytes);

/// An atomic write in pieces: each write() is checked (unbuffered, so that a full disk is seen
/// where it happens), and commit() replaces the file only when all of them succeeded.
class AtomicFileWriter {
public:
    explicit AtomicFileWriter(const QString& path);
    ~AtomicFileWriter();
    Result<void> open();
    void write(const char* data, qint64 size);
    void write(const QByteArray& bytes) { write(bytes.constData(), bytes.size()); }
    Result<void> commit();

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace cxrfair
