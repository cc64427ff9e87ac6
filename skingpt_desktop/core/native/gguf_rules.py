"""Hyper-parameter rules for the GGUF files this app runs, checked before llama.cpp sees them.

llama.cpp and its vision code trust a file's hyper-parameters: a head count that does not divide
the width, a patch size of 1, a negative epsilon, half a million layers or two vocabulary
entries with the same text end in a failed internal assertion (the process stops) rather than
an error. These rules refuse such values with one sentence naming the key. They are a first
line: core/packs/probe.py loads new files in a child process for whatever they cannot foresee.

Rules are data: per key suffix (after ``{architecture}.``, or the full ``clip.vision.`` key), the
value's kind and its range; then relations between keys. A key that is absent is not checked
(llama.cpp uses its default or reports it missing itself).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

from skingpt_desktop.core.bounded_input import quote_value
from skingpt_desktop.core.errors import GGUFFormatError

MAX_LAYERS = 512  # llama.cpp's own limit (LLAMA_MAX_LAYERS)
MAX_WIDTH = 1 << 17
MIN_ALIGNMENT = 32  # llama.cpp's writers use 32; smaller values crash its loader

# (kind, low, high): "int" whole numbers in [low, high]; "eps" finite floats in (0, high];
# "positive" finite floats > 0.
LLM_RULES: dict[str, tuple[str, float, float]] = {
    "block_count": ("int", 1, MAX_LAYERS),
    "embedding_length": ("int", 1, MAX_WIDTH),
    "feed_forward_length": ("int", 1, 1 << 20),
    "attention.head_count": ("int", 1, 4096),
    "attention.head_count_kv": ("int", 1, 4096),
    "attention.key_length": ("int", 1, 1 << 14),
    "attention.value_length": ("int", 1, 1 << 14),
    "context_length": ("int", 1, 1 << 24),
    "vocab_size": ("int", 1, 1 << 22),
    "rope.dimension_count": ("int", 1, 1 << 14),
    "rope.freq_base": ("positive", 0, 0),
    "rope.scaling.factor": ("positive", 0, 0),
    "attention.layer_norm_rms_epsilon": ("eps", 0, 1.0),
    "attention.layer_norm_epsilon": ("eps", 0, 1.0),
    "attention.sliding_window": ("int", 1, 1 << 24),
    "expert_count": ("int", 0, 1024),
    "expert_used_count": ("int", 0, 1024),
}
CLIP_RULES: dict[str, tuple[str, float, float]] = {
    "clip.vision.image_size": ("int", 1, 8192),
    "clip.vision.patch_size": ("int", 2, 1024),
    "clip.vision.embedding_length": ("int", 1, MAX_WIDTH),
    "clip.vision.feed_forward_length": ("int", 1, 1 << 20),
    "clip.vision.block_count": ("int", 1, MAX_LAYERS),
    "clip.vision.attention.head_count": ("int", 1, 4096),
    "clip.vision.attention.layer_norm_epsilon": ("eps", 0, 1.0),
    "clip.vision.projection_dim": ("int", 1, MAX_WIDTH),
    "clip.vision.projector.scale_factor": ("int", 1, 64),
}
# (numerator key, divisor key): the first must be a multiple of the second. Suffixes for LLMs.
LLM_DIVIDES = (("embedding_length", "attention.head_count"),
               ("attention.head_count", "attention.head_count_kv"))
CLIP_DIVIDES = (("clip.vision.embedding_length", "clip.vision.attention.head_count"),
                ("clip.vision.image_size", "clip.vision.patch_size"))
ROPE_SCALING_TYPES = ("none", "linear", "yarn", "longrope")
TOKENS_KEY = "tokenizer.ggml.tokens"
# The GGUF value type each kind of rule needs: llama.cpp reads these keys as u32 / f32, and its
# vision code stops the process on a key of another type.
GGUF_UINT32, GGUF_FLOAT32 = 4, 6
TYPE_NAMES = {0: "uint8", 1: "int8", 2: "uint16", 3: "int16", 4: "uint32", 5: "int32",
              6: "float32", 7: "bool", 8: "string", 9: "array", 10: "uint64", 11: "int64",
              12: "float64"}


def _fail(where: str, key: str, value: Any, problem: str) -> None:
    raise GGUFFormatError(f"{where}: {key} is {quote_value(value)}; {problem}")


def _check_value(where: str, key: str, value: Any, rule: tuple[str, float, float],
                 type_id: int | None) -> None:
    kind, low, high = rule
    expected = GGUF_UINT32 if kind == "int" else GGUF_FLOAT32
    if type_id is not None and type_id != expected:
        _fail(where, key, value, f"it is stored as {TYPE_NAMES.get(type_id, type_id)}, not "
              f"{TYPE_NAMES[expected]}")
    if kind == "int":
        if not isinstance(value, int) or isinstance(value, bool):
            _fail(where, key, value, "it must be a whole number")
        if not low <= value <= high:
            _fail(where, key, value, f"it must be between {int(low)} and {int(high)}")
        return
    if not isinstance(value, (int, float)) or isinstance(value, bool) or not math.isfinite(value):
        _fail(where, key, value, "it must be a finite number")
    if value <= 0 or (kind == "eps" and value > high):
        limit = f"between 0 and {high:g}" if kind == "eps" else "greater than 0"
        _fail(where, key, value, f"it must be {limit}")


def _check_divides(where: str, metadata: Mapping[str, Any],
                   pairs: tuple[tuple[str, str], ...]) -> None:
    for numerator, divisor in pairs:
        top, bottom = metadata.get(numerator), metadata.get(divisor)
        if isinstance(top, int) and isinstance(bottom, int) and bottom > 0 and top % bottom:
            _fail(where, numerator, top, f"it must be a multiple of {divisor} ({bottom})")


def check_llm_metadata(where: str, arch: str, metadata: Mapping[str, Any],
                       types: Mapping[str, int]) -> None:
    """The language model's hyper-parameters (keys ``{arch}.*``)."""
    prefixed = {suffix: metadata[f"{arch}.{suffix}"] for suffix in LLM_RULES
                if f"{arch}.{suffix}" in metadata}
    for suffix, value in prefixed.items():
        key = f"{arch}.{suffix}"
        _check_value(where, key, value, LLM_RULES[suffix], types.get(key))
    _check_divides(where, {f"{arch}.{k}": v for k, v in prefixed.items()},
                   tuple((f"{arch}.{a}", f"{arch}.{b}") for a, b in LLM_DIVIDES))
    experts, used = prefixed.get("expert_count", 0), prefixed.get("expert_used_count", 0)
    if used and used > experts:
        _fail(where, f"{arch}.expert_used_count", used,
              f"it cannot exceed {arch}.expert_count ({experts})")
    scaling = metadata.get(f"{arch}.rope.scaling.type")
    if scaling is not None and scaling not in ROPE_SCALING_TYPES:
        _fail(where, f"{arch}.rope.scaling.type", scaling,
              f"known types are {', '.join(ROPE_SCALING_TYPES)}")


