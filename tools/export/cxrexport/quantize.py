"""--int8-linear: the image encoder's linear layers quantised to int8 with PyTorch's dynamic
quantisation (weights int8, activations quantised on the fly). On a CPU it speeds up a vision
transformer, whose cost is in its linear layers; the embeddings then differ from the float
model's, so the manifest says so. Quantised layers run on the CPU only."""

import torch
from torch import nn

from .errors import ExportError

INT8_NOTE = ("image encoder's linear layers quantised to int8 (PyTorch dynamic quantisation, CPU "
             "only): embeddings differ from the float model's")


def int8_linear(encoders, model):
    """Quantises `encoders.image` in place and notes it in the manifest's description."""
    linear = sum(1 for m in encoders.image.modules() if type(m) is nn.Linear)
    if linear == 0:
        raise ExportError(f"{model}: the image encoder has no linear layers to quantise "
                          "(--int8-linear speeds up vision transformers such as CheXzero's)")
    encoders.image = torch.quantization.quantize_dynamic(encoders.image, {nn.Linear},
                                                         dtype=torch.qint8)
    encoders.manifest["description"] += "; " + INT8_NOTE
    encoders.notes.append(f"{linear} linear layers of the image encoder quantised to int8")
    return encoders
