#include "inference/storerecords.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <zlib.h>

#include <cmath>
#include <cstring>

namespace cxrfair {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cxrfair::EmbeddingStore)
};

constexpr std::uint32_t kMagic = 0x31455843; // "CXE1" little-endian
constexpr qint64 kHeaderBytes = 8;           // magic, payload length
constexpr qint64 kTrailerBytes = 4;          // CRC-32
constexpr std::uint32_t kMaxPayload = 64u << 20;

template <class T>
void put(QByteArray& out, T value) {
    out.append(reinterpret_cast<const char*>(&value), sizeof value);
}

void putString(QByteArray& out, const QString& text) {
    const QByteArray utf8 = text.toUtf8();
    put(out, std::uint32_t(utf8.size()));
    out.append(utf8);
}

template <class T>
T load(const uchar* at) {
    T value;
    std::memcpy(&value, at, sizeof value);
    return value;
}

/// Reads fields from a payload, never past its end.
class PayloadReader {
public:
    PayloadReader(const uchar* data, qint64 size)
        : m_data(data)
        , m_size(size) {}
    template <class T>
    bool get(T& value) {
        if (m_pos + qint64(sizeof value) > m_size)
            return false;
        value = load<T>(m_data + m_pos);
        m_pos += qint64(sizeof value);
        return true;
    }
    bool getString(QString& text) {
        std::uint32_t n = 0;
        if (!get(n) || qint64(n) > m_size - m_pos)
            return false;
        text = QString::fromUtf8(reinterpret_cast<const char*>(m_data + m_pos), qsizetype(n));
        m_pos += n;
        return true;
    }
    const uchar* here() const { return m_data + m_pos; }
    qint64 left() const { return m_size - m_pos; }

private:
    const uchar* m_data;
    qint64 m_size;
    qint64 m_pos = 0;
};

/// The records of one mapped part file.
class PartParser {
public:
    PartParser(const uchar* data, qint64 size, int dim)
        : m_data(data)
        , m_size(size)
        , m_dim(dim) {}

    /// The length of the intact record at `pos` (and its decoded key and vector), or 0.
    qint64 recordAt(qint64 pos, ImageKey& key, const float*& vector) const {
        if (m_size - pos < kHeaderBytes + kTrailerBytes ||
            load<std::uint32_t>(m_data + pos) != kMagic)
            return 0;
        const std::uint32_t length = load<std::uint32_t>(m_data + pos + 4);
        if (length > kMaxPayload || qint64(length) > m_size - pos - kHeaderBytes - kTrailerBytes)
            return 0;
        const uchar* payload = m_data + pos + kHeaderBytes;
        const auto crc = std::uint32_t(crc32(0, payload, uInt(length)));
        if (crc != load<std::uint32_t>(payload + length))
            return 0;
        PayloadReader reader(payload, length);
        std::uint32_t recordDim = 0;
        if (!reader.getString(key.path) || !reader.getString(key.sampleId) ||
            !reader.get(key.size) || !reader.get(key.modifiedMs) || !reader.get(recordDim) ||
            recordDim != std::uint32_t(m_dim) ||
            reader.left() != qint64(m_dim) * qint64(sizeof(float)))
            return 0;
        vector = reinterpret_cast<const float*>(reader.here());
        return kHeaderBytes + length + kTrailerBytes;
    }

    /// Where the next intact record after `from` begins (the file's size when none does), and
    /// how many record headers the skipped bytes hold.
    qint64 resynchronise(qint64 from, qint64& headersSkipped) const {
        headersSkipped = 0;
        ImageKey key;
        const float* vector = nullptr;
        for (qint64 pos = from; pos + 4 <= m_size; ++pos) {
            const void* found = std::memchr(m_data + pos, int(kMagic & 0xff), size_t(m_size - pos));
            if (!found)
                break;
            pos = static_cast<const uchar*>(found) - m_data;
            if (pos + 4 > m_size || load<std::uint32_t>(m_data + pos) != kMagic)
                continue;
            if (recordAt(pos, key, vector) > 0)
                return pos;
            ++headersSkipped;
        }
        return m_size;
    }

private:
    const uchar* m_data;
    qint64 m_size;
    int m_dim;
};

} // namespace

