#include "robustness/saliency.h"

#include "imaging/imagedecoder.h"
#include "inference/zeroshot.h"
#include "models/modelbundle.h"
#include "models/modelencoder.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace cxrfair {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cxrfair::Saliency)
};

/// The text side of one condition: t+ and t- as the scorer computes them.
struct ConditionText {
    std::vector<float> positive;
    std::vector<float> negative;
};

Result<ConditionText> conditionText(ModelEncoder& encoder, const PromptSet& prompts,
                                    const QString& condition) {
    const ConditionPrompts p = prompts.forCondition(condition);
    auto blank = [](const QStringList& list) {
        return std::all_of(list.begin(), list.end(),
                           [](const QString& s) { return s.trimmed().isEmpty(); });
    };
    if (condition.trimmed().isEmpty() || blank(p.positive) || blank(p.negative))
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("no prompt for the condition '%1' in the prompt set '%2'")
                        .arg(condition, prompts.name));
    TextEmbeddingCache texts(encoder);
    if (auto fetched = texts.prefetch(p.positive + p.negative); !fetched)
        return std::unexpected(fetched.error());
    auto positive = texts.ensemble(p.positive);
    if (!positive)
        return std::unexpected(positive.error());
    auto negative = texts.ensemble(p.negative);
    if (!negative)
        return std::unexpected(negative.error());
    return ConditionText{std::move(*positive), std::move(*negative)};
}

Result<void> occlusion(ModelEncoder& encoder, const ConditionText& text, SaliencyMap& map,
                       const InferenceSettings& settings, const Progress& progress) {
    const ChwTensor& input = map.input;
    const int p = map.patch;
    const int s = map.stride;
    map.rows = (input.height - p) / s + 1;
    map.columns = (input.width - p) / s + 1;
    const ModelBundle& bundle = encoder.bundle();
    const size_t plane = size_t(input.height) * size_t(input.width);
    const size_t image = size_t(input.channels) * plane;
    const int positions = map.rows * map.columns;
    const int batch = settings.batchSize > 0                                   ? settings.batchSize
                      : encoder.deviceName().startsWith(QLatin1String("cuda")) ? 64
                                                                               : 8;
    map.values.assign(size_t(positions), 0.0f);
    std::vector<float> pixels;
    for (int first = 0; first < positions; first += batch) {
        if (progress.cancelled())
            return std::unexpected(Progress::cancelledError());
        progress.report(double(first) / double(positions),
                        Tr::tr("%1 of %2 occlusions").arg(first).arg(positions));
        const int count = std::min(batch, positions - first);
        pixels.resize(size_t(count) * image);
        for (int k = 0; k < count; ++k) {
            float* copy = pixels.data() + size_t(k) * image;
            std::copy(input.data.begin(), input.data.end(), copy);
            const int row = (first + k) / map.columns * s;
            const int column = (first + k) % map.columns * s;
            for (int c = 0; c < input.channels; ++c)
                for (int y = row; y < row + p; ++y)
                    std::fill_n(copy + size_t(c) * plane + size_t(y) * size_t(input.width) +
                                    size_t(column),
                                p, 0.0f);
        }
        auto embeddings =
            encoder.encodeImages(pixels.data(), count, input.channels, input.height, input.width);
        if (!embeddings)
            return std::unexpected(embeddings.error());
        const std::vector<double> scores = zeroShotScores(
            *embeddings, bundle.normalizeImage, text.positive, text.negative, bundle.logitScale);
        for (int k = 0; k < count; ++k)
            map.values[size_t(first + k)] = float(map.score - scores[size_t(k)]);
    }
    progress.report(1.0, Tr::tr("%1 occlusions").arg(positions));
    return {};
}

} // namespace

QString saliencyMethodName(SaliencyMethod method) {
    return method == SaliencyMethod::Gradient ? QStringLiteral("gradient")
                                              : QStringLiteral("occlusion");
}

std::optional<SaliencyMethod> parseSaliencyMethod(const QString& name) {
    if (name == QStringLiteral("occlusion"))
        return SaliencyMethod::Occlusion;
    if (name == QStringLiteral("gradient"))
        return SaliencyMethod::Gradient;
    return std::nullopt;
}

Result<SaliencyMap> computeSaliency(const SaliencyRequest& request, const Progress& progress) {
    if (request.patch < 1 || request.stride < 1)
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("the patch and the stride must be at least 1 pixel"));
    auto bundle = readModelBundle(request.bundlePath);
    if (!bundle)
        return std::unexpected(bundle.error());
    auto encoder = ModelEncoder::open(*bundle, request.settings);
    if (!encoder)
        return std::unexpected(encoder.error());
    return computeSaliency(**encoder, request, progress);
}

