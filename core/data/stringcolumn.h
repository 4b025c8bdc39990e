#pragma once

#include <QString>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace cxrfair {

/// A column of UTF-8 strings in one contiguous pool: about 4 bytes of overhead per value
/// instead of a QString's 24 plus a heap block, which is what keeps a 377,000-image cohort
/// small.
class StringColumn {
public:
    void reserve(size_t rows, size_t bytes);
    void append(std::string_view value);
    size_t size() const { return m_offsets.size() - 1; }
    std::string_view view(size_t row) const {
        return {m_chars.data() + m_offsets[row], size_t(m_offsets[row + 1] - m_offsets[row])};
    }
    QString at(size_t row) const;
    /// Keeps only `rows` (ascending indices), in that order.
    void keepRows(const std::vector<std::uint32_t>& rows);
    size_t memoryBytes() const {
        return m_chars.capacity() + m_offsets.capacity() * sizeof(std::uint64_t);
    }

private:
    std::string m_chars;
    std::vector<std::uint64_t> m_offsets{0};
};

} // namespace cxrfair