def check_clip_metadata(where: str, metadata: Mapping[str, Any],
                        types: Mapping[str, int]) -> None:
    """A vision projector's (mmproj) hyper-parameters (keys ``clip.vision.*``)."""
    for key, rule in CLIP_RULES.items():
        if key in metadata:
            _check_value(where, key, metadata[key], rule, types.get(key))
    _check_divides(where, metadata, CLIP_DIVIDES)


def check_alignment(where: str, metadata: Mapping[str, Any]) -> None:
    """``general.alignment``, when given, is a power of two of at least 32."""
    value = metadata.get("general.alignment")
    if value is None:
        return
    if not isinstance(value, int) or isinstance(value, bool) or value < MIN_ALIGNMENT \
            or value > 1 << 20 or value & (value - 1):
        _fail(where, "general.alignment", value,
              f"it must be a power of two from {MIN_ALIGNMENT} to 1048576")


def check_vocabulary(where: str, tokens: list[Any] | None) -> None:
    """Vocabulary entries are text and appear once (llama.cpp asserts on duplicates)."""
    if tokens is None:
        return
    seen: set[str] = set()
    for index, token in enumerate(tokens):
        if not isinstance(token, str):
            _fail(where, f"{TOKENS_KEY}[{index}]", token, "vocabulary entries must be text")
        if token in seen:
            _fail(where, f"{TOKENS_KEY}[{index}]", token, "this text is already an earlier "
                  "vocabulary entry")
        seen.add(token)


def check_metadata(where: str, metadata: Mapping[str, Any],
                   types: Mapping[str, int] | None = None) -> None:
    """Every rule that applies to a file with this metadata (``types``: key -> GGUF value
    type id, when known)."""
    types = types or {}
    check_alignment(where, metadata)
    arch = metadata.get("general.architecture")
    if arch == "clip":
        check_clip_metadata(where, metadata, types)
    elif isinstance(arch, str) and arch:
        check_llm_metadata(where, arch, metadata, types)
    check_vocabulary(where, metadata.get(TOKENS_KEY))
