#include "imaging/monochromerender.h"

#include "imaging/imagedecoder.h"
#include "imaging/resample.h"

#include <algorithm>
#include <cmath>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace cxrfair {

namespace {

/// The modality value of a stored bit pattern (sign-extended when signed).
double modalityValue(std::uint32_t pattern, const MonochromeFrame& f) {
    const std::int64_t signBit = std::int64_t(1) << (f.bitsStored - 1);
    const std::int64_t value = f.isSigned && (pattern & std::uint32_t(signBit))
                                   ? std::int64_t(pattern) - 2 * signBit
                                   : std::int64_t(pattern);
    return double(value) * f.slope + f.intercept;
}

/// The smallest and largest stored value's bit pattern, in the order of their values: signed
/// patterns compare as values once their sign bit is flipped.
template <class T>
std::pair<std::uint32_t, std::uint32_t> patternRange(const T* pixels, size_t count,
                                                     std::uint32_t mask, std::uint32_t flip) {
    const T m = T(mask), f = T(flip);
    T lo = m, hi = 0;
    size_t i = 0;
#if defined(__SSE2__)
    if constexpr (sizeof(T) == 2) {
        // Eight at a time (one pass over 4 million pixels per radiograph): SSE2 compares signed
        // words, so the patterns are offset by 0x8000 to compare as unsigned ones.
        const __m128i vm = _mm_set1_epi16(std::int16_t(m));
        const __m128i vf = _mm_set1_epi16(std::int16_t(std::uint16_t(f ^ 0x8000u)));
        __m128i vlo = _mm_set1_epi16(std::int16_t(std::uint16_t(m ^ 0x8000u)));
        __m128i vhi = _mm_set1_epi16(std::int16_t(0x8000));
        for (; i + 8 <= count; i += 8) {
            __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(pixels + i));
            v = _mm_xor_si128(_mm_and_si128(v, vm), vf);
            vlo = _mm_min_epi16(vlo, v);
            vhi = _mm_max_epi16(vhi, v);
        }
        alignas(16) std::uint16_t l[8], h[8];
        _mm_store_si128(reinterpret_cast<__m128i*>(l), vlo);
        _mm_store_si128(reinterpret_cast<__m128i*>(h), vhi);
        for (int k = 0; k < 8; ++k) {
            // Back to the order of (pattern ^ f).
            lo = std::min(lo, T(l[k] ^ 0x8000u));
            hi = std::max(hi, T(h[k] ^ 0x8000u));
        }
    }
#endif
    for (; i < count; ++i) {
        const T v = T((pixels[i] & m) ^ f);
        lo = std::min(lo, v);
        hi = std::max(hi, v);
    }
    return {std::uint32_t(T(lo ^ f)), std::uint32_t(T(hi ^ f))};
}

/// Display value of every stored bit pattern under the window (center, width).
std::vector<std::uint16_t> windowTable(const MonochromeFrame& f, double center, double width) {
    const double low = f.monochrome1 ? 65535.0 : 0.0;
    const double high = f.monochrome1 ? 0.0 : 65535.0;
    const double width1 = width - 1.0;
    const double leftBorder = center - 0.5 - width1 / 2.0;
    const double rightBorder = center - 0.5 + width1 / 2.0;
    const double outrange = high - low;
    // As DCMTK writes it, so that both give the same values.
    const double offset = width1 == 0.0 ? 0.0 : high - ((center - 0.5) / width1 + 0.5) * outrange;
    const double gradient = width1 == 0.0 ? 0.0 : outrange / width1;
    std::vector<std::uint16_t> table(size_t(1) << f.bitsStored);
    for (size_t p = 0; p < table.size(); ++p) {
        const double x = modalityValue(std::uint32_t(p), f);
        table[p] = x <= leftBorder   ? std::uint16_t(low)
                   : x > rightBorder ? std::uint16_t(high)
                                     : std::uint16_t(offset + x * gradient);
    }
    return table;
}

/// Every pixel through the table, at full size.
template <class T>
void mapAll(const T* pixels, size_t count, std::uint32_t mask,
            const std::vector<std::uint16_t>& table, std::uint16_t* out) {
    for (size_t i = 0; i < count; ++i)
        out[i] = table[std::uint32_t(pixels[i]) & mask];
}

