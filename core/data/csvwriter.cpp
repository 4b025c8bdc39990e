#include "data/csvwriter.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

#include <zlib.h>

#include <charconv>
#include <cstdio>

namespace cxrfair {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cxrfair::CsvWriter)
};
} // namespace

/// Writes to `temporary` next to `target` and renames it over `target` when everything was
/// written: a disk that fills up, or a process killed, leaves the earlier file as it was.
struct CsvWriter::Sink {
    gzFile gz = nullptr;
    QFile plain;
    QString target;
    QString temporary;
    bool failed = false;

    bool write(const std::string& bytes) {
        if (bytes.empty() || failed)
            return !failed;
        if (gz) {
            failed = gzwrite(gz, bytes.data(), unsigned(bytes.size())) != int(bytes.size());
        } else {
            failed = plain.write(bytes.data(), qint64(bytes.size())) != qint64(bytes.size());
        }
        return !failed;
    }
    bool finish() {
        if (gz) {
            failed = gzclose(gz) != Z_OK || failed;
            gz = nullptr;
        } else if (plain.isOpen()) {
            failed = !plain.flush() || failed;
            plain.close();
            failed = failed || plain.error() != QFile::NoError;
        } else {
            return !failed;
        }
        failed = failed || std::rename(QFile::encodeName(temporary).constData(),
                                       QFile::encodeName(target).constData()) != 0;
        if (failed)
            QFile::remove(temporary);
        return !failed;
    }
    ~Sink() {
        if (gz)
            gzclose(gz);
    }
};

CsvWriter::CsvWriter(CsvWriter&&) noexcept = default;
CsvWriter& CsvWriter::operator=(CsvWriter&&) noexcept = default;
CsvWriter::~CsvWriter() {
    if (m_sink) {
        m_sink->write(m_buffer);
        m_sink->finish();
    }
}

Result<CsvWriter> CsvWriter::create(const QString& path) {
    CsvWriter writer;
    writer.m_path = path;
    writer.m_sink = std::make_unique<Sink>();
    Sink& sink = *writer.m_sink;
    sink.target = path;
    // One temporary per process: shards of one run may write the same table at once.
    sink.temporary = path + QStringLiteral(".partial-%1").arg(QCoreApplication::applicationPid());
    if (path.endsWith(QStringLiteral(".gz"))) {
        sink.gz = gzopen(QFile::encodeName(sink.temporary).constData(), "wb6");
        if (!sink.gz)
            return fail(ErrorCode::Io, Tr::tr("cannot create the file"), path);
    } else {
        sink.plain.setFileName(sink.temporary);
        if (!sink.plain.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return fail(ErrorCode::Io,
                        Tr::tr("cannot create the file: %1").arg(sink.plain.errorString()), path);
    }
    writer.m_buffer.reserve(1 << 20);
    return writer;
}

void CsvWriter::append(std::string_view field) {
    const bool quote = field.find_first_of(",\"\n\r") != std::string_view::npos;
    if (!quote) {
        m_buffer.append(field);
        return;
    }
    m_buffer.push_back('"');
    for (char c : field) {
        if (c == '"')
            m_buffer.push_back('"');
        m_buffer.push_back(c);
    }
    m_buffer.push_back('"');
}

void CsvWriter::flushIfFull() {
    if (m_buffer.size() >= (1u << 20)) {
        m_sink->write(m_buffer);
        m_buffer.clear();
    }
}

void CsvWriter::writeRow(const std::vector<std::string>& fields) {
    for (size_t i = 0; i < fields.size(); ++i) {
        if (i)
            m_buffer.push_back(',');
        append(fields[i]);
    }
    m_buffer.push_back('\n');
    flushIfFull();
}

void CsvWriter::writeRow(std::initializer_list<std::string_view> fields) {
    bool first = true;
    for (std::string_view f : fields) {
        if (!first)
            m_buffer.push_back(',');
        first = false;
        append(f);
    }
    m_buffer.push_back('\n');
    flushIfFull();
}

void CsvWriter::writeRaw(std::string_view text) {
    m_buffer.append(text);
    flushIfFull();
}

Result<void> CsvWriter::close() {
    if (!m_sink)
        return {};
    const bool wrote = m_sink->write(m_buffer);
    const bool ok = m_sink->finish() && wrote; // finish() removes the temporary on failure
    m_buffer.clear();
    m_sink.reset();
    if (!ok)
        return fail(ErrorCode::Io,
                    Tr::tr("writing failed (disk full?); the earlier file, if any, is kept"),
                    m_path);
    return {};
}

std::string csvNumber(double v) {
    char buffer[32];
    const auto end = std::to_chars(buffer, buffer + sizeof buffer, v).ptr;
    return std::string(buffer, end);
}

QString csvField(QString text) {
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) ||
        text.contains(QLatin1Char('\n')))
        return QLatin1Char('"') + text.replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
               QLatin1Char('"');
    return text;
}

} // namespace cxrfair
