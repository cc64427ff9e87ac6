"""A conversation about one image on an ``LLM``, with the KV cache kept between questions.

- the prompt is rendered by ``conversation.py`` into text segments and an image slot; text is
  tokenized and evaluated with ``llama_decode``, the K image embeddings (K, n_embd) are evaluated
  as an embedding batch (``llama_batch.embd``) at the image slot's positions;
- a model that places image embeddings with M-RoPE (Qwen2-VL family) gets the image's
  ``ImageLayout`` too: the K rows then take ``n_pos`` < K positions, each row with the four
  position numbers libmtmd gave it (image_layout.py);
- the KV cache is kept between turns. The session tracks what the cache holds, position by
  position, as a list of *items*: a token id (>= 0) or an image position (-1 - i). Every prompt is
  planned as a full item list; the common prefix with the cache is kept, the cache is cut there
  (``llama_memory_seq_rm``) and only the rest is evaluated. A follow-up question therefore
  evaluates only "###Human: ...###Assistant:", and generated tokens stay as generated;
- when the prompt plus ``max_new_tokens`` would not fit into n_ctx, the oldest turns are dropped
  and the image moves to the oldest kept question (docs/context-window.md);
- generation samples in numpy (sampling.py), streams text through ``AnswerStream`` (UTF-8 safe,
  never shows a stop string) and checks the cancel event between tokens; with a draft it
  speculates (speculative.py).

A session that finds another one used the LLM since its last call starts over from an empty
cache (correct, just slower). Call a session from one worker thread; only ``cancel`` may be set
from another thread.
"""

from __future__ import annotations

import codecs
import dataclasses
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from skingpt_desktop.core.errors import InvalidNumbersError, PackError, SkinGPTError
from skingpt_desktop.core.llm.conversation import (
    AnswerStream,
    ConversationFormat,
    ImageSlot,
    Segment,
    TextSegment,
    Turn,
    get_format,
    render_continuation,
    render_prompt,
)
from skingpt_desktop.core.llm.image_layout import ImageLayout
from skingpt_desktop.core.llm.llm import (
    LLM,
    ContextWindowError,
    TokenConstraint,
    _DecodeAborted,
    _DecodeError,
)
from skingpt_desktop.core.llm.sampling import GenerationSettings, Sampler, softmax

if TYPE_CHECKING:
    from skingpt_desktop.core.llm.speculative import DraftModel, PromptLookup

__all__ = ["ChatSession", "Answer", "StopReason"]


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


