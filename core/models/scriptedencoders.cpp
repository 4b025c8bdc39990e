// LibTorch is compiled in here to write TorchScript; keep this file small.
#include "models/scriptedencoders.h"

#include <torch/script.h>

namespace cxrfair {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cxrfair::ScriptedEncoders)
};

at::Tensor tensorOf(const std::vector<float>& values) {
    return torch::tensor(c10::ArrayRef<float>(values.data(), values.size()), torch::kFloat32);
}

at::Tensor tensorOf(const FloatMatrix& m) {
    return torch::from_blob(const_cast<float*>(m.data.data()), {m.rows, m.cols}, torch::kFloat32)
        .clone();
}

Result<void> save(torch::jit::Module& module, const QString& path) {
    try {
        module.save(path.toStdString());
    } catch (const std::exception& e) {
        return fail(ErrorCode::Io,
                    Tr::tr("cannot save the TorchScript model: %1")
                        .arg(QString::fromStdString(e.what()).section(QLatin1Char('\n'), 0, 0)),
                    path);
    }
    return {};
}

} // namespace

Result<void> saveTorchScript(const PooledLinearImageEncoder& encoder, const QString& path) {
    const size_t features =
        size_t(encoder.pooledSide) * size_t(encoder.pooledSide) * (encoder.detail ? 2 : 1);
    if (encoder.featureMean.size() != features || encoder.featureStd.size() != features ||
        size_t(encoder.weight.cols) != features ||
        size_t(encoder.weight.rows) != encoder.bias.size())
        return fail(ErrorCode::Internal, Tr::tr("inconsistent encoder weights"), path);
    torch::jit::Module module("PooledLinearImageEncoder");
    module.register_buffer("feature_mean", tensorOf(encoder.featureMean));
    module.register_buffer("feature_std", tensorOf(encoder.featureStd));
    module.register_buffer("weight", tensorOf(encoder.weight));
    module.register_buffer("bias", tensorOf(encoder.bias));
    module.register_attribute("side", c10::IntType::get(),
                              c10::IValue(int64_t(encoder.pooledSide)));
    if (encoder.detail)
        module.define(R"(
def forward(self, x: Tensor) -> Tensor:
    grey = x.mean(dim=1, keepdim=True)
    pooled = torch.adaptive_avg_pool2d(grey, [self.side, self.side])
    peak = torch.adaptive_max_pool2d(grey, [self.side, self.side])[0]
    features = torch.cat([pooled.flatten(1), (peak - pooled).flatten(1)], 1)
    z = (features - self.feature_mean) / self.feature_std
    return torch.matmul(z, self.weight.t()) + self.bias
)");
    else
        module.define(R"(
def forward(self, x: Tensor) -> Tensor:
    grey = x.mean(dim=1, keepdim=True)
    pooled = torch.adaptive_avg_pool2d(grey, [self.side, self.side]).flatten(1)
    z = (pooled - self.feature_mean) / self.feature_std
    return torch.matmul(z, self.weight.t()) + self.bias
)");
    return save(module, path);
}

Result<void> saveTorchScript(const MeanTokenTextEncoder& encoder, const QString& path) {
    torch::jit::Module module("MeanTokenTextEncoder");
    module.register_buffer("table", tensorOf(encoder.table));
    module.define(R"(
def forward(self, input_ids: Tensor, attention_mask: Tensor) -> Tensor:
    tokens = torch.embedding(self.table, input_ids)
    mask = attention_mask.unsqueeze(-1).to(tokens.dtype)
    return (tokens * mask).sum(1) / mask.sum(1).clamp(min=1.0)
)");
    return save(module, path);
}

} // namespace cxrfair