QString StoreDamage::describe() const {
    const QString name = QDir::toNativeSeparators(partPath);
    return atEnd && recordsLost <= 1
               ? Tr::tr("%1: the last %2 bytes are an incomplete record (a run was interrupted "
                        "or is still writing)")
                     .arg(name)
                     .arg(length)
               : Tr::tr("%1: %2 bytes damaged at offset %3 (%n record(s) lost)", nullptr,
                        int(recordsLost))
                     .arg(name)
                     .arg(length)
                     .arg(offset);
}

qint64 recordsLost(const std::vector<StoreDamage>& damage) {
    qint64 lost = 0;
    for (const StoreDamage& region : damage)
        lost += region.recordsLost;
    return lost;
}

QByteArray encodeStoreRecord(const ImageKey& key, const float* vector, int dim) {
    QByteArray payload;
    putString(payload, key.path);
    putString(payload, key.sampleId);
    put(payload, qint64(key.size));
    put(payload, qint64(key.modifiedMs));
    put(payload, std::uint32_t(dim));
    payload.append(reinterpret_cast<const char*>(vector),
                   qsizetype(dim) * qsizetype(sizeof(float)));
    QByteArray record;
    record.reserve(payload.size() + kHeaderBytes + kTrailerBytes);
    put(record, kMagic);
    put(record, std::uint32_t(payload.size()));
    record.append(payload);
    put(record, std::uint32_t(crc32(0, reinterpret_cast<const Bytef*>(payload.constData()),
                                    uInt(payload.size()))));
    return record;
}

Result<PartScan> scanStorePart(const QString& path, int dim, const StoreRecordVisitor& onRecord,
                               const StoreRecordSpanVisitor& onSpan) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io,
                    Tr::tr("cannot read the embedding store: %1").arg(file.errorString()), path);
    PartScan scan;
    const qint64 size = file.size();
    if (size == 0)
        return scan;
    const uchar* data = file.map(0, size);
    if (!data)
        return fail(ErrorCode::Io,
                    Tr::tr("cannot read the embedding store: %1").arg(file.errorString()), path);
    const PartParser parser(data, size, dim);
    qint64 pos = 0;
    while (pos < size) {
        ImageKey key;
        const float* vector = nullptr;
        if (const qint64 length = parser.recordAt(pos, key, vector); length > 0) {
            if (onSpan)
                onSpan(pos, length);
            onRecord(std::move(key), vector);
            ++scan.records;
            pos += length;
            scan.intactEnd = pos;
            continue;
        }
        qint64 headers = 0;
        const qint64 next = parser.resynchronise(pos + 1, headers);
        StoreDamage damage;
        damage.partPath = path;
        damage.offset = pos;
        damage.length = next - pos;
        const bool headerAtStart = size - pos >= 4 && load<std::uint32_t>(data + pos) == kMagic;
        damage.recordsLost = headers + (headerAtStart ? 1 : 0);
        damage.recordsLost = std::max<qint64>(damage.recordsLost, 1);
        damage.atEnd = next == size;
        scan.damage.push_back(damage);
        pos = next;
    }
    file.unmap(const_cast<uchar*>(data));
    // A region whose headers were damaged too holds more records than headers: estimate them
    // from the intact records' mean size as well.
    if (scan.records > 0) {
        qint64 intactBytes = size;
        for (const StoreDamage& damage : scan.damage)
            intactBytes -= damage.length;
        const double mean = double(intactBytes) / double(scan.records);
        for (StoreDamage& damage : scan.damage)
            damage.recordsLost =
                std::max(damage.recordsLost, qint64(std::llround(double(damage.length) / mean)));
    }
    return scan;
}

} // namespace cxrfair
