"""The memory model: one sum of a pack's parts, with the vision tower's share per backend."""

from __future__ import annotations

import dataclasses
import json
import math
from pathlib import Path

import pytest

from skingpt_desktop.core.errors import PackError
from skingpt_desktop.core.packs.memory import (
    APP_BYTES,
    VISION_ACTIVATION_BYTES,
    estimate_parts,
    kv_cache_bytes,
    memory_table,
    pack_memory,
    ram_needed,
    vision_f32_bytes,
)
from skingpt_desktop.core.packs.pack import MANIFEST_NAME, ModelPack, parse_manifest
from skingpt_desktop.core.vision.vision_format import TINY_HPARAMS, VisionHParams, expected_tensors

GB = 10**9
# Llama-2-13b-chat Q4_K_M (llama.cpp's quantizer) and the SkinGPT-4 vision tower in f16 / q8_0.
LLM_13B_Q4_K_M = 7_865_956_352
VISION_F16, VISION_Q8 = 2_190_000_000, 1_170_000_000


def _parts_13b(vision_file: int = VISION_F16):
    return pack_memory(LLM_13B_Q4_K_M, vision_file, VisionHParams(), n_layer=40, n_embd=5120,
                       n_ctx=2048)


def test_the_13b_pack_needs_per_backend() -> None:
    """The figures docs/performance.md states for a 13B Q4_K_M pack."""
    parts = _parts_13b()
    assert parts.kv_cache == 2 * 40 * 2048 * 5120 * 2 == 1_677_721_600
    table = memory_table(parts)
    assert round(table["ggml"] / GB, 1) == 12.3   # f16 vision file as stored
    assert round(table["cache"] / GB, 1) == 14.5  # numpy, float32 cache
    assert round(table["stream"] / GB, 1) == 10.2  # numpy, one layer at a time
    q8 = memory_table(_parts_13b(VISION_Q8))
    assert round(q8["ggml"] / GB, 1) == 11.3
    assert table["cache"] - table["ggml"] == parts.vision_f32 - parts.vision_file


def test_vision_float32_sizes_come_from_the_tensor_table() -> None:
    total, largest = vision_f32_bytes(VisionHParams())
    weights = sum(4 * math.prod(s) for s in expected_tensors(VisionHParams()).values())
    assert total == weights and 4.0 < total / 2**30 < 4.5
    # One EVA-ViT-g block: qkv, proj, fc1, fc2 plus norms and biases, about 25 M values.
    assert 95 << 20 < largest < 110 << 20


def test_offloading_the_llm_leaves_only_the_vision_tower_in_ram() -> None:
    parts = _parts_13b()
    on_gpu = ram_needed(parts, "ggml", llm_on_gpu=True)
    assert on_gpu == parts.vision_file + VISION_ACTIVATION_BYTES + APP_BYTES
    with pytest.raises(ValueError, match="one of ggml, cache, stream"):
        ram_needed(parts, "torch")


def test_a_built_pack_records_its_parts(tiny_pack: Path) -> None:
    manifest = ModelPack.open(tiny_pack).manifest
    parts = manifest.memory_parts()
    total, largest = vision_f32_bytes(TINY_HPARAMS)
    assert (parts.vision_f32, parts.vision_layer_f32) == (total, largest)
    assert parts.llm_file == manifest.file("llm").size
    assert manifest.ram_bytes == manifest.ram_needed("ggml") == ram_needed(parts, "ggml")
    assert manifest.ram_needed("cache") - manifest.ram_needed("ggml") == \
        parts.vision_f32 - parts.vision_file


def test_a_manifest_without_parts_is_estimated_or_taken_at_its_word(tiny_pack: Path) -> None:
    manifest = ModelPack.open(tiny_pack).manifest
    stated = dataclasses.replace(manifest, memory={}, ram_bytes=10 << 30)
    assert stated.ram_needed("cache") == stated.ram_needed("ggml") == 10 << 30
    assert stated.ram_needed("ggml", llm_on_gpu=True) < 10 << 30
    silent = dataclasses.replace(manifest, memory={}, ram_bytes=0)
    assert silent.ram_needed("ggml") == 0  # "not stated", as the packs dialog says
    guess = estimate_parts(LLM_13B_Q4_K_M, VISION_F16)
    assert guess.vision_f32 == 2 * VISION_F16
    assert 0.8 < guess.kv_cache / kv_cache_bytes(40, 5120, 2048) < 1.2


@pytest.mark.parametrize("memory, message", [
    ("lots", "field 'memory' must be an object"),
    ({"kv_cache": 1, "vision_f32": 2}, "memory.vision_layer_f32 must be a whole number"),
    ({"kv_cache": -1, "vision_f32": 2, "vision_layer_f32": 3}, "memory.kv_cache must be"),
    ({"kv_cache": True, "vision_f32": 2, "vision_layer_f32": 3}, "memory.kv_cache must be"),
    ({"kv_cache": 1, "vision_f32": 2, "vision_layer_f32": 3, "gpu": 4},
     "unknown memory field 'gpu'"),
])
def test_bad_memory_fields_are_named(tiny_pack: Path, memory, message: str) -> None:
    data = json.loads((tiny_pack / MANIFEST_NAME).read_text())
    data["memory"] = memory
    with pytest.raises(PackError, match=message):
        parse_manifest(json.dumps(data).encode(), "manifest.json")
