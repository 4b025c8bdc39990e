#!/usr/bin/env python3
"""make_random_checkpoint.py MODEL --out DIR [--seed N]

Writes a randomly initialised checkpoint of MODEL (chexzero, biovil, biovil-t, cxr-clip) at
the real size, in the layout the model's authors publish (file names, parameter names,
containers), with a synthetic tokenizer vocabulary of the real size: what a user's download
looks like, without the trained weights. Tests export it and compare cxrfair with PyTorch."""

import argparse
import gzip
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "tools", "export"))

import torch  # noqa: E402
from torch import nn  # noqa: E402

from cxrexport import bert, biovil, cxrclip  # noqa: E402
from cxrexport.clip_bpe import MERGE_COUNT, byte_symbols  # noqa: E402
from cxrexport.clip_model import Clip, ClipSizes  # noqa: E402

CORPUS = ("chest no findings pneumothorax pleural effusion cardiomegaly atelectasis edema "
          "consolidation pneumonia lung opacity support devices left right small large "
          "there is a the of with without drain tube heart lungs clear acute").split()


def randomise(module, generator):
    """Default initialisation for weights; normalisation layers and running statistics are
    moved away from identity so that a wrongly loaded one shows."""
    for sub in module.modules():
        if isinstance(sub, (nn.LayerNorm, nn.BatchNorm2d)):
            with torch.no_grad():
                sub.weight.copy_(1 + 0.1 * torch.randn(sub.weight.shape, generator=generator))
                sub.bias.copy_(0.1 * torch.randn(sub.bias.shape, generator=generator))
        if isinstance(sub, nn.BatchNorm2d):
            sub.running_mean.copy_(0.1 * torch.randn(sub.running_mean.shape, generator=generator))
            sub.running_var.copy_(0.5 + torch.rand(sub.running_var.shape, generator=generator))
    return module


def clip_merges(path):
    """A real-size merges file: merges learned from CORPUS first, then filler merges of two
    byte symbols, each producing a new symbol."""
    symbols = [byte_symbols()[b] for b in range(256)]
    words = [list(w[:-1]) + [w[-1] + "</w>"] for w in CORPUS]
    merges, made = [], set(symbols) | {s + "</w>" for s in symbols}
    while True:
        counts = {}
        for word in words:
            for pair in zip(word, word[1:]):
                counts[pair] = counts.get(pair, 0) + 1
        if not counts:
            break
        best = max(sorted(counts), key=lambda pair: counts[pair])
        merges.append(best)
        made.add(best[0] + best[1])
        words = [_merge(word, best) for word in words]
    for left in symbols:
        for right in symbols + [s + "</w>" for s in symbols]:
            if len(merges) == MERGE_COUNT:
                break
            if left + right not in made:
                merges.append((left, right))
                made.add(left + right)
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        handle.write("#version: 0.2\n")
        handle.write("\n".join(f"{a} {b}" for a, b in merges) + "\n")


def _merge(word, pair):
    out, i = [], 0
    while i < len(word):
        if i + 1 < len(word) and (word[i], word[i + 1]) == pair:
            out.append(word[i] + word[i + 1])
            i += 2
        else:
            out.append(word[i])
            i += 1
    return out


def wordpiece_vocab(path, size):
    """BERT's layout ([PAD], [unused], [UNK] at 100, [CLS], [SEP], [MASK]), characters, their
    ## forms, CORPUS words in lower and title case, a few suffixes, then unused fill."""
    tokens = ["[PAD]"] + [f"[unused{i}]" for i in range(99)] + ["[UNK]", "[CLS]", "[SEP]", "[MASK]"]
    chars = [chr(c) for c in range(33, 127)]
    tokens += chars + ["##" + c for c in chars if c.isalnum()]
    for word in CORPUS:
        tokens += [word, word.title()]
    tokens += ["##s", "##ing", "##ed", "##al", "##ation", "##thorax", "##ectasis"]
    seen, unique = set(), []
    for token in tokens:
        if token not in seen:
            seen.add(token)
            unique.append(token)
    unique += [f"[unused{i}]" for i in range(99, 99 + size - len(unique))]
    with open(path, "w", encoding="utf-8") as handle:
        handle.write("\n".join(unique) + "\n")


