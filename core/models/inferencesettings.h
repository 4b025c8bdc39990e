#pragma once

#include <QString>

#include <optional>

namespace cxrfair {

enum class DeviceChoice {
    Auto, ///< CUDA when this build's LibTorch has it and a GPU is present, else the CPU
    Cpu,
    Cuda,
};

QString deviceChoiceName(DeviceChoice choice); ///< auto, cpu, cuda
std::optional<DeviceChoice> parseDeviceChoice(const QString& name);

/// How encoders run.
struct InferenceSettings {
    DeviceChoice device = DeviceChoice::Auto;
    int threads = 0; ///< CPU threads for LibTorch; 0: one per core
    /// Images per forward pass; halved automatically on out-of-memory. 0 chooses: 1 on the CPU,
    /// where an image alone costs no more than in a batch and its embedding then depends on it
    /// alone (a network's kernels sum in another order for other batch-mates, so reruns,
    /// resumed runs and shards would differ in the last bits); 32 on CUDA.
    int batchSize = 0;
};

} // namespace cxrfair
