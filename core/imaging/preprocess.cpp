#include "imaging/preprocess.h"

#include "common/jsonfields.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace cxrfair {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cxrfair::Preprocess)
};

std::pair<int, int> resizedSize(int w, int h, const PreprocessSpec& spec) {
    switch (spec.resize) {
    case ResizePolicy::Exact:
        return {spec.size, spec.size};
    case ResizePolicy::ShorterSide:
        // As torchvision: the longer side is truncated, not rounded.
        if (w <= h)
            return {spec.size, std::max(1, int(double(spec.size) * h / w))};
        return {std::max(1, int(double(spec.size) * w / h)), spec.size};
    case ResizePolicy::LongerSide:
        if (w >= h)
            return {spec.size, std::max(1, int(double(spec.size) * h / w))};
        return {std::max(1, int(double(spec.size) * w / h)), spec.size};
    }
    return {spec.size, spec.size};
}

} // namespace

QString resizePolicyName(ResizePolicy policy) {
    switch (policy) {
    case ResizePolicy::Exact:
        return QStringLiteral("exact");
    case ResizePolicy::ShorterSide:
        return QStringLiteral("shorter");
    case ResizePolicy::LongerSide:
        break;
    }
    return QStringLiteral("longer");
}

std::optional<ResizePolicy> parseResizePolicy(const QString& name) {
    for (ResizePolicy p :
         {ResizePolicy::Exact, ResizePolicy::ShorterSide, ResizePolicy::LongerSide}) {
        if (resizePolicyName(p).compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return p;
    }
    return std::nullopt;
}

std::optional<std::pair<int, int>> PreprocessSpec::outputSize() const {
    if (cropSize > 0)
        return std::pair{cropSize, cropSize};
    if (resize == ResizePolicy::Exact)
        return std::pair{size, size};
    return std::nullopt;
}

Result<void> PreprocessSpec::validate() const {
    if (size <= 0 || size > 8192)
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("the resize size must be between 1 and 8192"));
    if (cropSize < 0 || cropSize > 8192)
        return fail(ErrorCode::InvalidArgument, Tr::tr("the crop size must be between 0 and 8192"));
    if (channels != 1 && channels != 3)
        return fail(ErrorCode::InvalidArgument, Tr::tr("channels must be 1 or 3"));
    if (!(scale > 0.0f))
        return fail(ErrorCode::InvalidArgument, Tr::tr("the scale must be positive"));
    for (int c = 0; c < 3; ++c) {
        if (!(this->std[size_t(c)] > 0.0f))
            return fail(ErrorCode::InvalidArgument,
                        Tr::tr("every standard deviation must be positive"));
    }
    return {};
}

QJsonObject PreprocessSpec::toJson() const {
    return QJsonObject{
        {QStringLiteral("size"), size},
        {QStringLiteral("resize"), resizePolicyName(resize)},
        {QStringLiteral("pad_to_square"), padToSquare},
        {QStringLiteral("interpolation"), interpolationName(interpolation)},
        {QStringLiteral("antialias"), antialias},
        {QStringLiteral("crop"), cropSize},
        {QStringLiteral("channels"), channels},
        {QStringLiteral("scale"), double(scale)},
        {QStringLiteral("mean"), QJsonArray{double(mean[0]), double(mean[1]), double(mean[2])}},
        {QStringLiteral("std"),
         QJsonArray{double(this->std[0]), double(this->std[1]), double(this->std[2])}},
    };
}

