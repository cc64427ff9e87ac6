"""Which vision tower runs a pack: the ggml graph (fast, weights as stored) or numpy (exact).

``open_vision`` reads the vision GGUF's header once, resolves the requested backend and weight
mode, and returns the encoder with a :class:`VisionChoice` that says what was chosen and why.

"auto" picks ggml when its library binds (struct layouts and symbols checked in ``ggml_lib``)
and a one-time self-check passes: the ggml graph and the numpy tower, both on the same tiny
random weights of the real architecture, must give the same embeddings. Anything else falls back
to numpy with the reason recorded. The check runs in this process: a ggml build that fails it
is one whose results we would not trust, so it must fail softly, not abort.
"""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass
from typing import Protocol

import numpy as np

from skingpt_desktop.core.errors import SkinGPTError
from skingpt_desktop.core.native.ggml_devices import GgmlUnavailable
from skingpt_desktop.core.packs.machine import choose_weight_mode
from skingpt_desktop.core.packs.memory import PackMemory
from skingpt_desktop.core.vision.vision import VisionEncoder, default_threads
from skingpt_desktop.core.vision.vision_format import TINY_HPARAMS, VisionHParams, expected_tensors
from skingpt_desktop.core.vision.vision_gguf import Progress, VisionWeights

VISION_BACKENDS = ("auto", "ggml", "numpy")
SELF_CHECK_MAX_ABS = 1e-3  # f32 weights on both sides agree to ~1e-6 on this shape
_checked: dict[str, str | None] = {}  # device -> None (passed) or the reason it failed
_check_lock = threading.Lock()


class VisionTower(Protocol):
    """What the engine uses of a vision tower, the numpy one or the ggml graph."""

    hparams: VisionHParams

    def encode(self, pixels: np.ndarray) -> np.ndarray: ...

    def encode_cached(self, pixels: np.ndarray) -> np.ndarray: ...

    def close(self) -> None: ...


@dataclass(frozen=True)
class VisionChoice:
    """What runs the vision tower, for the pack information and ``ask --json``."""

    backend: str       # "ggml" or "numpy"; "mtmd" for an mtmd pack's own encoder
    detail: str        # ggml: the device ("CPU", a GPU's name); numpy: "cache" or "stream"
    threads: int
    storage: str       # how the file stores the weights, e.g. "F16" or "F16, F32"
    note: str = ""     # why auto fell back to numpy, if it did

    def describe(self) -> str:
        """One line, e.g. "ggml on CPU, 2 threads, F16 weights as stored"."""
        if self.backend == "mtmd":
            plural = "s" if self.threads != 1 else ""
            threads = f", {self.threads} thread{plural}" if self.detail == "CPU" else ""
            return f"llama.cpp's multimodal encoder (mtmd) on {self.detail}{threads}"
        if self.backend == "ggml":
            where = f"ggml on {self.detail}"
            if self.detail == "CPU":
                where += f", {self.threads} threads"
            text = f"{where}, {self.storage} weights as stored"
        else:
            kind = "float32 cache" if self.detail == "cache" else "streamed layer by layer"
            text = f"numpy, {self.threads} threads, {self.storage} weights, {kind}"
        return f"{text} ({self.note})" if self.note else text


def _tiny_weights():
    from skingpt_desktop.core.vision.vision_ggml import ArrayWeights

    rng = np.random.default_rng(20240401)
    tensors = {}
    for name, shape in expected_tensors(TINY_HPARAMS).items():
        scale = 0.0 if name.endswith("norm.bias") else 0.1
        base = 1.0 if "norm" in name and name.endswith("weight") else 0.0
        tensors[name] = (base + scale * rng.standard_normal(shape)).astype(np.float32)
    return ArrayWeights(TINY_HPARAMS, tensors, path="<self-check>")


def _run_self_check(device: str) -> str | None:
    from skingpt_desktop.core.vision.vision_ggml import GgmlVisionEncoder

    weights = _tiny_weights()
    pixels = np.random.default_rng(7).standard_normal(
        (3, TINY_HPARAMS.image_size, TINY_HPARAMS.image_size)).astype(np.float32)
    reference = VisionEncoder(weights, cache_size=0, threads=1)
    try:
        expected = reference.encode(pixels)
    finally:
        reference.threads.close()
    encoder = GgmlVisionEncoder(weights, cache_size=0, threads=1, device=device)
    try:
        got = encoder.encode(pixels)
    finally:
        encoder.close()
    error = float(np.abs(got - expected).max())
    if not error <= SELF_CHECK_MAX_ABS:
        return f"its self-check differs from numpy by {error:.2g}"
    return None


def ggml_self_check(device: str = "cpu") -> str | None:
    """None when the ggml tower works on ``device`` here; else the reason, in a few words.
    Runs once per process and device (about 50 ms)."""
    with _check_lock:
        if device not in _checked:
            try:
                _checked[device] = _run_self_check(device)
            except (GgmlUnavailable, SkinGPTError, OSError, ValueError) as exc:
                _checked[device] = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        return _checked[device]


def resolve_backend(requested: str, device: str = "cpu") -> tuple[str, str]:
    """("ggml" or "numpy", the reason numpy was chosen for "auto" or ""). Raises
    SkinGPTError when "ggml" was asked for and cannot run."""
    if requested not in VISION_BACKENDS:
        raise ValueError(f"vision backend must be one of {', '.join(VISION_BACKENDS)}, "
                         f"not {requested!r}")
    if requested == "numpy":
        return "numpy", ""
    problem = ggml_self_check(device)
    if problem is None:
        return "ggml", ""
    if requested == "ggml":
        raise SkinGPTError(f"the ggml vision backend cannot run here: {problem} "
                           "(use --vision-backend numpy or auto)")
    return "numpy", f"ggml unavailable: {problem}"


def _storage_summary(weights: VisionWeights) -> str:
    types = sorted(set(weights.storage_types().values()), key=("Q8_0", "F16", "F32").index)
    return ", ".join(types)


def open_vision(path: str | os.PathLike, parts: PackMemory, backend: str = "auto",
                weight_mode: str = "auto", threads: int | None = None, gpu: bool = False,
                progress: Progress | None = None,
                total_ram: int | None = None) -> tuple[VisionTower, VisionChoice]:
    """The vision encoder for ``path`` and what was chosen; the file's header is read once.

    ``parts`` (the pack's memory, core/packs/memory.py) decides numpy's "auto" weight mode; ``gpu``
    puts the ggml tower on the first GPU when llama.cpp has one.
    """
    device = "gpu" if gpu else "cpu"
    chosen, note = resolve_backend(backend, device)
    count = max(1, int(threads or default_threads()))
    weights = VisionWeights(path, mode="stream")
    try:
        storage = _storage_summary(weights)
        if chosen == "ggml":
            from skingpt_desktop.core.vision.vision_ggml import GgmlVisionEncoder
            with weights:
                encoder = GgmlVisionEncoder(weights, threads=count, progress=progress,
                                            device=device)
            return encoder, VisionChoice("ggml", encoder.device_name, count, storage)
        mode = choose_weight_mode(weight_mode, parts, total_ram)
        if mode == "cache":
            weights.cache_all(progress)
        return (VisionEncoder(weights, threads=count),
                VisionChoice("numpy", mode, count, storage, note))
    except BaseException:
        weights.close()
        raise

