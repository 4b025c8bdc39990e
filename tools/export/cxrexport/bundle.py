"""Writing NAME.cxrmodel/: TorchScript encoders, the vocabulary and manifest.json, into a
temporary folder that replaces the target only when complete."""

import hashlib
import json
import os
import shutil

import torch

from .errors import ExportError
from .packaged import trace

VERIFY_TOLERANCE = 1e-4


WEIGHT_SUFFIXES = (".pt", ".pth", ".bin", ".tar", ".ckpt", ".safetensors")


def sha256_of(path):
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def source_record(model, checkpoints):
    """What the bundle was made from: the model and the SHA-256 of each weight file given
    (inside a folder: its weight files), for the methods section of a paper."""
    files = []
    for path in checkpoints:
        names = [path] if os.path.isfile(path) else sorted(
            os.path.join(path, n) for n in os.listdir(path) if n.endswith(WEIGHT_SUFFIXES))
        files += [{"name": os.path.basename(n), "sha256": sha256_of(n)} for n in names]
    return {"model": model, "exporter": "tools/export/cxrfair_export.py", "files": files}


def image_shape(image_manifest):
    side = image_manifest["crop"] or image_manifest["size"]
    return [1, image_manifest["channels"], side, side]


def to_torchscript(encoders):
    text_manifest = encoders.manifest["text"]
    if encoders.traced:
        return trace(encoders.image, encoders.text, image_shape(encoders.manifest["image"]),
                     text_manifest["context_length"])
    return torch.jit.script(encoders.image), torch.jit.script(encoders.text)


def relative_error(a, b):
    return float((a - b).norm() / b.norm().clamp(min=1e-30))


def probe_inputs(encoders, seed=0):
    generator = torch.Generator().manual_seed(seed)
    shape = image_shape(encoders.manifest["image"])
    shape[0] = 2
    images = torch.rand(shape, generator=generator)
    ids = torch.tensor([[1, 5, 9, 2, 0, 0], [1, 7, 3, 8, 4, 2]])
    length = encoders.manifest["text"]["context_length"]
    if encoders.manifest["text"]["padding"] == "max_length":
        ids = torch.cat([ids, torch.zeros(2, length - ids.shape[1], dtype=torch.long)], dim=1)
    mask = (torch.arange(ids.shape[1])[None, :] < torch.tensor([[4], [6]])).long()
    return images, ids, mask


def write_bundle(encoders, out, force=False, log=print, source=None):
    """Scripts (or traces) the encoders, checks them against the eager modules on probe inputs,
    and writes the bundle. Returns the relative errors of the image and text probes."""
    if os.path.exists(out) and not force:
        raise ExportError(f"{out}: already exists (use --force to replace it)")
    partial = out.rstrip("/") + ".partial"
    shutil.rmtree(partial, ignore_errors=True)
    os.makedirs(partial)
    try:
        with torch.no_grad():
            image_script, text_script = to_torchscript(encoders)
            image_script.save(os.path.join(partial, "image_encoder.pt"))
            text_script.save(os.path.join(partial, "text_encoder.pt"))
            images, ids, mask = probe_inputs(encoders)
            errors = []
            for name, eager, inputs in (("image", encoders.image, (images,)), ("text", encoders.text, (ids, mask))):
                reloaded = torch.jit.load(os.path.join(partial, f"{name}_encoder.pt"))
                expected, actual = eager(*inputs), reloaded(*inputs)
                dim = encoders.manifest["embedding_dim"]
                if tuple(actual.shape) != (inputs[0].shape[0], dim):
                    raise ExportError(f"the {name} encoder gives shape {tuple(actual.shape)}, not [batch, {dim}]")
                errors.append(relative_error(actual, expected))
                if errors[-1] > VERIFY_TOLERANCE or not torch.isfinite(actual).all():
                    raise ExportError(f"the saved {name} encoder differs from PyTorch's by {errors[-1]:.2e}")
                log(f"  {name} encoder: TorchScript equals the PyTorch module within {errors[-1]:.1e}")
        shutil.copyfile(encoders.vocab, os.path.join(partial, os.path.basename(encoders.vocab)))
        manifest = dict(encoders.manifest)
        manifest["image"] = dict(manifest["image"], encoder="image_encoder.pt")
        manifest["text"] = dict(manifest["text"], encoder="text_encoder.pt")
        if source:
            manifest["source"] = source
        with open(os.path.join(partial, "manifest.json"), "w", encoding="utf-8") as handle:
            json.dump(manifest, handle, indent=4)
            handle.write("\n")
        if os.path.exists(out):
            shutil.rmtree(out)
        os.rename(partial, out)
        return errors
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        raise
