"""The Llama side of SkinGPT-4 on llama.cpp: model loading, tokens, embedding batches, chat sessions.

``LLM`` is a thin, checked wrapper over llama-cpp-python's low-level API (one model, one
context, one sequence). ``ChatSession`` holds one conversation about one image on top of it:

- the prompt is rendered by ``conversation.py`` into text segments and an image slot; text is
  tokenized and evaluated with ``llama_decode``, the K image embeddings (K, n_embd) are evaluated
  as an embedding batch (``llama_batch.embd``) at the image slot's positions;
- the KV cache is kept between turns. The session tracks what the cache holds, position by
  position, as a list of *items*: a token id (>= 0) or an image row (-1 - row). Every prompt is
  planned as a full item list; the common prefix with the cache is kept, the cache is cut there
  (``llama_memory_seq_rm``) and only the rest is evaluated. A follow-up question therefore
  evaluates only "###Human: ...###Assistant:", and generated tokens stay as generated;
- when the prompt plus ``max_new_tokens`` would not fit into n_ctx, the oldest turns are dropped
  and the image moves to the oldest kept question (docs/context-window.md);
- generation samples in numpy (sampling.py), streams text through ``AnswerStream`` (UTF-8 safe,
  never shows a stop string) and checks the cancel event between tokens.

One ``LLM`` serves one session at a time; a session that finds another one used the LLM since
its last call starts over from an empty cache (correct, just slower). Not thread-safe: call a
session from one worker thread; only ``cancel`` may be set from another thread.
"""

from __future__ import annotations

import codecs
import ctypes
import logging
import os
import dataclasses
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

import llama_cpp
import numpy as np

from skingpt_desktop.core.conversation import (
    AnswerStream, ConversationFormat, ImageSlot, Segment, TextSegment, Turn,
    get_format, render_continuation, render_prompt,
)
from skingpt_desktop.core.errors import GGUFFormatError, PackError, SkinGPTError
from skingpt_desktop.core.sampling import GenerationSettings, Sampler, softmax

__all__ = ["LLM", "ChatSession", "Answer", "GenerationSettings", "ContextWindowError",
           "TokenConstraint"]

if TYPE_CHECKING:
    from skingpt_desktop.core.speculative import DraftModel

log = logging.getLogger(__name__)
_native_log = logging.getLogger("skingpt_desktop.llama_cpp")


@llama_cpp.llama_log_callback
def native_log_callback(level: int, text: bytes, user_data: ctypes.c_void_p) -> None:
    # llama.cpp reports load details and warnings; keep them out of the console, available at
    # debug level. It never logs prompt text in the calls used here.
    if _native_log.isEnabledFor(logging.DEBUG):
        _native_log.debug("%s", text.decode("utf-8", "replace").rstrip("\n"))


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
        batch.pos[i] = pos + i
        batch.n_seq_id[i] = 1
        batch.seq_id[i][0] = 0
        batch.logits[i] = 0
    batch.logits[n - 1] = int(want_logits)
    batch.n_tokens = n


