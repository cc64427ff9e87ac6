"""The LAVIS checkpoint layout (eva_vit_g.pth + blip2_pretrained_flant5xxl.pth) as data.

The reference builds its vision path in three loads, each overriding the previous one
(``load_state_dict(strict=False)`` over the MiniGPT-4 model):

1. ``eva_vit_g.pth``: the EVA-ViT-g weights, keys without prefix (``blocks.N.attn.qkv.weight``),
   40 blocks of which BLIP-2 keeps the first 39; they become ``visual_encoder.*``.
2. ``blip2_pretrained_flant5xxl.pth`` ``["model"]``: ``ln_vision.*``, ``query_tokens`` and
   ``Qformer.bert.*`` (and ``visual_encoder.*`` if the file carries it).
3. the SkinGPT-4 checkpoint ``["model"]``: ``llama_proj.*`` (and anything else it carries).

So every tensor has one name in the MiniGPT-4 model namespace (``visual_encoder.blocks.3.norm1
.weight``, ``Qformer.bert.encoder.layer.0.attention.self.query.weight``, ``llama_proj.weight``);
:func:`lavis_name_map` maps our vision GGUF names to it, and :class:`LayeredTensors` resolves a
model-namespace name through the loaded files in the reference's precedence order.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

import numpy as np

from converters.safetensors_reader import TensorSource
from skingpt_desktop.core.errors import ConversionError
from skingpt_desktop.core.vision.vision_format import VisionHParams, expected_tensors

VIT = "visual_encoder."
QF = "Qformer.bert."
DEFAULT_HPARAMS = VisionHParams()  # frozen: one shared default is safe

# Our name -> MiniGPT-4 model-namespace name; {i} is the block index.
VIT_GLOBAL_NAMES: dict[str, str] = {
    "vit.patch_embed.weight": VIT + "patch_embed.proj.weight",
    "vit.patch_embed.bias": VIT + "patch_embed.proj.bias",
    "vit.cls_token": VIT + "cls_token",
    "vit.pos_embed": VIT + "pos_embed",
    "ln_vision.weight": "ln_vision.weight",
    "ln_vision.bias": "ln_vision.bias",
}

# EVA block parameter names are ours already (norm1, attn.qkv, mlp.fc1, ...).
VIT_BLOCK_SUFFIXES: tuple[str, ...] = (
    "norm1.weight", "norm1.bias", "attn.qkv.weight", "attn.q_bias", "attn.v_bias",
    "attn.proj.weight", "attn.proj.bias", "norm2.weight", "norm2.bias",
    "mlp.fc1.weight", "mlp.fc1.bias", "mlp.fc2.weight", "mlp.fc2.bias",
)

QFORMER_GLOBAL_NAMES: dict[str, str] = {
    "qformer.query_tokens": "query_tokens",
    "qformer.ln_emb.weight": QF + "embeddings.LayerNorm.weight",
    "qformer.ln_emb.bias": QF + "embeddings.LayerNorm.bias",
    "proj.weight": "llama_proj.weight",
    "proj.bias": "llama_proj.bias",
}

# Q-Former sub-module: our part -> BERT part, inside layer {i}.
QFORMER_BLOCK_PARTS: dict[str, str] = {
    "self_attn.q": "attention.self.query",
    "self_attn.k": "attention.self.key",
    "self_attn.v": "attention.self.value",
    "self_attn.out": "attention.output.dense",
    "self_attn.norm": "attention.output.LayerNorm",
    "ffn.fc1": "intermediate_query.dense",
    "ffn.fc2": "output_query.dense",
    "ffn.norm": "output_query.LayerNorm",
}

QFORMER_CROSS_PARTS: dict[str, str] = {
    "cross_attn.q": "crossattention.self.query",
    "cross_attn.k": "crossattention.self.key",
    "cross_attn.v": "crossattention.self.value",
    "cross_attn.out": "crossattention.output.dense",
    "cross_attn.norm": "crossattention.output.LayerNorm",
}

_BLOCK = re.compile(r"^(vit|qformer)\.blk\.(\d+)\.(.+)$")


def model_name(ours: str) -> str:
    """The MiniGPT-4 model-namespace name of one of our vision GGUF tensor names."""
    if ours in VIT_GLOBAL_NAMES:
        return VIT_GLOBAL_NAMES[ours]
    if ours in QFORMER_GLOBAL_NAMES:
        return QFORMER_GLOBAL_NAMES[ours]
    match = _BLOCK.match(ours)
    if match is None:
        raise KeyError(ours)
    tower, index, rest = match.groups()
    if tower == "vit":
        if rest not in VIT_BLOCK_SUFFIXES:
            raise KeyError(ours)
        return f"{VIT}blocks.{index}.{rest}"
    part, _, leaf = rest.rpartition(".")
    bert_part = QFORMER_BLOCK_PARTS.get(part) or QFORMER_CROSS_PARTS.get(part)
    if bert_part is None:
        raise KeyError(ours)
    return f"{QF}encoder.layer.{index}.{bert_part}.{leaf}"


def lavis_name_map(hp: VisionHParams) -> dict[str, str]:
    """Every tensor of the vision GGUF -> its MiniGPT-4 model-namespace name, in file order."""
    return {ours: model_name(ours) for ours in expected_tensors(hp)}


@dataclass(frozen=True)
class Layer:
    """One loaded file: its tensors appear in the model namespace under ``prefix``."""

    source: TensorSource
    prefix: str = ""
    label: str = ""


class LayeredTensors:
    """Resolves model-namespace names through files; later layers override earlier ones."""

    def __init__(self, layers: Sequence[Layer]) -> None:
        self.layers = list(layers)

    def find(self, name: str) -> tuple[Layer, str] | None:
        """The layer that provides ``name`` and the key inside its file, or None."""
        for layer in reversed(self.layers):
            if name.startswith(layer.prefix):
                key = name[len(layer.prefix):]
                if key in layer.source:
                    return layer, key
        return None

    def has(self, name: str) -> bool:
        """Whether any layer provides ``name``."""
        return self.find(name) is not None

    def locate(self, name: str, ours: str = "") -> tuple[Layer, str]:
        """Like :meth:`find` but raises a ConversionError naming the tensor when absent."""
        found = self.find(name)
        if found is None:
            files = ", ".join(layer.label for layer in self.layers)
            wanted = f"'{name}'" + (f" (for {ours})" if ours else "")
            raise ConversionError(f"tensor {wanted} is missing from {files}")
        return found

    def shape(self, name: str) -> tuple[int, ...]:
        """Shape of ``name`` from the layer that provides it."""
        layer, key = self.locate(name)
        return tuple(layer.source.shape(key))

    def read(self, name: str) -> np.ndarray:
        """Read ``name`` from the layer that provides it."""
        layer, key = self.locate(name)
        return layer.source.read(key)


def lavis_layers(eva: TensorSource, blip2: TensorSource, skingpt4: TensorSource) -> LayeredTensors:
    """The reference's load order: eva_vit_g.pth, then the BLIP-2 file, then SkinGPT-4's."""
    return LayeredTensors([
        Layer(eva, VIT, f"{getattr(eva, 'path', 'eva_vit_g.pth')}"),
        Layer(blip2, "", f"{getattr(blip2, 'path', 'BLIP-2 checkpoint')}"),
        Layer(skingpt4, "", f"{getattr(skingpt4, 'path', 'SkinGPT-4 checkpoint')}"),
    ])


def check_shapes(layers: LayeredTensors, names: dict[str, str], hp: VisionHParams) -> None:
    """Before any data is read: every tensor exists with the shape ``hp`` implies."""
    for ours, shape in expected_tensors(hp).items():
        layer, key = layers.locate(names[ours], ours)
        found = tuple(layer.source.shape(key))
        if math.prod(found) != math.prod(shape) or _squeeze(found) != _squeeze(shape):
            raise ConversionError(f"{layer.label}: tensor '{key}' has shape {found}, expected "
                                  f"{shape} (for {ours})")


def _squeeze(shape: Sequence[int]) -> tuple[int, ...]:
    # LAVIS stores some vectors as (1, 1, W) where we store (1, 1, W) too, but tolerate a
    # checkpoint that drops leading unit axes: only the non-unit dimensions must agree.
    return tuple(d for d in shape if d != 1)


def make_getter(layers: LayeredTensors, names: dict[str, str],
                hp: VisionHParams) -> Callable[[str], np.ndarray]:
    """``get_tensor(our_name) -> float32 array`` of exactly the shape the GGUF expects."""
    shapes = expected_tensors(hp)

    def get_tensor(ours: str) -> np.ndarray:
        array = layers.read(names[ours])
        if array.dtype.kind != "f":
            raise ConversionError(f"tensor '{names[ours]}' (for {ours}) is not floating point")
        return np.asarray(array, dtype=np.float32).reshape(shapes[ours])

    return get_tensor


def _count_indexed(layers: LayeredTensors, template: str) -> int:
    count = 0
    while layers.has(template.format(i=count)):
        count += 1
    return count


def _cross_attention_freq(layers: LayeredTensors, depth: int) -> int:
    cross = [i for i in range(depth)
             if layers.has(f"{QF}encoder.layer.{i}.crossattention.self.query.weight")]
    if not cross or cross[0] != 0:
        raise ConversionError("the Q-Former has no cross-attention in layer 0; this is not a "
                              "BLIP-2 Q-Former")
    freq = cross[1] - cross[0] if len(cross) > 1 else depth
    if cross != list(range(0, depth, freq)):
        raise ConversionError(f"the Q-Former cross-attends in layers {cross}, which is not a "
                              "regular pattern")
    return freq


def hparams_from_lavis(layers: LayeredTensors, base: VisionHParams = DEFAULT_HPARAMS) -> VisionHParams:
    """Hyper-parameters read off the tensor shapes; heads, eps and mean/std come from ``base``.

    The ViT depth is the number of EVA blocks minus one: BLIP-2 drops the last block of
    eva_vit_g.pth (40 blocks -> 39).
    """
    shape = layers.shape
    vit_width = shape(VIT + "cls_token")[-1]
    patch = shape(VIT + "patch_embed.proj.weight")[-1]
    positions = shape(VIT + "pos_embed")[-2]
    grid = int(round((positions - 1) ** 0.5))
    if grid * grid + 1 != positions:
        raise ConversionError(f"pos_embed has {positions} positions, not a square grid + 1")
    eva_blocks = _count_indexed(layers, VIT + "blocks.{i}.attn.qkv.weight")
    if eva_blocks < 2:
        raise ConversionError("the EVA-ViT checkpoint has fewer than 2 blocks")
    qf_depth = _count_indexed(layers, QF + "encoder.layer.{i}.attention.self.query.weight")
    if qf_depth == 0:
        raise ConversionError("the BLIP-2 checkpoint has no Q-Former layers")
    hp = replace(
        base,
        image_size=grid * patch, patch_size=patch, vit_width=vit_width, vit_depth=eva_blocks - 1,
        vit_mlp_dim=shape(VIT + "blocks.0.mlp.fc1.weight")[0],
        qformer_width=shape("query_tokens")[-1], qformer_depth=qf_depth,
        qformer_mlp_dim=shape(QF + "encoder.layer.0.intermediate_query.dense.weight")[0],
        num_query_tokens=shape("query_tokens")[-2],
        cross_attention_freq=_cross_attention_freq(layers, qf_depth),
        proj_width=shape("llama_proj.weight")[0],
    )
    for width, heads, what in ((hp.vit_width, hp.vit_heads, "ViT"),
                               (hp.qformer_width, hp.qformer_heads, "Q-Former")):
        if width % heads:
            raise ConversionError(f"{what} width {width} is not divisible by {heads} heads; "
                                  "give the right head count with --vision-hparams")
    return hp
