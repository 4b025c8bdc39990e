#pragma once

#include <QString>

namespace cxrfair::bench {

/// Writes a TorchScript image encoder with ResNet-18's layers and cost (a 7x7 stem, four stages
/// of two basic blocks, 64 to 512 channels, batch norm folded into the convolutions, global
/// pooling, a linear head to `dim`), its weights drawn with a fixed seed.
void writeResNet18(const QString& path, int dim);

} // namespace cxrfair::bench