Result<SaliencyMap> computeSaliency(ModelEncoder& encoder, const SaliencyRequest& request,
                                    const Progress& progress) {
    if (request.patch < 1 || request.stride < 1)
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("the patch and the stride must be at least 1 pixel"));
    const ModelBundle& bundle = encoder.bundle();
    auto decoded = decodeImage(request.imagePath);
    if (!decoded)
        return std::unexpected(decoded.error());
    SaliencyMap map;
    map.method = request.method;
    auto input = preprocess(decoded->image, bundle.preprocess);
    if (!input)
        return std::unexpected(input.error());
    map.input = std::move(*input);
    map.preprocess = bundle.preprocess;
    if (request.method == SaliencyMethod::Occlusion &&
        (request.patch > map.input.height || request.patch > map.input.width))
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("the patch (%1 pixels) is larger than the input the encoder sees "
                           "(%2 x %3)")
                        .arg(request.patch)
                        .arg(map.input.width)
                        .arg(map.input.height),
                    request.imagePath);
    map.device = encoder.deviceName();
    auto text = conditionText(encoder, request.prompts, request.condition);
    if (!text)
        return std::unexpected(text.error());
    const ChwTensor& in = map.input;
    auto base = encoder.encodeImages(in.data.data(), 1, in.channels, in.height, in.width);
    if (!base)
        return std::unexpected(base.error());
    map.score = zeroShotScores(*base, bundle.normalizeImage, text->positive, text->negative,
                               bundle.logitScale)
                    .front();
    if (request.method == SaliencyMethod::Gradient) {
        std::vector<float> direction(text->positive.size());
        for (size_t k = 0; k < direction.size(); ++k)
            direction[k] = float(bundle.logitScale) * (text->positive[k] - text->negative[k]);
        auto values =
            encoder.gradientTimesInput(in.data.data(), in.channels, in.height, in.width, direction);
        if (!values)
            return std::unexpected(values.error());
        map.values = std::move(*values);
        map.rows = in.height;
        map.columns = in.width;
        map.patch = map.stride = 1;
        return map;
    }
    map.patch = request.patch;
    map.stride = request.stride;
    if (auto done = occlusion(encoder, *text, map, request.settings, progress); !done)
        return std::unexpected(done.error());
    return map;
}

std::vector<float> saliencyAtInput(const SaliencyMap& map) {
    const int width = map.input.width;
    const int height = map.input.height;
    std::vector<float> out(size_t(width) * size_t(height), 0.0f);
    if (map.patch <= 1 && map.stride <= 1 && map.rows == height && map.columns == width)
        return map.values;
    std::vector<int> covers(out.size(), 0);
    for (int i = 0; i < map.rows; ++i)
        for (int j = 0; j < map.columns; ++j) {
            const float v = map.values[size_t(i) * size_t(map.columns) + size_t(j)];
            for (int y = i * map.stride; y < std::min(height, i * map.stride + map.patch); ++y)
                for (int x = j * map.stride; x < std::min(width, j * map.stride + map.patch); ++x) {
                    out[size_t(y) * size_t(width) + size_t(x)] += v;
                    ++covers[size_t(y) * size_t(width) + size_t(x)];
                }
        }
    for (size_t k = 0; k < out.size(); ++k)
        if (covers[k] > 0)
            out[k] /= float(covers[k]);
    return out;
}

QRectF saliencyInputRegion(const PreprocessSpec& spec, int width, int height) {
    QRectF region(0, 0, width, height);
    if (spec.padToSquare) {
        const double side = std::max(width, height);
        region = QRectF((width - side) / 2.0, (height - side) / 2.0, side, side);
    }
    double scaleX = 1.0, scaleY = 1.0;
    if (spec.resize == ResizePolicy::Exact) {
        scaleX = spec.size / region.width();
        scaleY = spec.size / region.height();
    } else {
        const double side = spec.resize == ResizePolicy::ShorterSide
                                ? std::min(region.width(), region.height())
                                : std::max(region.width(), region.height());
        scaleX = scaleY = spec.size / side;
    }
    if (spec.cropSize <= 0)
        return region;
    const double outWidth = region.width() * scaleX;
    const double outHeight = region.height() * scaleY;
    const double crop = spec.cropSize;
    return QRectF(region.x() + (outWidth - crop) / 2.0 / scaleX,
                  region.y() + (outHeight - crop) / 2.0 / scaleY, crop / scaleX, crop / scaleY);
}

std::optional<double> positiveShareInside(const SaliencyMap& map,
                                          const std::vector<std::uint8_t>& mask) {
    const std::vector<float> at = saliencyAtInput(map);
    if (mask.size() != at.size())
        return std::nullopt;
    double inside = 0.0, total = 0.0;
    for (size_t k = 0; k < at.size(); ++k)
        if (at[k] > 0.0f) {
            total += double(at[k]);
            if (mask[k])
                inside += double(at[k]);
        }
    if (total <= 0.0)
        return std::nullopt;
    return inside / total;
}

} // namespace cxrfair
