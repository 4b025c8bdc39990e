// The one place besides the demo-model writer where LibTorch is compiled in: keep it small.
#include "models/modelencoder.h"

#include <ATen/Parallel.h>
#include <torch/cuda.h>
#include <torch/script.h>

#include <QThread>

#include <cmath>
#include <optional>

namespace cxrfair {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cxrfair::ModelEncoder)
};

bool isOutOfMemory(const std::string& what) {
    const QString text = QString::fromStdString(what).toLower();
    return text.contains(QStringLiteral("out of memory")) ||
           text.contains(QStringLiteral("can't allocate memory")) ||
           text.contains(QStringLiteral("cannot allocate memory"));
}

/// The line of a LibTorch message that says what went wrong: the first for C++ errors (a
/// backtrace follows), the last for TorchScript errors (the script's traceback comes first).
QString firstLine(const std::string& what) {
    const QStringList lines =
        QString::fromStdString(what).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (lines.isEmpty())
        return {};
    const bool scripted =
        lines.front().startsWith(QStringLiteral("The following operation failed"));
    return (scripted ? lines.back() : lines.front()).trimmed().left(300);
}

QString forwardCheck(const at::Tensor& output, std::int64_t rows, int dim) {
    if (output.dim() != 2)
        return Tr::tr("returned a tensor of rank %1; an encoder must return [batch, %2]")
            .arg(output.dim())
            .arg(dim);
    if (output.size(0) != rows || output.size(1) != dim)
        return Tr::tr("returned shape [%1, %2] for %3 inputs; the manifest's embedding_dim is %4")
            .arg(output.size(0))
            .arg(output.size(1))
            .arg(rows)
            .arg(dim);
    if (!torch::isfinite(output).all().item<bool>())
        return Tr::tr("returned NaN or infinite values");
    return {};
}

FloatMatrix toMatrix(const at::Tensor& output) {
    const at::Tensor cpu = output.to(torch::kCPU, torch::kFloat32).contiguous();
    FloatMatrix m;
    m.rows = cpu.size(0);
    m.cols = cpu.size(1);
    m.data.assign(cpu.data_ptr<float>(), cpu.data_ptr<float>() + cpu.numel());
    return m;
}

} // namespace

bool cudaAvailable() {
    try {
        return torch::cuda::is_available();
    } catch (const std::exception&) {
        return false;
    }
}

struct ModelEncoder::Impl {
    ModelBundle bundle;
    std::unique_ptr<Tokenizer> tokenizer;
    torch::jit::Module image;
    torch::jit::Module text;
    std::optional<torch::jit::Module> differentiable; ///< the image encoder unfrozen, on demand
    torch::Device device{torch::kCPU};

    Error error(const QString& file, const QString& message,
                ErrorCode code = ErrorCode::Format) const {
        return Error{code,
                     Tr::tr("model bundle %1: %2: %3").arg(bundle.path, file, message),
                     bundle.filePath(file),
                     -1,
                     {},
                     {},
                     {}};
    }

    Result<FloatMatrix> runImages(const float* pixels, int count, int channels, int height,
                                  int width) {
        try {
            c10::InferenceMode guard;
            at::Tensor input = torch::from_blob(const_cast<float*>(pixels),
                                                {count, channels, height, width}, torch::kFloat32);
            if (device.is_cuda())
                input = input.to(device, /*non_blocking=*/false);
            const c10::IValue output = image.forward({input});
            if (!output.isTensor())
                return std::unexpected(error(bundle.imageEncoderFile,
                                             Tr::tr("returned %1, not a tensor")
                                                 .arg(QString::fromStdString(output.tagKind()))));
            const at::Tensor t = output.toTensor();
            if (const QString problem = forwardCheck(t, count, bundle.embeddingDim);
                !problem.isEmpty())
                return std::unexpected(error(bundle.imageEncoderFile, problem));
            return toMatrix(t);
        } catch (const std::exception& e) {
            if (isOutOfMemory(e.what()))
                return std::unexpected(error(bundle.imageEncoderFile,
                                             Tr::tr("out of memory with %1 images").arg(count),
                                             ErrorCode::OutOfMemory));
            return std::unexpected(error(bundle.imageEncoderFile,
                                         Tr::tr("forward pass failed: %1").arg(firstLine(e.what())),
                                         ErrorCode::Internal));
        }
    }

