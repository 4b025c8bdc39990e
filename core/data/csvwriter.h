#pragma once

#include "common/error.h"

#include <QString>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace cxrfair {

/// Writes a CSV file row by row, gzip-compressed when the name ends in `.gz` (byte-for-byte
/// reproducible: the gzip header carries no time stamp). Fields that need it are quoted.
/// The file appears whole or not at all: it is written as NAME.partial-PID and renamed over NAME
/// by close(), so a full disk or a killed process leaves an earlier NAME as it was.
class CsvWriter {
public:
    static Result<CsvWriter> create(const QString& path);

    CsvWriter(CsvWriter&&) noexcept;
    CsvWriter& operator=(CsvWriter&&) noexcept;
    ~CsvWriter();

    void writeRow(const std::vector<std::string>& fields);
    void writeRow(std::initializer_list<std::string_view> fields);
    /// Writes `text` as it is (for headers that must be reproduced byte for byte).
    void writeRaw(std::string_view text);
    /// Flushes and closes; reports a write failure.
    Result<void> close();

private:
    CsvWriter() = default;
    void append(std::string_view field);
    void flushIfFull();
    struct Sink;
    std::unique_ptr<Sink> m_sink;
    std::string m_buffer;
    QString m_path;
};

/// `v` in the shortest form that reads back exactly ("0.25", "1e-07").
std::string csvNumber(double v);

/// `text` as one CSV field: quoted (quotes doubled) when it holds a comma, a quote or a line
/// break.
QString csvField(QString text);

} // namespace cxrfair
