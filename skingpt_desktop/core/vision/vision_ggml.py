"""The SkinGPT-4 vision tower as one ggml graph on a backend of the shipped ggml.

Same model, same vision GGUF and same public interface as the numpy tower in ``vision``
(``hparams``, ``encode``, ``encode_cached``, ``close``), so the engine can use either. The
weights are uploaded as the file stores them (f32, f16 or q8_0 blocks) and ggml multiplies on
that type directly: no float32 copy of the matrices. The graph has fixed shapes, so it is built
and its activations are allocated once at load; an encode uploads the patches, computes and
reads the (K, E) result. It runs on the CPU backend, or on the first GPU of a CUDA, Metal or
Vulkan build of llama.cpp when asked (``device="gpu"``).

Layout: ggml's ne lists the fastest dimension first, so a numpy (rows, cols) matrix is ggml
(cols, rows) and ``mul_mat(W, x)`` with W (in, out) and x (in, T) is numpy's ``x @ W.T``. Shape
comments below are ggml order for the real model: (1408, 257) is 257 tokens of width 1408.
Cutting the photo into patches is a 5-D reshape of the input, beyond ggml's 4 dimensions; it
runs in numpy before the upload, everything after it runs in the graph.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Mapping
from pathlib import Path

import numpy as np

from skingpt_desktop.core.errors import GGUFFormatError
from skingpt_desktop.core.native.ggml_devices import DEVICE_TYPES, GPU_DEVICE_TYPES
from skingpt_desktop.core.native.ggml_lib import (
    STATUS_SUCCESS,
    TYPE_F16,
    TYPE_F32,
    TYPE_Q8_0,
    Ggml,
    GgmlUnavailable,
    InitParams,
    TensorP,
    ggml,
    shape_of,
)
from skingpt_desktop.core.vision.vision import (
    EmbeddingCache,
    check_pixels,
    default_threads,
    image_patches,
)
from skingpt_desktop.core.vision.vision_format import VisionHParams, expected_tensors
from skingpt_desktop.core.vision.vision_gguf import Progress, VisionWeights

# How each storage type of the vision GGUF maps onto ggml's type enum.
GGML_TYPES = {"F32": TYPE_F32, "F16": TYPE_F16, "Q8_0": TYPE_Q8_0}
DEVICES = ("cpu", "gpu")
NODES_PER_LAYER = 64  # generous bound on graph nodes per transformer layer
EXTRA_NODES = 256


class GgmlVisionError(GgmlUnavailable):
    """The ggml tower could not be built or run (one line; the numpy tower still works)."""


# --- weights -------------------------------------------------------------------------------

class _Context:
    """A ggml context holding only tensor descriptions (data lives in backend buffers)."""

    def __init__(self, lib: Ggml, n_tensors: int, graph_size: int = 0) -> None:
        size = n_tensors * lib.ggml_tensor_overhead()
        if graph_size:
            size += lib.ggml_graph_overhead_custom(graph_size, False)
        self.lib = lib
        self.handle = lib.ggml_init(InitParams(size, None, True))
        if not self.handle:
            raise GgmlVisionError("ggml_init failed (out of memory?)")

    def free(self) -> None:
        if self.handle:
            self.lib.ggml_free(self.handle)
            self.handle = None


def _new_tensor(lib: Ggml, ctx: int, ggml_type: int, numpy_shape: tuple[int, ...]) -> TensorP:
    ne = tuple(reversed(numpy_shape))                  # numpy (rows, cols) -> ggml (cols, rows)
    create = (lib.ggml_new_tensor_1d, lib.ggml_new_tensor_2d, lib.ggml_new_tensor_3d,
              lib.ggml_new_tensor_4d)[len(ne) - 1]
    return create(ctx, ggml_type, *ne)


class GgmlWeights:
    """Every tensor of a vision model in one backend buffer, uploaded as stored.

    ``source`` has ``hparams``, ``storage_types()`` ({name: "F32"|"F16"|"Q8_0"}) and
    ``stored_bytes(name)``; a stream-mode :class:`VisionWeights` is one.
    """

    def __init__(self, lib: Ggml, backend: int, source, progress: Progress | None = None) -> None:
        self.lib = lib
        table = expected_tensors(source.hparams)
        types = source.storage_types()
        self.ctx = _Context(lib, len(table))
        self.buffer = None
        self.tensors: dict[str, TensorP] = {}
        try:
            for name, shape in table.items():
                t = _new_tensor(lib, self.ctx.handle, GGML_TYPES[types[name]], shape)
                lib.ggml_set_name(t, name.encode("ascii")[:63])
                self.tensors[name] = t
            self.buffer = lib.ggml_backend_alloc_ctx_tensors(self.ctx.handle, backend)
            if not self.buffer:
                raise GgmlVisionError("ggml could not allocate the vision weights")
            self._upload(source, progress)
        except BaseException:
            self.free()
            raise

    def _upload(self, source, progress: Progress | None) -> None:
        for done, (name, t) in enumerate(self.tensors.items(), start=1):
            raw = source.stored_bytes(name)                # one tensor in Python memory at a time
            expected = self.lib.ggml_nbytes(t)
            if raw.nbytes != expected:
                raise GGUFFormatError(f"tensor '{name}' has {raw.nbytes} bytes, ggml expects "
                                      f"{expected} for its shape and type")
            self.lib.ggml_backend_tensor_set(t, raw.ctypes.data, 0, expected)
            if progress is not None:
                progress(done, len(self.tensors))

    @property
    def nbytes(self) -> int:
        """Size of the weights' backend buffer."""
        return self.lib.ggml_backend_buffer_get_size(self.buffer) if self.buffer else 0

    def layer(self, prefix: str) -> dict[str, TensorP]:
        """The tensors whose name starts with ``prefix``, keyed by the rest of the name."""
        return {n[len(prefix):]: t for n, t in self.tensors.items() if n.startswith(prefix)}

    def free(self) -> None:
        if self.buffer:
            self.lib.ggml_backend_buffer_free(self.buffer)
            self.buffer = None
        self.ctx.free()


