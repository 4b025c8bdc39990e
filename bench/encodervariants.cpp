#include "encodervariants.h"

#include "benchutils.h"

#include "common/random.h"

#include <torch/script.h>

#include <algorithm>
#include <cmath>
#include <functional>

namespace cxrfair::bench {

namespace {

struct Prepared {
    torch::jit::Module module;
    std::function<at::Tensor(const at::Tensor&)> input = [](const at::Tensor& x) { return x; };
};

torch::jit::Module loaded(const QString& file) {
    torch::jit::Module module = torch::jit::load(file.toStdString());
    module.eval();
    return module;
}

/// cxrfair's way (ModelEncoder::open): frozen, then LibTorch's inference passes where they apply.
torch::jit::Module optimised(const torch::jit::Module& module) {
    torch::jit::Module frozen = torch::jit::freeze(module);
    try {
        return torch::jit::optimize_for_inference(frozen);
    } catch (const std::exception&) {
        return frozen;
    }
}

Prepared channelsLast(const QString& file) {
    torch::jit::Module module = loaded(file);
    for (at::Tensor p : module.parameters())
        if (p.dim() == 4)
            p.set_data(p.contiguous(at::MemoryFormat::ChannelsLast));
    return {torch::jit::freeze(module),
            [](const at::Tensor& x) { return x.contiguous(at::MemoryFormat::ChannelsLast); }};
}

Prepared bfloat16(const QString& file) {
    torch::jit::Module module = loaded(file);
    module.to(at::kBFloat16);
    return {torch::jit::freeze(module), [](const at::Tensor& x) { return x.to(at::kBFloat16); }};
}

at::Tensor run(Prepared& p, const at::Tensor& input) {
    c10::InferenceMode guard;
    return p.module.forward({p.input(input)}).toTensor().to(at::kFloat).contiguous();
}

/// Cosines of each embedding with one fixed random direction: the order a zero-shot score gives.
std::vector<double> scoresOf(const at::Tensor& embeddings) {
    const int64_t rows = embeddings.size(0);
    const int64_t dim = embeddings.size(1);
    Random r(11);
    std::vector<double> direction(static_cast<size_t>(dim));
    for (double& v : direction)
        v = r.normal();
    std::vector<double> scores;
    const float* e = embeddings.data_ptr<float>();
    for (int64_t i = 0; i < rows; ++i) {
        double dot = 0.0;
        double norm = 0.0;
        for (int64_t k = 0; k < dim; ++k) {
            dot += double(e[i * dim + k]) * direction[size_t(k)];
            norm += double(e[i * dim + k]) * double(e[i * dim + k]);
        }
        scores.push_back(dot / std::sqrt(std::max(norm, 1e-300)));
    }
    return scores;
}

double reorderedShare(const std::vector<double>& a, const std::vector<double>& b) {
    long long pairs = 0;
    long long changed = 0;
    for (size_t i = 0; i < a.size(); ++i)
        for (size_t j = i + 1; j < a.size(); ++j) {
            ++pairs;
            changed += ((a[i] < a[j]) != (b[i] < b[j])) ? 1 : 0;
        }
    return pairs ? double(changed) / double(pairs) : 0.0;
}

double maxRelativeError(const at::Tensor& value, const at::Tensor& reference) {
    const at::Tensor difference = (value - reference).norm(2, {1});
    const at::Tensor scale = reference.norm(2, {1}).clamp_min(1e-30);
    return (difference / scale).max().item<double>();
}

} // namespace

std::vector<EncoderVariant> measureEncoderVariants(const QString& encoderFile, int side, int images,
                                                   int passes, const QString& int8File) {
    at::manual_seed(5);
    const at::Tensor input = at::randn({images, 3, side, side});
    using Maker = std::function<Prepared()>;
    std::vector<std::pair<QString, Maker>> makers = {
        {QStringLiteral("cxrfair (frozen, optimised)"),
         [&] { return Prepared{optimised(loaded(encoderFile))}; }},
        {QStringLiteral("plain (not frozen)"), [&] { return Prepared{loaded(encoderFile)}; }},
        {QStringLiteral("frozen only"),
         [&] { return Prepared{torch::jit::freeze(loaded(encoderFile))}; }},
        {QStringLiteral("channels-last, frozen"), [&] { return channelsLast(encoderFile); }},
        {QStringLiteral("bf16, frozen"), [&] { return bfloat16(encoderFile); }},
    };
    if (!int8File.isEmpty())
        makers.push_back({QStringLiteral("int8 linear layers, frozen, optimised"),
                          [&] { return Prepared{optimised(loaded(int8File))}; }});

    std::vector<EncoderVariant> variants;
    at::Tensor reference;
    std::vector<double> referenceScores;
    for (auto& [name, make] : makers) {
        EncoderVariant v;
        v.name = name;
        try {
            Prepared prepared = make();
            (void)run(prepared, input); // warm-up: the profiling executor specialises here
            // The median of `passes` timed passes; a variant at under half the reference's
            // speed after one pass is not timed again (its verdict does not hang on noise).
            std::vector<double> rates;
            at::Tensor output;
            for (int pass = 0; pass < passes; ++pass) {
                const double start = now();
                output = run(prepared, input);
                rates.push_back(images / (now() - start));
                if (!variants.empty() && rates.back() < 0.5 * variants.front().imagesPerSecond)
                    break;
            }
            std::sort(rates.begin(), rates.end());
            v.imagesPerSecond = rates[rates.size() / 2];
            if (!reference.defined()) {
                reference = output;
                referenceScores = scoresOf(output);
            }
            v.maxRelativeError = maxRelativeError(output, reference);
            v.pairsReordered = reorderedShare(scoresOf(output), referenceScores);
        } catch (const std::exception& e) {
            v.failure = QString::fromUtf8(e.what()).section(QLatin1Char('\n'), 0, 0);
        }
        variants.push_back(v);
    }
    return variants;
}

void printEncoderVariants(QTextStream& out, const std::vector<EncoderVariant>& variants) {
    const double base = variants.empty() ? 0.0 : variants.front().imagesPerSecond;
    for (const EncoderVariant& v : variants) {
        out << "    " << v.name.leftJustified(40);
        if (!v.failure.isEmpty()) {
            out << "failed: " << v.failure << "\n";
            continue;
        }
        out << QString::number(v.imagesPerSecond, 'f', 2).rightJustified(8) << " images/s  "
            << QString::number(base > 0 ? v.imagesPerSecond / base : 0.0, 'f', 2) << "x  "
            << "max relative error " << QString::number(v.maxRelativeError, 'e', 1)
            << "  pairs reordered " << QString::number(100.0 * v.pairsReordered, 'f', 2) << "%\n";
    }
    out << Qt::flush;
}

} // namespace cxrfair::bench
