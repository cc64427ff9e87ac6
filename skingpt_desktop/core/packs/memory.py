"""How much memory a model pack needs, for each way of running its vision tower.

The one place that adds the parts up. The converter writes the parts into the manifest
(``memory``) and the figure for the default backend (``ram_bytes``); the engine's choice of
numpy weight mode, the app's fit check and the packs dialog read them back through
:func:`ram_needed`. A pack without the parts (an older or hand-made manifest) gets an estimate
from its file sizes (:func:`estimate_parts`).

The vision tower's share, by how it runs:

======== ===================================================== ========================
mode     what stays in memory                                   real SkinGPT-4 shape
======== ===================================================== ========================
ggml     the weights as stored in the GGUF, plus ggml's         f16 2.2 GB, q8_0 1.2 GB
         activation buffer
cache    every weight as float32 (numpy's fast mode)            4.2 GiB
stream   one layer's weights as float32 at a time, plus         ~170 MiB
         activations (numpy's small mode)
======== ===================================================== ========================
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

from skingpt_desktop.core.vision.vision_format import VisionHParams, expected_tensors

GiB = 1 << 30
MiB = 1 << 20
APP_BYTES = GiB // 2            # interpreter, Qt, numpy, llama.cpp's compute buffers
VISION_ACTIVATION_BYTES = 64 * MiB  # either tower's intermediate tensors for one photo
VISION_MODES = ("ggml", "cache", "stream")
MEMORY_FIELDS = ("kv_cache", "vision_f32", "vision_layer_f32")  # what a manifest records
# Without a stated KV-cache size: about what a 2048-token f16 cache of a 7B-13B model takes
# relative to its Q4 file (13B: 1.6 GB against 7.9 GB).
ESTIMATED_KV_SHARE = 0.2


@dataclass(frozen=True)
class PackMemory:
    """The memory a pack's parts take, in bytes."""

    llm_file: int          # the language model, memory-mapped whole
    vision_file: int       # the vision GGUF as stored (what the ggml tower holds)
    kv_cache: int          # the language model's f16 KV cache at the pack's context size
    vision_f32: int        # every vision weight as float32 (numpy cache mode)
    vision_layer_f32: int  # the largest vision layer as float32 (numpy stream mode)

    def to_manifest(self) -> dict[str, int]:
        """The parts a manifest records (the file sizes are in its file list already)."""
        return {key: getattr(self, key) for key in MEMORY_FIELDS}


def kv_cache_bytes(n_layer: int, n_embd: int, n_ctx: int) -> int:
    """f16 keys and values of every layer for ``n_ctx`` tokens; ``n_embd`` is the width of
    the keys (the model width without grouped-query sharing, n_head_kv * head_dim with it)."""
    return 2 * n_layer * n_ctx * n_embd * 2


def vision_f32_bytes(hp: VisionHParams) -> tuple[int, int]:
    """(all weights, the largest layer) of the vision tower as float32 bytes."""
    layers: dict[str, int] = {}
    for name, shape in expected_tensors(hp).items():
        parts = name.split(".")
        layer = ".".join(parts[:3]) if len(parts) > 2 and parts[1] == "blk" else parts[0]
        layers[layer] = layers.get(layer, 0) + 4 * math.prod(shape)
    return sum(layers.values()), max(layers.values())


def pack_memory(llm_file: int, vision_file: int, hp: VisionHParams, n_layer: int, n_embd: int,
                n_ctx: int) -> PackMemory:
    """The parts of a pack whose models are known (what the converter writes)."""
    total, largest = vision_f32_bytes(hp)
    return PackMemory(llm_file, vision_file, kv_cache_bytes(n_layer, n_embd, n_ctx), total,
                      largest)


def mtmd_pack_memory(llm_file: int, mmproj_file: int, n_layer: int, kv_width: int,
                     n_ctx: int) -> PackMemory:
    """The parts of an mtmd pack: llama.cpp's own vision encoder holds the mmproj as stored,
    so every vision mode's share is the file (``kv_width``: n_head_kv * head_dim)."""
    return PackMemory(llm_file, mmproj_file, kv_cache_bytes(n_layer, kv_width, n_ctx),
                      mmproj_file, mmproj_file)


def estimate_parts(llm_file: int, vision_file: int) -> PackMemory:
    """The parts guessed from file sizes alone: a float16 vision file, a 13B-like KV cache."""
    vision_f32 = 2 * vision_file
    return PackMemory(llm_file, vision_file, int(llm_file * ESTIMATED_KV_SHARE), vision_f32,
                      vision_f32 // 40)  # EVA-ViT-g's 39 blocks and the rest


def parts_from_manifest(llm_file: int, vision_file: int,
                        recorded: Mapping[str, int] | None) -> PackMemory:
    """The parts a manifest records, or the estimate where it records none."""
    if not recorded:
        return estimate_parts(llm_file, vision_file)
    return PackMemory(llm_file, vision_file, **{key: int(recorded[key]) for key in MEMORY_FIELDS})


def vision_bytes(parts: PackMemory, mode: str) -> int:
    """The vision tower's memory when it runs in ``mode`` (one of VISION_MODES)."""
    weights = {"ggml": parts.vision_file, "cache": parts.vision_f32,
               "stream": parts.vision_layer_f32}
    if mode not in weights:
        raise ValueError(f"vision memory mode must be one of {', '.join(VISION_MODES)}, "
                         f"not {mode!r}")
    return weights[mode] + VISION_ACTIVATION_BYTES


def ram_needed(parts: PackMemory, vision_mode: str, llm_on_gpu: bool = False) -> int:
    """Bytes of RAM the pack needs with the vision tower in ``vision_mode``.

    ``llm_on_gpu``: the language model and its cache are offloaded whole to a GPU, so only
    the vision tower and the app stay in RAM.
    """
    llm = 0 if llm_on_gpu else parts.llm_file + parts.kv_cache
    return llm + vision_bytes(parts, vision_mode) + APP_BYTES


def memory_table(parts: PackMemory) -> dict[str, int]:
    """``ram_needed`` for every vision mode (for documentation and the pack information)."""
    return {mode: ram_needed(parts, mode) for mode in VISION_MODES}

