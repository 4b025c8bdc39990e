#pragma once

#include <QString>
#include <QStringList>

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace cxrfair {

/// A column of categories stored as small codes into a dictionary of distinct values, in the
/// order they were first seen. Code -1 is a missing value.
class CategoricalColumn {
public:
    static constexpr std::int16_t kMissing = -1;

    CategoricalColumn() = default;
    explicit CategoricalColumn(QString name)
        : m_name(std::move(name)) {}

    const QString& name() const { return m_name; }
    void reserve(size_t rows) { m_codes.reserve(rows); }
    /// Appends `value`; an empty value is missing.
    void append(std::string_view value);
    void appendMissing() { m_codes.push_back(kMissing); }
    /// Sets the value of an existing row.
    void set(size_t row, std::string_view value);
    /// The code `value` has (adding it to the dictionary when new).
    std::int16_t codeFor(std::string_view value);

    size_t size() const { return m_codes.size(); }
    std::int16_t code(size_t row) const { return m_codes[row]; }
    bool isMissing(size_t row) const { return m_codes[row] == kMissing; }
    QString value(size_t row) const;
    const QStringList& categories() const { return m_categories; }
    const std::vector<std::int16_t>& codes() const { return m_codes; }
    void keepRows(const std::vector<std::uint32_t>& rows);

private:
    struct Hash {
        using is_transparent = void;
        size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };
    QString m_name;
    QStringList m_categories;
    std::unordered_map<std::string, std::int16_t, Hash, std::equal_to<>> m_lookup;
    std::vector<std::int16_t> m_codes;
};

} // namespace cxrfair
