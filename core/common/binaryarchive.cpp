#include "common/binaryarchive.h"

namespace cxrfair {

namespace {

/// Lists shorter than this are written whole every time: comparing them costs more than
/// they take.
constexpr qsizetype kSharedListMinimum = 256;
constexpr qint64 kSharedMarker = -2;
/// A large list whose strings are written once per archive: image ids and paths recur in the
/// scores, the embedding analysis and every condition's slices.
constexpr qint64 kInternedMarker = -3;

} // namespace

void ArchiveWriter::put(const QString& text) {
    put(std::int32_t(text.size()));
    m_out.append(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
}

void ArchiveWriter::put(const QStringList& list) {
    if (list.size() >= kSharedListMinimum) {
        for (size_t i = 0; i < m_shared.size(); ++i) {
            const QStringList& seen = m_shared[i];
            if (seen.size() == list.size() &&
                (seen.constData() == list.constData() || seen == list)) {
                put(kSharedMarker);
                put(std::int64_t(i));
                return;
            }
        }
        m_shared.push_back(list);
        put(kInternedMarker);
        put(std::int64_t(list.size()));
        for (const QString& s : list) {
            const auto next = std::int32_t(m_interned.size());
            const auto it = m_interned.constFind(s);
            if (it != m_interned.constEnd()) {
                put(it.value());
            } else {
                m_interned.insert(s, next);
                put(next);
                put(s);
            }
        }
        return;
    }
    put(std::int64_t(list.size()));
    for (const QString& s : list)
        put(s);
}

void ArchiveWriter::put(const QByteArray& bytes) {
    put(std::int64_t(bytes.size()));
    m_out.append(bytes);
}

bool ArchiveReader::take(size_t bytes) {
    if (m_failed || size_t(m_end - m_data) < bytes) {
        m_failed = true;
        return false;
    }
    m_data += bytes;
    return true;
}

qint64 ArchiveReader::count(size_t elementBytes) {
    std::int64_t n = 0;
    get(n);
    if (!ok() || n < 0 || size_t(n) > size_t(m_end - m_data) / elementBytes) {
        m_failed = true;
        return 0;
    }
    return n;
}

void ArchiveReader::get(QString& text) {
    std::int32_t n = 0;
    get(n);
    text.clear();
    if (!ok() || n < 0 || size_t(n) > size_t(m_end - m_data) / 2) {
        m_failed = true;
        return;
    }
    text.resize(n);
    std::memcpy(text.data(), m_data, size_t(n) * 2);
    m_data += size_t(n) * 2;
}

void ArchiveReader::get(QByteArray& bytes) {
    const qint64 n = count(1);
    bytes = ok() ? QByteArray(m_data, qsizetype(n)) : QByteArray();
    m_data += ok() ? n : 0;
}

void ArchiveReader::get(QStringList& list) {
    list.clear();
    std::int64_t n = 0;
    get(n);
    if (n == kSharedMarker) {
        std::int64_t index = -1;
        get(index);
        if (!ok() || index < 0 || index >= std::int64_t(m_shared.size())) {
            m_failed = true;
            return;
        }
        list = m_shared[size_t(index)];
        return;
    }
    if (n == kInternedMarker) {
        // Each string takes at least its 4-byte number.
        const qint64 size = count(4);
        list.reserve(qsizetype(size));
        for (qint64 i = 0; i < size && ok(); ++i) {
            std::int32_t id = -1;
            get(id);
            if (id >= 0 && size_t(id) < m_interned.size()) {
                list.append(m_interned[size_t(id)]);
            } else if (size_t(id) == m_interned.size()) {
                get(m_interned.emplace_back());
                list.append(m_interned.back());
            } else {
                m_failed = true;
            }
        }
        if (ok())
            m_shared.push_back(list);
        else
            list.clear();
        return;
    }
    // Each string takes at least its 4-byte length.
    if (!ok() || n < 0 || size_t(n) > size_t(m_end - m_data) / 4) {
        m_failed = true;
        return;
    }
    list.reserve(qsizetype(n));
    for (std::int64_t i = 0; i < n && ok(); ++i)
        get(list.emplaceBack());
    if (ok() && list.size() >= kSharedListMinimum)
        m_shared.push_back(list);
}

} // namespace cxrfair
