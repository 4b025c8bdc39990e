#pragma once

#include "common/error.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QStringList>

#include <optional>

namespace cxrfair {

/// Reads the fields of one JSON object strictly. A getter leaves its target untouched when the
/// key is absent and records the first problem (a wrong type, a value out of range), named by
/// the key's path ("statistics.ci"); finish() also reports every key no getter asked for, with
/// the nearest known key suggested: "unknown key 'resampels' in FILE; did you mean
/// 'resamples'?". Reading goes on after a problem, so that call sites need no checks between
/// fields; only the first problem is reported.
class JsonFields {
public:
    /// `where` is the object's own path ("audit.statistics"), empty for a file's top level.
    explicit JsonFields(QJsonObject object, QString where = {});

    bool has(const char* key) const;
    /// The key's path for messages: "audit.statistics.ci".
    QString path(const char* key) const;

    void text(const char* key, QString& out);
    void flag(const char* key, bool& out);
    void number(const char* key, double& out, double low, double high);
    void whole(const char* key, int& out, int low, int high);
    /// A list of non-empty strings.
    void texts(const char* key, QStringList& out);
    /// The value of `key`, which must be an object (nullopt when absent or of another type).
    std::optional<QJsonObject> object(const char* key);
    /// The value of `key`, which must be an array (nullopt when absent or of another type).
    std::optional<QJsonArray> array(const char* key);
    /// The value of `key` whatever its type (undefined when absent): the caller checks it.
    QJsonValue value(const char* key);

    /// Keys that another reader of the same object handles: not unknown.
    void alsoKnown(const QStringList& keys);

    /// Records "KEY must be EXPECTED" unless a problem is recorded already.
    void invalid(const char* key, const QString& expected);
    /// Records `error` unless a problem is recorded already.
    void record(Error error);
    bool ok() const { return !m_error.has_value(); }

    /// The first problem, or an unknown key; `file` is named in the message and the error.
    Result<void> finish(const QString& file = {}) const;

private:
    const QJsonValue* take(const char* key);

    QJsonObject m_object;
    QString m_where;
    QSet<QString> m_known;
    std::optional<Error> m_error;
    QJsonValue m_value;
};

/// The largest JSON file read (project, manifest, prompts, mapping): more is not a
/// configuration, and is refused before it is read.
inline constexpr qint64 kMaxJsonFileBytes = qint64(32) << 20;

/// `bytes` parsed as a JSON object; an error names `path` and the line and column of the fault.
Result<QJsonObject> parseJsonObject(const QByteArray& bytes, const QString& path);
/// The JSON object in the file `path` (at most kMaxJsonFileBytes); errors name the file.
Result<QJsonObject> readJsonObjectFile(const QString& path);
/// The bytes of the JSON file `path` (at most kMaxJsonFileBytes); errors name the file.
Result<QByteArray> readJsonBytes(const QString& path);

/// The key of `known` closest to `key` by edit distance (case-insensitive), or an empty string
/// when none is close enough to be a likely misspelling.
QString nearestKey(const QString& key, const QStringList& known);

/// The strings of a JSON array: an error naming `path` when `value` is not an array of
/// non-empty strings.
Result<QStringList> stringList(const QJsonValue& value, const QString& path);

} // namespace cxrfair