Result<PreprocessSpec> PreprocessSpec::fromJson(const QJsonObject& json, const QString& where,
                                                const QStringList& otherKeys) {
    PreprocessSpec s;
    JsonFields fields(json, where);
    fields.alsoKnown(otherKeys);
    fields.whole("size", s.size, 1, 8192);
    QString name = resizePolicyName(s.resize);
    fields.text("resize", name);
    if (const auto p = parseResizePolicy(name))
        s.resize = *p;
    else
        fields.invalid("resize", Tr::tr("exact, shorter or longer"));
    fields.flag("pad_to_square", s.padToSquare);
    name = interpolationName(s.interpolation);
    fields.text("interpolation", name);
    if (const auto i = parseInterpolation(name))
        s.interpolation = *i;
    else
        fields.invalid("interpolation", Tr::tr("nearest, bilinear, bicubic, area or lanczos"));
    fields.flag("antialias", s.antialias);
    fields.whole("crop", s.cropSize, 0, 8192);
    fields.whole("channels", s.channels, 1, 3);
    double scale = s.scale;
    fields.number("scale", scale, 1e-9, 1e9);
    s.scale = float(scale);
    auto readTriple = [&](const char* key, std::array<float, 3>& target) {
        const QJsonValue v = fields.value(key);
        if (v.isUndefined())
            return;
        if (v.isDouble()) {
            target.fill(float(v.toDouble()));
            return;
        }
        const QJsonArray a = v.toArray();
        bool numbers = v.isArray() && (a.size() == 1 || a.size() == 3);
        for (const QJsonValue& x : a)
            numbers = numbers && x.isDouble();
        if (!numbers) {
            fields.invalid(key, Tr::tr("a number or a list of 1 or 3 numbers"));
            return;
        }
        for (int c = 0; c < 3; ++c)
            target[size_t(c)] = float(a[a.size() == 1 ? 0 : c].toDouble());
    };
    readTriple("mean", s.mean);
    readTriple("std", s.std);
    if (auto done = fields.finish(); !done)
        return std::unexpected(done.error());
    if (auto ok = s.validate(); !ok)
        return std::unexpected(ok.error());
    return s;
}

Result<ChwTensor> preprocess(const GrayImage& image, const PreprocessSpec& spec) {
    if (auto ok = spec.validate(); !ok)
        return std::unexpected(ok.error());
    if (image.isNull())
        return fail(ErrorCode::InvalidArgument, Tr::tr("empty image"));

    // Grey levels to [0, 1] floats, padded to a square when asked.
    int w = image.width;
    int h = image.height;
    int side = spec.padToSquare ? std::max(w, h) : 0;
    const int padX = spec.padToSquare ? (side - w) / 2 : 0;
    const int padY = spec.padToSquare ? (side - h) / 2 : 0;
    const int fw = spec.padToSquare ? side : w;
    const int fh = spec.padToSquare ? side : h;
    std::vector<float> source(size_t(fw) * size_t(fh), 0.0f);
    constexpr float kInv = 1.0f / 65535.0f;
    for (int y = 0; y < h; ++y) {
        const std::uint16_t* in = image.pixels.data() + size_t(y) * size_t(w);
        float* out = source.data() + size_t(y + padY) * size_t(fw) + size_t(padX);
        for (int x = 0; x < w; ++x)
            out[x] = float(in[x]) * kInv;
    }

    const auto [rw, rh] = resizedSize(fw, fh, spec);
    std::vector<float> resized(size_t(rw) * size_t(rh));
    if (rw == fw && rh == fh)
        resized = std::move(source);
    else
        resample(source.data(), fw, fh, resized.data(), rw, rh, spec.interpolation, spec.antialias,
                 0.0f, 1.0f);

    // Centre crop as torchvision: offsets rounded, black where the crop leaves the image.
    const int ow = spec.cropSize > 0 ? spec.cropSize : rw;
    const int oh = spec.cropSize > 0 ? spec.cropSize : rh;
    const int left = int(std::lround((rw - ow) / 2.0));
    const int top = int(std::lround((rh - oh) / 2.0));

    ChwTensor t;
    t.channels = spec.channels;
    t.height = oh;
    t.width = ow;
    t.data.assign(size_t(spec.channels) * size_t(oh) * size_t(ow), 0.0f);
    for (int c = 0; c < spec.channels; ++c) {
        const float mean = spec.mean[size_t(c)];
        const float inv = 1.0f / spec.std[size_t(c)];
        float* plane = t.data.data() + size_t(c) * size_t(oh) * size_t(ow);
        for (int y = 0; y < oh; ++y) {
            const int sy = y + top;
            for (int x = 0; x < ow; ++x) {
                const int sx = x + left;
                const float v = (sy >= 0 && sy < rh && sx >= 0 && sx < rw)
                                    ? resized[size_t(sy) * size_t(rw) + size_t(sx)]
                                    : 0.0f;
                plane[size_t(y) * size_t(ow) + size_t(x)] = (v * spec.scale - mean) * inv;
            }
        }
    }
    return t;
}

} // namespace cxrfair
