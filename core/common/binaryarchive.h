#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <cstring>
#include <optional>
#include <type_traits>
#include <utility>
#include <vector>

namespace cxrfair {

/// Plain data to bytes and back, for caches that cxrfair writes and reads itself (never for
/// exchange: the layout is the machine's, little endian). A struct takes part by a function
/// found by argument-dependent lookup that lists its fields once for both directions:
///
///     template <class A> void archiveFields(A& a, MyStruct& s) { a(s.name, s.values, s.auc); }
///
/// Numbers, enums, QString, QStringList, QByteArray, std::vector, std::optional and std::pair are
/// built in. Vectors of numbers are copied whole. A large string list written twice (the same image
/// ids in several results) is written once and shared again when read, and each string of the
/// large lists is written once (image ids recur in lists of different subsets of the images).
class ArchiveWriter {
public:
    explicit ArchiveWriter(QByteArray& out)
        : m_out(out) {}

    template <class... T>
    void operator()(const T&... values) {
        (put(values), ...);
    }

    template <class T>
    void put(const T& value) {
        if constexpr (std::is_arithmetic_v<T>) {
            m_out.append(reinterpret_cast<const char*>(&value), sizeof(T));
        } else if constexpr (std::is_enum_v<T>) {
            put(std::underlying_type_t<T>(value));
        } else {
            archiveFields(*this, const_cast<T&>(value));
        }
    }
    void put(const QString& text);
    void put(const QStringList& list);
    void put(const QByteArray& bytes);
    template <class T>
    void put(const std::vector<T>& values) {
        put(std::int64_t(values.size()));
        if constexpr (std::is_arithmetic_v<T>)
            m_out.append(reinterpret_cast<const char*>(values.data()),
                         qsizetype(values.size() * sizeof(T)));
        else
            for (const T& v : values)
                put(v);
    }
    template <class T>
    void put(const std::optional<T>& value) {
        put(value.has_value());
        if (value)
            put(*value);
    }
    template <class A, class B>
    void put(const std::pair<A, B>& value) {
        put(value.first);
        put(value.second);
    }

private:
    QByteArray& m_out;
    std::vector<QStringList> m_shared;       ///< large lists written so far
    QHash<QString, std::int32_t> m_interned; ///< the strings of large lists, numbered
};

/// Reads what ArchiveWriter wrote, with the same archiveFields functions. A read past the end or
/// a count that the remaining bytes cannot hold marks the archive failed (and leaves values
/// empty) instead of reading out of bounds or allocating without limit: callers check ok().
class ArchiveReader {
public:
    ArchiveReader(const char* data, qsizetype size)
        : m_data(data)
        , m_end(data + size) {}

    bool ok() const { return !m_failed; }
    bool atEnd() const { return m_data == m_end; }
    qsizetype remaining() const { return qsizetype(m_end - m_data); }

    template <class... T>
    void operator()(T&... values) {
        (get(values), ...);
    }

    template <class T>
    void get(T& value) {
        if constexpr (std::is_same_v<T, bool>) {
            // Any other byte is damage, not a value (and no valid bool).
            std::uint8_t byte = 0;
            get(byte);
            if (byte > 1)
                m_failed = true;
            value = byte == 1;
        } else if constexpr (std::is_arithmetic_v<T>) {
            if (take(sizeof(T)))
                std::memcpy(&value, m_data - sizeof(T), sizeof(T));
            else
                value = T{};
        } else if constexpr (std::is_enum_v<T>) {
            std::underlying_type_t<T> raw{};
            get(raw);
            value = T(raw);
        } else {
            archiveFields(*this, value);
        }
    }
    void get(QString& text);
    void get(QStringList& list);
    void get(QByteArray& bytes);
    template <class T>
    void get(std::vector<T>& values) {
        values.clear();
        const qint64 n = count(std::is_arithmetic_v<T> ? sizeof(T) : 1);
        if constexpr (std::is_arithmetic_v<T>) {
            values.resize(size_t(n));
            if (n > 0 && take(size_t(n) * sizeof(T)))
                std::memcpy(values.data(), m_data - n * qint64(sizeof(T)), size_t(n) * sizeof(T));
        } else {
            values.reserve(size_t(n));
            for (qint64 i = 0; i < n && ok(); ++i)
                get(values.emplace_back());
        }
    }
    template <class T>
    void get(std::optional<T>& value) {
        bool present = false;
        get(present);
        value.reset();
        if (present && ok())
            get(value.emplace());
    }
    template <class A, class B>
    void get(std::pair<A, B>& value) {
        get(value.first);
        get(value.second);
    }

private:
    /// Advances over `bytes`, or marks the archive failed.
    bool take(size_t bytes);
    /// A count of elements of at least `elementBytes` each that the rest can hold; 0 and
    /// failed otherwise.
    qint64 count(size_t elementBytes);

    const char* m_data;
    const char* m_end;
    bool m_failed = false;
    std::vector<QStringList> m_shared;
    std::vector<QString> m_interned;
};

} // namespace cxrfair