def build_has_amx() -> bool:
    """True when this llama.cpp build carries its AMX matrix kernels (native builds on AMX CPUs)."""
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
        llama_cpp.llama_log_set(native_log_callback, ctypes.c_void_p(0))
        llama_cpp.llama_backend_init()
        self._model = self._ctx = None
        self._batch: llama_cpp.llama_batch | None = None
        self._load_model(n_gpu_layers, tuple(architectures))
        self.n_embd: int = llama_cpp.llama_model_n_embd(self._model)
        self.n_ctx_train: int = llama_cpp.llama_model_n_ctx_train(self._model)
        self.notice = ""  # why the context differs from the one asked for ("" when it does not)
        if 0 < self.n_ctx_train < n_ctx:
            self.notice = (f"The context was lowered from {n_ctx} to {self.n_ctx_train} tokens: "
                           f"{self.path.name} was trained for {self.n_ctx_train}.")
            n_ctx = self.n_ctx_train
        threads = n_threads or max(1, (os.cpu_count() or 2) // 2)
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
            raise GGUFFormatError(f"llama.cpp could not load the LLM file {self.path.name} (not a supported GGUF model).")
        arch = self.metadata("general.architecture")
        if arch not in architectures:
            self.close()
            expected = " or ".join(repr(a) for a in architectures)
            raise GGUFFormatError(f"LLM file {self.path.name} has architecture {arch!r}, expected {expected}.")

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
        return self._model

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
        b = self._batch
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
        b = self._batch
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
                        causal: bool = True) -> None:
        """Evaluate embedding rows ``embd`` (n, n_embd) float32 at positions ``pos``...

        This is how the projected image enters the model: the rows take the place of token
        embeddings (``llama_batch.embd``), each at its own position. ``causal`` False lets the
        rows attend to each other both ways (Gemma 3's image tokens), for this batch only.
        """
        rows = np.ascontiguousarray(embd, dtype=np.float32)
        n = rows.shape[0]
        if rows.ndim != 2 or rows.shape[1] != self.n_embd or not 0 < n <= self.n_batch:
            raise ValueError(f"eval_embeddings takes (1..{self.n_batch}, {self.n_embd}) rows, got {rows.shape}")
        b = llama_cpp.llama_batch_init(n, self.n_embd, 1)
        try:
            ctypes.memmove(b.embd, rows.ctypes.data, rows.nbytes)
            _place(b, n, pos, want_logits)
            if not causal:
                llama_cpp.llama_set_causal_attn(self._ctx, False)
            self._decode(b, n)
        finally:
            if not causal:
                llama_cpp.llama_set_causal_attn(self._ctx, True)
            llama_cpp.llama_batch_free(b)

    @contextmanager
    def abort_when(self, event: threading.Event | None) -> Iterator[None]:
        """While inside, a set ``event`` stops ``llama_decode`` between graph nodes."""
        self._abort.event = event
        try:
            yield
        finally:
            self._abort.event = None

    def _decode(self, batch: llama_cpp.llama_batch, n: int) -> None:
        rc = llama_cpp.llama_decode(self._ctx, batch)
        if rc == DECODE_ABORTED and self._abort.event is not None and self._abort.event.is_set():
            self.truncate(batch.pos[0])  # drop whatever part of the batch reached the cache
            raise _DecodeAborted()
        if rc != 0:
            raise _DecodeError(f"llama.cpp could not evaluate {n} tokens (llama_decode returned {rc}).")

    def logits(self) -> np.ndarray:
        """Copy of the logits (n_vocab,) float32 of the last evaluated item that asked for them."""
        ptr = llama_cpp.llama_get_logits_ith(self._ctx, -1)
        if not ptr:
            raise SkinGPTError("no logits available: nothing has been evaluated yet.")
        return np.ctypeslib.as_array(ptr, shape=(self.n_vocab,)).copy()


# --- chat session ------------------------------------------------------------------------

StopReason = str  # "stop_string" | "eos" | "max_tokens" | "cancelled"


@dataclass(frozen=True)
class Answer:
    """One generated answer and what it cost.

    ``prompt_tokens_evaluated``: items evaluated before generation (new text tokens plus image
    rows if the image had to be evaluated); ``generated_tokens``: tokens sampled, including the
    one that completed a stop string or was EOS; ``dropped_turns``: oldest turns outside the
    context window after this question; ``seed``: the seed the sampler used.
    """

    text: str
    stop_reason: StopReason
    prompt_tokens_evaluated: int
    generated_tokens: int
    prompt_ms: float
    generation_ms: float
    seed: int
    dropped_turns: int
    draft_proposed: int = 0  # tokens a draft model proposed (speculative decoding)
    draft_accepted: int = 0  # of those, the ones the model kept

    @property
    def draft_acceptance(self) -> float | None:
        """Share of the draft's proposals the model kept; None without a draft."""
        return self.draft_accepted / self.draft_proposed if self.draft_proposed else None

    @property
    def tokens_per_s(self) -> float:
        """Generation speed (sampled tokens per second of generation time)."""
        return self.generated_tokens / (self.generation_ms / 1000.0) if self.generation_ms > 0 else 0.0


def _common_prefix(a: Sequence[int], b: Sequence[int]) -> int:
    n = min(len(a), len(b))
    for i in range(n):
        if a[i] != b[i]:
            return i
    return n


