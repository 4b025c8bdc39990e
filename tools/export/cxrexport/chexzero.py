"""CheXzero (Tiu et al., Nature Biomedical Engineering 2022): OpenAI CLIP ViT-B/32 fine-tuned
on MIMIC-CXR, published as a state dict of the CLIP model."""

import math

from .checkpoints import load_file, load_into, state_dict_of
from .clip_model import Clip, ClipSizes, clip_encoders
from .errors import ExportError

NOT_PARAMETERS = ("input_resolution", "context_length", "vocab_size")


def load(path):
    """The image and text encoders, the logit scale and the sizes of a CheXzero checkpoint."""
    state = state_dict_of(load_file(path), path)
    for key in ("visual.conv1.weight", "visual.positional_embedding", "text_projection", "token_embedding.weight"):
        if key not in state:
            raise ExportError(f"{path}: not a CLIP state dict (no {key})")
    if "visual.layer1.0.conv1.weight" in state:
        raise ExportError(f"{path}: a CLIP with a ResNet image encoder; CheXzero is ViT-B/32")
    sizes = ClipSizes(state)
    clip = load_into(Clip(sizes), state, path, ignored=NOT_PARAMETERS)
    image, text = clip_encoders(clip)
    return image, text, math.exp(float(clip.logit_scale)), sizes
