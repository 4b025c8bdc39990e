"""The command-line arguments that name a model and the user's files, shared by the exporter
and the reference script."""

import argparse

from .names import MODELS


def add_model_arguments(parser: argparse.ArgumentParser):
    parser.add_argument("model", choices=MODELS, metavar="MODEL", help="one of " + ", ".join(MODELS))
    parser.add_argument("--checkpoint", action="append", required=True, metavar="PATH",
                        help="the model's checkpoint file or folder (BioViL, BioViL-T: the Hugging Face "
                             "model folder, or the image weights then the text model folder)")
    parser.add_argument("--vocab", metavar="PATH", help="the tokenizer's vocabulary (vocab.txt, "
                        "bpe_simple_vocab_16e6.txt.gz or merges.txt), when not beside the checkpoint")
    parser.add_argument("--config", metavar="PATH", help="the text model's Hugging Face config.json (CXR-CLIP)")
    case = parser.add_mutually_exclusive_group()
    case.add_argument("--lowercase", dest="lowercase", action="store_const", const=True, default=None,
                      help="WordPiece: lower-case and strip accents (the default of Hugging Face's BertTokenizer)")
    case.add_argument("--cased", dest="lowercase", action="store_const", const=False,
                      help="WordPiece: keep case")
