#include "data/stringcolumn.h"

namespace cxrfair {

void StringColumn::reserve(size_t rows, size_t bytes) {
    m_offsets.reserve(rows + 1);
    m_chars.reserve(bytes);
}

void StringColumn::append(std::string_view value) {
    m_chars.append(value);
    m_offsets.push_back(m_chars.size());
}

QString StringColumn::at(size_t row) const {
    const std::string_view v = view(row);
    return QString::fromUtf8(v.data(), qsizetype(v.size()));
}

void StringColumn::keepRows(const std::vector<std::uint32_t>& rows) {
    std::string chars;
    std::vector<std::uint64_t> offsets;
    offsets.reserve(rows.size() + 1);
    offsets.push_back(0);
    size_t bytes = 0;
    for (std::uint32_t row : rows)
        bytes += size_t(m_offsets[row + 1] - m_offsets[row]);
    chars.reserve(bytes);
    for (std::uint32_t row : rows) {
        chars.append(view(row));
        offsets.push_back(chars.size());
    }
    m_chars = std::move(chars);
    m_offsets = std::move(offsets);
}

} // namespace cxrfair