class ChatSession:
    """A conversation about one image, with the KV cache kept between questions.

    ``image_embeddings`` (K, n_embd) float32 are the projected image tokens (None: text only).
    ``turns`` restores an earlier conversation (it is evaluated on the first question).
    """

    def __init__(self, llm: LLM, fmt: ConversationFormat | str, image_embeddings: np.ndarray | None,
                 turns: Sequence[Turn] = (), image_causal: bool = True,
                 draft: "DraftModel | None" = None) -> None:
        self.llm = llm
        self.format = get_format(fmt) if isinstance(fmt, str) else fmt
        self.image = None if image_embeddings is None else self._checked_image(image_embeddings)
        self.image_causal = image_causal  # False: the image rows attend to each other both ways
        self.draft = draft  # proposes tokens for speculative decoding (core/speculative.py)
        self.turns: list[Turn] = list(turns)
        self._window_start = 0  # index of the oldest turn still in the context window
        self._context: list[int] = []  # items of the conversation so far, as the model saw/wrote them
        self._carry = ""  # answer text not covered by kept tokens (appended before the next question)
        self._kv: list[int] = []  # items in llama.cpp's cache, position by position
        self._n_generated = 0
        self.last_prompt_items: tuple[int, ...] = ()
        self.last_answer: Answer | None = None

    def _checked_image(self, embd: np.ndarray) -> np.ndarray:
        arr = np.asarray(embd)
        if arr.ndim != 2 or arr.shape[0] < 1 or arr.shape[1] != self.llm.n_embd:
            raise PackError(
                f"image embeddings have shape {arr.shape}, expected (K, {self.llm.n_embd}): the vision "
                f"projection width must equal the LLM's n_embd."
            )
        if arr.shape[0] > self.llm.n_batch:
            raise PackError(f"{arr.shape[0]} image embeddings exceed the batch size {self.llm.n_batch}.")
        arr = np.ascontiguousarray(arr, dtype=np.float32)
        if not np.isfinite(arr).all():
            raise PackError("image embeddings contain NaN or infinite values.")
        return arr

    # --- read-only views for callers and tests ----------------------------------------------
    @property
    def kv_items(self) -> tuple[int, ...]:
        """What the KV cache holds: token ids, image rows as -1 - row."""
        return tuple(self._kv)

    @property
    def window_start(self) -> int:
        """How many of the oldest turns have fallen out of the context window."""
        return self._window_start

    @property
    def n_generated(self) -> int:
        """Tokens sampled so far for the answer in progress (or the last answer)."""
        return self._n_generated

    # --- planning -------------------------------------------------------------------------
    def _items(self, segments: Sequence[Segment], continuation: bool = False) -> list[int]:
        """Items for rendered segments. Every text segment is tokenized on its own, like the
        reference; in a continuation the first one joins the text before it (no dummy space)."""
        items: list[int] = []
        for i, seg in enumerate(segments):
            if isinstance(seg, ImageSlot):
                if self.image is None:
                    raise SkinGPTError("the conversation format asks for an image but the session has none.")
                items += [-1 - r for r in range(self.image.shape[0])]
                continue
            assert isinstance(seg, TextSegment)
            if seg.bos:
                items.append(self.llm.bos_id)
            if seg.text:
                join = continuation and i == 0 and not seg.bos
                items += (self.llm.tokenize_continuation(seg.text, seg.special) if join
                          else self.llm.tokenize(seg.text, special=seg.special))
            if seg.eos:
                items.append(self.llm.eos_id)
        return items

    def _plan(self, question: str, reserve: int) -> tuple[list[int], int]:
        """Items of the prompt for ``question`` and the window start they imply.

        Reuses the conversation as it is in context when the new prompt plus ``reserve`` tokens
        fit; otherwise renders afresh, dropping the oldest turns until it fits.
        """
        budget = self.llm.n_ctx - reserve
        if self._context:
            cont = render_continuation(self.format, question)
            first = cont[0]
            if self._carry and isinstance(first, TextSegment):
                cont = [TextSegment(self._carry + first.text, first.bos, first.eos), *cont[1:]]
            items = self._context + self._items(cont, continuation=True)
            if len(items) <= budget:
                return items, self._window_start
        has_image = self.image is not None
        for start in range(self._window_start, len(self.turns) + 1):
            items = self._items(render_prompt(self.format, self.turns[start:], question, has_image))
            if len(items) <= budget:
                return items, start
        raise ContextWindowError(
            f"the question does not fit: system text, image and question need {len(items)} tokens, "
            f"and with {reserve} tokens reserved for the answer the {self.llm.n_ctx}-token context "
            f"window leaves {budget}. Shorten the question, lower max_new_tokens or raise n_ctx."
        )

    # --- evaluation -----------------------------------------------------------------------
    def _sync(self, items: list[int], cancel: threading.Event | None) -> tuple[int, bool]:
        """Make the cache hold ``items``: keep the common prefix, evaluate the rest.

        Returns (items evaluated, completed). Stops between batches when ``cancel`` is set.
        """
        llm = self.llm
        if llm.owner is not self:
            llm.clear()
            llm.owner, self._kv = self, []
        keep = _common_prefix(self._kv, items)
        if keep == len(items):
            keep -= 1  # re-evaluate the last item: its logits are needed
        try:
            llm.truncate(keep)
            self._kv = self._kv[:keep]
            pos = keep
            with llm.abort_when(cancel):
                while pos < len(items):
                    if cancel is not None and cancel.is_set():
                        return pos - keep, False
                    pos = self._eval_run(items, pos)
        except _DecodeAborted:  # Stop during a batch: the cache holds the batches before it
            return pos - keep, False
        except _DecodeError:
            llm.clear()
            self._kv = []
            raise
        return len(items) - keep, True

    def _eval_run(self, items: list[int], pos: int) -> int:
        """Evaluate one batch of same-kind items starting at ``pos``; return the next position."""
        image_row = items[pos] < 0
        end = pos
        while end < len(items) and end - pos < self.llm.n_batch and (items[end] < 0) == image_row:
            end += 1
        last = end == len(items)
        if image_row:
            rows = [-1 - r for r in items[pos:end]]
            self.llm.eval_embeddings(self.image[rows], pos, want_logits=last,
                                     causal=self.image_causal)
        else:
            self.llm.eval_tokens(items[pos:end], pos, want_logits=last)
        self._kv += items[pos:end]
        return end

    def _eval_all(self, tokens: Sequence[int]) -> np.ndarray:
        """Evaluate ``tokens`` at the end of the cache; the logits after each, (n, n_vocab)."""
        try:
            rows = self.llm.eval_tokens_all(tokens, len(self._kv))
        except _DecodeError:
            self.llm.clear()
            self._kv = []
            raise
        self._kv += list(tokens)
        return rows

    def _cut(self, n_keep: int) -> None:
        """Drop cached items from position ``n_keep`` on (rejected draft tokens)."""
        if n_keep < len(self._kv):
            self.llm.truncate(n_keep)
            self._kv = self._kv[:n_keep]

    def _eval_one(self, token: int) -> None:
        """Evaluate a generated token at the end of the cache."""
        try:
            self.llm.eval_tokens([token], len(self._kv))
        except _DecodeError:
            self.llm.clear()
            self._kv = []
            raise
        self._kv.append(token)

    # --- public API -----------------------------------------------------------------------
    def first_token_distribution(self, question: str) -> np.ndarray:
        """Probabilities (n_vocab,) of the first answer token for ``question`` (temperature 1,
        no filtering). The conversation is unchanged; the evaluated prompt stays cached."""
        items, _ = self._plan(question, reserve=1)
        n, _ = self._sync(items, None)
        self.last_prompt_items = tuple(items[len(items) - n:])
        return softmax(self.llm.logits())

    def room_for_answer(self, question: str) -> int:
        """Tokens an answer to ``question`` may have while every turn still in the context
        window stays there (0: older turns would have to be dropped for any answer)."""
        try:
            items, start = self._plan(question, reserve=0)
        except ContextWindowError:
            return 0
        return max(0, self.llm.n_ctx - len(items)) if start == self._window_start else 0

    def ask(self, question: str, settings: GenerationSettings | None = None,
            on_token: Callable[[str], None] | None = None, cancel: threading.Event | None = None,
            constraint: TokenConstraint | None = None) -> Answer:
        """Answer ``question``; ``on_token`` receives text pieces as they become certain;
        ``constraint`` (optional) restricts the tokens, e.g. to a grammar."""
        for piece in self.stream(question, settings, cancel, constraint):
            if on_token is not None:
                on_token(piece)
        assert self.last_answer is not None
        return self.last_answer

    def stream(self, question: str, settings: GenerationSettings | None = None,
               cancel: threading.Event | None = None,
               constraint: TokenConstraint | None = None) -> Iterator[str]:
        """Like ``ask`` but yields the text pieces; the ``Answer`` is in ``last_answer`` after
        the iterator ends. Closing the iterator early counts as cancelling."""
        settings = settings or GenerationSettings()
        settings.validate(self.llm.n_vocab)
        items, window_start = self._plan(question, settings.max_new_tokens)
        t0 = time.perf_counter()
        n_prompt, complete = self._sync(items, cancel)
        self.last_prompt_items = tuple(items[len(items) - n_prompt:])
        prompt_ms = (time.perf_counter() - t0) * 1000.0
        run = _Generation(self, settings, constraint)
        outcome = "error"
        try:
            if complete:
                yield from run.loop(cancel)
            else:
                run.reason = "cancelled"
            outcome = "done"
            tail = run.stream.finish()
            if tail:
                yield tail
        except GeneratorExit:  # the caller stopped iterating: a cancel
            if outcome != "done":
                run.reason, outcome = "cancelled", "done"
            raise
        finally:
            if outcome == "done":
                self._finish(question, items, window_start, run, n_prompt, prompt_ms)
            else:  # an error: record no turn; the next question is planned from what is cached
                self._context, self._carry = [], ""

    def _finish(self, question: str, items: list[int], window_start: int, run: _Generation,
                n_prompt: int, prompt_ms: float) -> None:
        """Record the turn and what the context now holds (also after cancel or an error)."""
        text = run.stream.answer()
        if self._kv[: len(items)] == items:
            kept, carry = self._kept_tokens(run)
            self._context, self._carry = items + kept, carry
        else:  # the prompt was not fully evaluated (cancelled or failed): render afresh next time
            self._context, self._carry = [], ""
        self.turns.append(Turn(question, text))
        self._window_start = window_start
        self.last_answer = Answer(
            text=text, stop_reason=run.reason, prompt_tokens_evaluated=n_prompt,
            generated_tokens=len(run.generated), prompt_ms=prompt_ms,
            generation_ms=run.elapsed_ms, seed=run.sampler.seed, dropped_turns=window_start,
            draft_proposed=run.draft_proposed, draft_accepted=run.draft_accepted,
        )

    def _kept_tokens(self, run: _Generation) -> tuple[list[int], str]:
        """Generated tokens that spell the answer as it stays in context, plus uncovered text.

        The context keeps the body before the stop string with trailing whitespace removed
        (leading whitespace is kept as generated). Tokens are kept while their text stays inside
        that body and ends on a character boundary; what they do not cover (a token that ran
        into the stop string) is carried as text and tokenized with the next question.
        """
        target = run.stream.body().rstrip()
        decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")  # as AnswerStream decodes
        text, n_tokens, kept_text, kept_n = "", 0, "", 0
        for tok in run.generated:
            if self.llm.is_eog(tok):
                break
            text += decoder.decode(self.llm.token_bytes(tok))
            if len(text) > len(target):
                break
            n_tokens += 1
            if not decoder.getstate()[0]:  # no partial UTF-8 character pending
                kept_text, kept_n = text, n_tokens
        return run.generated[:kept_n], target[len(kept_text):]


