#pragma once

#include "common/error.h"

#include <QString>

#include <array>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cxrfair {

/// Streams an RFC 4180 CSV file record by record, plain or gzip-compressed (detected from the
/// content, so `.csv.gz` as PhysioNet ships it reads the same as `.csv`). Memory stays at one
/// buffer however large the file. Quoted fields may hold commas, doubled quotes and newlines;
/// `line()` reports the physical line where a record starts, header = line 1, so problems can
/// be found in a text editor. A UTF-8 byte-order mark and CRLF line ends are accepted.
class CsvReader {
public:
    /// The longest record read: a longer one is an error naming its line, not an allocation
    /// as large as the file.
    static constexpr size_t kMaxRecordBytes = size_t(64) << 20;

    /// Opens `path` with fields separated by `delimiter` (',' by default; ';' and '\t' are
    /// what spreadsheets in many locales write).
    static Result<CsvReader> open(const QString& path, char delimiter = ',');

    CsvReader(CsvReader&&) noexcept;
    CsvReader& operator=(CsvReader&&) noexcept;
    ~CsvReader();

    const QString& path() const { return m_path; }
    const std::vector<std::string>& header() const { return m_header; }
    /// Index of the header field named `name` (exact match after trimming), or -1.
    int columnIndex(std::string_view name) const;
    /// Like columnIndex, but a missing column is an error naming the file and the column.
    Result<int> requireColumn(std::string_view name) const;
    /// Several required columns at once: their indices in the order asked, or the error for the
    /// first one missing. `auto [a, b] = *reader.requireColumns("a", "b");`
    template <typename... Names>
    Result<std::array<int, sizeof...(Names)>> requireColumns(const Names&... names) const {
        std::array<int, sizeof...(Names)> indices{};
        std::optional<Error> missing;
        size_t i = 0;
        auto one = [&](std::string_view name) {
            if (missing)
                return;
            const auto index = requireColumn(name);
            if (index)
                indices[i++] = *index;
            else
                missing = index.error();
        };
        (one(names), ...);
        if (missing)
            return std::unexpected(*missing);
        return indices;
    }
    /// The first of `names` that the header has, or -1 (for columns renamed across releases).
    int columnIndexOfAny(std::initializer_list<std::string_view> names) const;

    /// Advances to the next record. Returns false at the end of the file or when reading fails;
    /// error() tells which.
    bool next();
    int fieldCount() const { return static_cast<int>(m_fields.size()); }
    /// The field at `index`, or an empty view when the record is shorter.
    std::string_view field(int index) const;
    qint64 line() const { return m_recordLine; }
    const std::optional<Error>& error() const { return m_error; }
    /// Bytes consumed so far from the (decompressed) stream, for progress reporting.
    qint64 bytesRead() const { return m_bytesRead; }
    /// Size of the file on disk (compressed size for gzip files).
    qint64 fileSize() const { return m_fileSize; }
    qint64 compressedOffset() const;

private:
    CsvReader() = default;
    enum class Parse { Complete, NeedMore, End };
    Parse parseRecord();
    bool fill();

    struct FieldRef {
        size_t begin = 0;
        size_t length = 0;
        bool inScratch = false;
    };

    QString m_path;
    char m_delimiter = ',';
    struct GzCloser {
        void operator()(void* file) const;
    };
    std::unique_ptr<void, GzCloser> m_file;
    std::string m_buffer;
    size_t m_pos = 0;
    size_t m_end = 0;
    bool m_eof = false;
    qint64 m_line = 1;
    qint64 m_recordLine = 0;
    qint64 m_bytesRead = 0;
    qint64 m_fileSize = 0;
    std::vector<FieldRef> m_refs;
    std::vector<std::string_view> m_fields;
    std::string m_scratch;
    std::vector<std::string> m_header;
    std::optional<Error> m_error;
};

/// The delimiter of the table at `path` told from its header line: ',' when the header splits
/// on commas, else ';' or '\t' when it holds them (the more frequent), else ','.
char detectCsvDelimiter(const QString& path);

/// The current record of `reader` has as many fields as the header, or an error naming the
/// line: a short row is a cut or broken line, not missing values.
Result<void> requireWholeRow(const CsvReader& reader);

/// The field at `column` of the current record as a finite number: nullopt when it is empty,
/// an error naming the file, the line and the column when it is not a number.
Result<std::optional<double>> optionalNumberField(const CsvReader& reader, int column);

/// A delimiter's name for people: "comma", "semicolon", "tab".
QString delimiterName(char delimiter);

} // namespace cxrfair
