"""The CLIP architecture of Radford et al. (2021) as CheXzero uses it: a vision transformer
(ViT-B/32) and a causal text transformer, with parameter names matching the published CLIP
state dicts (`visual.*`, `transformer.*`, `token_embedding`, ...). Sizes are read from the
state dict, so ViT-B/32 at 224 or 320 pixels both load."""

from typing import List, Optional

import torch
from torch import Tensor, nn


class QuickGelu(nn.Module):
    def forward(self, x: Tensor) -> Tensor:
        return x * torch.sigmoid(1.702 * x)


class Mlp(nn.Module):
    def __init__(self, width: int):
        super().__init__()
        self.c_fc = nn.Linear(width, 4 * width)
        self.gelu = QuickGelu()
        self.c_proj = nn.Linear(4 * width, width)

    def forward(self, x: Tensor) -> Tensor:
        return self.c_proj(self.gelu(self.c_fc(x)))


class AttentionBlock(nn.Module):
    """Pre-norm residual block: self-attention, then the MLP. Sequences are batch first."""

    def __init__(self, width: int, heads: int):
        super().__init__()
        self.ln_1 = nn.LayerNorm(width)
        self.attn = nn.MultiheadAttention(width, heads, batch_first=True)
        self.ln_2 = nn.LayerNorm(width)
        self.mlp = Mlp(width)

    def forward(self, x: Tensor, mask: Optional[Tensor]) -> Tensor:
        y = self.ln_1(x)
        x = x + self.attn(y, y, y, need_weights=False, attn_mask=mask)[0]
        return x + self.mlp(self.ln_2(x))


class Transformer(nn.Module):
    def __init__(self, width: int, layers: int, heads: int):
        super().__init__()
        self.resblocks = nn.ModuleList([AttentionBlock(width, heads) for _ in range(layers)])

    def forward(self, x: Tensor, mask: Optional[Tensor]) -> Tensor:
        for block in self.resblocks:
            x = block(x, mask)
        return x


class VisionTransformer(nn.Module):
    """Patches, a class token and learned positions; the class token's final state, layer
    normalised and projected, is the image embedding."""

    def __init__(self, resolution: int, patch: int, width: int, layers: int, heads: int, dim: int):
        super().__init__()
        scale = width ** -0.5
        self.conv1 = nn.Conv2d(3, width, kernel_size=patch, stride=patch, bias=False)
        self.class_embedding = nn.Parameter(scale * torch.randn(width))
        self.positional_embedding = nn.Parameter(scale * torch.randn((resolution // patch) ** 2 + 1, width))
        self.ln_pre = nn.LayerNorm(width)
        self.transformer = Transformer(width, layers, heads)
        self.ln_post = nn.LayerNorm(width)
        self.proj = nn.Parameter(scale * torch.randn(width, dim))

    def forward(self, x: Tensor) -> Tensor:
        patches = self.conv1(x).flatten(2).transpose(1, 2)
        token = self.class_embedding.to(patches.dtype).expand(patches.shape[0], 1, -1)
        x = torch.cat([token, patches], dim=1) + self.positional_embedding
        x = self.transformer(self.ln_pre(x), None)
        return self.ln_post(x[:, 0, :]) @ self.proj


class ClipSizes:
    """The hyper-parameters of a CLIP model, read from its state dict's shapes."""

    def __init__(self, state):
        self.vision_width = state["visual.conv1.weight"].shape[0]
        self.patch = state["visual.conv1.weight"].shape[-1]
        grid = round((state["visual.positional_embedding"].shape[0] - 1) ** 0.5)
        self.resolution = grid * self.patch
        self.vision_layers = _count_blocks(state, "visual.transformer.resblocks.")
        self.vision_heads = self.vision_width // 64
        self.dim = state["text_projection"].shape[1]
        self.context_length = state["positional_embedding"].shape[0]
        self.vocab_size = state["token_embedding.weight"].shape[0]
        self.text_width = state["ln_final.weight"].shape[0]
        self.text_heads = self.text_width // 64
        self.text_layers = _count_blocks(state, "transformer.resblocks.")

    @staticmethod
    def vit_b32():
        """OpenAI's ViT-B/32 at 224 pixels (CheXzero's architecture)."""
        sizes = ClipSizes.__new__(ClipSizes)
        sizes.vision_width, sizes.patch, sizes.resolution, sizes.vision_layers = 768, 32, 224, 12
        sizes.vision_heads, sizes.dim, sizes.context_length, sizes.vocab_size = 12, 512, 77, 49408
        sizes.text_width, sizes.text_heads, sizes.text_layers = 512, 8, 12
        return sizes


def _count_blocks(state, prefix):
    return len({key[len(prefix):].split(".")[0] for key in state if key.startswith(prefix)})


class Clip(nn.Module):
    def __init__(self, sizes: ClipSizes):
        super().__init__()
        self.visual = VisionTransformer(sizes.resolution, sizes.patch, sizes.vision_width,
                                        sizes.vision_layers, sizes.vision_heads, sizes.dim)
        self.token_embedding = nn.Embedding(sizes.vocab_size, sizes.text_width)
        self.positional_embedding = nn.Parameter(torch.randn(sizes.context_length, sizes.text_width) * 0.01)
        self.transformer = Transformer(sizes.text_width, sizes.text_layers, sizes.text_heads)
        self.ln_final = nn.LayerNorm(sizes.text_width)
        self.text_projection = nn.Parameter(torch.randn(sizes.text_width, sizes.dim) * sizes.text_width ** -0.5)
        self.logit_scale = nn.Parameter(torch.tensor(2.6592))


class ClipTextEncoder(nn.Module):
    """Causal transformer over the ids; the end token (the highest id) carries the embedding.
    The attention mask is not used: CLIP pads with zeros to its context length."""

    def __init__(self, clip: Clip):
        super().__init__()
        self.token_embedding = clip.token_embedding
        self.positional_embedding = clip.positional_embedding
        self.transformer = clip.transformer
        self.ln_final = clip.ln_final
        self.text_projection = clip.text_projection

    def forward(self, input_ids: Tensor, attention_mask: Tensor) -> Tensor:
        length = input_ids.shape[1]
        x = self.token_embedding(input_ids) + self.positional_embedding[:length]
        causal = torch.full([length, length], float("-inf"), device=x.device, dtype=x.dtype).triu(1)
        x = self.ln_final(self.transformer(x, causal))
        ends = input_ids.argmax(dim=-1)
        rows = torch.arange(x.shape[0], device=x.device)
        return x[rows, ends] @ self.text_projection


def clip_encoders(clip: Clip) -> List[nn.Module]:
    return [clip.visual, ClipTextEncoder(clip)]
