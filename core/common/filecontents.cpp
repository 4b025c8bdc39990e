#include "common/filecontents.h"

#include <QFile>
#include <QSaveFile>

#include <zlib.h>

namespace cxrfair {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cxrfair::FileContents)
};
} // namespace

Result<QByteArray> readFileContents(const QString& path) {
    if (!path.endsWith(QStringLiteral(".gz"))) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(ErrorCode::Io, Tr::tr("cannot open: %1").arg(file.errorString()), path);
        return file.readAll();
    }
    gzFile file = gzopen(QFile::encodeName(path).constData(), "rb");
    if (!file)
        return fail(ErrorCode::Io, Tr::tr("cannot open"), path);
    QByteArray content;
    char buffer[64 * 1024];
    for (;;) {
        const int n = gzread(file, buffer, sizeof buffer);
        if (n < 0) {
            int code = 0;
            const QString message = QString::fromUtf8(gzerror(file, &code));
            gzclose(file);
            return fail(ErrorCode::Format, Tr::tr("not a readable gzip file: %1").arg(message),
                        path);
        }
        if (n == 0)
            break;
        content.append(buffer, n);
    }
    gzclose(file);
    return content;
}

QList<QByteArray> textLines(const QByteArray& content) {
    QList<QByteArray> lines =
        (content.startsWith("\xEF\xBB\xBF") ? content.mid(3) : content).split('\n');
    if (!lines.isEmpty() && lines.back().isEmpty())
        lines.removeLast();
    for (QByteArray& line : lines)
        if (line.endsWith('\r'))
            line.chop(1);
    return lines;
}

struct AtomicFileWriter::Impl {
    QSaveFile file;
    bool failed = false;
};

AtomicFileWriter::AtomicFileWriter(const QString& path)
    : d(std::make_unique<Impl>()) {
    d->file.setFileName(path);
}

AtomicFileWriter::~AtomicFileWriter() = default;

Result<void> AtomicFileWriter::open() {
    if (!d->file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return fail(ErrorCode::Io, Tr::tr("cannot write: %1").arg(d->file.errorString()),
                    d->file.fileName());
    return {};
}

void AtomicFileWriter::write(const char* data, qint64 size) {
    if (!d->failed && d->file.write(data, size) != size)
        d->failed = true;
}

Result<void> AtomicFileWriter::commit() {
    if (d->failed) {
        const QString reason = d->file.errorString();
        d->file.cancelWriting();
        d->file.commit(); // removes the temporary
        return fail(ErrorCode::Io,
                    Tr::tr("cannot write (is the disk full?): %1; the earlier file, if any, is "
                           "kept")
                        .arg(reason),
                    d->file.fileName());
    }
    if (!d->file.commit())
        return fail(ErrorCode::Io, Tr::tr("cannot write: %1").arg(d->file.errorString()),
                    d->file.fileName());
    return {};
}

Result<void> writeFileContents(const QString& path, const QByteArray& bytes) {
    AtomicFileWriter file(path);
    if (auto opened = file.open(); !opened)
        return opened;
    file.write(bytes);
    return file.commit();
}

} // namespace cxrfair
