#!/usr/bin/env python3
"""cxrfair_export.py MODEL --checkpoint PATH [--vocab PATH] [--config PATH] --out NAME.cxrmodel

Turns one of the study's published CLIP models into a cxrfair model bundle: TorchScript image
and text encoders, the tokenizer's vocabulary and a manifest with the study's preprocessing.
See docs/models.md for where each model's files come from."""

import argparse
import os
import signal
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from cxrexport.arguments import add_model_arguments  # noqa: E402
from cxrexport.errors import ExportError  # noqa: E402


def main(argv=None):
    parser = argparse.ArgumentParser(prog="cxrfair_export.py", description=__doc__.split("\n\n")[1])
    add_model_arguments(parser)
    parser.add_argument("--out", required=True, metavar="NAME.cxrmodel", help="the bundle folder to write")
    parser.add_argument("--force", action="store_true", help="replace --out when it exists")
    parser.add_argument("--int8-linear", action="store_true",
                        help="quantise the image encoder's linear layers to int8 (CPU only): CheXzero's "
                             "ViT-B/32 encodes about 1.4 to 1.7 times faster on a CPU, and its embeddings "
                             "differ from the float model's by about 2%%; the manifest says so")
    args = parser.parse_args(argv)
    try:
        import torch
    except ImportError:
        print("cxrfair_export.py: error: PyTorch is not installed (Debian: apt install python3-torch "
              "python3-torchvision)", file=sys.stderr)
        return 2
    from cxrexport.bundle import source_record, write_bundle
    from cxrexport.models import EXPECTED_DIM, load_encoders

    torch.set_grad_enabled(False)
    # Asked to stop (the window's Stop): unwind, so that the partial bundle is removed.
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(128 + signum))
    try:
        print(f"Loading {args.model} from {', '.join(args.checkpoint)}")
        encoders = load_encoders(args.model, args.checkpoint, args.vocab, args.config, args.lowercase)
        if args.int8_linear:
            from cxrexport.quantize import int8_linear
            int8_linear(encoders, args.model)
        dim = encoders.manifest["embedding_dim"]
        if dim != EXPECTED_DIM[args.model]:
            print(f"  note: embedding dimension {dim}; the study's {args.model} has {EXPECTED_DIM[args.model]}")
        for note in encoders.notes:
            print(f"  note: {note}")
        print(f"Writing {args.out}")
        source = source_record(args.model, args.checkpoint)
        if args.int8_linear:
            source["image_encoder"] = "int8-linear"
        write_bundle(encoders, args.out, force=args.force, source=source)
    except ExportError as error:
        print(f"cxrfair_export.py: error: {error}", file=sys.stderr)
        return 2
    print(f"Done: {args.out} (embedding dimension {dim}, logit scale "
          f"{encoders.manifest['logit_scale']:.4g}). Check it with: cxrfair-cli model info {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
