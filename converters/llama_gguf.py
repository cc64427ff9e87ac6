"""Write a Llama-architecture GGUF that llama.cpp loads, one tensor at a time.

This is the shared back end of every Llama writer in the project: the Hugging Face Llama-2
converter and the tiny random model used by tests both end here. It knows the llama.cpp side of
the format (architecture "llama", tensor names, hyper-parameter keys, SentencePiece vocabulary
metadata); it knows nothing about where the weights come from.

The getter protocol
-------------------
``write_llama_gguf`` calls ``get_tensor(name)`` exactly once per tensor, in file order, and writes
the result before asking for the next one, so at most one tensor is in memory at a time. ``name``
is the llama.cpp tensor name without a leading prefix, e.g. ``"token_embd.weight"`` or
``"blk.3.attn_q.weight"`` (``tensor_shapes(hp)`` lists them all, in order, with shapes). The
getter returns a numpy array:

- of exactly the listed shape, numpy row-major, ``(out_features, in_features)`` for matrices,
  i.e. the same orientation as ``torch.nn.Linear.weight``; ``token_embd.weight`` and
  ``output.weight`` are ``(n_vocab, n_embd)``;
- in llama.cpp's layout: for ``attn_q`` / ``attn_k`` this means the rows are already permuted
  from Hugging Face's rotate-half RoPE order to llama.cpp's interleaved order (the HF converter
  does that permutation; this writer does not touch values);
- of any float dtype; it is cast here: 1-D tensors (norm weights) are always stored as float32,
  matrices as ``dtype`` ("f16" or "f32").

A shape mismatch or a non-finite value (for example an f16 overflow) raises ``ConversionError``
naming the tensor. The file is written to ``<path>.partial`` and renamed at the end, so a crash
never leaves a truncated file under the final name.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import gguf
import numpy as np

from skingpt_desktop.core.errors import ConversionError

ARCH = gguf.MODEL_ARCH_NAMES[gguf.MODEL_ARCH.LLAMA]  # "llama"

# Per-block tensors in the order llama.cpp's own converter writes them.
_BLOCK_TENSORS: tuple[gguf.MODEL_TENSOR, ...] = (
    gguf.MODEL_TENSOR.ATTN_NORM,
    gguf.MODEL_TENSOR.ATTN_Q,
    gguf.MODEL_TENSOR.ATTN_K,
    gguf.MODEL_TENSOR.ATTN_V,
    gguf.MODEL_TENSOR.ATTN_OUT,
    gguf.MODEL_TENSOR.FFN_NORM,
    gguf.MODEL_TENSOR.FFN_GATE,
    gguf.MODEL_TENSOR.FFN_UP,
    gguf.MODEL_TENSOR.FFN_DOWN,
)

ProgressFn = Callable[[int, int, str], None]
"""``progress(done, total, name)``: called after each tensor is written."""


@dataclass(frozen=True)
class LlamaHParams:
    """Shape of a Llama model, as llama.cpp reads it from ``llama.*`` metadata.

    Llama-2-13b: n_vocab 32000, n_embd 5120, n_layer 40, n_head 40, n_head_kv 40, n_ff 13824,
    n_ctx_train 4096, rope_theta 10000, rms_eps 1e-5.
    """

    n_vocab: int
    n_embd: int
    n_layer: int
    n_head: int
    n_head_kv: int
    n_ff: int
    n_ctx_train: int = 4096
    rope_theta: float = 10000.0
    rms_eps: float = 1e-5

    @property
    def head_dim(self) -> int:
        """Width of one attention head (128 for Llama-2)."""
        return self.n_embd // self.n_head

    def validate(self) -> None:
        """Raise ``ConversionError`` if the numbers cannot describe a Llama model."""
        for name in ("n_vocab", "n_embd", "n_layer", "n_head", "n_head_kv", "n_ff", "n_ctx_train"):
            if getattr(self, name) <= 0:
                raise ConversionError(f"Llama hyper-parameter {name} must be positive, "
                                      f"got {getattr(self, name)}.")
        if self.n_embd % self.n_head:
            raise ConversionError(f"n_embd {self.n_embd} is not divisible by n_head {self.n_head}.")
        if self.n_head % self.n_head_kv:
            raise ConversionError(f"n_head {self.n_head} is not divisible by n_head_kv {self.n_head_kv}.")
        if self.head_dim % 2:
            raise ConversionError(f"head width {self.head_dim} must be even for rotary embeddings.")
        if not (self.rms_eps > 0 and self.rope_theta > 0):
            raise ConversionError("rms_eps and rope_theta must be positive.")


@dataclass
class SentencePieceVocab:
    """A SentencePiece (Llama "SPM") vocabulary as llama.cpp stores it.

    ``tokens[i]`` is the piece text with "▁" (U+2581) for spaces, byte-fallback pieces spelled
    ``"<0x41>"``; ``scores[i]`` the piece log-probability (merge priority); ``token_types[i]`` a
    ``gguf.TokenType`` (NORMAL, UNKNOWN, CONTROL, USER_DEFINED, UNUSED, BYTE).
    """

    tokens: list[str | bytes]
    scores: list[float]
    token_types: list[int]
    bos_id: int = 1
    eos_id: int = 2
    unk_id: int = 0
    pad_id: int | None = None
    add_bos: bool = True
    add_eos: bool = False
    add_space_prefix: bool = True

    def validate(self, n_vocab: int) -> None:
        """Raise ``ConversionError`` if the lists disagree with each other or with ``n_vocab``."""
        n = len(self.tokens)
        if n != n_vocab:
            raise ConversionError(f"vocabulary has {n} tokens but the model's n_vocab is {n_vocab}.")
        if len(self.scores) != n or len(self.token_types) != n:
            raise ConversionError(
                f"vocabulary lists differ in length: {n} tokens, {len(self.scores)} scores, "
                f"{len(self.token_types)} token types."
            )
        valid_types = {int(t) for t in gguf.TokenType}
        bad = next((i for i, t in enumerate(self.token_types) if int(t) not in valid_types), None)
        if bad is not None:
            raise ConversionError(f"token {bad} has unknown token type {self.token_types[bad]}.")
        for name in ("bos_id", "eos_id", "unk_id", "pad_id"):
            value = getattr(self, name)
            if value is not None and not 0 <= value < n:
                raise ConversionError(f"vocabulary {name} {value} is outside 0..{n - 1}.")


def tensor_shapes(hp: LlamaHParams) -> dict[str, tuple[int, ...]]:
    """Every tensor of the model, in file order, with its numpy (row-major) shape."""
    kv = hp.n_head_kv * hp.head_dim
    block_shapes = {
        gguf.MODEL_TENSOR.ATTN_NORM: (hp.n_embd,),
        gguf.MODEL_TENSOR.ATTN_Q: (hp.n_embd, hp.n_embd),
        gguf.MODEL_TENSOR.ATTN_K: (kv, hp.n_embd),
        gguf.MODEL_TENSOR.ATTN_V: (kv, hp.n_embd),
        gguf.MODEL_TENSOR.ATTN_OUT: (hp.n_embd, hp.n_embd),
        gguf.MODEL_TENSOR.FFN_NORM: (hp.n_embd,),
        gguf.MODEL_TENSOR.FFN_GATE: (hp.n_ff, hp.n_embd),
        gguf.MODEL_TENSOR.FFN_UP: (hp.n_ff, hp.n_embd),
        gguf.MODEL_TENSOR.FFN_DOWN: (hp.n_embd, hp.n_ff),
    }
    names = gguf.TENSOR_NAMES
    shapes: dict[str, tuple[int, ...]] = {
        names[gguf.MODEL_TENSOR.TOKEN_EMBD] + ".weight": (hp.n_vocab, hp.n_embd),
    }
    for bid in range(hp.n_layer):
        for kind in _BLOCK_TENSORS:
            shapes[names[kind].format(bid=bid) + ".weight"] = block_shapes[kind]
    shapes[names[gguf.MODEL_TENSOR.OUTPUT_NORM] + ".weight"] = (hp.n_embd,)
    shapes[names[gguf.MODEL_TENSOR.OUTPUT] + ".weight"] = (hp.n_vocab, hp.n_embd)
    return shapes


def _storage_dtype(shape: tuple[int, ...], dtype: str) -> np.dtype:
    # llama.cpp keeps norm vectors in f32 whatever the file type; matrices follow `dtype`.
    if len(shape) == 1 or dtype == "f32":
        return np.dtype(np.float32)
    return np.dtype(np.float16)


def _add_metadata(w: gguf.GGUFWriter, hp: LlamaHParams, vocab: SentencePieceVocab, dtype: str,
                  name: str) -> None:
    w.add_name(name)
    w.add_file_type(gguf.LlamaFileType.MOSTLY_F16 if dtype == "f16" else gguf.LlamaFileType.ALL_F32)
    w.add_vocab_size(hp.n_vocab)
    w.add_context_length(hp.n_ctx_train)
    w.add_embedding_length(hp.n_embd)
    w.add_block_count(hp.n_layer)
    w.add_feed_forward_length(hp.n_ff)
    w.add_head_count(hp.n_head)
    w.add_head_count_kv(hp.n_head_kv)
    w.add_rope_dimension_count(hp.head_dim)
    w.add_rope_freq_base(float(hp.rope_theta))
    w.add_layer_norm_rms_eps(float(hp.rms_eps))
    w.add_tokenizer_model("llama")
    w.add_token_list(list(vocab.tokens))
    w.add_token_scores([float(s) for s in vocab.scores])
    w.add_token_types([int(t) for t in vocab.token_types])
    w.add_bos_token_id(vocab.bos_id)
    w.add_eos_token_id(vocab.eos_id)
    w.add_unk_token_id(vocab.unk_id)
    if vocab.pad_id is not None:
        w.add_pad_token_id(vocab.pad_id)
    w.add_add_bos_token(vocab.add_bos)
    w.add_add_eos_token(vocab.add_eos)
    w.add_add_space_prefix(vocab.add_space_prefix)


def _checked(name: str, array: np.ndarray, shape: tuple[int, ...], dtype: np.dtype) -> np.ndarray:
    """Cast ``array`` for storage after checking its shape and values."""
    array = np.asarray(array)
    if tuple(array.shape) != shape:
        raise ConversionError(f"tensor {name} has shape {tuple(array.shape)}, expected {shape}.")
    if not np.issubdtype(array.dtype, np.floating):
        raise ConversionError(f"tensor {name} has dtype {array.dtype}, expected a float type.")
    with np.errstate(over="ignore"):  # overflow is reported below, naming the tensor
        out = np.ascontiguousarray(array, dtype=dtype)
    if not np.isfinite(out).all():
        where = "after conversion to float16" if dtype == np.float16 else ""
        raise ConversionError(f"tensor {name} contains NaN or infinite values {where}".rstrip() + ".")
    return out


def write_llama_gguf(
    path: str | os.PathLike[str],
    hparams: LlamaHParams,
    vocab: SentencePieceVocab,
    get_tensor: Callable[[str], np.ndarray],
    dtype: str = "f16",
    progress: ProgressFn | None = None,
    name: str = "llama",
) -> Path:
    """Write a llama.cpp "llama" GGUF to ``path``; return the final path.

    Tensor infos are written first from ``tensor_shapes(hparams)``, then the data, calling
    ``get_tensor(name)`` lazily once per tensor (see the module docstring for the protocol).
    ``dtype`` is "f16" or "f32" for matrices; ``name`` goes to ``general.name``.
    """
    if dtype not in ("f16", "f32"):
        raise ConversionError(f'dtype must be "f16" or "f32", got {dtype!r}.')
    hparams.validate()
    vocab.validate(hparams.n_vocab)
    final = Path(path)
    partial = final.with_name(final.name + ".partial")
    shapes = tensor_shapes(hparams)

    writer = gguf.GGUFWriter(partial, ARCH)
    try:
        _add_metadata(writer, hparams, vocab, dtype, name)
        for tname, shape in shapes.items():
            dt = _storage_dtype(shape, dtype)
            writer.add_tensor_info(tname, shape, dt, int(np.prod(shape)) * dt.itemsize)
        writer.write_header_to_file()
        writer.write_kv_data_to_file()
        writer.write_ti_data_to_file()
        for done, (tname, shape) in enumerate(shapes.items(), start=1):
            data = _checked(tname, get_tensor(tname), shape, _storage_dtype(shape, dtype))
            writer.write_tensor_data(data)
            del data  # keep at most one tensor alive
            if progress is not None:
                progress(done, len(shapes), tname)
        writer.close()
        os.replace(partial, final)
    except BaseException:
        writer.close()
        partial.unlink(missing_ok=True)
        raise
    return final
