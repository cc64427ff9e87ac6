"""The language model on llama.cpp: model loading, tokens, token and embedding batches.

``LLM`` is a thin, checked wrapper over llama-cpp-python's low-level API (one model, one
context, one sequence): tokenize and detokenize, evaluate tokens or embedding rows at given
positions, read logits, cut the KV cache. Conversations on top of it live in
``chat_session.py`` (``ChatSession``).

One ``LLM`` serves one session at a time. Not thread-safe: call it from one worker thread; only
a cancel event (``abort_when``) may be set from another thread.
"""

from __future__ import annotations

import ctypes
import logging
import os
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Protocol

import llama_cpp
import numpy as np

from skingpt_desktop.core.bounded_input import quote_value
from skingpt_desktop.core.errors import GGUFFormatError, PackError, SkinGPTError
from skingpt_desktop.core.llm.sampling import GenerationSettings  # re-exported: callers' settings
from skingpt_desktop.core.native import ggml_devices

__all__ = ["LLM", "GenerationSettings", "ContextWindowError", "TokenConstraint"]

log = logging.getLogger(__name__)


class TokenConstraint(Protocol):
    """Restricts which tokens an answer may contain (e.g. ``grammar.GrammarConstraint``).

    Per token the loop calls ``mask(logits)`` (the logits with forbidden tokens at ``-inf``),
    samples from the result as usual, then ``accept(token)``. A constrained answer ends when the
    constraint allows only end-of-generation, not at the format's stop strings: the text it
    produces (JSON, say) may contain them.
    """

    def mask(self, logits: np.ndarray) -> np.ndarray: ...

    def accept(self, token: int) -> None: ...


class ContextWindowError(SkinGPTError):
    """The system text, image and question alone do not fit into the context window."""


class _DecodeError(SkinGPTError):
    """llama_decode failed; the cache content is unknown."""


class _DecodeAborted(Exception):
    """llama_decode stopped early because the abort flag was set (the user pressed Stop)."""


# llama_decode's return value when the abort callback stopped the computation.
DECODE_ABORTED = 2


class _AbortFlag:
    """What llama.cpp's abort callback reads between graph nodes: the event of the work in
    progress. Kept apart from ``LLM`` so the C callback holds no reference to the model."""

    def __init__(self) -> None:
        self.event: threading.Event | None = None
        self.callback = llama_cpp.ggml_abort_callback(self._should_abort)

    def _should_abort(self, _data: ctypes.c_void_p) -> bool:
        event = self.event
        return event is not None and event.is_set()


def _place(batch: llama_cpp.llama_batch, n: int, pos: int, want_logits: bool) -> None:
    """Give the batch's first ``n`` items positions ``pos``.. in sequence 0; logits (if wanted)
    only for the last one."""
    for i in range(n):
        batch.pos[i] = pos + i  # type: ignore[call-overload]  # llama_pos: an int in ctypes
        batch.n_seq_id[i] = 1
        batch.seq_id[i][0] = 0
        batch.logits[i] = 0
    batch.logits[n - 1] = int(want_logits)
    batch.n_tokens = n


def _mrope_positions(positions: np.ndarray, n: int) -> np.ndarray:
    """(4 * n,) int32 M-RoPE positions, section-major, from a (4, n) array; ValueError if not."""
    arr = np.asarray(positions)
    if arr.shape != (4, n):
        raise ValueError(f"M-RoPE positions must have shape (4, {n}), got {arr.shape}")
    return np.ascontiguousarray(arr, dtype=np.int32).reshape(-1)


def build_has_amx() -> bool:
    """True when the CPU backend in use carries llama.cpp's AMX matrix kernels: a native build
    on an AMX CPU, or a portable build's AMX variant (sapphirerapids)."""
    if ggml_devices.cpu_backend().has_amx:
        return True
    info = llama_cpp.llama_print_system_info().decode("utf-8", "replace")
    return "AMX_INT8 = 1" in info


