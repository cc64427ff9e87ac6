"""What the tiny random-weight GGUF pairs share: the seeded writer and the pair description.

``converters.tiny_mtmd`` (Gemma 3 shape, and the command line), ``converters.tiny_qwen2vl`` and
``converters.tiny_qwen3vl`` each describe their pair with a :class:`TinyPairKind` and write their
files with :func:`write_gguf`; this module imports none of them, so they import it freely.

Weights are Gaussian with a fixed seed (one generator per tensor), scaled by 1/sqrt(fan-in) so
activations stay O(1); norm weights are 1 and biases 0 (their neutral values). The same
arguments give byte-identical files.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import gguf
import numpy as np

from skingpt_desktop.core.packs.pack import ModelCard

ARCH_CLIP = "clip"


def random_tensor(name: str, shape: tuple[int, ...], rng: np.random.Generator) -> np.ndarray:
    """Neutral norms (weight 1, bias 0), small positions, 1/sqrt(fan-in) Gaussian matrices."""
    if name.endswith(".bias"):
        return np.zeros(shape, np.float32)
    if len(shape) == 1:
        return np.ones(shape, np.float32)
    if name == "v.position_embd.weight":
        return (0.1 * rng.standard_normal(shape)).astype(np.float32)
    if name == "token_embd.weight":
        # Gemma scales token embeddings by sqrt(n_embd) on input and reuses them as the output
        # matrix: rows of norm ~1 give unit-scale inputs and logits spread over a few units.
        fan_in = shape[1]
    elif name == "mm.input_projection.weight":
        fan_in = shape[0]
    else:
        fan_in = int(np.prod(shape[1:]))
    return (rng.standard_normal(shape) / np.sqrt(fan_in)).astype(np.float32)


def write_gguf(path: str | os.PathLike[str], arch: str, shapes: dict[str, tuple[int, ...]],
                add_metadata: Callable[[gguf.GGUFWriter], None], seed: int, f16: bool,
                keep_f32: frozenset[str] = frozenset()) -> Path:
    """Write metadata and seeded random tensors (matrices f16 when ``f16``, vectors f32).

    Tensors named in ``keep_f32`` stay f32 even when ``f16`` (llama.cpp's converter keeps learned
    position embeddings f32, and ggml interpolates only f32 ones).
    """
    final = Path(path)
    partial = final.with_name(final.name + ".partial")
    writer = gguf.GGUFWriter(partial, arch)
    try:
        add_metadata(writer)
        for index, (name, shape) in enumerate(shapes.items()):
            data = random_tensor(name, shape, np.random.default_rng([seed, index]))
            half = f16 and data.ndim > 1 and name not in keep_f32
            writer.add_tensor(name, data.astype(np.float16) if half else data)
        writer.write_header_to_file()
        writer.write_kv_data_to_file()
        writer.write_tensors_to_file()
        writer.close()
        os.replace(partial, final)
    except BaseException:
        writer.close()
        partial.unlink(missing_ok=True)
        raise
    return final


def add_kv(w: gguf.GGUFWriter, key: str, value: object) -> None:
    """Add one key with the GGUF type its Python value implies (ints as u32, floats as f32)."""
    if isinstance(value, bool):
        w.add_bool(key, value)
    elif isinstance(value, int):
        w.add_uint32(key, value)
    elif isinstance(value, float):
        w.add_float32(key, value)
    elif isinstance(value, str):
        w.add_string(key, value)
    else:
        w.add_array(key, [float(v) for v in value])  # type: ignore[union-attr]


def tiny_card(provenance: str) -> ModelCard:
    """The model card of a tiny random pack: ``provenance`` says which writer made it; the
    license, use and limits are the same for all of them."""
    return ModelCard(
        provenance=provenance,
        license="Apache-2.0 (generated test data)",
        intended_use="Software testing and interface demonstrations only.",
        limitations=["Produces random text: it has never seen a skin image or a medical text.",
                     "Never use its output for any health decision."],
    )


@dataclass(frozen=True)
class TinyPairKind:
    """One architecture's tiny pair: its two writers and what its pack's manifest says."""

    write_llm: Callable[[Path, int], Path]     # (path, seed) -> path
    write_mmproj: Callable[[Path, int], Path]  # (path, seed) -> path
    name: str
    display_name: str
    conversation_format: str
    card: ModelCard
    n_layer: int
    n_embd_kv: int  # width of one layer's K (and V) cache row
    n_ctx: int