    Result<FloatMatrix> runTexts(const QStringList& texts) {
        const TokenBatch batch = tokenizer->encodeBatch(texts, bundle.text.padToContext);
        try {
            c10::InferenceMode guard;
            at::Tensor ids = torch::from_blob(const_cast<std::int64_t*>(batch.ids.data()),
                                              {batch.rows, batch.length}, torch::kInt64)
                                 .to(device);
            at::Tensor mask = torch::from_blob(const_cast<std::int64_t*>(batch.mask.data()),
                                               {batch.rows, batch.length}, torch::kInt64)
                                  .to(device);
            const c10::IValue output = text.forward({ids, mask});
            if (!output.isTensor())
                return std::unexpected(error(bundle.text.encoderFile,
                                             Tr::tr("returned %1, not a tensor")
                                                 .arg(QString::fromStdString(output.tagKind()))));
            const at::Tensor t = output.toTensor();
            if (const QString problem = forwardCheck(t, batch.rows, bundle.embeddingDim);
                !problem.isEmpty())
                return std::unexpected(error(bundle.text.encoderFile, problem));
            return toMatrix(t);
        } catch (const std::exception& e) {
            return std::unexpected(error(
                bundle.text.encoderFile, Tr::tr("forward pass failed: %1").arg(firstLine(e.what())),
                isOutOfMemory(e.what()) ? ErrorCode::OutOfMemory : ErrorCode::Internal));
        }
    }
};

ModelEncoder::ModelEncoder(std::unique_ptr<Impl> impl)
    : d(std::move(impl)) {}
ModelEncoder::~ModelEncoder() = default;

const ModelBundle& ModelEncoder::bundle() const {
    return d->bundle;
}
const Tokenizer& ModelEncoder::tokenizer() const {
    return *d->tokenizer;
}
QString ModelEncoder::deviceName() const {
    return QString::fromStdString(d->device.str());
}

Result<std::unique_ptr<ModelEncoder>> ModelEncoder::open(const ModelBundle& bundle,
                                                         const InferenceSettings& settings) {
    auto impl = std::make_unique<Impl>();
    impl->bundle = bundle;
    const int threads = settings.threads > 0 ? settings.threads : QThread::idealThreadCount();
    at::set_num_threads(std::max(1, threads));

    const bool cuda = cudaAvailable();
    if (settings.device == DeviceChoice::Cuda && !cuda)
        return fail(ErrorCode::Unsupported,
                    Tr::tr("CUDA was asked for, but this build's LibTorch has no CUDA or no GPU "
                           "is present; use --device cpu or auto"));
    impl->device = settings.device == DeviceChoice::Cpu || !cuda ? torch::Device(torch::kCPU)
                                                                 : torch::Device(torch::kCUDA, 0);

    auto tokenizer = loadTokenizer(bundle.text.tokenizer, bundle.filePath(bundle.text.vocabFile),
                                   bundle.text.contextLength, bundle.text.lowercase);
    if (!tokenizer) {
        Error e = tokenizer.error();
        e.message = Tr::tr("model bundle %1: %2").arg(bundle.path, e.message);
        return std::unexpected(e);
    }
    impl->tokenizer = std::move(*tokenizer);

    for (auto [file, module] : {std::pair{bundle.imageEncoderFile, &impl->image},
                                std::pair{bundle.text.encoderFile, &impl->text}}) {
        try {
            *module = torch::jit::load(bundle.filePath(file).toStdString(), impl->device);
            module->eval();
        } catch (const std::exception& e) {
            return std::unexpected(
                impl->error(file, Tr::tr("not a TorchScript model this LibTorch can load (%1)")
                                      .arg(firstLine(e.what()))));
        }
        if (!impl->device.is_cuda()) {
            // Freezing and LibTorch's inference passes (oneDNN convolutions, folded batch
            // norms) double a ResNet's speed on a CPU. A module they cannot handle runs as is.
            try {
                torch::jit::Module frozen = torch::jit::freeze(*module);
                *module = torch::jit::optimize_for_inference(frozen);
            } catch (const std::exception&) {
            }
        }
    }

    // Probe both encoders once, so that a broken bundle fails now and not after an hour.
    const PreprocessSpec& p = bundle.preprocess;
    const auto fixed = p.outputSize();
    const int height = fixed ? fixed->first : p.size;
    const int width = fixed ? fixed->second : p.size;
    const std::vector<float> zeros(size_t(p.channels) * size_t(height) * size_t(width), 0.5f);
    if (auto probe = impl->runImages(zeros.data(), 1, p.channels, height, width); !probe)
        return std::unexpected(probe.error());
    if (auto probe = impl->runTexts({QStringLiteral("Chest No findings")}); !probe)
        return std::unexpected(probe.error());
    return std::unique_ptr<ModelEncoder>(new ModelEncoder(std::move(impl)));
}

