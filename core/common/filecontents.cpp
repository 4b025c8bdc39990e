#include "common/filecontents.h"

#include <QFile>

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

} // namespace cxrfair
