#include "resnet18.h"

#include <torch/script.h>

#include <cmath>
#include <string>

namespace cxrfair::bench {

namespace {

/// Adds a convolution's weight and bias (He initialisation) and returns the call's source.
std::string conv(torch::jit::Module& m, const std::string& name, const std::string& input, int in,
                 int out, int kernel, int stride) {
    const double sd = std::sqrt(2.0 / double(in * kernel * kernel));
    m.register_buffer(name + "_w", torch::randn({out, in, kernel, kernel}) * sd);
    m.register_buffer(name + "_b", torch::zeros({out}));
    const std::string s = std::to_string(stride);
    const std::string p = std::to_string(kernel / 2);
    return "torch.conv2d(" + input + ", self." + name + "_w, self." + name + "_b, [" + s + ", " +
           s + "], [" + p + ", " + p + "])";
}

} // namespace

void writeResNet18(const QString& path, int dim) {
    torch::manual_seed(18);
    torch::jit::Module m("ResNet18");
    std::string src = "def forward(self, x: Tensor) -> Tensor:\n";
    src += "    x = torch.relu(" + conv(m, "stem", "x", 3, 64, 7, 2) + ")\n";
    src += "    x = torch.max_pool2d(x, [3, 3], [2, 2], [1, 1])\n";
    int in = 64;
    const int widths[] = {64, 128, 256, 512};
    for (int stage = 0; stage < 4; ++stage) {
        for (int block = 0; block < 2; ++block) {
            const int out = widths[stage];
            const int stride = stage > 0 && block == 0 ? 2 : 1;
            const std::string n = "s" + std::to_string(stage) + "b" + std::to_string(block);
            src += "    y = torch.relu(" + conv(m, n + "a", "x", in, out, 3, stride) + ")\n";
            src += "    y = " + conv(m, n + "b", "y", out, out, 3, 1) + "\n";
            const std::string shortcut =
                stride != 1 || in != out ? conv(m, n + "d", "x", in, out, 1, stride) : "x";
            src += "    x = torch.relu(y + " + shortcut + ")\n";
            in = out;
        }
    }
    m.register_buffer("fc_w", torch::randn({dim, 512}) / std::sqrt(512.0));
    m.register_buffer("fc_b", torch::zeros({dim}));
    src += "    x = torch.adaptive_avg_pool2d(x, [1, 1]).flatten(1)\n";
    src += "    return torch.matmul(x, self.fc_w.t()) + self.fc_b\n";
    m.define(src);
    m.save(path.toStdString());
}

} // namespace cxrfair::bench