def check_text(text: str, what: str) -> str:
    """``text``, or a ``SkinGPTError`` when it cannot be written as UTF-8 (bytes that were not
    UTF-8 on the command line or a pipe arrive as lone surrogates)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise SkinGPTError(f"{what} is not valid text (it holds bytes that are not UTF-8)") \
            from None
    return text


class ChatSession:
    """A conversation about one image, with the KV cache kept between questions.

    ``image_embeddings`` (K, n_embd) float32 are the projected image tokens (None: text only);
    ``image_layout`` their M-RoPE positions for models that need them (None: one position each).
    ``turns`` restores an earlier conversation (it is evaluated on the first question).
    """

    def __init__(self, llm: LLM, fmt: ConversationFormat | str, image_embeddings: np.ndarray | None,
                 turns: Sequence[Turn] = (), image_causal: bool = True,
                 draft: "DraftModel | PromptLookup | None" = None,
                 image_layout: ImageLayout | None = None) -> None:
        self.llm = llm
        self.format = get_format(fmt) if isinstance(fmt, str) else fmt
        self.image_causal = image_causal  # False: the image rows attend to each other both ways
        self.layout = image_layout
        self.image = None if image_embeddings is None else self._checked_image(image_embeddings)
        self.draft = draft  # proposes tokens for speculative decoding (core/llm/speculative.py)
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
        if arr.ndim != 2 or arr.shape[0] < 1 or arr.shape[1] != self.llm.n_embd_inp:
            raise PackError(
                f"image embeddings have shape {arr.shape}, expected (K, {self.llm.n_embd_inp}): the "
                f"vision projection width must equal the LLM's input width."
            )
        if arr.shape[0] > self.llm.n_batch and not self.image_causal:  # one batch: they see each other
            raise PackError(f"{arr.shape[0]} image embeddings exceed the batch size {self.llm.n_batch}.")
        if self.layout is not None and self.layout.n_tokens != arr.shape[0]:
            raise PackError(f"{arr.shape[0]} image embeddings but M-RoPE positions for "
                            f"{self.layout.n_tokens}")
        arr = np.ascontiguousarray(arr, dtype=np.float32)
        if not np.isfinite(arr).all():
            raise InvalidNumbersError("NaN or infinity in the image embeddings")
        return arr

    # --- read-only views for callers and tests ----------------------------------------------
    @property
    def kv_items(self) -> tuple[int, ...]:
        """What the KV cache holds: token ids, image positions as -1 - i (i: the row, or with
        M-RoPE the image's i-th position)."""
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
                items += [-1 - r for r in range(self._image_positions())]
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

    def _image_positions(self) -> int:
        """Positions the image takes: one per row, or its M-RoPE ``n_pos``."""
        assert self.image is not None
        return self.image.shape[0] if self.layout is None else self.layout.n_pos

    def _cells(self, items: Sequence[int]) -> int:
        """KV cache cells ``items`` fill: one per item, but with M-RoPE an image fills one
        cell per row (K) while taking only ``n_pos`` positions."""
        if self.layout is None or -1 not in items:
            return len(items)
        return len(items) + self.layout.n_tokens - self.layout.n_pos

    def _plan(self, question: str, reserve: int) -> tuple[list[int], int]:
        """Items of the prompt for ``question`` and the window start they imply.

        Reuses the conversation as it is in context when the new prompt plus ``reserve`` tokens
        fit; otherwise renders afresh, dropping the oldest turns until it fits.
        """
        check_text(question, "the question")
        budget = self.llm.n_ctx - reserve
        if self._context:
            cont = render_continuation(self.format, question)
            first = cont[0]
            if self._carry and isinstance(first, TextSegment):
                cont = [TextSegment(self._carry + first.text, first.bos, first.eos), *cont[1:]]
            items = self._context + self._items(cont, continuation=True)
            if self._cells(items) <= budget:
                return items, self._window_start
        has_image = self.image is not None
        for start in range(self._window_start, len(self.turns) + 1):
            items = self._items(render_prompt(self.format, self.turns[start:], question, has_image))
            if self._cells(items) <= budget:
                return items, start
        raise ContextWindowError(
            f"the question does not fit: system text, image and question need {self._cells(items)} tokens, "
            f"and with {reserve} tokens reserved for the answer the {self.llm.n_ctx}-token context "
            f"window leaves {budget}. Shorten the question, ask for a shorter answer or choose a "
            "larger context window."
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
        if image_row and self.layout is not None:
            return self._eval_mrope_image(items, pos)
        if image_row:
            if self.image is None:
                raise ValueError("an image position in a conversation without an image")
            rows = [-1 - r for r in items[pos:end]]
            self.llm.eval_embeddings(self.image[rows], pos, want_logits=last,
                                     causal=self.image_causal)
        else:
            self.llm.eval_tokens(items[pos:end], pos, want_logits=last)
        self._kv += items[pos:end]
        return end

    def _eval_mrope_image(self, items: list[int], pos: int) -> int:
        """Evaluate the whole image at ``pos`` with its M-RoPE positions, in batches of rows;
        return the position after it (``pos + n_pos``)."""
        layout = self.layout
        assert layout is not None and self.image is not None
        end = pos + layout.n_pos
        if items[pos] != -1 or items[pos:end] != [-1 - i for i in range(layout.n_pos)]:
            raise ValueError("an M-RoPE image can only be evaluated whole, from its first position")
        k, step = layout.n_tokens, self.llm.n_batch
        for first in range(0, k, step):
            rows = slice(first, min(first + step, k))
            self.llm.eval_embeddings(self.image[rows], pos, want_logits=end == len(items) and rows.stop == k,
                                     causal=self.image_causal, mrope=layout.positions(pos, rows))
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
                from skingpt_desktop.core.llm.speculative import speculative_loop
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
