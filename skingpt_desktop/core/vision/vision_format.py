"""The vision GGUF format: metadata keys and tensor names, as data.

The vision GGUF holds the whole image path of SkinGPT-4: EVA-ViT-g, the ``ln_vision`` LayerNorm,
the BLIP-2 Q-Former with its learned queries, and the ``llama_proj`` projection into the LLM's
embedding space. Every hyper-parameter the numpy encoder needs travels as metadata, so nothing is
hard-coded to the 13B shape. Converters write with these tables and the encoder reads with them;
this module is the single source of truth for both.

Tensor names follow the LAVIS checkpoint (``blocks.N.attn.qkv`` ...) with short prefixes. Shapes
are given numpy-style (row-major), for the real model: ViT width 1408, Q-Former width 768,
projection 5120.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

ARCHITECTURE = "skingpt4-vision"
FORMAT_VERSION = 1


@dataclass(frozen=True)
class VisionHParams:
    """Hyper-parameters of the vision tower, as stored in the vision GGUF metadata."""

    image_size: int = 224
    patch_size: int = 14
    vit_width: int = 1408
    vit_depth: int = 39
    vit_heads: int = 16
    vit_mlp_dim: int = 6144
    vit_ln_eps: float = 1e-6
    ln_vision_eps: float = 1e-5
    qformer_width: int = 768
    qformer_depth: int = 12
    qformer_heads: int = 12
    qformer_mlp_dim: int = 3072
    qformer_ln_eps: float = 1e-12
    num_query_tokens: int = 32
    cross_attention_freq: int = 2
    proj_width: int = 5120
    image_mean: tuple[float, float, float] = (0.48145466, 0.4578275, 0.40821073)
    image_std: tuple[float, float, float] = (0.26862954, 0.26130258, 0.27577711)

    @property
    def grid(self) -> int:
        """Patches per side (16 for 224 / 14)."""
        return self.image_size // self.patch_size

    @property
    def num_positions(self) -> int:
        """Image tokens including the class token (257 for the real model)."""
        return self.grid * self.grid + 1

    def has_cross_attention(self, layer: int) -> bool:
        """Whether Q-Former layer ``layer`` cross-attends to the image (0, 2, 4, ... for freq 2)."""
        return layer % self.cross_attention_freq == 0


def metadata_key(field_name: str) -> str:
    """GGUF key of a hyper-parameter, e.g. ``skingpt4-vision.vit_width``."""
    return f"{ARCHITECTURE}.{field_name}"


HPARAM_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(VisionHParams))
KEY_FORMAT_VERSION = f"{ARCHITECTURE}.format_version"

# --- tensor names -------------------------------------------------------------------------
# Templates take {i} for the block index. Shapes: W = vit_width, P = patch, N = num_positions,
# Q = qformer_width, F = vit_mlp_dim, G = qformer_mlp_dim, E = proj_width, K = num_query_tokens.

VIT_GLOBAL_TENSORS: dict[str, str] = {
    "vit.patch_embed.weight": "(W, 3, P, P)",
    "vit.patch_embed.bias": "(W,)",
    "vit.cls_token": "(1, 1, W)",
    "vit.pos_embed": "(1, N, W)",
    "ln_vision.weight": "(W,)",
    "ln_vision.bias": "(W,)",
}

VIT_BLOCK_TENSORS: dict[str, str] = {
    "vit.blk.{i}.norm1.weight": "(W,)",
    "vit.blk.{i}.norm1.bias": "(W,)",
    "vit.blk.{i}.attn.qkv.weight": "(3W, W)",
    "vit.blk.{i}.attn.q_bias": "(W,)",
    "vit.blk.{i}.attn.v_bias": "(W,)",
    "vit.blk.{i}.attn.proj.weight": "(W, W)",
    "vit.blk.{i}.attn.proj.bias": "(W,)",
    "vit.blk.{i}.norm2.weight": "(W,)",
    "vit.blk.{i}.norm2.bias": "(W,)",
    "vit.blk.{i}.mlp.fc1.weight": "(F, W)",
    "vit.blk.{i}.mlp.fc1.bias": "(F,)",
    "vit.blk.{i}.mlp.fc2.weight": "(W, F)",
    "vit.blk.{i}.mlp.fc2.bias": "(W,)",
}

QFORMER_GLOBAL_TENSORS: dict[str, str] = {
    "qformer.query_tokens": "(1, K, Q)",
    "qformer.ln_emb.weight": "(Q,)",
    "qformer.ln_emb.bias": "(Q,)",
    "proj.weight": "(E, Q)",
    "proj.bias": "(E,)",
}

QFORMER_BLOCK_TENSORS: dict[str, str] = {
    "qformer.blk.{i}.self_attn.q.weight": "(Q, Q)",
    "qformer.blk.{i}.self_attn.q.bias": "(Q,)",
    "qformer.blk.{i}.self_attn.k.weight": "(Q, Q)",
    "qformer.blk.{i}.self_attn.k.bias": "(Q,)",
    "qformer.blk.{i}.self_attn.v.weight": "(Q, Q)",
    "qformer.blk.{i}.self_attn.v.bias": "(Q,)",
    "qformer.blk.{i}.self_attn.out.weight": "(Q, Q)",
    "qformer.blk.{i}.self_attn.out.bias": "(Q,)",
    "qformer.blk.{i}.self_attn.norm.weight": "(Q,)",
    "qformer.blk.{i}.self_attn.norm.bias": "(Q,)",
    "qformer.blk.{i}.ffn.fc1.weight": "(G, Q)",
    "qformer.blk.{i}.ffn.fc1.bias": "(G,)",
    "qformer.blk.{i}.ffn.fc2.weight": "(Q, G)",
    "qformer.blk.{i}.ffn.fc2.bias": "(Q,)",
    "qformer.blk.{i}.ffn.norm.weight": "(Q,)",
    "qformer.blk.{i}.ffn.norm.bias": "(Q,)",
}

# Only in layers where has_cross_attention(i); keys and values read the ViT width W.
QFORMER_CROSS_TENSORS: dict[str, str] = {
    "qformer.blk.{i}.cross_attn.q.weight": "(Q, Q)",
    "qformer.blk.{i}.cross_attn.q.bias": "(Q,)",
    "qformer.blk.{i}.cross_attn.k.weight": "(Q, W)",
    "qformer.blk.{i}.cross_attn.k.bias": "(Q,)",
    "qformer.blk.{i}.cross_attn.v.weight": "(Q, W)",
    "qformer.blk.{i}.cross_attn.v.bias": "(Q,)",
    "qformer.blk.{i}.cross_attn.out.weight": "(Q, Q)",
    "qformer.blk.{i}.cross_attn.out.bias": "(Q,)",
    "qformer.blk.{i}.cross_attn.norm.weight": "(Q,)",
    "qformer.blk.{i}.cross_attn.norm.bias": "(Q,)",
}


def _symbols(hp: VisionHParams) -> dict[str, int]:
    return {
        "W": hp.vit_width, "P": hp.patch_size, "N": hp.num_positions, "Q": hp.qformer_width,
        "F": hp.vit_mlp_dim, "G": hp.qformer_mlp_dim, "E": hp.proj_width,
        "K": hp.num_query_tokens, "3W": 3 * hp.vit_width,
    }


def _resolve(shape_spec: str, symbols: dict[str, int]) -> tuple[int, ...]:
    parts = [p.strip() for p in shape_spec.strip("()").split(",") if p.strip()]
    return tuple(int(p) if p.isdigit() else symbols[p] for p in parts)


def expected_tensors(hp: VisionHParams) -> dict[str, tuple[int, ...]]:
    """Every tensor the vision GGUF must contain, with its numpy shape, in file order."""
    sym = _symbols(hp)
    out: dict[str, tuple[int, ...]] = {}
    for name, spec in VIT_GLOBAL_TENSORS.items():
        out[name] = _resolve(spec, sym)
    for i in range(hp.vit_depth):
        for name, spec in VIT_BLOCK_TENSORS.items():
            out[name.format(i=i)] = _resolve(spec, sym)
    for name, spec in QFORMER_GLOBAL_TENSORS.items():
        out[name] = _resolve(spec, sym)
    for i in range(hp.qformer_depth):
        for name, spec in QFORMER_BLOCK_TENSORS.items():
            out[name.format(i=i)] = _resolve(spec, sym)
        if hp.has_cross_attention(i):
            for name, spec in QFORMER_CROSS_TENSORS.items():
                out[name.format(i=i)] = _resolve(spec, sym)
    return out


# Tiny shape used by test packs: the real architecture and image size, tiny widths.
TINY_HPARAMS = VisionHParams(
    vit_width=32, vit_depth=2, vit_heads=2, vit_mlp_dim=64,
    qformer_width=32, qformer_depth=2, qformer_heads=2, qformer_mlp_dim=64,
    num_query_tokens=32, proj_width=64,
)
