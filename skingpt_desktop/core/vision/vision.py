"""The SkinGPT-4 vision tower in numpy: EVA-ViT-g -> ln_vision -> Q-Former -> llama_proj.

One readable, exact float32 forward pass, written to follow the reference (BLIP-2 / MiniGPT-4)
step by step; names follow the checkpoint. Shapes in comments are for the real model
(224 px, 257 tokens of width 1408, 32 queries of width 768, projection 5120); every size comes
from the GGUF metadata.

Speed: the work is a few hundred matrix products per image, done by numpy's BLAS on float32;
heads are batched into one stacked product; the big element-wise steps (GELU, softmax) run in
place, on cache-sized chunks, split over as many threads as BLAS uses.
"""

from __future__ import annotations

import hashlib
import os
import threading
from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor
from typing import Callable, Mapping

import numpy as np

from skingpt_desktop.core.errors import GGUFFormatError, ImageError
from skingpt_desktop.core.vision.vision_format import VisionHParams
from skingpt_desktop.core.vision.vision_gguf import Progress, VisionWeights

Weights = Mapping[str, np.ndarray]
STEM_TENSORS = ("vit.patch_embed.weight", "vit.patch_embed.bias", "vit.cls_token", "vit.pos_embed")

# --- exact GELU ------------------------------------------------------------------------------
# GELU(x) = x * Phi(x), Phi the standard normal CDF (PyTorch's default, erf-based, not tanh).
# With h(x) = Phi(-|x|) = erfc(|x| / sqrt(2)) / 2 this is  GELU(x) = max(x, 0) - |x| * h(x),
# which needs no branch on the sign. erfc comes from Abramowitz & Stegun 7.1.26:
# erfc(z) = t * (a1 + t*(a2 + ... + t*a5)) * exp(-z^2), t = 1 / (1 + p*z), for z >= 0, with
# absolute error below 1.5e-7, about one float32 rounding step of Phi.
_AS_P = 0.3275911
_AS_A = (0.254829592, -0.284496736, 1.421413741, -1.453152027, 1.061405429)
_P_OVER_SQRT2 = np.float32(_AS_P / np.sqrt(2.0))
_HALF_A = tuple(np.float32(a / 2.0) for a in _AS_A)  # the 1/2 of h folded in
_CHUNK_VALUES = 32 * 1024  # elements per element-wise chunk: three scratch rows stay in L2


def _gelu_rows(x: np.ndarray, a: np.ndarray, t: np.ndarray, e: np.ndarray) -> None:
    """In-place GELU of ``x``; ``a``, ``t``, ``e`` are scratch arrays of the same shape."""
    np.abs(x, out=a)                                   # |x|
    np.multiply(a, a, out=e)
    e *= np.float32(-0.5)
    np.exp(e, out=e)                                   # exp(-x^2 / 2) = exp(-z^2)
    e *= a                                             # |x| * exp(-z^2)
    np.multiply(a, _P_OVER_SQRT2, out=t)
    t += np.float32(1.0)
    np.reciprocal(t, out=t)                            # t = 1 / (1 + p z)
    c1, c2, c3, c4, c5 = _HALF_A
    np.multiply(t, c5, out=a)                          # Horner: a = t*(c1 + t*(c2 + ...))
    for c in (c4, c3, c2, c1):
        a += c
        a *= t
    a *= e                                             # |x| * h(x)
    np.maximum(x, np.float32(0.0), out=x)
    x -= a


