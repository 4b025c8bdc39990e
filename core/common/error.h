#pragma once

#include <QCoreApplication>
#include <QString>

#include <expected>

namespace cxrfair {

/// What kind of failure an Error reports; callers branch on it, users read the message.
enum class ErrorCode {
    Io,              ///< a file could not be opened, read or written
    Format,          ///< a file is not in the expected format
    MissingColumn,   ///< a table lacks a column the reader needs
    InvalidValue,    ///< a value could not be parsed or is out of range
    Unsupported,     ///< valid input that cxrfair cannot handle (e.g. JPEG 2000)
    Decode,          ///< an image could not be decoded
    InvalidArgument, ///< a caller or user passed a bad option
    Cancelled,       ///< the user cancelled the work
    OutOfMemory,     ///< the device ran out of memory (the caller may retry smaller)
    Internal,        ///< a bug: should never reach a user
};

/// An expected failure, carried as a value. It names where the problem is (file, row, column,
/// image) so that the user can find and fix it; `message` is already translated.
struct Error {
    ErrorCode code = ErrorCode::Internal;
    QString message;
    QString file;
    qint64 row = -1; ///< line number in `file` (the header is line 1), or -1
    QString column;
    QString image;
    QString details;

    /// One line for a terminal or a status bar: "file, row 12, column 'Age': message".
    QString toString() const;
};

/// `text` when it is short; else its beginning and end around "..." with its length, so that a
/// value quoted in a message (a 20 MB CSV field, a binary file read as text) stays readable.
QString elidedForMessage(const QString& text, qsizetype limit = 400);

template <class T>
using Result = std::expected<T, Error>;

/// Shorthand for returning an error from a function that returns Result<T>.
inline std::unexpected<Error> fail(ErrorCode code, QString message, QString file = {},
                                   qint64 row = -1, QString column = {}) {
    return std::unexpected(
        Error{code, std::move(message), std::move(file), row, std::move(column), {}, {}});
}

} // namespace cxrfair