class _Generation:
    """The token loop of one answer: sample, stream, stop, evaluate."""

    def __init__(self, session: ChatSession, settings: GenerationSettings,
                 constraint: TokenConstraint | None = None) -> None:
        self.session = session
        self.settings = settings
        self.constraint = constraint
        self.sampler = Sampler(settings, session.llm.eos_id)
        # A constrained answer ends by its constraint; its text may contain the stop strings.
        fmt = session.format if constraint is None else dataclasses.replace(session.format, stop_strings=())
        self.stream = AnswerStream(fmt)
        self.generated: list[int] = []
        self.reason: StopReason = "max_tokens"
        self.elapsed_ms = 0.0
        self.draft_proposed = self.draft_accepted = 0
        # A constrained answer is checked token by token: no draft for it.
        self.draft = session.draft if constraint is None else None
        session._n_generated = 0

    def cancelled(self, cancel: threading.Event | None) -> bool:
        """True (and the reason recorded) when ``cancel`` is set."""
        if cancel is not None and cancel.is_set():
            self.reason = "cancelled"
            return True
        return False

    def take(self, tok: int) -> tuple[str, bool]:
        """Add a chosen token to the answer: (the text it makes certain, whether the answer
        ends with it: end of generation, a stop string or the length limit)."""
        s = self.session
        self.generated.append(tok)
        s._n_generated = len(self.generated)
        if s.format.stop_on_eos and s.llm.is_eog(tok):
            self.reason = "eos"
            return "", True
        piece = self.stream.feed(s.llm.token_bytes(tok))
        if self.stream.stopped:
            self.reason = "stop_string"
            return piece, True
        return piece, len(self.generated) >= self.settings.max_new_tokens

    def loop(self, cancel: threading.Event | None) -> Iterator[str]:
        s, llm = self.session, self.session.llm
        t0 = time.perf_counter()
        try:
            if self.draft is not None:
                from skingpt_desktop.core.speculative import speculative_loop
                yield from speculative_loop(self, self.draft, cancel)
                return
            while not self.cancelled(cancel):
                piece, done = self.take(self._next_token(llm.logits()))
                if piece:
                    yield piece
                if done or self.cancelled(cancel):
                    return
                s._eval_one(self.generated[-1])
        finally:
            self.elapsed_ms = (time.perf_counter() - t0) * 1000.0

    def _next_token(self, logits: np.ndarray) -> int:
        """Sample the next token, within the constraint if there is one."""
        if self.constraint is None:
            return self.sampler.choose(logits, self.generated)
        tok = self.sampler.choose(self.constraint.mask(logits), self.generated)
        self.constraint.accept(tok)
        return tok
