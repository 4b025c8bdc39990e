"""CXR-CLIP (You et al., MICCAI 2023), ResNet-50 variant: torchvision's ResNet-50 average-
pooled, Bio_ClinicalBERT pooled at its end ([SEP]) token, each followed by a projection head
(linear, or the MLP head). Parameter names are those of the released checkpoints
(`image_encoder.resnet.*`, `text_encoder.text_encoder.*`, `image_projection.*`, ...)."""

import math

import torch
import torch.nn.functional as F
from torch import Tensor, nn

from . import bert
from .checkpoints import load_file, load_into, state_dict_of
from .errors import ExportError
from .resnet import ResNetTrunk

TEXT_PREFIX = "text_encoder.text_encoder."


class LinearHead(nn.Module):
    def __init__(self, inputs: int, dim: int):
        super().__init__()
        self.projection = nn.Linear(inputs, dim)

    def forward(self, x: Tensor) -> Tensor:
        return self.projection(x)


class MlpHead(nn.Module):
    """projection, GELU, fc, plus the projection (residual), then layer norm."""

    def __init__(self, inputs: int, dim: int):
        super().__init__()
        self.projection = nn.Linear(inputs, dim)
        self.fc = nn.Linear(dim, dim)
        self.layer_norm = nn.LayerNorm(dim)

    def forward(self, x: Tensor) -> Tensor:
        projected = self.projection(x)
        return self.layer_norm(self.fc(F.gelu(projected)) + projected)


def make_head(state, prefix, inputs, dim):
    return MlpHead(inputs, dim) if prefix + "fc.weight" in state else LinearHead(inputs, dim)


class ImageModule(nn.Module):
    def __init__(self):
        super().__init__()
        self.resnet = ResNetTrunk()

    def forward(self, x: Tensor) -> Tensor:
        return self.resnet(x).mean(dim=(2, 3))


class ImageEncoder(nn.Module):
    def __init__(self, head: nn.Module):
        super().__init__()
        self.image_encoder = ImageModule()
        self.image_projection = head

    def forward(self, x: Tensor) -> Tensor:
        return self.image_projection(self.image_encoder(x))


class TextModule(nn.Module):
    def __init__(self, config: bert.BertConfig):
        super().__init__()
        self.text_encoder = bert.Bert(config)


class TextEncoder(nn.Module):
    """Pooling as the checkpoint's configuration says: eos (the last attended token), bos, or
    the masked mean."""

    def __init__(self, config: bert.BertConfig, head: nn.Module, pooling: str):
        super().__init__()
        self.text_encoder = TextModule(config)
        self.text_projection = head
        self.pooling = pooling

    def forward(self, input_ids: Tensor, attention_mask: Tensor) -> Tensor:
        states = self.text_encoder.text_encoder(input_ids, attention_mask)
        if self.pooling == "bos":
            pooled = states[:, 0, :]
        elif self.pooling == "mean":
            weights = attention_mask.unsqueeze(-1).to(states.dtype)
            pooled = (states * weights).sum(1) / weights.sum(1).clamp(min=1e-9)
        else:
            ends = attention_mask.sum(dim=-1) - 1
            pooled = states[torch.arange(states.shape[0], device=states.device), ends]
        return self.text_projection(pooled)


def _config_value(config, path, default):
    node = config
    for key in path:
        try:
            node = node[key]
        except (KeyError, TypeError, IndexError):
            return default
    return node


def load(path, bert_config_path=None):
    """The image and text encoders and the logit scale of a CXR-CLIP checkpoint."""
    loaded = load_file(path)
    state = state_dict_of(loaded, path)
    if "image_encoder.resnet.conv1.weight" not in state:
        kind = "a Swin or ViT" if any(k.startswith("image_encoder.image_encoder.") for k in state) else "no ResNet"
        raise ExportError(f"{path}: {kind} image encoder; the exporter defines CXR-CLIP's ResNet-50 "
                          "variant (r50_m, r50_mc, r50_mcc)")
    if TEXT_PREFIX + "embeddings.word_embeddings.weight" not in state:
        raise ExportError(f"{path}: no BERT text encoder under {TEXT_PREFIX}")
    config = loaded.get("config", {}) if isinstance(loaded, dict) else {}
    pooling = str(_config_value(config, ["model", "text_encoder", "pooling"], "eos"))
    if pooling not in ("eos", "bos", "mean"):
        raise ExportError(f"{path}: text pooling '{pooling}' is not one of eos, bos, mean")
    bert_config = bert.BertConfig.from_state(state, TEXT_PREFIX, bert_config_path)
    dim = state["image_projection.projection.weight"].shape[0]
    image = ImageEncoder(make_head(state, "image_projection.", 2048, dim))
    text = TextEncoder(bert_config, make_head(state, "text_projection.", bert_config.hidden, dim), pooling)
    image_state = {k: v for k, v in state.items() if k.startswith(("image_encoder.", "image_projection."))}
    text_state = {k: v for k, v in state.items() if k.startswith(("text_encoder.", "text_projection."))}
    load_into(image, image_state, path, ignored=("image_encoder.resnet.fc.",))
    load_into(text, text_state, path, rename=bert.own_key,
              ignored=(TEXT_PREFIX + "pooler.", TEXT_PREFIX + "embeddings.position_ids", "text_encoder.text_encoder.cls."))
    scale = math.exp(float(state["logit_scale"])) if "logit_scale" in state else 1.0
    return image, text, scale, pooling
