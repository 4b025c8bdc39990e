"""A BERT encoder (Devlin et al. 2019) whose parameters load from Hugging Face BERT state dicts
by name (`embeddings.*`, `encoder.layer.N.*`). Hyper-parameters come from the model's
config.json when given, else from the state dict's shapes."""

import json
import math

import torch
import torch.nn.functional as F
from torch import Tensor, nn


class BertConfig:
    def __init__(self, vocab_size=30522, hidden=768, layers=12, heads=12, intermediate=3072,
                 positions=512, type_vocab=2, eps=1e-12):
        self.vocab_size, self.hidden, self.layers, self.heads = vocab_size, hidden, layers, heads
        self.intermediate, self.positions, self.type_vocab, self.eps = intermediate, positions, type_vocab, eps

    @staticmethod
    def from_state(state, prefix, config_path=None):
        """Sizes from the shapes under `prefix`; heads and eps from config.json when there is one
        (shapes cannot tell the number of heads: it defaults to hidden / 64)."""
        words = state[prefix + "embeddings.word_embeddings.weight"]
        layer_ids = {k[len(prefix) + len("encoder.layer."):].split(".")[0]
                     for k in state if k.startswith(prefix + "encoder.layer.")}
        config = BertConfig(vocab_size=words.shape[0], hidden=words.shape[1], layers=len(layer_ids),
                            heads=words.shape[1] // 64,
                            intermediate=state[prefix + "encoder.layer.0.intermediate.dense.weight"].shape[0],
                            positions=state[prefix + "embeddings.position_embeddings.weight"].shape[0],
                            type_vocab=state[prefix + "embeddings.token_type_embeddings.weight"].shape[0])
        if config_path:
            with open(config_path, encoding="utf-8") as handle:
                values = json.load(handle)
            config.heads = values.get("num_attention_heads", config.heads)
            config.eps = values.get("layer_norm_eps", config.eps)
        return config


class Embeddings(nn.Module):
    def __init__(self, c: BertConfig):
        super().__init__()
        self.word_embeddings = nn.Embedding(c.vocab_size, c.hidden)
        self.position_embeddings = nn.Embedding(c.positions, c.hidden)
        self.token_type_embeddings = nn.Embedding(c.type_vocab, c.hidden)
        self.LayerNorm = nn.LayerNorm(c.hidden, eps=c.eps)

    def forward(self, input_ids: Tensor) -> Tensor:
        positions = torch.arange(input_ids.shape[1], device=input_ids.device).unsqueeze(0)
        types = torch.zeros_like(input_ids)
        x = self.word_embeddings(input_ids) + self.position_embeddings(positions)
        return self.LayerNorm(x + self.token_type_embeddings(types))


class SelfAttention(nn.Module):
    def __init__(self, c: BertConfig):
        super().__init__()
        self.heads = c.heads
        self.query = nn.Linear(c.hidden, c.hidden)
        self.key = nn.Linear(c.hidden, c.hidden)
        self.value = nn.Linear(c.hidden, c.hidden)

    def _split(self, x: Tensor) -> Tensor:
        b, n, h = x.shape
        return x.view(b, n, self.heads, h // self.heads).transpose(1, 2)

    def forward(self, x: Tensor, additive_mask: Tensor) -> Tensor:
        q, k, v = self._split(self.query(x)), self._split(self.key(x)), self._split(self.value(x))
        scores = q @ k.transpose(-1, -2) / math.sqrt(q.shape[-1]) + additive_mask
        context = F.softmax(scores, dim=-1) @ v
        b, _, n, _ = context.shape
        return context.transpose(1, 2).reshape(b, n, -1)


class DenseNorm(nn.Module):
    """dense, then LayerNorm of the residual sum (Hugging Face's *Output modules)."""

    def __init__(self, inputs: int, c: BertConfig):
        super().__init__()
        self.dense = nn.Linear(inputs, c.hidden)
        self.LayerNorm = nn.LayerNorm(c.hidden, eps=c.eps)

    def forward(self, x: Tensor, residual: Tensor) -> Tensor:
        return self.LayerNorm(self.dense(x) + residual)


class Attention(nn.Module):
    def __init__(self, c: BertConfig):
        super().__init__()
        self.attend = SelfAttention(c)  # "self" in Hugging Face's names, see hf_key
        self.output = DenseNorm(c.hidden, c)

    def forward(self, x: Tensor, additive_mask: Tensor) -> Tensor:
        return self.output(self.attend(x, additive_mask), x)


class Intermediate(nn.Module):
    def __init__(self, c: BertConfig):
        super().__init__()
        self.dense = nn.Linear(c.hidden, c.intermediate)

    def forward(self, x: Tensor) -> Tensor:
        return F.gelu(self.dense(x))


class Layer(nn.Module):
    def __init__(self, c: BertConfig):
        super().__init__()
        self.attention = Attention(c)
        self.intermediate = Intermediate(c)
        self.output = DenseNorm(c.intermediate, c)

    def forward(self, x: Tensor, additive_mask: Tensor) -> Tensor:
        x = self.attention(x, additive_mask)
        return self.output(self.intermediate(x), x)


class Encoder(nn.Module):
    def __init__(self, c: BertConfig):
        super().__init__()
        self.layer = nn.ModuleList([Layer(c) for _ in range(c.layers)])

    def forward(self, x: Tensor, additive_mask: Tensor) -> Tensor:
        for layer in self.layer:
            x = layer(x, additive_mask)
        return x


class Bert(nn.Module):
    """Returns the last hidden states [B, L, hidden]; padding is masked out of attention."""

    def __init__(self, c: BertConfig):
        super().__init__()
        self.embeddings = Embeddings(c)
        self.encoder = Encoder(c)

    def forward(self, input_ids: Tensor, attention_mask: Tensor) -> Tensor:
        x = self.embeddings(input_ids)
        additive = (1.0 - attention_mask.to(x.dtype))[:, None, None, :] * -10000.0
        return self.encoder(x, additive)


def hf_key(own_key: str) -> str:
    """Hugging Face's name of one of this module's parameters."""
    return own_key.replace(".attention.attend.", ".attention.self.")


def own_key(hf: str) -> str:
    """This module's name of a Hugging Face BERT parameter (old checkpoints say gamma/beta)."""
    key = hf.replace(".attention.self.", ".attention.attend.")
    if key.endswith("LayerNorm.gamma"):
        key = key[:-len("gamma")] + "weight"
    elif key.endswith("LayerNorm.beta"):
        key = key[:-len("beta")] + "bias"
    return key
