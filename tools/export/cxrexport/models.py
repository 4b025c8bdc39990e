"""The six models of the study: how each is loaded from the user's files, and what its bundle
manifest says: the preprocessing of the study (table in docs/models.md)."""

import json
import os
from dataclasses import dataclass, field

from torch import nn

from . import biovil, chexzero, cxrclip, packaged
from .checkpoints import find_in_folder
from .errors import ExportError
from .names import MODELS

CLIP_MEAN = [0.48145466, 0.4578275, 0.40821073]
CLIP_STD = [0.26862954, 0.26130258, 0.27577711]
IMAGENET_MEAN = [0.485, 0.456, 0.406]
IMAGENET_STD = [0.229, 0.224, 0.225]


@dataclass
class Encoders:
    """Eager PyTorch encoders and everything the bundle's manifest needs."""
    image: nn.Module
    text: nn.Module
    vocab: str
    manifest: dict
    traced: bool = False  # modules of other packages: traced, not scripted
    notes: list = field(default_factory=list)


def image_section(size, resize, crop, mean, std, interpolation="bicubic", pad=False):
    return {"size": size, "resize": resize, "pad_to_square": pad, "interpolation": interpolation,
            "antialias": True, "crop": crop, "channels": 3, "scale": 1.0, "mean": mean, "std": std,
            "normalize": True}


def text_section(tokenizer, vocab, lowercase, context, padding, normalize=True):
    return {"tokenizer": tokenizer, "vocab": os.path.basename(vocab), "lowercase": lowercase,
            "context_length": context, "padding": padding, "normalize": normalize}


def manifest(name, citation, description, dim, scale, image, text):
    return {"format_version": 1, "name": name, "citation": citation, "description": description,
            "embedding_dim": dim, "logit_scale": scale, "image": image, "text": text}


def lowercase_of(vocab, override, default):
    """--lowercase/--cased, else tokenizer_config.json next to the vocabulary, else `default`
    (Hugging Face's BertTokenizer lower-cases unless told otherwise)."""
    if override is not None:
        return override
    config = os.path.join(os.path.dirname(vocab), "tokenizer_config.json")
    if os.path.isfile(config):
        with open(config, encoding="utf-8") as handle:
            return bool(json.load(handle).get("do_lower_case", default))
    return default


def vocab_path(given, fallback_folders, names, model):
    if given:
        return find_in_folder(given, names, "tokenizer vocabulary")
    for folder in fallback_folders:
        folder = folder if os.path.isdir(folder) else os.path.dirname(folder)
        for name in names:
            if os.path.isfile(os.path.join(folder, name)):
                return os.path.join(folder, name)
    raise ExportError(f"{model}: no tokenizer vocabulary ({' or '.join(names)}) next to the checkpoint; "
                      "give it with --vocab")


def one_checkpoint(checkpoints, model):
    if len(checkpoints) != 1:
        raise ExportError(f"{model} takes one --checkpoint, not {len(checkpoints)}")
    return checkpoints[0]


def export_chexzero(checkpoints, vocab, config, lowercase):
    path = one_checkpoint(checkpoints, "chexzero")
    image, text, scale, sizes = chexzero.load(path)
    vocab = vocab_path(vocab, [path], ["bpe_simple_vocab_16e6.txt.gz"], "chexzero")
    return Encoders(image, text, vocab, manifest(
        "CheXzero", "Tiu et al., Nature Biomedical Engineering 2022",
        "OpenAI CLIP ViT-B/32 fine-tuned on MIMIC-CXR image-report pairs", sizes.dim, scale,
        image_section(sizes.resolution, "shorter", sizes.resolution, CLIP_MEAN, CLIP_STD),
        text_section("clip-bpe", vocab, True, sizes.context_length, "max_length")))