class LLM:
    """A llama.cpp model with one context and one sequence.

    ``n_ctx`` is the context window in tokens (image rows count as tokens), ``n_threads`` the CPU
    threads (default: half the logical cores), ``n_gpu_layers`` how many layers to offload when
    llama.cpp was built with a GPU backend, ``n_batch`` the most items evaluated per decode call
    (also the granularity at which a cancelled prompt stops).
    """

    def __init__(self, model_path: str | os.PathLike[str], n_ctx: int = 2048, n_threads: int | None = None,
                 n_gpu_layers: int = 0, n_batch: int = 256,
                 architectures: Sequence[str] = ("llama",)) -> None:
        self.path = Path(model_path)
        if not self.path.is_file():
            raise PackError(f"LLM model file {self.path} does not exist.")
        if n_ctx < 16 or n_batch < 1:
            raise SkinGPTError(f"n_ctx must be at least 16 and n_batch at least 1 (got {n_ctx}, {n_batch}).")
        try:  # sets llama.cpp's log callback; a portable build's CPU backend is loaded here
            ggml_devices.ensure_backends()
        except ggml_devices.GgmlUnavailable as exc:
            raise SkinGPTError(f"llama.cpp cannot run on this computer: {exc}") from exc
        llama_cpp.llama_backend_init()
        self._model = self._ctx = None
        self._batch: llama_cpp.llama_batch | None = None
        self._load_model(n_gpu_layers, tuple(architectures))
        self.n_embd: int = llama_cpp.llama_model_n_embd(self._model)
        # Width of an input embedding row: n_embd, or wider where image rows carry extra
        # features for later layers (Qwen3-VL's deepstack: n_embd x (1 + deepstack layers)).
        self.n_embd_inp: int = llama_cpp.llama_model_n_embd_inp(self._model) or self.n_embd
        self.n_ctx_train: int = llama_cpp.llama_model_n_ctx_train(self._model)
        self.notice = ""  # why the context differs from the one asked for ("" when it does not)
        if 0 < self.n_ctx_train < n_ctx:
            self.notice = (f"The context was lowered from {n_ctx} to {self.n_ctx_train} tokens: "
                           f"{self.path.name} was trained for {self.n_ctx_train}.")
            n_ctx = self.n_ctx_train
        threads = n_threads or max(1, (os.cpu_count() or 2) // 2)
        self.n_threads = threads  # what llama.cpp was given (the default when none was asked)
        self._create_context(n_ctx, n_batch, threads)
        self.n_ctx = n_ctx
        self.n_batch = n_batch
        self._vocab = llama_cpp.llama_model_get_vocab(self._model)
        self.n_vocab: int = llama_cpp.llama_vocab_n_tokens(self._vocab)
        self.bos_id: int = llama_cpp.llama_vocab_bos(self._vocab)
        self.eos_id: int = llama_cpp.llama_vocab_eos(self._vocab)
        self._memory = llama_cpp.llama_get_memory(self._ctx)
        self._batch = llama_cpp.llama_batch_init(n_batch, 0, 1)
        self._piece_cache: dict[int, bytes] = {}
        self._anchor: list[int] | None = None
        self.owner: object | None = None  # the ChatSession whose items are in the cache

    def _load_model(self, n_gpu_layers: int, architectures: tuple[str, ...]) -> None:
        params = llama_cpp.llama_model_default_params()
        params.n_gpu_layers = n_gpu_layers
        if build_has_amx():
            # llama.cpp's AMX kernels (compiled in only by native builds on CPUs with AMX)
            # crash in ggml_backend_amx_mul_mat on Q8_0 weights; the plain CPU kernels are
            # correct, and AVX-512, which every AMX CPU has, keeps them fast.
            params.use_extra_bufts = False
        self._model = llama_cpp.llama_model_load_from_file(os.fsencode(self.path), params)
        if not self._model:
            raise GGUFFormatError(f"llama.cpp could not load the LLM file {self.path.name} "
                                  "(not a supported GGUF model).")
        arch = self.metadata("general.architecture")
        if arch not in architectures:
            self.close()
            expected = " or ".join(repr(a) for a in architectures)
            raise GGUFFormatError(f"LLM file {self.path.name} has architecture {quote_value(arch)}, "
                                  f"expected {expected}.")

    def _create_context(self, n_ctx: int, n_batch: int, threads: int) -> None:
        params = llama_cpp.llama_context_default_params()
        params.n_ctx = n_ctx
        params.n_batch = params.n_ubatch = n_batch
        params.n_seq_max = 1
        params.n_threads = params.n_threads_batch = threads
        # Stop works inside a long prompt evaluation too, not only between batches.
        self._abort = _AbortFlag()
        params.abort_callback = self._abort.callback
        params.abort_callback_data = None
        self._ctx = llama_cpp.llama_init_from_model(self._model, params)
        if not self._ctx:
            self.close()
            raise SkinGPTError(f"llama.cpp could not create a context of {n_ctx} tokens (out of memory?).")

    # --- lifetime -------------------------------------------------------------------------
    def close(self) -> None:
        """Free the context and the model; the object is unusable afterwards."""
        if self._batch is not None:
            llama_cpp.llama_batch_free(self._batch)
            self._batch = None
        if self._ctx:
            llama_cpp.llama_free(self._ctx)
            self._ctx = None
        if self._model:
            llama_cpp.llama_model_free(self._model)
            self._model = None

    def __enter__(self) -> LLM:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __del__(self) -> None:
        try:
            self.close()
        except Exception:  # interpreter shutdown: the library may already be gone
            pass

    # --- model facts and tokens -----------------------------------------------------------
    @property
    def model_handle(self) -> llama_cpp.llama_model_p:
        """The loaded llama_model (libmtmd builds its vision context against it)."""
        if self._model is None:
            raise SkinGPTError(f"the language model {self.path.name} was closed")
        return self._model

    def _live_batch(self) -> llama_cpp.llama_batch:
        """The token batch; a clear error, not a crash in native code, after :meth:`close`."""
        if self._batch is None:
            raise SkinGPTError(f"the language model {self.path.name} was closed")
        return self._batch

    def metadata(self, key: str) -> str | None:
        """A GGUF metadata value as text, or None if absent."""
        buf = ctypes.create_string_buffer(256)
        n = llama_cpp.llama_model_meta_val_str(self._model, key.encode(), buf, len(buf))
        return None if n < 0 else buf.value.decode("utf-8", "replace")

    def tokenize(self, text: str, add_bos: bool = False, special: bool = False) -> list[int]:
        """Token ids of ``text`` as one SentencePiece call (with its leading dummy space);
        ``special``: control-token text ("<start_of_turn>") becomes those tokens."""
        data = text.encode("utf-8")
        cap = len(data) + 8
        buf = (llama_cpp.llama_token * cap)()
        n = llama_cpp.llama_tokenize(self._vocab, data, len(data), buf, cap, False, special)
        if n < 0:
            raise SkinGPTError(f"text of {len(data)} bytes could not be tokenized.")
        return ([self.bos_id] if add_bos else []) + list(buf[:n])

    def tokenize_continuation(self, text: str, special: bool = False) -> list[int]:
        """Token ids of ``text`` as it continues earlier text: without the leading dummy space.

        SentencePiece puts a space before every tokenize call; here a newline anchor takes that
        space and is removed again. If a vocabulary merges across the anchor, the plain
        tokenization is used (one extra space, never wrong characters).
        """
        if not text:
            return []
        if self._anchor is None:
            self._anchor = self.tokenize("\n")
        full = self.tokenize("\n" + text, special=special)
        rest = full[len(self._anchor):]
        if full[: len(self._anchor)] == self._anchor and (
                special or self.detokenize_bytes(rest) == text.encode("utf-8")):
            return rest
        log.debug("continuation anchor merged with the text; using plain tokenization")
        return self.tokenize(text, special=special)

    def token_bytes(self, token: int) -> bytes:
        """The bytes a token stands for (b"" for control tokens such as BOS/EOS)."""
        piece = self._piece_cache.get(token)
        if piece is None:
            buf = ctypes.create_string_buffer(64)
            n = llama_cpp.llama_token_to_piece(self._vocab, token, buf, len(buf), 0, False)
            if n < 0:
                buf = ctypes.create_string_buffer(-n)
                n = llama_cpp.llama_token_to_piece(self._vocab, token, buf, len(buf), 0, False)
            piece = self._piece_cache[token] = buf.raw[:n]
        return piece

    def detokenize_bytes(self, tokens: Sequence[int]) -> bytes:
        """Concatenated bytes of ``tokens``."""
        return b"".join(self.token_bytes(t) for t in tokens)

    def detokenize(self, tokens: Sequence[int]) -> str:
        """Text of ``tokens`` (invalid UTF-8 shown as U+FFFD)."""
        return self.detokenize_bytes(tokens).decode("utf-8", "replace")

    @property
    def vocab(self) -> llama_cpp.llama_vocab_p:
        """The model's llama.cpp vocabulary (for native samplers such as the grammar's)."""
        return self._vocab

    def is_eog(self, token: int) -> bool:
        """True for end-of-generation tokens (EOS and the like)."""
        return bool(llama_cpp.llama_vocab_is_eog(self._vocab, token))

    # --- cache and evaluation -------------------------------------------------------------
    def clear(self) -> None:
        """Empty the KV cache."""
        llama_cpp.llama_memory_clear(self._memory, True)

    def truncate(self, n_keep: int) -> None:
        """Drop every cached position >= ``n_keep``."""
        if not llama_cpp.llama_memory_seq_rm(self._memory, 0, n_keep, -1):
            raise _DecodeError("the KV cache could not be shortened.")

    def eval_tokens(self, tokens: Sequence[int], pos: int, want_logits: bool = True) -> None:
        """Evaluate up to ``n_batch`` tokens at positions ``pos``...; logits for the last one."""
        n = len(tokens)
        if not 0 < n <= self.n_batch:
            raise ValueError(f"eval_tokens takes 1..{self.n_batch} tokens, got {n}")
        b = self._live_batch()
        for i, tok in enumerate(tokens):
            b.token[i] = tok
        _place(b, n, pos, want_logits)
        self._decode(b, n)

    def eval_tokens_all(self, tokens: Sequence[int], pos: int) -> np.ndarray:
        """Evaluate up to ``n_batch`` tokens at positions ``pos``... and return the logits
        after each of them, (n, n_vocab) float32 (speculative decoding checks them all)."""
        n = len(tokens)
        if not 0 < n <= self.n_batch:
            raise ValueError(f"eval_tokens_all takes 1..{self.n_batch} tokens, got {n}")
        b = self._live_batch()
        for i, tok in enumerate(tokens):
            b.token[i] = tok
        _place(b, n, pos, True)
        for i in range(n):
            b.logits[i] = 1
        self._decode(b, n)
        rows = np.empty((n, self.n_vocab), dtype=np.float32)
        for i in range(n):
            rows[i] = np.ctypeslib.as_array(llama_cpp.llama_get_logits_ith(self._ctx, i),
                                            shape=(self.n_vocab,))
        return rows

    def eval_embeddings(self, embd: np.ndarray, pos: int, want_logits: bool = True,
                        causal: bool = True, mrope: np.ndarray | None = None) -> None:
        """Evaluate embedding rows ``embd`` (n, n_embd_inp) float32 at positions ``pos``...

        This is how the projected image enters the model: the rows take the place of token
        embeddings (``llama_batch.embd``), each at its own position. ``causal`` False lets the
        rows attend to each other both ways (Gemma 3's image tokens), for this batch only.
        ``mrope`` (4, n) int32 gives each row its four M-RoPE positions instead (Qwen2-VL
        family, see image_layout.py); ``pos`` is then the image's start.
        """
        rows = np.ascontiguousarray(embd, dtype=np.float32)
        n = rows.shape[0]
        if rows.ndim != 2 or rows.shape[1] != self.n_embd_inp or not 0 < n <= self.n_batch:
            raise ValueError(f"eval_embeddings takes (1..{self.n_batch}, {self.n_embd_inp}) rows, "
                             f"got {rows.shape}")
        b = llama_cpp.llama_batch_init(n, self.n_embd_inp, 1)
        # The address as a number: a ctypes pointer read from a field is a view of that field,
        # and would follow it to our array.
        own_pos = ctypes.cast(b.pos, ctypes.c_void_p).value or 0
        try:
            ctypes.memmove(b.embd, rows.ctypes.data, rows.nbytes)
            _place(b, n, pos, want_logits)
            if mrope is not None:
                section_major = _mrope_positions(mrope, n)  # kept alive until the decode ends
                b.pos = section_major.ctypes.data_as(ctypes.POINTER(llama_cpp.llama_pos))
            if not causal:
                llama_cpp.llama_set_causal_attn(self._ctx, False)
            self._decode(b, n, start=pos)
        finally:
            if not causal:
                llama_cpp.llama_set_causal_attn(self._ctx, True)
            # llama_batch_free frees the batch's own array, never ours
            b.pos = ctypes.cast(own_pos, ctypes.POINTER(llama_cpp.llama_pos))
            llama_cpp.llama_batch_free(b)

    @contextmanager
    def abort_when(self, event: threading.Event | None) -> Iterator[None]:
        """While inside, a set ``event`` stops ``llama_decode`` between graph nodes."""
        self._abort.event = event
        try:
            yield
        finally:
            self._abort.event = None

    def _decode(self, batch: llama_cpp.llama_batch, n: int, start: int | None = None) -> None:
        rc = llama_cpp.llama_decode(self._ctx, batch)
        if rc == DECODE_ABORTED and self._abort.event is not None and self._abort.event.is_set():
            # drop whatever part of the batch reached the cache
            self.truncate(int(batch.pos[0]) if start is None else start)
            raise _DecodeAborted()
        if rc != 0:
            raise _DecodeError(f"llama.cpp could not evaluate {n} tokens (llama_decode returned {rc}).")

    def logits(self) -> np.ndarray:
        """Copy of the logits (n_vocab,) float32 of the last evaluated item that asked for them."""
        ptr = llama_cpp.llama_get_logits_ith(self._ctx, -1)
        if not ptr:
            raise SkinGPTError("no logits available: nothing has been evaluated yet.")
        return np.ctypeslib.as_array(ptr, shape=(self.n_vocab,)).copy()
