#!/usr/bin/env python3
"""reference_embeddings.py MODEL --checkpoint PATH ... --bundle NAME.cxrmodel --images X.npy
--texts TEXTS.txt --out DIR

PyTorch's own embeddings of preprocessed images and of texts, to compare a bundle with: the
model is built from the checkpoint as the exporter builds it and run eagerly (not the
TorchScript files), and the texts are tokenized by the exporter's Python tokenizers with the
bundle's vocabulary and settings. X.npy holds the images as cxrfair preprocessed them, one
flattened [channels, height, width] image per row. Writes image_embeddings.npy,
text_embeddings.npy (float32) and token_ids.json (ids and attention masks)."""

import argparse
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from cxrexport.arguments import add_model_arguments  # noqa: E402
from cxrexport.errors import ExportError  # noqa: E402


def main(argv=None):
    parser = argparse.ArgumentParser(prog="reference_embeddings.py", description=__doc__.split("\n\n")[1])
    add_model_arguments(parser)
    parser.add_argument("--bundle", required=True, help="the exported bundle (for its manifest and vocabulary)")
    parser.add_argument("--images", help="preprocessed images, .npy [N, C*H*W] float32")
    parser.add_argument("--texts", help="a text file, one text per line")
    parser.add_argument("--out", required=True, help="folder for the outputs")
    args = parser.parse_args(argv)
    try:
        import numpy as np
        import torch
    except ImportError as error:
        print(f"reference_embeddings.py: error: {error.name} is not installed (Debian: apt install "
              "python3-torch python3-torchvision python3-numpy)", file=sys.stderr)
        return 2

    from cxrexport.bundle import image_shape
    from cxrexport.models import load_encoders
    from cxrexport.tokens import encode_batch, tokenizer_for

    torch.set_grad_enabled(False)
    try:
        with open(os.path.join(args.bundle, "manifest.json"), encoding="utf-8") as handle:
            manifest = json.load(handle)
        encoders = load_encoders(args.model, args.checkpoint, args.vocab, args.config, args.lowercase)
    except (ExportError, OSError, ValueError) as error:
        print(f"reference_embeddings.py: error: {error}", file=sys.stderr)
        return 2
    os.makedirs(args.out, exist_ok=True)
    if args.images:
        flat = np.load(args.images).astype(np.float32)
        shape = image_shape(manifest["image"])
        images = torch.from_numpy(flat).reshape([flat.shape[0]] + shape[1:])
        embeddings = encoders.image(images).numpy().astype(np.float32)
        np.save(os.path.join(args.out, "image_embeddings.npy"), embeddings)
    if args.texts:
        with open(args.texts, encoding="utf-8") as handle:
            texts = [line.rstrip("\n") for line in handle if line.strip()]
        tokenizer = tokenizer_for(args.bundle, manifest["text"])
        ids, mask = encode_batch(tokenizer, texts, manifest["text"]["padding"] == "max_length")
        embeddings = encoders.text(torch.tensor(ids), torch.tensor(mask)).numpy().astype(np.float32)
        np.save(os.path.join(args.out, "text_embeddings.npy"), embeddings)
        with open(os.path.join(args.out, "token_ids.json"), "w", encoding="utf-8") as handle:
            json.dump({"texts": texts, "ids": ids, "mask": mask}, handle)
    return 0


if __name__ == "__main__":
    sys.exit(main())