def bert_state(config, prefix, generator):
    model = randomise(bert.Bert(config), generator)
    state = {prefix + bert.hf_key(k): v for k, v in model.state_dict().items()}
    state[prefix + "pooler.dense.weight"] = torch.randn(config.hidden, config.hidden, generator=generator)
    state[prefix + "pooler.dense.bias"] = torch.zeros(config.hidden)
    return state


def write_chexzero(out, generator):
    clip = randomise(Clip(ClipSizes.vit_b32()), generator)
    state = clip.state_dict()
    state["logit_scale"] = torch.tensor(4.6052)  # ln 100, CLIP's cap
    torch.save(state, os.path.join(out, "clip_weights.pt"))
    clip_merges(os.path.join(out, "bpe_simple_vocab_16e6.txt.gz"))


def write_biovil(out, generator, temporal):
    image = randomise(biovil.ImageEncoder(temporal, 128), generator)
    state = dict(image.state_dict())
    state["encoder.encoder.fc.weight"] = torch.randn(1000, 2048, generator=generator)
    state["encoder.encoder.fc.bias"] = torch.zeros(1000)
    if temporal:
        state["encoder.vit_pooler.pos_drop.weight"] = torch.zeros(1)
    name = biovil.BIOVIL_T_IMAGE_FILES[0] if temporal else biovil.BIOVIL_IMAGE_FILES[0]
    torch.save(state, os.path.join(out, name))
    config = bert.BertConfig(vocab_size=30522)
    text = randomise(biovil.ProjectionHead(config.hidden, 128, config.eps), generator)
    text_state = bert_state(config, "bert.", generator)
    text_state.update({"cls_projection_head." + k: v for k, v in text.state_dict().items()})
    text_state["cls.predictions.bias"] = torch.zeros(config.vocab_size)
    torch.save(text_state, os.path.join(out, "pytorch_model.bin"))
    with open(os.path.join(out, "config.json"), "w") as handle:
        json.dump({"architectures": ["CXRBertModel"], "num_attention_heads": 12, "layer_norm_eps": 1e-12,
                   "projection_size": 128, "hidden_size": 768}, handle)
    with open(os.path.join(out, "tokenizer_config.json"), "w") as handle:
        json.dump({"do_lower_case": True}, handle)
    wordpiece_vocab(os.path.join(out, "vocab.txt"), config.vocab_size)


def write_cxrclip(out, generator):
    config = bert.BertConfig(vocab_size=28996)
    image = randomise(cxrclip.ImageEncoder(cxrclip.LinearHead(2048, 512)), generator)
    state = dict(image.state_dict())
    state.update(bert_state(config, cxrclip.TEXT_PREFIX, generator))
    head = cxrclip.LinearHead(config.hidden, 512)
    state.update({"text_projection." + k: v for k, v in head.state_dict().items()})
    state["logit_scale"] = torch.log(torch.tensor(1 / 0.07))
    checkpoint = {"model": state, "config": {"model": {"text_encoder": {"pooling": "eos"}}}}
    torch.save(checkpoint, os.path.join(out, "r50_mcc.tar"))
    with open(os.path.join(out, "config.json"), "w") as handle:
        json.dump({"num_attention_heads": 12, "layer_norm_eps": 1e-12}, handle)
    wordpiece_vocab(os.path.join(out, "vocab.txt"), config.vocab_size)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("model", choices=["chexzero", "biovil", "biovil-t", "cxr-clip"])
    parser.add_argument("--out", required=True)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    torch.manual_seed(args.seed)
    generator = torch.Generator().manual_seed(args.seed)
    os.makedirs(args.out, exist_ok=True)
    if args.model == "chexzero":
        write_chexzero(args.out, generator)
    elif args.model == "cxr-clip":
        write_cxrclip(args.out, generator)
    else:
        write_biovil(args.out, generator, args.model == "biovil-t")


if __name__ == "__main__":
    main()