# --- the graph -----------------------------------------------------------------------------

class TowerGraph:
    """Builds the forward graph of the tower; methods mirror ``vision``'s building blocks."""

    def __init__(self, lib: Ggml, ctx: int, hp: VisionHParams) -> None:
        self.lib, self.ctx, self.hp = lib, ctx, hp

    def linear(self, x: TensorP, w: TensorP, b: TensorP | None = None) -> TensorP:
        """x (in, T) -> (out, T); w is (in, out) in ggml order, any stored type."""
        y = self.lib.ggml_mul_mat(self.ctx, w, x)
        return self.lib.ggml_add(self.ctx, y, b) if b is not None else y

    def layer_norm(self, x: TensorP, w: TensorP, b: TensorP, eps: float) -> TensorP:
        """LayerNorm over ne0 (biased variance, eps inside the root), then gain and bias."""
        lib = self.lib
        return lib.ggml_add(self.ctx, lib.ggml_mul(self.ctx, lib.ggml_norm(self.ctx, x, eps), w), b)

    def _split_heads(self, x: TensorP, heads: int) -> TensorP:
        """(C, T) -> (D, H, T), contiguous (x may be a strided view of qkv)."""
        c, t = x.contents.ne[0], x.contents.ne[1]
        return self.lib.ggml_reshape_3d(self.ctx, self.lib.ggml_cont(self.ctx, x),
                                        c // heads, heads, t)

    def attention(self, q: TensorP, k: TensorP, v: TensorP, heads: int) -> TensorP:
        """Multi-head attention; q (C, T) already scaled, k and v (C, S). Returns (C, T)."""
        lib, ctx = self.lib, self.ctx
        c, t = q.contents.ne[0], q.contents.ne[1]
        qh = lib.ggml_permute(ctx, self._split_heads(q, heads), 0, 2, 1, 3)  # (D, T, H)
        kh = lib.ggml_permute(ctx, self._split_heads(k, heads), 0, 2, 1, 3)  # (D, S, H)
        scores = lib.ggml_mul_mat(ctx, kh, qh)                               # (S, T, H)
        probs = lib.ggml_soft_max_ext(ctx, scores, None, 1.0, 0.0)           # over S
        vt = lib.ggml_cont(ctx, lib.ggml_permute(ctx, self._split_heads(v, heads),
                                                 1, 2, 0, 3))                # (S, D, H)
        out = lib.ggml_mul_mat(ctx, vt, probs)                       # (D, T, H)
        out = lib.ggml_cont(ctx, lib.ggml_permute(ctx, out, 0, 2, 1, 3))  # (D, H, T)
        return lib.ggml_reshape_2d(ctx, out, c, t)                   # (C, T)

    def patch_embed(self, patches: TensorP, w: Mapping[str, TensorP]) -> TensorP:
        """Patch rows (3*P*P, G*G) -> tokens with class token and positions (W, N)."""
        lib, ctx, hp = self.lib, self.ctx, self.hp
        width, n = hp.vit_width, hp.num_positions
        kernel = lib.ggml_reshape_2d(ctx, w["vit.patch_embed.weight"],
                                     3 * hp.patch_size ** 2, width)  # (588, 1408)
        tokens = self.linear(patches, kernel, w["vit.patch_embed.bias"])  # (1408, 256)
        cls = lib.ggml_reshape_2d(ctx, w["vit.cls_token"], width, 1)      # (1408, 1)
        x = lib.ggml_concat(ctx, cls, tokens, 1)                          # (1408, 257)
        return lib.ggml_add(ctx, x, lib.ggml_reshape_2d(ctx, w["vit.pos_embed"], width, n))

    def vit_block(self, x: TensorP, w: Mapping[str, TensorP]) -> TensorP:
        """One pre-norm EVA block: x + attn(norm1(x)), then x + mlp(norm2(x))."""
        lib, ctx, hp = self.lib, self.ctx, self.hp
        width, tokens = hp.vit_width, hp.num_positions
        h = self.layer_norm(x, w["norm1.weight"], w["norm1.bias"], hp.vit_ln_eps)  # (1408, 257)
        qkv = self.linear(h, w["attn.qkv.weight"])                                # (4224, 257)
        row = 3 * width * 4  # bytes per token of the float32 qkv
        q, k, v = (lib.ggml_view_2d(ctx, qkv, width, tokens, row, i * width * 4)
                   for i in range(3))                                              # (1408, 257)
        q = lib.ggml_scale(ctx, lib.ggml_add(ctx, q, w["attn.q_bias"]),
                           (width // hp.vit_heads) ** -0.5)                       # k: no bias
        v = lib.ggml_add(ctx, v, w["attn.v_bias"])
        att = self.attention(q, k, v, hp.vit_heads)
        x = lib.ggml_add(ctx, x, self.linear(att, w["attn.proj.weight"], w["attn.proj.bias"]))
        h = self.layer_norm(x, w["norm2.weight"], w["norm2.bias"], hp.vit_ln_eps)
        h = lib.ggml_gelu_erf(ctx, self.linear(h, w["mlp.fc1.weight"], w["mlp.fc1.bias"]))
        return lib.ggml_add(ctx, x, self.linear(h, w["mlp.fc2.weight"], w["mlp.fc2.bias"]))

    def qformer_attention(self, x: TensorP, context: TensorP, w: Mapping[str, TensorP],
                          prefix: str) -> TensorP:
        """BERT-style post-norm attention: LN(x + out(attn(q(x), k(ctx), v(ctx))))."""
        lib, ctx, hp = self.lib, self.ctx, self.hp
        q = self.linear(x, w[prefix + "q.weight"], w[prefix + "q.bias"])         # (768, 32)
        q = lib.ggml_scale(ctx, q, (hp.qformer_width // hp.qformer_heads) ** -0.5)
        k = self.linear(context, w[prefix + "k.weight"], w[prefix + "k.bias"])   # (768, 32|257)
        v = self.linear(context, w[prefix + "v.weight"], w[prefix + "v.bias"])
        out = self.linear(self.attention(q, k, v, hp.qformer_heads), w[prefix + "out.weight"],
                          w[prefix + "out.bias"])
        return self.layer_norm(lib.ggml_add(ctx, out, x), w[prefix + "norm.weight"],
                               w[prefix + "norm.bias"], hp.qformer_ln_eps)

    def qformer_layer(self, x: TensorP, image: TensorP, w: Mapping[str, TensorP],
                      has_cross: bool) -> TensorP:
        """Self-attention over the queries, cross-attention to the image (some layers), FFN."""
        lib, ctx, hp = self.lib, self.ctx, self.hp
        x = self.qformer_attention(x, x, w, "self_attn.")                         # (768, 32)
        if has_cross:
            x = self.qformer_attention(x, image, w, "cross_attn.")                # keys (1408, 257)
        h = lib.ggml_gelu_erf(ctx, self.linear(x, w["ffn.fc1.weight"], w["ffn.fc1.bias"]))
        out = lib.ggml_add(ctx, self.linear(h, w["ffn.fc2.weight"], w["ffn.fc2.bias"]), x)
        return self.layer_norm(out, w["ffn.norm.weight"], w["ffn.norm.bias"], hp.qformer_ln_eps)

    def tower(self, patches: TensorP, weights: GgmlWeights) -> TensorP:
        """Patch rows (588, 256) -> embeddings (E, K): ViT, ln_vision, Q-Former, projection."""
        lib, ctx, hp = self.lib, self.ctx, self.hp
        x = self.patch_embed(patches, weights.tensors)                            # (1408, 257)
        for i in range(hp.vit_depth):
            x = self.vit_block(x, weights.layer(f"vit.blk.{i}."))
        ln = weights.layer("ln_vision.")
        image = self.layer_norm(x, ln["weight"], ln["bias"], hp.ln_vision_eps)    # (1408, 257)
        queries = lib.ggml_reshape_2d(ctx, weights.tensors["qformer.query_tokens"],
                                      hp.qformer_width, hp.num_query_tokens)     # (768, 32)
        emb = weights.layer("qformer.ln_emb.")
        x = self.layer_norm(queries, emb["weight"], emb["bias"], hp.qformer_ln_eps)
        for i in range(hp.qformer_depth):
            x = self.qformer_layer(x, image, weights.layer(f"qformer.blk.{i}."),
                                   hp.has_cross_attention(i))
        proj = weights.layer("proj.")
        return self.linear(x, proj["weight"], proj["bias"])                       # (5120, 32)


def graph_size(hp: VisionHParams) -> int:
    """A bound on the graph's nodes (and on the tensors its context holds, halved)."""
    return NODES_PER_LAYER * (hp.vit_depth + hp.qformer_depth) + EXTRA_NODES


# --- the encoder ---------------------------------------------------------------------------

def first_gpu(lib: Ggml) -> tuple[int, str] | None:
    """(device handle, description) of the first GPU ggml registered; None on a CPU build."""
    for index in range(lib.ggml_backend_dev_count()):
        device = lib.ggml_backend_dev_get(index)
        kind = DEVICE_TYPES.get(lib.ggml_backend_dev_type(device)) if device else None
        if kind in GPU_DEVICE_TYPES:
            name = lib.ggml_backend_dev_description(device) or b"GPU"
            return device, name.decode("utf-8", "replace")
    return None


class GgmlVisionEncoder:
    """Image -> SkinGPT-4 image embeddings (K, E) float32, computed by ggml.

    Drop-in for :class:`~skingpt_desktop.core.vision.vision.VisionEncoder`. ``source`` is a
    stream-mode :class:`VisionWeights` (or any object with ``hparams``, ``storage_types()``,
    ``stored_bytes(name)`` and ``path``); it is read once and may be closed afterwards.
    ``device`` "gpu" runs on the first GPU when llama.cpp was built with one, else on the CPU;
    ``device_name`` says where it runs.
    """

    def __init__(self, source, cache_size: int = 8, threads: int | None = None,
                 progress: Progress | None = None, lib: Ggml | None = None,
                 device: str = "cpu") -> None:
        if device not in DEVICES:
            raise ValueError(f"device must be one of {', '.join(DEVICES)}, not {device!r}")
        self.lib = lib or ggml()
        self.hparams: VisionHParams = source.hparams
        self.path = Path(getattr(source, "path", "<memory>"))
        self.cache = EmbeddingCache(cache_size)
        self.threads = max(1, int(threads or default_threads()))
        self.device_name = "CPU"
        self._lock = threading.Lock()
        self._backend: int | None = None
        self._weights: GgmlWeights | None = None
        self._graph_ctx: _Context | None = None
        self._galloc: int | None = None
        try:
            self._start(source, progress, device)
        except BaseException:
            self.close()
            raise

    def _start_backend(self, device: str) -> None:
        lib = self.lib
        gpu = first_gpu(lib) if device == "gpu" else None
        if gpu is not None:
            self._backend = lib.ggml_backend_dev_init(gpu[0], None)
            if not self._backend:
                raise GgmlVisionError(f"ggml could not start the GPU {gpu[1]}")
            self.device_name = gpu[1]
            return
        self._backend = lib.ggml_backend_cpu_init()
        if not self._backend:
            raise GgmlVisionError("ggml's CPU backend did not start")
        lib.ggml_backend_cpu_set_n_threads(self._backend, self.threads)

    def _start(self, source, progress: Progress | None, device: str) -> None:
        self._start_backend(device)
        if not self._backend:
            raise GgmlVisionError("ggml's backend did not start")
        self._weights = GgmlWeights(self.lib, self._backend, source, progress)
        self._build_graph()

    def _build_graph(self) -> None:
        lib, hp = self.lib, self.hparams
        size = graph_size(hp)
        self._graph_ctx = _Context(lib, 2 * size, graph_size=size)
        ctx = self._graph_ctx.handle
        self._patches = lib.ggml_new_tensor_2d(ctx, TYPE_F32, 3 * hp.patch_size ** 2,
                                               hp.grid ** 2)              # (588, 256)
        lib.ggml_set_name(self._patches, b"patches")
        lib.ggml_set_input(self._patches)
        if self._weights is None:
            raise GgmlVisionError("the vision weights were not uploaded")
        self._out = TowerGraph(lib, ctx, hp).tower(self._patches, self._weights)
        lib.ggml_set_name(self._out, b"embeddings")
        lib.ggml_set_output(self._out)
        if shape_of(self._out) != (hp.proj_width, hp.num_query_tokens):
            raise GgmlVisionError(f"the ggml graph gives shape {shape_of(self._out)}, expected "
                                  f"({hp.proj_width}, {hp.num_query_tokens})")
        self._graph = lib.ggml_new_graph_custom(ctx, size, False)
        lib.ggml_build_forward_expand(self._graph, self._out)
        self._galloc = lib.ggml_gallocr_new(lib.ggml_backend_get_default_buffer_type(self._backend))
        if not self._galloc or not lib.ggml_gallocr_alloc_graph(self._galloc, self._graph):
            raise GgmlVisionError("ggml could not allocate the vision graph's activations")

    @classmethod
    def from_gguf(cls, path: str | os.PathLike, progress: Progress | None = None,
                  cache_size: int = 8, threads: int | None = None,
                  device: str = "cpu") -> GgmlVisionEncoder:
        """Load a vision GGUF (validated by ``VisionWeights``; header read once)."""
        with VisionWeights(path, mode="stream") as source:
            return cls(source, cache_size=cache_size, threads=threads, progress=progress,
                       device=device)

    @property
    def activation_bytes(self) -> int:
        """Size of the buffer that holds the graph's intermediate tensors."""
        return self.lib.ggml_gallocr_get_buffer_size(self._galloc, 0) if self._galloc else 0

    @property
    def weight_bytes(self) -> int:
        """Size of the buffer that holds the weights, as stored."""
        return self._weights.nbytes if self._weights else 0

    def encode(self, pixels: np.ndarray) -> np.ndarray:
        """Preprocessed pixels (3, S, S) float32 -> embeddings (K, E) float32."""
        patches = np.ascontiguousarray(image_patches(check_pixels(pixels, self.hparams),
                                                     self.hparams))  # (256, 588)
        out = np.empty((self.hparams.num_query_tokens, self.hparams.proj_width), np.float32)
        with self._lock:
            if self._galloc is None:
                raise GgmlVisionError("the ggml vision tower was closed")
            lib = self.lib
            lib.ggml_backend_tensor_set(self._patches, patches.ctypes.data, 0, patches.nbytes)
            status = lib.ggml_backend_graph_compute(self._backend, self._graph)
            if status != STATUS_SUCCESS:
                raise GgmlVisionError(f"ggml could not compute the vision graph (status {status})")
            lib.ggml_backend_tensor_get(self._out, out.ctypes.data, 0, out.nbytes)
        if not np.isfinite(out).all():
            raise GGUFFormatError(f"{self.path}: the vision model produced invalid values "
                                  "(the weights file may be damaged)")
        return out

    def encode_cached(self, pixels: np.ndarray) -> np.ndarray:
        """``encode`` with a small LRU cache keyed by the pixels' SHA-256; returns a copy."""
        return self.cache.fetch(pixels, self.encode)

    def close(self) -> None:
        """Free the graph, the weights and the backend (safe to call twice)."""
        with self._lock:
            lib = self.lib
            if self._galloc:
                lib.ggml_gallocr_free(self._galloc)
            self._galloc = None
            if self._graph_ctx is not None:
                self._graph_ctx.free()
            if self._weights is not None:
                self._weights.free()
            self._weights = None
            if self._backend:
                lib.ggml_backend_free(self._backend)
            self._backend = None


# --- in-memory weights (self-check, tests) -------------------------------------------------

class ArrayWeights:
    """Float32 numpy tensors in memory with the ``VisionWeights`` interface both towers read."""

    def __init__(self, hparams: VisionHParams, tensors: Mapping[str, np.ndarray],
                 path: str = "<memory>") -> None:
        table = expected_tensors(hparams)
        for name, shape in table.items():
            if name not in tensors:
                raise GGUFFormatError(f"{path}: tensor '{name}' is missing")
            if tuple(tensors[name].shape) != shape:
                raise GGUFFormatError(f"{path}: tensor '{name}' has shape "
                                      f"{tuple(tensors[name].shape)}, expected {shape}")
        self.hparams, self.path = hparams, Path(path)
        self._tensors = {n: np.ascontiguousarray(tensors[n], dtype="<f4") for n in table}

    def storage_types(self) -> dict[str, str]:
        return {name: "F32" for name in self._tensors}

    def stored_bytes(self, name: str) -> np.ndarray:
        return self._tensors[name].reshape(-1).view(np.uint8)

    def tensor(self, name: str) -> np.ndarray:
        return self._tensors[name]

    def layer(self, prefix: str) -> dict[str, np.ndarray]:
        return {n[len(prefix):]: t for n, t in self._tensors.items() if n.startswith(prefix)}

    def close(self) -> None:
        """Nothing to release."""
