#include "data/csvreader.h"

#include "data/valueparsers.h"

#include <QFile>
#include <QFileInfo>

#include <zlib.h>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace cxrfair {

namespace {

constexpr size_t kChunk = size_t(1) << 20;

std::string_view trimmed(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cxrfair::CsvReader)
};

} // namespace

void CsvReader::GzCloser::operator()(void* file) const {
    if (file)
        gzclose(static_cast<gzFile>(file));
}

CsvReader::CsvReader(CsvReader&&) noexcept = default;
CsvReader& CsvReader::operator=(CsvReader&&) noexcept = default;
CsvReader::~CsvReader() = default;

Result<CsvReader> CsvReader::open(const QString& path, char delimiter) {
    const QFileInfo info(path);
    if (!info.exists())
        return fail(ErrorCode::Io, Tr::tr("file not found"), path);
    if (info.isDir())
        return fail(ErrorCode::Io, Tr::tr("is a folder, not a table"), path);

    CsvReader reader;
    reader.m_path = path;
    reader.m_delimiter = delimiter;
    reader.m_fileSize = info.size();
    gzFile file = gzopen(QFile::encodeName(path).constData(), "rb");
    if (!file)
        return fail(ErrorCode::Io,
                    Tr::tr("cannot open: %1").arg(QString::fromLocal8Bit(std::strerror(errno))),
                    path);
    gzbuffer(file, 256 * 1024);
    reader.m_file.reset(file);
    reader.m_buffer.resize(kChunk);

    if (!reader.next()) {
        if (reader.m_error)
            return std::unexpected(*reader.m_error);
        return fail(ErrorCode::Format, Tr::tr("the file is empty: it has no header line"), path);
    }
    reader.m_header.reserve(reader.m_fields.size());
    for (std::string_view f : reader.m_fields)
        reader.m_header.emplace_back(trimmed(f));
    if (!reader.m_header.empty() && reader.m_header.front().starts_with("\xEF\xBB\xBF"))
        reader.m_header.front().erase(0, 3);
    return reader;
}

int CsvReader::columnIndex(std::string_view name) const {
    const auto it = std::find(m_header.begin(), m_header.end(), name);
    return it == m_header.end() ? -1 : static_cast<int>(it - m_header.begin());
}

int CsvReader::columnIndexOfAny(std::initializer_list<std::string_view> names) const {
    for (std::string_view name : names) {
        if (const int index = columnIndex(name); index >= 0)
            return index;
    }
    return -1;
}

Result<int> CsvReader::requireColumn(std::string_view name) const {
    const int index = columnIndex(name);
    if (index < 0) {
        return fail(ErrorCode::MissingColumn, Tr::tr("required column is missing"), m_path, 1,
                    QString::fromUtf8(name.data(), qsizetype(name.size())));
    }
    return index;
}

std::string_view CsvReader::field(int index) const {
    if (index < 0 || index >= static_cast<int>(m_fields.size()))
        return {};
    return m_fields[size_t(index)];
}

qint64 CsvReader::compressedOffset() const {
    return m_file ? qint64(gzoffset(static_cast<gzFile>(m_file.get()))) : 0;
}

bool CsvReader::fill() {
    if (m_eof)
        return false;
    if (m_pos > 0) {
        std::memmove(m_buffer.data(), m_buffer.data() + m_pos, m_end - m_pos);
        m_end -= m_pos;
        m_pos = 0;
    }
    if (m_end == m_buffer.size()) {
        // One record longer than the buffer: grow it, up to a bound no real table reaches.
        if (m_buffer.size() >= kMaxRecordBytes) {
            m_error = Error{ErrorCode::Format,
                            Tr::tr("a record longer than %1 MB starts here (an unclosed quote, "
                                   "or not a CSV table?)")
                                .arg(kMaxRecordBytes >> 20),
                            m_path,
                            m_line,
                            {},
                            {},
                            {}};
            m_eof = true;
            return false;
        }
        m_buffer.resize(m_buffer.size() * 2);
    }
    const size_t room = std::min<size_t>(m_buffer.size() - m_end, size_t(1) << 30);
    const int got =
        gzread(static_cast<gzFile>(m_file.get()), m_buffer.data() + m_end, unsigned(room));
    if (got < 0) {
        int code = 0;
        const char* message = gzerror(static_cast<gzFile>(m_file.get()), &code);
        m_error = Error{ErrorCode::Io,
                        Tr::tr("read error: %1").arg(QString::fromLocal8Bit(message)),
                        m_path,
                        m_line,
                        {},
                        {},
                        {}};
        m_eof = true;
        return false;
    }
    if (got == 0) {
        int code = 0;
        gzerror(static_cast<gzFile>(m_file.get()), &code);
        if (code != Z_OK && code != Z_STREAM_END) {
            m_error = Error{ErrorCode::Io,
                            Tr::tr("the compressed file is truncated or corrupt"),
                            m_path,
                            m_line,
                            {},
                            {},
                            {}};
        }
        m_eof = true;
        return true; // the caller re-parses what is left as the final record
    }
    m_end += size_t(got);
    m_bytesRead += got;
    return true;
}

