#include "embedding/npy.h"

#include "common/filecontents.h"

#include <QFile>
#include <QRegularExpression>

#include <algorithm>
#include <bit>
#include <cstring>
#include <functional>

namespace cxrfair {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cxrfair::Npy)
};

Error npyError(const QString& path, const QString& message) {
    return Error{ErrorCode::Format, message, path, -1, {}, {}, {}};
}

/// IEEE half to float.
float halfToFloat(std::uint16_t h) {
    const std::uint32_t sign = std::uint32_t(h & 0x8000) << 16;
    std::uint32_t exponent = (h >> 10) & 0x1F;
    std::uint32_t mantissa = h & 0x3FF;
    std::uint32_t bits;
    if (exponent == 0) {
        if (mantissa == 0) {
            bits = sign;
        } else { // subnormal: normalise
            exponent = 127 - 15 + 1;
            while (!(mantissa & 0x400)) {
                mantissa <<= 1;
                --exponent;
            }
            mantissa &= 0x3FF;
            bits = sign | (exponent << 23) | (mantissa << 13);
        }
    } else if (exponent == 31) {
        bits = sign | 0x7F800000 | (mantissa << 13);
    } else {
        bits = sign | ((exponent - 15 + 127) << 23) | (mantissa << 13);
    }
    return std::bit_cast<float>(bits);
}

template <typename T>
T load(const char* p, bool swap) {
    unsigned char bytes[sizeof(T)];
    std::memcpy(bytes, p, sizeof(T));
    if (swap)
        std::reverse(bytes, bytes + sizeof(T));
    T v;
    std::memcpy(&v, bytes, sizeof(T));
    return v;
}

} // namespace