def _gelu_block(x: np.ndarray) -> None:
    """In-place GELU of a row block, chunk by chunk so that the scratch stays in cache."""
    rows = max(1, _CHUNK_VALUES // x.shape[-1])
    scratch = [np.empty((min(rows, x.shape[0]), x.shape[-1]), np.float32) for _ in range(3)]
    for start in range(0, x.shape[0], rows):
        chunk = x[start:start + rows]
        n = chunk.shape[0]
        _gelu_rows(chunk, *(s[:n] for s in scratch))


def gelu_(x: np.ndarray, threads: RowThreads | None = None) -> np.ndarray:
    """Exact (erf) GELU of a C-contiguous float32 2-D array, in place; returns ``x``."""
    if threads is None:
        _gelu_block(x)
    else:
        threads.run(_gelu_block, x)
    return x


class RowThreads:
    """Runs an in-place, row-wise numpy step on row blocks in parallel.

    BLAS already uses every core for the matrix products; this gives the element-wise steps in
    between (GELU, softmax) the same cores. numpy releases the GIL inside its loops.
    """

    MIN_VALUES = 64 * 1024  # below this, starting work on other threads costs more than it saves

    def __init__(self, threads: int) -> None:
        self.threads = max(1, int(threads))
        self._pool = (ThreadPoolExecutor(self.threads - 1, thread_name_prefix="vision")
                      if self.threads > 1 else None)

    def run(self, step: Callable[[np.ndarray], object], x: np.ndarray) -> None:
        """``step(block)`` for blocks of ``x`` along axis 0; the calling thread does one."""
        n = min(self.threads, x.shape[0])
        if self._pool is None or n < 2 or x.size < self.MIN_VALUES:
            step(x)
            return
        edges = [x.shape[0] * i // n for i in range(n + 1)]
        futures = [self._pool.submit(step, x[edges[i]:edges[i + 1]]) for i in range(1, n)]
        step(x[edges[0]:edges[1]])
        for future in futures:
            future.result()

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False)
            self._pool = None


def default_threads() -> int:
    """The BLAS thread count numpy will use: OMP/OPENBLAS_NUM_THREADS, else usable cores."""
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS"):
        value = os.environ.get(var, "")
        if value.isdigit() and int(value) > 0:
            return int(value)
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


# --- building blocks -------------------------------------------------------------------------

def linear(x: np.ndarray, weight: np.ndarray, bias: np.ndarray | None = None) -> np.ndarray:
    """``x @ weight.T + bias`` like torch's Linear; weight (out, in) is read transposed by BLAS."""
    y = x @ weight.T
    if bias is not None:
        y += bias
    return y


def layer_norm(x: np.ndarray, weight: np.ndarray, bias: np.ndarray, eps: float) -> np.ndarray:
    """LayerNorm over the last axis (biased variance, eps inside the root, as torch)."""
    xc = x - x.mean(axis=-1, keepdims=True)
    var = np.einsum("ij,ij->i", xc, xc)[:, None] / np.float32(x.shape[-1])  # (T, 1)
    xc *= 1.0 / np.sqrt(var + np.float32(eps))
    xc *= weight
    xc += bias
    return xc


def _softmax_block(scores: np.ndarray) -> None:
    scores -= scores.max(axis=-1, keepdims=True)
    np.exp(scores, out=scores)
    scores *= 1.0 / scores.sum(axis=-1, keepdims=True)


def softmax_(scores: np.ndarray, threads: RowThreads | None = None) -> np.ndarray:
    """Softmax over the last axis, in place (blocks along axis 0 in parallel with ``threads``)."""
    if threads is None:
        _softmax_block(scores)
    else:
        threads.run(_softmax_block, scores)
    return scores


def attention(q: np.ndarray, k: np.ndarray, v: np.ndarray, heads: int,
              threads: RowThreads | None = None) -> np.ndarray:
    """Multi-head scaled dot-product attention, all heads in one stacked matmul.

    q (T, C) must already carry the head_dim ** -0.5 scale; k, v (S, C). Returns (T, C).
    """
    t, c = q.shape
    s, d = k.shape[0], c // heads
    qh = q.reshape(t, heads, d).transpose(1, 0, 2)     # (H, T, D) views, no copies
    kh = k.reshape(s, heads, d).transpose(1, 2, 0)     # (H, D, S)
    vh = v.reshape(s, heads, d).transpose(1, 0, 2)     # (H, S, D)
    probs = softmax_(np.matmul(qh, kh), threads)       # (H, T, S)
    out = np.matmul(probs, vh)                         # (H, T, D)
    return out.transpose(1, 0, 2).reshape(t, c)        # (T, C)


# --- the tower -------------------------------------------------------------------------------

def check_pixels(pixels: np.ndarray, hp: VisionHParams) -> np.ndarray:
    """Preprocessed pixels as C-contiguous float32 (3, S, S); ImageError when unusable."""
    size = hp.image_size
    pixels = np.asarray(pixels)
    if pixels.shape != (3, size, size):
        raise ImageError(f"preprocessed image has shape {pixels.shape}, expected "
                         f"(3, {size}, {size})")
    pixels = np.ascontiguousarray(pixels, dtype=np.float32)
    if not np.isfinite(pixels).all():
        raise ImageError("preprocessed image contains NaN or infinite values")
    return pixels


def image_patches(pixels: np.ndarray, hp: VisionHParams) -> np.ndarray:
    """(3, S, S) pixels -> (G*G, 3*P*P) patch rows in grid order, as Conv2d's kernel reads them."""
    g, p = hp.grid, hp.patch_size
    patches = pixels.reshape(3, g, p, g, p).transpose(1, 3, 0, 2, 4)   # (16, 16, 3, 14, 14)
    return patches.reshape(g * g, 3 * p * p)                           # (256, 588) row-major grid


def patch_embed(pixels: np.ndarray, w: Weights, hp: VisionHParams) -> np.ndarray:
    """Conv2d(3 -> W, kernel = stride = P) as one matmul, then class token and positions."""
    patches = image_patches(pixels, hp)                                # (256, 588)
    kernel = w["vit.patch_embed.weight"].reshape(hp.vit_width, -1)     # (1408, 588)
    tokens = linear(patches, kernel, w["vit.patch_embed.bias"])        # (256, 1408)
    x = np.concatenate([w["vit.cls_token"][0], tokens])                # (257, 1408)
    x += w["vit.pos_embed"][0]
    return x


def vit_block(x: np.ndarray, w: Weights, hp: VisionHParams,
              threads: RowThreads | None = None) -> np.ndarray:
    """One pre-norm EVA block: x + attn(norm1(x)), then x + mlp(norm2(x)); updates ``x``."""
    width, heads = hp.vit_width, hp.vit_heads
    h = layer_norm(x, w["norm1.weight"], w["norm1.bias"], hp.vit_ln_eps)   # (257, 1408)
    qkv = linear(h, w["attn.qkv.weight"])                                 # (257, 4224)
    q, k, v = qkv[:, :width], qkv[:, width:2 * width], qkv[:, 2 * width:]
    q += w["attn.q_bias"]                                                 # k has no bias
    q *= np.float32((width // heads) ** -0.5)
    v += w["attn.v_bias"]
    x += linear(attention(q, k, v, heads, threads), w["attn.proj.weight"], w["attn.proj.bias"])
    h = layer_norm(x, w["norm2.weight"], w["norm2.bias"], hp.vit_ln_eps)
    h = gelu_(linear(h, w["mlp.fc1.weight"], w["mlp.fc1.bias"]), threads)  # (257, 6144)
    x += linear(h, w["mlp.fc2.weight"], w["mlp.fc2.bias"])                 # (257, 1408)
    return x


def qformer_attention(x: np.ndarray, context: np.ndarray, w: Weights, prefix: str,
                      hp: VisionHParams) -> np.ndarray:
    """BERT-style post-norm attention sub-layer: LN(x + out(attn(q(x), k(ctx), v(ctx))))."""
    scale = np.float32((hp.qformer_width // hp.qformer_heads) ** -0.5)
    q = linear(x, w[prefix + "q.weight"], w[prefix + "q.bias"])              # (32, 768)
    q *= scale
    k = linear(context, w[prefix + "k.weight"], w[prefix + "k.bias"])        # (32 or 257, 768)
    v = linear(context, w[prefix + "v.weight"], w[prefix + "v.bias"])
    out = linear(attention(q, k, v, hp.qformer_heads), w[prefix + "out.weight"],
                 w[prefix + "out.bias"])
    out += x
    return layer_norm(out, w[prefix + "norm.weight"], w[prefix + "norm.bias"], hp.qformer_ln_eps)


def qformer_layer(x: np.ndarray, image: np.ndarray, w: Weights, has_cross: bool,
                  hp: VisionHParams) -> np.ndarray:
    """Self-attention over the queries, cross-attention to the image (some layers), FFN."""
    x = qformer_attention(x, x, w, "self_attn.", hp)                        # (32, 768)
    if has_cross:
        x = qformer_attention(x, image, w, "cross_attn.", hp)               # keys: (257, 1408)
    h = gelu_(linear(x, w["ffn.fc1.weight"], w["ffn.fc1.bias"]))            # (32, 3072)
    out = linear(h, w["ffn.fc2.weight"], w["ffn.fc2.bias"])                 # (32, 768)
    out += x
    return layer_norm(out, w["ffn.norm.weight"], w["ffn.norm.bias"], hp.qformer_ln_eps)


class VisionEncoder:
    """Image -> SkinGPT-4 image embeddings, (K, E) float32 rows for the LLM's input sequence."""

    def __init__(self, weights: VisionWeights, cache_size: int = 8,
                 threads: int | None = None) -> None:
        self.weights = weights
        self.hparams: VisionHParams = weights.hparams
        self.cache = EmbeddingCache(cache_size)
        self.threads = RowThreads(threads or default_threads())

    @classmethod
    def from_gguf(cls, path: str | os.PathLike, weight_mode: str = "cache",
                  progress: Progress | None = None, cache_size: int = 8,
                  threads: int | None = None) -> VisionEncoder:
        """Load a vision GGUF; ``weight_mode`` "cache" (fastest) or "stream" (least memory).

        ``threads`` sets how many threads the element-wise steps use (default: as many as
        numpy's BLAS, i.e. OMP_NUM_THREADS / OPENBLAS_NUM_THREADS or all usable cores).
        """
        return cls(VisionWeights(path, mode=weight_mode, progress=progress), cache_size, threads)

    def close(self) -> None:
        """Release the weights file and the worker threads."""
        self.weights.close()
        self.threads.close()

    def encode(self, pixels: np.ndarray) -> np.ndarray:
        """Preprocessed pixels (3, S, S) float32 -> embeddings (K, E) float32."""
        hp, weights = self.hparams, self.weights
        x = check_pixels(pixels, self.hparams)
        stem = {name: weights.tensor(name) for name in STEM_TENSORS}
        x = patch_embed(x, stem, hp)                                       # (257, 1408)
        del stem  # stream mode: dropped here, like each block's weights after its step
        for i in range(hp.vit_depth):
            x = vit_block(x, weights.layer(f"vit.blk.{i}."), hp, self.threads)  # stream: 1 block
        ln = weights.layer("ln_vision.")
        image = layer_norm(x, ln["weight"], ln["bias"], hp.ln_vision_eps)  # (257, 1408)
        queries = weights.tensor("qformer.query_tokens")[0]                # (32, 768)
        emb = weights.layer("qformer.ln_emb.")
        x = layer_norm(queries, emb["weight"], emb["bias"], hp.qformer_ln_eps)
        for i in range(hp.qformer_depth):
            x = qformer_layer(x, image, weights.layer(f"qformer.blk.{i}."),
                              hp.has_cross_attention(i), hp)
        proj = weights.layer("proj.")
        out = linear(x, proj["weight"], proj["bias"])                      # (32, 5120)
        if not np.isfinite(out).all():
            raise GGUFFormatError(f"{weights.path}: the vision model produced invalid values "
                                  "(the weights file may be damaged)")
        return out

    def encode_cached(self, pixels: np.ndarray) -> np.ndarray:
        """``encode`` with a small LRU cache keyed by the pixels' SHA-256; returns a copy."""
        return self.cache.fetch(pixels, self.encode)


class EmbeddingCache:
    """Least-recently-used map from a preprocessed image's hash to its embeddings (memory only)."""

    def __init__(self, max_items: int = 8) -> None:
        self.max_items = max(0, int(max_items))
        self._items: OrderedDict[str, np.ndarray] = OrderedDict()
        self._lock = threading.Lock()

    @staticmethod
    def key(pixels: np.ndarray) -> str:
        """SHA-256 over the shape and float32 bytes of the preprocessed pixels."""
        data = np.ascontiguousarray(pixels, dtype=np.float32)
        digest = hashlib.sha256(repr(data.shape).encode("ascii"))
        digest.update(data.tobytes())
        return digest.hexdigest()

    def get(self, key: str) -> np.ndarray | None:
        """The cached embeddings (do not modify) or None; marks them recently used."""
        with self._lock:
            value = self._items.get(key)
            if value is not None:
                self._items.move_to_end(key)
            return value

    def put(self, key: str, value: np.ndarray) -> None:
        """Store ``value``, evicting the least recently used entries beyond ``max_items``."""
        with self._lock:
            self._items[key] = value
            self._items.move_to_end(key)
            while len(self._items) > self.max_items:
                self._items.popitem(last=False)

    def fetch(self, pixels: np.ndarray,
              encode: Callable[[np.ndarray], np.ndarray]) -> np.ndarray:
        """A copy of the cached embeddings of ``pixels``, encoded (and kept) on a miss."""
        key = self.key(pixels)
        found = self.get(key)
        if found is None:
            found = encode(pixels)
            self.put(key, found)
        return found.copy()

    def clear(self) -> None:
        with self._lock:
            self._items.clear()

    def __len__(self) -> int:
        return len(self._items)