def export_biovil(checkpoints, vocab, config, lowercase, temporal):
    model = "biovil-t" if temporal else "biovil"
    if len(checkpoints) == 1:
        image_path = text_path = checkpoints[0]
    elif len(checkpoints) == 2:
        image_path, text_path = checkpoints
    else:
        raise ExportError(f"{model} takes the model folder, or the image weights and the text model folder")
    image = biovil.load_image(image_path, temporal)
    text = biovil.load_text(text_path)
    vocab = vocab_path(vocab, [text_path], ["vocab.txt"], model)
    context = text.bert.embeddings.position_embeddings.num_embeddings
    name, citation = (("BioViL-T", "Bannur et al., CVPR 2023") if temporal
                      else ("BioViL", "Boecking et al., ECCV 2022"))
    plain = "[0, 1], no normalisation"
    return Encoders(image, text, vocab, manifest(
        name, citation, f"ResNet-50 and CXR-BERT ({'temporal' if temporal else 'static'} pre-training); "
        f"images {plain}", text.cls_projection_head.dense_to_output.out_features, 1.0,
        image_section(512, "shorter", 512, [0.0] * 3, [1.0] * 3, interpolation="bilinear"),
        text_section("wordpiece", vocab, lowercase_of(vocab, lowercase, True), context, "longest",
                     normalize=temporal)),
        notes=["BioViL has no learned temperature: logit scale 1 (AUCs do not depend on it)"])


def export_cxrclip(checkpoints, vocab, config, lowercase):
    path = one_checkpoint(checkpoints, "cxr-clip")
    image, text, scale, pooling = cxrclip.load(path, config)
    vocab = vocab_path(vocab, [path], ["vocab.txt"], "cxr-clip")
    context = text.text_encoder.text_encoder.embeddings.position_embeddings.num_embeddings
    dim = text.text_projection.projection.out_features
    return Encoders(image, text, vocab, manifest(
        "CXR-CLIP", "You et al., MICCAI 2023", f"ResNet-50 and Bio_ClinicalBERT ({pooling} pooling)", dim, scale,
        image_section(224, "shorter", 224, [0.5] * 3, [0.5] * 3, interpolation="bilinear"),
        text_section("wordpiece", vocab, lowercase_of(vocab, lowercase, True), context, "longest")))


def export_medclip(checkpoints, vocab, config, lowercase):
    path = one_checkpoint(checkpoints, "medclip")
    image, text, scale = packaged.load_medclip(path)
    vocab = vocab_path(vocab, [path], ["vocab.txt"], "medclip")
    mean, std = 0.5862785803043838, 0.27950088968644304
    return Encoders(image, text, vocab, manifest(
        "MedCLIP", "Wang et al., EMNLP 2022", "Swin-T and Bio_ClinicalBERT", 512, scale,
        image_section(224, "exact", 0, [mean] * 3, [std] * 3, pad=True),
        text_section("wordpiece", vocab, lowercase_of(vocab, lowercase, True), 77, "max_length")), traced=True)


def export_medimageinsight(checkpoints, vocab, config, lowercase):
    path = one_checkpoint(checkpoints, "medimageinsight")
    tokenizer_folder = os.path.join(path, "2024.09.27", "language_model", "clip_tokenizer_4.16.2")
    image, text, scale = packaged.load_medimageinsight(path)
    vocab = vocab_path(vocab, [tokenizer_folder], ["merges.txt"], "medimageinsight")
    return Encoders(image, text, vocab, manifest(
        "MedImageInsight", "Codella et al., arXiv 2410.06542, 2024", "DaViT and a CLIP-style text encoder",
        1024, scale, image_section(480, "exact", 0, IMAGENET_MEAN, IMAGENET_STD),
        text_section("clip-bpe", vocab, True, 77, "max_length")), traced=True)


EXPORTERS = {
    "medclip": export_medclip,
    "biovil": lambda c, v, g, l: export_biovil(c, v, g, l, temporal=False),
    "biovil-t": lambda c, v, g, l: export_biovil(c, v, g, l, temporal=True),
    "medimageinsight": export_medimageinsight,
    "chexzero": export_chexzero,
    "cxr-clip": export_cxrclip,
}

EXPECTED_DIM = {"medclip": 512, "biovil": 128, "biovil-t": 128, "medimageinsight": 1024,
                "chexzero": 512, "cxr-clip": 512}


def load_encoders(model, checkpoints, vocab=None, config=None, lowercase=None):
    if model not in EXPORTERS:
        raise ExportError(f"unknown model '{model}': one of {', '.join(MODELS)}")
    return EXPORTERS[model](checkpoints, vocab, config, lowercase)
