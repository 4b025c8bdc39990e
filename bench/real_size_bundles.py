"""Model bundles of the study's real sizes with random weights, for bench_inference: each model's
checkpoint is written in its authors' layout by tests/export/make_random_checkpoint.py and
exported by the exporter itself (tools/export), so the encoders are the exporter's own
architectures. Prints one line per bundle: bundle NAME PATH.

    real_size_bundles.py --out DIR [--models chexzero,biovil] [--biovil-size 448] [--int8]

chexzero: CLIP ViT-B/32 at 224 with its text transformer. biovil: ResNet-50 with CXR-BERT
(BERT-base) as text encoder, at --biovil-size (448 as the benchmark asks; BioViL's own manifest
says 512). --int8 also writes chexzero-int8: the same ViT with its linear layers quantised
to int8 as the exporter's --int8-linear does, to measure what quantisation gains and costs."""

import argparse
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
sys.path.insert(0, os.path.join(ROOT, "tools", "export"))

import torch  # noqa: E402

from cxrexport.bundle import write_bundle  # noqa: E402
from cxrexport.models import load_encoders  # noqa: E402
from cxrexport.quantize import int8_linear  # noqa: E402

CHECKPOINT_ARGUMENTS = {"chexzero": ["clip_weights.pt"], "biovil": [""]}


def checkpoint(model, out):
    folder = os.path.join(out, model + "-checkpoint")
    script = os.path.join(ROOT, "tests", "export", "make_random_checkpoint.py")
    subprocess.run([sys.executable, script, model, "--out", folder], check=True)
    return [os.path.join(folder, name) if name else folder for name in CHECKPOINT_ARGUMENTS[model]]


def resize_manifest(bundle, size):
    path = os.path.join(bundle, "manifest.json")
    with open(path, encoding="utf-8") as handle:
        manifest = json.load(handle)
    manifest["image"]["size"] = manifest["image"]["crop"] = size
    with open(path, "w", encoding="utf-8") as handle:
        json.dump(manifest, handle, indent=4)


def quiet(message):
    del message


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", required=True)
    parser.add_argument("--models", default="chexzero,biovil")
    parser.add_argument("--biovil-size", type=int, default=448)
    parser.add_argument("--int8", action="store_true")
    args = parser.parse_args()
    torch.set_grad_enabled(False)
    os.makedirs(args.out, exist_ok=True)
    for model in args.models.split(","):
        if model not in CHECKPOINT_ARGUMENTS:
            sys.exit(f"real_size_bundles.py: unknown model '{model}' (chexzero or biovil)")
        checkpoints = checkpoint(model, args.out)
        bundle = os.path.join(args.out, model + ".cxrmodel")
        write_bundle(load_encoders(model, checkpoints), bundle, force=True, log=quiet)
        if model == "biovil":
            resize_manifest(bundle, args.biovil_size)
        print("bundle", model, bundle, flush=True)
        if model == "chexzero" and args.int8:
            encoders = int8_linear(load_encoders(model, checkpoints), model)
            bundle = os.path.join(args.out, "chexzero-int8.cxrmodel")
            write_bundle(encoders, bundle, force=True, log=quiet)
            print("bundle chexzero-int8", bundle, flush=True)


if __name__ == "__main__":
    main()
