"""BioViL (Boecking et al., ECCV 2022) and BioViL-T (Bannur et al., CVPR 2023): a ResNet-50
image encoder with a 1x1-convolution projector, and CXR-BERT with a projection of its [CLS]
state. Parameter names are those of hi-ml-multimodal's image checkpoints
(`encoder.encoder.layer1...`, `projector.model.0...`) and of the Hugging Face CXR-BERT models
(`bert.*`, `cls_projection_head.*`).

BioViL-T's image encoder also holds a temporal transformer for a pair of studies; for a single
image it adds the learned "missing previous image" embedding instead, so that transformer is
not part of the exported encoder (its parameters are skipped on purpose)."""

import os

import torch
import torch.nn.functional as F
from torch import Tensor, nn

from . import bert
from .checkpoints import find_in_folder, load_file, load_into, state_dict_of
from .errors import ExportError
from .resnet import ResNetTrunk

BIOVIL_IMAGE_FILES = ["biovil_image_resnet50_proj_size_128.pt"]
BIOVIL_T_IMAGE_FILES = ["biovil_t_image_model_proj_size_128.pt"]
TEXT_FILES = ["pytorch_model.bin"]
TEMPORAL_DIM = 256


class TemporalTrunk(nn.Module):
    """BioViL-T's trunk for one image: the ResNet's feature map mapped to 256 channels, joined
    with the learned missing-previous-image embedding (512 channels)."""

    def __init__(self):
        super().__init__()
        self.encoder = ResNetTrunk()
        self.backbone_to_vit = nn.Conv2d(2048, TEMPORAL_DIM, kernel_size=1, bias=False)
        self.missing_previous_emb = nn.Parameter(torch.randn(1, TEMPORAL_DIM, 1, 1) * 0.02)

    def forward(self, x: Tensor) -> Tensor:
        patches = self.backbone_to_vit(self.encoder(x))
        b, _, h, w = patches.shape
        previous = self.missing_previous_emb.expand(b, -1, h, w)
        return torch.cat([patches, previous], dim=1)


class Trunk(nn.Module):
    """BioViL's trunk: the ResNet's feature map (2048 channels)."""

    def __init__(self):
        super().__init__()
        self.encoder = ResNetTrunk()

    def forward(self, x: Tensor) -> Tensor:
        return self.encoder(x)


class Projector(nn.Module):
    def __init__(self, inputs: int, dim: int):
        super().__init__()
        self.model = nn.Sequential(nn.Conv2d(inputs, dim, 1, bias=False), nn.BatchNorm2d(dim),
                                   nn.ReLU(inplace=True), nn.Conv2d(dim, dim, 1, bias=True))

    def forward(self, x: Tensor) -> Tensor:
        return self.model(x)


class ImageEncoder(nn.Module):
    """Projects every patch, then averages: the projected global embedding."""

    def __init__(self, temporal: bool, dim: int = 128):
        super().__init__()
        self.encoder = TemporalTrunk() if temporal else Trunk()
        self.projector = Projector(2 * TEMPORAL_DIM if temporal else 2048, dim)

    def forward(self, x: Tensor) -> Tensor:
        return self.projector(self.encoder(x)).mean(dim=(2, 3))


class ProjectionHead(nn.Module):
    def __init__(self, hidden: int, dim: int, eps: float):
        super().__init__()
        self.dense_to_hidden = nn.Linear(hidden, dim)
        self.LayerNorm = nn.LayerNorm(dim, eps=eps)
        self.dense_to_output = nn.Linear(dim, dim)

    def forward(self, x: Tensor) -> Tensor:
        return self.dense_to_output(self.LayerNorm(F.gelu(self.dense_to_hidden(x))))


class TextEncoder(nn.Module):
    """CXR-BERT: the projected [CLS] state."""

    def __init__(self, config: bert.BertConfig, dim: int = 128):
        super().__init__()
        self.bert = bert.Bert(config)
        self.cls_projection_head = ProjectionHead(config.hidden, dim, config.eps)

    def forward(self, input_ids: Tensor, attention_mask: Tensor) -> Tensor:
        return self.cls_projection_head(self.bert(input_ids, attention_mask)[:, 0, :])


TEXT_IGNORED = ("cls.predictions.", "bert.pooler.", "bert.embeddings.position_ids")
IMAGE_IGNORED = ("encoder.encoder.fc.", "encoder.vit_pooler.", "classifier.")


def load_image(path, temporal):
    names = BIOVIL_T_IMAGE_FILES if temporal else BIOVIL_IMAGE_FILES
    file = find_in_folder(path, names, "BioViL-T image weights" if temporal else "BioViL image weights")
    state = state_dict_of(load_file(file), file)
    dim = state.get("projector.model.3.weight", torch.zeros(128)).shape[0]
    return load_into(ImageEncoder(temporal, dim), state, file, ignored=IMAGE_IGNORED)


def load_text(folder):
    file = find_in_folder(folder, TEXT_FILES, "CXR-BERT weights (pytorch_model.bin)")
    state = state_dict_of(load_file(file), file)
    if "bert.embeddings.word_embeddings.weight" not in state:
        raise ExportError(f"{file}: not a CXR-BERT checkpoint (no bert.embeddings.word_embeddings.weight)")
    config_path = os.path.join(os.path.dirname(file), "config.json")
    config = bert.BertConfig.from_state(state, "bert.", config_path if os.path.isfile(config_path) else None)
    if "cls_projection_head.dense_to_output.weight" not in state:
        raise ExportError(f"{file}: no cls_projection_head: this is a CXR-BERT without the joint "
                          "projection (use BiomedVLP-CXR-BERT-specialized or BiomedVLP-BioViL-T)")
    dim = state["cls_projection_head.dense_to_output.weight"].shape[0]
    return load_into(TextEncoder(config, dim), state, file, rename=bert.own_key, ignored=TEXT_IGNORED)
