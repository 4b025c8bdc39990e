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
    int threads = 0;    ///< CPU threads for LibTorch; 0: one per core
    int batchSize = 32; ///< images per forward pass; halved automatically on out-of-memory
};

} // namespace cxrfair