Result<FloatMatrix> ModelEncoder::encodeImages(const float* pixels, int count, int channels,
                                               int height, int width) {
    return d->runImages(pixels, count, channels, height, width);
}

Result<std::vector<float>> ModelEncoder::gradientTimesInput(const float* pixels, int channels,
                                                            int height, int width,
                                                            const std::vector<float>& direction) {
    const QString file = d->bundle.imageEncoderFile;
    auto noAutograd = [&](const QString& why) {
        return std::unexpected(d->error(
            file,
            Tr::tr("the image encoder has no gradients (%1): use --method occlusion").arg(why),
            ErrorCode::Unsupported));
    };
    try {
        if (!d->differentiable) {
            torch::jit::Module module =
                torch::jit::load(d->bundle.filePath(file).toStdString(), d->device);
            module.eval();
            d->differentiable = std::move(module);
        }
        torch::AutoGradMode enable(true);
        at::Tensor input = torch::from_blob(const_cast<float*>(pixels),
                                            {1, channels, height, width}, torch::kFloat32)
                               .to(d->device)
                               .clone()
                               .requires_grad_(true);
        const c10::IValue output = d->differentiable->forward({input});
        if (!output.isTensor())
            return std::unexpected(d->error(
                file,
                Tr::tr("returned %1, not a tensor").arg(QString::fromStdString(output.tagKind()))));
        at::Tensor v = output.toTensor();
        if (const QString problem = forwardCheck(v, 1, d->bundle.embeddingDim); !problem.isEmpty())
            return std::unexpected(d->error(file, problem));
        if (!v.requires_grad())
            return noAutograd(Tr::tr("its output does not depend on the image through autograd"));
        if (d->bundle.normalizeImage)
            v = v / v.norm(2, 1, true);
        const at::Tensor t = torch::from_blob(const_cast<float*>(direction.data()),
                                              {1, std::int64_t(direction.size())}, torch::kFloat32)
                                 .to(d->device);
        (v * t).sum().backward();
        const at::Tensor grad = input.grad();
        if (!grad.defined())
            return noAutograd(Tr::tr("no gradient reached the image"));
        const at::Tensor map =
            (grad * input.detach()).sum(1).squeeze(0).to(torch::kCPU, torch::kFloat32).contiguous();
        return std::vector<float>(map.data_ptr<float>(), map.data_ptr<float>() + map.numel());
    } catch (const std::exception& e) {
        return std::unexpected(
            d->error(file, Tr::tr("gradient pass failed: %1").arg(firstLine(e.what())),
                     isOutOfMemory(e.what()) ? ErrorCode::OutOfMemory : ErrorCode::Internal));
    }
}

Result<FloatMatrix> ModelEncoder::encodeTexts(const QStringList& texts) {
    if (texts.isEmpty())
        return FloatMatrix{0, d->bundle.embeddingDim, {}};
    return d->runTexts(texts);
}

} // namespace cxrfair
