#include "data/categoricalcolumn.h"

#include <limits>

namespace cxrfair {

std::int16_t CategoricalColumn::codeFor(std::string_view value) {
    if (const auto it = m_lookup.find(value); it != m_lookup.end())
        return it->second;
    // A column with tens of thousands of distinct values is not categorical; fold the excess
    // into the last code rather than overflow.
    if (m_categories.size() >= std::numeric_limits<std::int16_t>::max())
        return std::int16_t(m_categories.size() - 1);
    const auto code = std::int16_t(m_categories.size());
    m_categories.append(QString::fromUtf8(value.data(), qsizetype(value.size())));
    m_lookup.emplace(std::string(value), code);
    return code;
}

void CategoricalColumn::append(std::string_view value) {
    m_codes.push_back(value.empty() ? kMissing : codeFor(value));
}

void CategoricalColumn::set(size_t row, std::string_view value) {
    m_codes[row] = value.empty() ? kMissing : codeFor(value);
}

QString CategoricalColumn::value(size_t row) const {
    const std::int16_t c = m_codes[row];
    return c == kMissing ? QString() : m_categories[c];
}

void CategoricalColumn::keepRows(const std::vector<std::uint32_t>& rows) {
    std::vector<std::int16_t> codes;
    codes.reserve(rows.size());
    for (std::uint32_t row : rows)
        codes.push_back(m_codes[row]);
    m_codes = std::move(codes);
}

} // namespace cxrfair
