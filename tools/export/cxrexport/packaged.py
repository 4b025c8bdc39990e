"""MedCLIP (Wang et al., EMNLP 2022; Swin-T) and MedImageInsight (Codella et al. 2024; DaViT)
come with their own Python packages. The exporter builds them with those packages, when the
user has them installed, and traces their encoders; it says plainly which packages are
missing otherwise."""

import importlib
import os
import sys

import torch
from torch import Tensor, nn

from .errors import ExportError


def require(model, modules, hint):
    """Imports `modules` (name -> pip name) or raises an error listing the missing ones."""
    missing = []
    for module, pip_name in modules.items():
        try:
            importlib.import_module(module)
        except ImportError:
            missing.append(pip_name)
    if missing:
        raise ExportError(f"{model} is exported with its own Python package, and these are not "
                          f"installed: {', '.join(missing)}. {hint}")


class ImageCall(nn.Module):
    def __init__(self, model: nn.Module):
        super().__init__()
        self.model = model

    def forward(self, x: Tensor) -> Tensor:
        return self.model.encode_image(x)


class TextCall(nn.Module):
    def __init__(self, model: nn.Module, uses_mask: bool):
        super().__init__()
        self.model = model
        self.uses_mask = uses_mask

    def forward(self, input_ids: Tensor, attention_mask: Tensor) -> Tensor:
        if self.uses_mask:
            return self.model.encode_text(input_ids, attention_mask)
        return self.model.encode_text(input_ids)


def load_medclip(checkpoint):
    """MedCLIPModel with the Swin-T vision model, weights from the folder `checkpoint`
    (pytorch_model.bin, as the MedCLIP release unpacks)."""
    require("MedCLIP", {"medclip": "medclip", "transformers": "transformers"},
            "MedCLIP also builds Bio_ClinicalBERT and Swin-T from the Hugging Face cache, so "
            "emilyalsentzer/Bio_ClinicalBERT and microsoft/swin-tiny-patch4-window7-224 must be there.")
    import medclip
    if not os.path.isdir(checkpoint):
        raise ExportError(f"{checkpoint}: MedCLIP's checkpoint is the folder with pytorch_model.bin")
    try:
        model = medclip.MedCLIPModel(vision_cls=medclip.MedCLIPVisionModelViT)
        model.from_pretrained(input_dir=checkpoint)
    except Exception as error:
        raise ExportError(f"{checkpoint}: the medclip package could not build the model: {error}") from None
    model = model.eval().float()
    scale = float(model.logit_scale.exp()) if hasattr(model, "logit_scale") else 1.0
    return ImageCall(model).eval(), TextCall(model, True).eval(), scale


def load_medimageinsight(checkpoint):
    """MedImageInsight from the folder of its release (lion-ai/MedImageInsights: the module
    medimageinsightmodel.py and the 2024.09.27/ weights)."""
    require("MedImageInsight", {"timm": "timm", "transformers": "transformers", "einops": "einops",
                                "yaml": "pyyaml", "fvcore": "fvcore"},
            "The release folder's medimageinsightmodel.py must also be in --checkpoint.")
    if not os.path.isfile(os.path.join(checkpoint, "medimageinsightmodel.py")):
        raise ExportError(f"{checkpoint}: no medimageinsightmodel.py here; give the folder of the "
                          "MedImageInsights release")
    sys.path.insert(0, checkpoint)
    try:
        from medimageinsightmodel import MedImageInsight
        holder = MedImageInsight(model_dir=os.path.join(checkpoint, "2024.09.27"),
                                 vision_model_name="medimageinsigt-v1.0.0.pt",
                                 language_model_name="language_model.pth")
        holder.load_model()
        model = holder.model.eval().float()
    except Exception as error:
        raise ExportError(f"{checkpoint}: the MedImageInsight release could not build the model: {error}") from None
    scale = float(model.logit_scale.exp()) if hasattr(model, "logit_scale") else 1.0
    return ImageCall(model).eval(), TextCall(model, False).eval(), scale


def trace(image, text, image_shape, context_length):
    """TorchScript by tracing, for modules of other packages."""
    with torch.no_grad():
        traced_image = torch.jit.trace(image, torch.zeros(image_shape), check_trace=False)
        ids = torch.zeros(1, context_length, dtype=torch.long)
        traced_text = torch.jit.trace(text, (ids, torch.ones_like(ids)), check_trace=False)
    return traced_image, traced_text