Result<FloatMatrix> readNpy(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, Tr::tr("cannot open: %1").arg(file.errorString()), path);
    const QByteArray magic = file.read(8);
    if (magic.size() < 8 || !magic.startsWith("\x93NUMPY"))
        return std::unexpected(npyError(path, Tr::tr("not a NumPy .npy file")));
    const int major = quint8(magic[6]);
    qint64 headerLength = 0;
    if (major == 1) {
        const QByteArray n = file.read(2);
        if (n.size() < 2)
            return std::unexpected(npyError(path, Tr::tr("the .npy header is truncated")));
        headerLength = quint8(n[0]) | (quint8(n[1]) << 8);
    } else if (major == 2 || major == 3) {
        const QByteArray n = file.read(4);
        if (n.size() < 4)
            return std::unexpected(npyError(path, Tr::tr("the .npy header is truncated")));
        headerLength = qint64(quint8(n[0])) | (qint64(quint8(n[1])) << 8) |
                       (qint64(quint8(n[2])) << 16) | (qint64(quint8(n[3])) << 24);
    } else {
        return std::unexpected(
            npyError(path, Tr::tr(".npy format version %1 is not supported").arg(major)));
    }
    // A header is a few hundred bytes: a declared length beyond the file, or absurdly long, is
    // damage, not a reason to allocate it.
    constexpr qint64 longestHeader = 1 << 20;
    if (headerLength > std::min(longestHeader, file.size() - file.pos()))
        return std::unexpected(
            npyError(path, Tr::tr("the .npy header declares %1 bytes, more than the file holds")
                               .arg(headerLength)));
    const QString header = QString::fromLatin1(file.read(headerLength));
    static const QRegularExpression descrPattern(QStringLiteral("'descr'\\s*:\\s*'([^']*)'"));
    static const QRegularExpression orderPattern(
        QStringLiteral("'fortran_order'\\s*:\\s*(True|False)"));
    static const QRegularExpression shapePattern(QStringLiteral("'shape'\\s*:\\s*\\(([^)]*)\\)"));
    const auto descr = descrPattern.match(header), order = orderPattern.match(header),
               shape = shapePattern.match(header);
    if (!descr.hasMatch() || !order.hasMatch() || !shape.hasMatch())
        return std::unexpected(
            npyError(path, Tr::tr("the .npy header cannot be read: %1").arg(header.trimmed())));

    std::vector<std::int64_t> dims;
    for (const QString& part : shape.captured(1).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const qint64 d = part.trimmed().toLongLong(&ok);
        if (!ok || d < 0)
            return std::unexpected(npyError(
                path, Tr::tr("the .npy shape (%1) cannot be read").arg(shape.captured(1))));
        dims.push_back(d);
    }
    if (dims.empty() || dims.size() > 2) {
        return std::unexpected(npyError(
            path, Tr::tr("expected a 1-D or 2-D array (images x dimensions), found shape (%1)")
                      .arg(shape.captured(1))));
    }
    const std::int64_t rows = dims[0], cols = dims.size() == 2 ? dims[1] : 1;
    const bool fortran = order.captured(1) == QStringLiteral("True");

    const QString d = descr.captured(1);
    const QChar byteOrder = d.isEmpty() ? QLatin1Char('|') : d[0];
    const QString kind = d.mid(1);
    const bool swap = byteOrder == QLatin1Char('>') ? std::endian::native == std::endian::little
                                                    : byteOrder == QLatin1Char('<') &&
                                                          std::endian::native == std::endian::big;
    int itemSize = 0;
    std::function<float(const char*)> convert;
    if (kind == QStringLiteral("f4")) {
        itemSize = 4;
        convert = [swap](const char* p) { return load<float>(p, swap); };
    } else if (kind == QStringLiteral("f8")) {
        itemSize = 8;
        convert = [swap](const char* p) { return float(load<double>(p, swap)); };
    } else if (kind == QStringLiteral("f2")) {
        itemSize = 2;
        convert = [swap](const char* p) { return halfToFloat(load<std::uint16_t>(p, swap)); };
    } else if (kind == QStringLiteral("i1") || kind == QStringLiteral("u1")) {
        itemSize = 1;
        const bool isSigned = kind[0] == QLatin1Char('i');
        convert = [isSigned](const char* p) {
            return isSigned ? float(std::int8_t(*p)) : float(std::uint8_t(*p));
        };
    } else if (kind == QStringLiteral("i2") || kind == QStringLiteral("u2")) {
        itemSize = 2;
        const bool isSigned = kind[0] == QLatin1Char('i');
        convert = [swap, isSigned](const char* p) {
            return isSigned ? float(load<std::int16_t>(p, swap))
                            : float(load<std::uint16_t>(p, swap));
        };
    } else if (kind == QStringLiteral("i4") || kind == QStringLiteral("u4")) {
        itemSize = 4;
        const bool isSigned = kind[0] == QLatin1Char('i');
        convert = [swap, isSigned](const char* p) {
            return isSigned ? float(load<std::int32_t>(p, swap))
                            : float(load<std::uint32_t>(p, swap));
        };
    } else if (kind == QStringLiteral("i8") || kind == QStringLiteral("u8")) {
        itemSize = 8;
        const bool isSigned = kind[0] == QLatin1Char('i');
        convert = [swap, isSigned](const char* p) {
            return isSigned ? float(load<std::int64_t>(p, swap))
                            : float(load<std::uint64_t>(p, swap));
        };
    } else {
        return std::unexpected(npyError(
            path, Tr::tr("dtype '%1' is not a number type cxrfair reads (float32, float64, "
                         "float16 or integers)")
                      .arg(d)));
    }

    // The declared shape is checked against the bytes the file really has before anything is
    // allocated: a shape whose product overflows, or larger than the data, is an error.
    qint64 elements = 0, bytes = 0;
    if (__builtin_mul_overflow(qint64(rows), qint64(cols), &elements) ||
        __builtin_mul_overflow(elements, qint64(itemSize), &bytes))
        return std::unexpected(npyError(
            path,
            Tr::tr("the .npy shape (%1) is too large to be an array").arg(shape.captured(1))));
    const qint64 available = file.size() - file.pos();
    if (bytes > available)
        return std::unexpected(npyError(
            path, Tr::tr("the array data is truncated: %1 of %2 bytes").arg(available).arg(bytes)));
    FloatMatrix m;
    m.rows = rows;
    m.cols = cols;
    const QByteArray payload = file.read(bytes);
    if (payload.size() != bytes) {
        return std::unexpected(npyError(
            path,
            Tr::tr("the array data is truncated: %1 of %2 bytes").arg(payload.size()).arg(bytes)));
    }
    m.data.resize(size_t(rows * cols));
    const char* p = payload.constData();
    if (kind == QStringLiteral("f4") && !swap && !fortran) {
        if (bytes > 0) // an empty array has no data to copy (and memcpy takes no null pointer)
            std::memcpy(m.data.data(), p, size_t(bytes));
        return m;
    }
    for (std::int64_t r = 0; r < rows; ++r) {
        for (std::int64_t c = 0; c < cols; ++c) {
            const std::int64_t source = fortran ? c * rows + r : r * cols + c;
            m.data[size_t(r * cols + c)] = convert(p + source * itemSize);
        }
    }
    return m;
}

Result<void> writeNpy(const QString& path, const FloatMatrix& matrix) {
    QByteArray header =
        QStringLiteral("{'descr': '<f4', 'fortran_order': False, 'shape': (%1, %2), }")
            .arg(matrix.rows)
            .arg(matrix.cols)
            .toLatin1();
    // The whole preamble is padded with spaces to a multiple of 64 bytes, ending in a newline.
    const qsizetype preamble = 10 + header.size() + 1;
    header.append(QByteArray((64 - preamble % 64) % 64, ' '));
    header.append('\n');
    AtomicFileWriter file(path);
    if (auto opened = file.open(); !opened)
        return opened;
    QByteArray start("\x93NUMPY\x01\x00", 8);
    start.append(char(header.size() & 0xFF));
    start.append(char((header.size() >> 8) & 0xFF));
    file.write(start);
    file.write(header);
    std::vector<float> little(matrix.data);
    if constexpr (std::endian::native == std::endian::big) {
        for (float& v : little)
            v = std::bit_cast<float>(std::byteswap(std::bit_cast<std::uint32_t>(v)));
    }
    file.write(reinterpret_cast<const char*>(little.data()), qint64(little.size() * sizeof(float)));
    if (auto committed = file.commit(); !committed)
        return committed;
    return {};
}

} // namespace cxrfair
