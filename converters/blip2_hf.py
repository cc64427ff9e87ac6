"""The Hugging Face transformers BLIP-2 layout -> our vision GGUF tensors, as data.

A transformers BLIP-2 checkpoint (``Blip2ForConditionalGeneration`` / ``Blip2Model``) holds the
vision path under ``vision_model.*`` (``post_layernorm`` is BLIP-2's ``ln_vision``),
``qformer.*`` and ``query_tokens``, and the projection into the language model as
``language_projection.*``; SkinGPT-4's own projection is ``llama_proj.*``. Every shape already
matches ours (class embedding (1, 1, W), position embedding (1, N, W), patch conv (W, 3, P, P),
query tokens (1, K, Q)), so no reshaping is needed.

One difference in layout: transformers keeps the EVA attention biases as a single
``self_attn.qkv.bias`` = concat(q_bias, 0, v_bias) (its conversion from LAVIS inserts the zero
key bias). We take the first and last thirds. Dropping the key third is exact even if it was
trained: a key bias adds q . b_k to every score of a query row, which softmax cancels.

The getter protocol (shared by every converter): ``get_tensor(our_name) -> np.ndarray`` returns
the tensor numpy-shaped as ``vision_format.expected_tensors`` says, in any floating dtype, and
raises ConversionError (or KeyError) when it is missing; ``write_vision_gguf`` calls it once per
tensor in file order, so the source may read lazily.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

import numpy as np

from skingpt_desktop.core.errors import ConversionError
from skingpt_desktop.core.vision.vision_format import VisionHParams, expected_tensors
from skingpt_desktop.core.vision.vision_gguf import hparams_problems

ReadTensor = Callable[[str], np.ndarray]

_VIT = "vision_model.encoder.layers.{i}."
_QF = "qformer.encoder.layer.{i}."

# Our name template -> transformers name template ({i}: block index, {proj}: projection prefix).
HF_NAMES: dict[str, str] = {
    "vit.patch_embed.weight": "vision_model.embeddings.patch_embedding.weight",
    "vit.patch_embed.bias": "vision_model.embeddings.patch_embedding.bias",
    "vit.cls_token": "vision_model.embeddings.class_embedding",
    "vit.pos_embed": "vision_model.embeddings.position_embedding",
    "ln_vision.weight": "vision_model.post_layernorm.weight",
    "ln_vision.bias": "vision_model.post_layernorm.bias",
    "vit.blk.{i}.norm1.weight": _VIT + "layer_norm1.weight",
    "vit.blk.{i}.norm1.bias": _VIT + "layer_norm1.bias",
    "vit.blk.{i}.attn.qkv.weight": _VIT + "self_attn.qkv.weight",
    "vit.blk.{i}.attn.q_bias": _VIT + "self_attn.qkv.bias",
    "vit.blk.{i}.attn.v_bias": _VIT + "self_attn.qkv.bias",
    "vit.blk.{i}.attn.proj.weight": _VIT + "self_attn.projection.weight",
    "vit.blk.{i}.attn.proj.bias": _VIT + "self_attn.projection.bias",
    "vit.blk.{i}.norm2.weight": _VIT + "layer_norm2.weight",
    "vit.blk.{i}.norm2.bias": _VIT + "layer_norm2.bias",
    "vit.blk.{i}.mlp.fc1.weight": _VIT + "mlp.fc1.weight",
    "vit.blk.{i}.mlp.fc1.bias": _VIT + "mlp.fc1.bias",
    "vit.blk.{i}.mlp.fc2.weight": _VIT + "mlp.fc2.weight",
    "vit.blk.{i}.mlp.fc2.bias": _VIT + "mlp.fc2.bias",
    "qformer.query_tokens": "query_tokens",
    "qformer.ln_emb.weight": "qformer.layernorm.weight",
    "qformer.ln_emb.bias": "qformer.layernorm.bias",
    "proj.weight": "{proj}.weight",
    "proj.bias": "{proj}.bias",
}

# Q-Former sub-modules: our part -> transformers part, inside layer {i}; leaves are weight/bias.
HF_QFORMER_PARTS: dict[str, str] = {
    "self_attn.q": "attention.attention.query",
    "self_attn.k": "attention.attention.key",
    "self_attn.v": "attention.attention.value",
    "self_attn.out": "attention.output.dense",
    "self_attn.norm": "attention.output.LayerNorm",
    "cross_attn.q": "crossattention.attention.query",
    "cross_attn.k": "crossattention.attention.key",
    "cross_attn.v": "crossattention.attention.value",
    "cross_attn.out": "crossattention.output.dense",
    "cross_attn.norm": "crossattention.output.LayerNorm",
    "ffn.fc1": "intermediate_query.dense",
    "ffn.fc2": "output_query.dense",
    "ffn.norm": "output_query.LayerNorm",
}
for _ours, _theirs in HF_QFORMER_PARTS.items():
    for _leaf in ("weight", "bias"):
        HF_NAMES[f"qformer.blk.{{i}}.{_ours}.{_leaf}"] = f"{_QF}{_theirs}.{_leaf}"

# Tensors cut out of transformers' fused qkv bias: which third of (q, k, v).
QKV_BIAS_THIRD: dict[str, int] = {"vit.blk.{i}.attn.q_bias": 0, "vit.blk.{i}.attn.v_bias": 2}

# transformers' Blip2VisionConfig / Blip2QFormerConfig defaults (the real BLIP-2 shape), for
# config files that store only the values that differ from them.
HF_VISION_DEFAULTS: dict[str, Any] = {
    "hidden_size": 1408, "intermediate_size": 6144, "num_hidden_layers": 39,
    "num_attention_heads": 16, "image_size": 224, "patch_size": 14, "hidden_act": "gelu",
    "layer_norm_eps": 1e-6, "qkv_bias": True,
}
HF_QFORMER_DEFAULTS: dict[str, Any] = {
    "hidden_size": 768, "num_hidden_layers": 12, "num_attention_heads": 12,
    "intermediate_size": 3072, "hidden_act": "gelu", "layer_norm_eps": 1e-12,
    "cross_attention_frequency": 2, "position_embedding_type": "absolute",
}
# BLIP-2's ln_vision is nn.LayerNorm(1408) with torch's default eps; transformers reuses the
# ViT's 1e-6 for post_layernorm. We keep the original's value (the difference is ~1e-6 relative).
LN_VISION_EPS = 1e-5

_BLOCK = re.compile(r"^(vit|qformer)\.blk\.(\d+)\.")


def _template(ours: str) -> tuple[str, int | None]:
    """``vit.blk.3.norm1.weight`` -> (``vit.blk.{i}.norm1.weight``, 3)."""
    match = _BLOCK.match(ours)
    if match is None:
        return ours, None
    return f"{match.group(1)}.blk.{{i}}.{ours[match.end():]}", int(match.group(2))


def hf_blip2_tensor_name_map(hp: VisionHParams,
                             projection_prefix: str = "language_projection") -> dict[str, str]:
    """Every tensor of the vision GGUF -> its transformers BLIP-2 name, in file order.

    ``projection_prefix`` is ``language_projection`` for a transformers checkpoint and
    ``llama_proj`` for SkinGPT-4's projection.
    """
    names = {}
    for ours in expected_tensors(hp):
        template, index = _template(ours)
        names[ours] = HF_NAMES[template].format(i=index, proj=projection_prefix)
    return names


def _int_size(value: Any, what: str) -> int:
    """transformers allows image/patch sizes as an int or a square [h, w] pair."""
    if isinstance(value, (list, tuple)):
        if len(value) != 2 or value[0] != value[1]:
            raise ConversionError(f"{what} {value} is not square; only square images are supported")
        value = value[0]
    return int(value)


def _check_config(vision: Mapping[str, Any], qformer: Mapping[str, Any]) -> None:
    for section, cfg in (("vision_config", vision), ("qformer_config", qformer)):
        if cfg["hidden_act"] != "gelu":
            raise ConversionError(f"{section}.hidden_act is '{cfg['hidden_act']}'; the encoder "
                                  "implements the exact (erf) GELU only")
    if not vision["qkv_bias"]:
        raise ConversionError("vision_config.qkv_bias is false; EVA-ViT-g has q and v biases")
    if qformer["position_embedding_type"] != "absolute":
        kind = qformer["position_embedding_type"]
        raise ConversionError(f"qformer_config.position_embedding_type is '{kind}'; only "
                              "'absolute' is supported")
    encoder_width = qformer.get("encoder_hidden_size", vision["hidden_size"])
    if encoder_width != vision["hidden_size"]:
        raise ConversionError(f"qformer_config.encoder_hidden_size {encoder_width} differs from "
                              f"vision_config.hidden_size {vision['hidden_size']}")


def hparams_from_hf_config(config: Mapping[str, Any], proj_width: int,
                           preprocessor: Mapping[str, Any] | None = None) -> VisionHParams:
    """VisionHParams from a transformers ``Blip2Config`` dict (config.json).

    ``proj_width`` is the LLM's hidden size (5120 for Llama-2-13B). ``preprocessor`` is the
    optional preprocessor_config.json dict; its image_mean/image_std win over BLIP-2's defaults.
    """
    vision = {**HF_VISION_DEFAULTS, **(config.get("vision_config") or {})}
    qformer = {**HF_QFORMER_DEFAULTS, **(config.get("qformer_config") or {})}
    _check_config(vision, qformer)
    base = VisionHParams()
    pre = preprocessor or {}
    hp = VisionHParams(
        image_size=_int_size(vision["image_size"], "vision_config.image_size"),
        patch_size=_int_size(vision["patch_size"], "vision_config.patch_size"),
        vit_width=int(vision["hidden_size"]), vit_depth=int(vision["num_hidden_layers"]),
        vit_heads=int(vision["num_attention_heads"]), vit_mlp_dim=int(vision["intermediate_size"]),
        vit_ln_eps=float(vision["layer_norm_eps"]), ln_vision_eps=LN_VISION_EPS,
        qformer_width=int(qformer["hidden_size"]), qformer_depth=int(qformer["num_hidden_layers"]),
        qformer_heads=int(qformer["num_attention_heads"]),
        qformer_mlp_dim=int(qformer["intermediate_size"]),
        qformer_ln_eps=float(qformer["layer_norm_eps"]),
        num_query_tokens=int(config.get("num_query_tokens", base.num_query_tokens)),
        cross_attention_freq=int(qformer["cross_attention_frequency"]),
        proj_width=int(proj_width),
        image_mean=tuple(float(v) for v in pre.get("image_mean", base.image_mean)),
        image_std=tuple(float(v) for v in pre.get("image_std", base.image_std)),
    )
    problems = hparams_problems(hp)
    if problems:
        raise ConversionError(f"unusable BLIP-2 config: {'; '.join(problems)}")
    return hp


def hf_blip2_getter(read_tensor: ReadTensor, hp: VisionHParams,
                    projection_prefix: str = "language_projection") -> Callable[[str], np.ndarray]:
    """A getter for ``write_vision_gguf`` over ``read_tensor(hf_name) -> np.ndarray``.

    ``read_tensor`` reads one tensor of the transformers checkpoint by name (lazily, e.g. from
    safetensors shards) and raises KeyError when it is absent.
    """
    names = hf_blip2_tensor_name_map(hp, projection_prefix)
    width = hp.vit_width

    def get_tensor(ours: str) -> np.ndarray:
        hf_name = names[ours]
        try:
            array = np.asarray(read_tensor(hf_name))
        except KeyError:
            raise ConversionError(f"the checkpoint has no tensor '{hf_name}' "
                                  f"(for {ours})") from None
        third = QKV_BIAS_THIRD.get(_template(ours)[0])
        if third is None:
            return array
        if array.shape != (3 * width,):
            raise ConversionError(f"tensor '{hf_name}': expected shape ({3 * width},), "
                                  f"got {array.shape}")
        return array[third * width:(third + 1) * width]

    return get_tensor