CsvReader::Parse CsvReader::parseRecord() {
    m_refs.clear();
    m_scratch.clear();
    const char* const data = m_buffer.data();
    size_t p = m_pos;
    qint64 newlines = 0;
    if (p >= m_end)
        return m_eof ? Parse::End : Parse::NeedMore;

    for (;;) {
        FieldRef ref;
        if (p < m_end && data[p] == '"') {
            // Quoted field: copy out only when it holds doubled quotes.
            size_t q = p + 1;
            ref.begin = q;
            bool copied = false;
            size_t scratchStart = m_scratch.size();
            for (;;) {
                const void* hit = std::memchr(data + q, '"', m_end - q);
                if (!hit) {
                    if (!m_eof)
                        return Parse::NeedMore;
                    // Unterminated quote at the end of the file: keep what is there.
                    newlines += std::count(data + q, data + m_end, '\n');
                    if (copied)
                        m_scratch.append(data + q, m_end - q);
                    ref.length = copied ? m_scratch.size() - scratchStart : m_end - ref.begin;
                    ref.inScratch = copied;
                    if (copied)
                        ref.begin = scratchStart;
                    m_refs.push_back(ref);
                    p = m_end;
                    goto done;
                }
                const size_t quote = size_t(static_cast<const char*>(hit) - data);
                newlines += std::count(data + q, data + quote, '\n');
                if (quote + 1 >= m_end && !m_eof)
                    return Parse::NeedMore; // cannot tell "" from a closing quote yet
                if (quote + 1 < m_end && data[quote + 1] == '"') {
                    if (!copied) {
                        m_scratch.append(data + ref.begin, quote - ref.begin);
                        copied = true;
                    } else {
                        m_scratch.append(data + q, quote - q);
                    }
                    m_scratch.push_back('"');
                    q = quote + 2;
                    continue;
                }
                if (copied) {
                    m_scratch.append(data + q, quote - q);
                    ref.length = m_scratch.size() - scratchStart;
                    ref.begin = scratchStart;
                    ref.inScratch = true;
                } else {
                    ref.length = quote - ref.begin;
                }
                p = quote + 1;
                break;
            }
            // Skip anything between the closing quote and the separator (lenient).
            while (p < m_end && data[p] != m_delimiter && data[p] != '\n')
                ++p;
        } else {
            ref.begin = p;
            while (p < m_end && data[p] != m_delimiter && data[p] != '\n')
                ++p;
            ref.length = p - ref.begin;
            if (p < m_end && data[p] == '\n' && ref.length > 0 && data[p - 1] == '\r')
                --ref.length;
        }
        if (p >= m_end) {
            if (!m_eof)
                return Parse::NeedMore;
            m_refs.push_back(ref);
            break;
        }
        m_refs.push_back(ref);
        if (data[p] == '\n') {
            ++newlines;
            ++p;
            break;
        }
        ++p; // the delimiter
        if (p >= m_end) {
            if (!m_eof)
                return Parse::NeedMore;
            m_refs.push_back(FieldRef{p, 0, false}); // trailing comma at the end of the file
            break;
        }
    }
done:
    m_pos = p;
    m_recordLine = m_line;
    m_line += newlines;
    m_fields.resize(m_refs.size());
    for (size_t i = 0; i < m_refs.size(); ++i) {
        const FieldRef& r = m_refs[i];
        m_fields[i] = r.inScratch ? std::string_view(m_scratch.data() + r.begin, r.length)
                                  : std::string_view(data + r.begin, r.length);
    }
    return Parse::Complete;
}

bool CsvReader::next() {
    if (m_error)
        return false;
    for (;;) {
        switch (parseRecord()) {
        case Parse::Complete:
            // A blank line (one empty field) is not a record.
            if (m_fields.size() == 1 && m_fields.front().empty())
                continue;
            return true;
        case Parse::End:
            m_fields.clear();
            return false;
        case Parse::NeedMore:
            if (!fill() || m_error) {
                m_fields.clear();
                return false;
            }
            break;
        }
    }
}

char detectCsvDelimiter(const QString& path) {
    auto reader = CsvReader::open(path, ',');
    if (!reader || reader->header().size() > 1 || reader->header().empty())
        return ',';
    const std::string& only = reader->header().front();
    const auto semicolons = std::count(only.begin(), only.end(), ';');
    const auto tabs = std::count(only.begin(), only.end(), '\t');
    if (semicolons == 0 && tabs == 0)
        return ',';
    return semicolons >= tabs ? ';' : '\t';
}

QString delimiterName(char delimiter) {
    switch (delimiter) {
    case ';':
        return Tr::tr("semicolon");
    case '\t':
        return Tr::tr("tab");
    default:
        return Tr::tr("comma");
    }
}

Result<void> requireWholeRow(const CsvReader& reader) {
    const int fields = int(reader.header().size());
    if (reader.fieldCount() == fields)
        return {};
    return fail(ErrorCode::Format,
                Tr::tr("%1 fields where the header has %2 (a cut or broken line?)")
                    .arg(reader.fieldCount())
                    .arg(fields),
                reader.path(), reader.line());
}

Result<std::optional<double>> optionalNumberField(const CsvReader& reader, int column) {
    const std::string_view text = reader.field(column);
    if (text.empty())
        return std::nullopt;
    const auto v = parseDouble(text);
    if (!v || !std::isfinite(*v))
        return fail(ErrorCode::InvalidValue,
                    Tr::tr("'%1' is not a number")
                        .arg(elidedForMessage(QString::fromStdString(std::string(text)))),
                    reader.path(), reader.line(),
                    QString::fromStdString(reader.header()[size_t(column)]));
    return *v;
}

} // namespace cxrfair