/// Every pixel through the table and shrunk to `tw` x `th` with resample()'s area taps: each
/// output row sums its source rows (mapped as they are read) with their vertical weights, then
/// its columns with their horizontal weights. The rows of a band that share its largest weight
/// (all of them but an edge row now and then) are summed as integers and weighted once.
template <class T>
void mapAndShrink(const T* pixels, int sw, int sh, std::uint32_t mask,
                  const std::vector<std::uint16_t>& table, std::uint16_t* out, int tw, int th) {
    const ResampleTaps wx = resampleTaps(sw, tw, Interpolation::Area, true);
    const ResampleTaps wy = resampleTaps(sh, th, Interpolation::Area, true);
    std::vector<std::uint32_t> whole(static_cast<size_t>(sw));
    std::vector<float> rows(static_cast<size_t>(sw));
    const std::uint16_t* lut = table.data();
    const T m = T(mask);
    for (int y = 0; y < th; ++y) {
        std::fill(whole.begin(), whole.end(), 0u);
        std::fill(rows.begin(), rows.end(), 0.0f);
        const int start = wy.start[size_t(y)];
        const float* k = wy.values.data() + size_t(y) * size_t(wy.taps);
        const int n = std::min(wy.taps, sh - start);
        const float common = n > 0 ? *std::max_element(k, k + n) : 0.0f;
        bool edges = false;
        for (int t = 0; t < n; ++t) {
            const float kt = k[t];
            const T* in = pixels + size_t(start + t) * size_t(sw);
            if (kt == common) {
                std::uint32_t* acc = whole.data();
                for (int x = 0; x < sw; ++x)
                    acc[x] += lut[in[x] & m];
            } else if (kt != 0.0f) {
                edges = true;
                for (int x = 0; x < sw; ++x)
                    rows[size_t(x)] += float(lut[in[x] & m]) * kt;
            }
        }
        for (int x = 0; x < sw; ++x)
            rows[size_t(x)] = edges ? rows[size_t(x)] + float(whole[size_t(x)]) * common
                                    : float(whole[size_t(x)]) * common;
        std::uint16_t* o = out + size_t(y) * size_t(tw);
        for (int x = 0; x < tw; ++x)
            o[x] = std::uint16_t(std::clamp(wx.apply(rows.data(), sw, x), 0.0f, 65535.0f) + 0.5f);
    }
}

template <class T>
RenderedFrame render(const MonochromeFrame& f, const T* pixels, int maxDimension) {
    const std::uint32_t mask = std::uint32_t((std::uint64_t(1) << f.bitsStored) - 1);
    const size_t count = size_t(f.width) * size_t(f.height);
    RenderedFrame r;
    if (f.window) {
        std::tie(r.windowCenter, r.windowWidth) = *f.window;
    } else {
        const std::uint32_t flip = f.isSigned ? std::uint32_t(1) << (f.bitsStored - 1) : 0;
        const auto [lo, hi] = patternRange(pixels, count, mask, flip);
        double min = modalityValue(lo, f), max = modalityValue(hi, f);
        if (min > max)
            std::swap(min, max); // a negative slope
        r.windowCenter = (min + max + 1.0) / 2.0;
        r.windowWidth = max - min + 1.0;
    }
    const std::vector<std::uint16_t> table = windowTable(f, r.windowCenter, r.windowWidth);
    const auto [tw, th] = shrunkSize(f.width, f.height, maxDimension);
    r.image = GrayImage(tw, th);
    if (tw == f.width && th == f.height)
        mapAll(pixels, count, mask, table, r.image.pixels.data());
    else
        mapAndShrink(pixels, f.width, f.height, mask, table, r.image.pixels.data(), tw, th);
    return r;
}

} // namespace

RenderedFrame renderMonochrome(const MonochromeFrame& frame, int maxDimension) {
    if (frame.bitsAllocated == 8)
        return render(frame, static_cast<const std::uint8_t*>(frame.pixels), maxDimension);
    return render(frame, static_cast<const std::uint16_t*>(frame.pixels), maxDimension);
}

} // namespace cxrfair
