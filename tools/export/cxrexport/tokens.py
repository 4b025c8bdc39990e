"""The Python side of a bundle's tokenizer: what the manifest's text section describes."""

import os

from .clip_bpe import ClipBpeTokenizer
from .wordpiece import WordPieceTokenizer


def tokenizer_for(bundle_dir, text_manifest):
    vocab = os.path.join(bundle_dir, text_manifest["vocab"])
    length = text_manifest["context_length"]
    if text_manifest["tokenizer"] == "clip-bpe":
        return ClipBpeTokenizer(vocab, length)
    return WordPieceTokenizer(vocab, length, text_manifest["lowercase"])


def encode_batch(tokenizer, texts, pad_to_context):
    """Ids and attention masks of `texts`, padded with the pad id to the context length or to
    the longest text, as cxrfair pads them."""
    encoded = [tokenizer.encode(text) for text in texts]
    length = tokenizer.context_length if pad_to_context else max(len(ids) for ids in encoded)
    ids = [row + [tokenizer.pad_id] * (length - len(row)) for row in encoded]
    mask = [[1] * len(row) + [0] * (length - len(row)) for row in encoded]
    return ids, mask
