"""Speculative decoding: a small draft model (or the conversation itself) proposes tokens, the
pack's model checks them.

Decoding a 13B model on a CPU is bound by reading its weights once per token. A draft model
with the same vocabulary (TinyLlama for Llama-2) proposes ``k`` tokens; the model evaluates its
pending token and all ``k`` proposals as one batch (about the cost of one token when memory-bound)
and keeps the proposals it agrees with, plus one token of its own. Per round:

    pending token t (chosen, not yet evaluated)
    draft: d1..dk = greedy continuation of the text so far + t      (its own llama.cpp context)
    model: evaluate [t, d1..dk] -> logits after each                 (one batch)
    for each di: the model's choice c from the logits before di (``Sampler.verify``)
                 c == di: keep it and go on; otherwise keep c, drop di.. from the cache, stop
    all kept: the next token comes from the logits after dk

The draft sees only the text (no image: the model does). Greedy mode therefore gives the tokens
the model alone would give; in sampling mode ``Sampler.verify`` applies speculative sampling's
accept/reject rule, so answers follow the model's own distribution. Every kept token goes
through the answer's one ``take`` (streaming, stop strings, end of generation, length limit)
and Stop is checked between tokens, so it acts within one token as without a draft. ``k``
adapts to the recent acceptance: up after a round fully accepted, down to what was accepted;
when the draft keeps being wrong the answer finishes without it.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence

import numpy as np

from skingpt_desktop.core.errors import PackError

K_START, K_MIN, K_MAX = 4, 1, 8
# Below this share of kept proposals (after GIVE_UP_AFTER of them) the answer goes on without
# the draft: checking a proposal costs more than it saves (break-even measured on a 2-core CPU,
# docs/performance.md).
GIVE_UP_ACCEPTANCE, GIVE_UP_AFTER = 0.4, 16


def next_k(k: int, accepted: int, proposed: int) -> int:
    """How many tokens to propose next round: one more after a fully accepted round, else
    what was accepted and one."""
    return min(K_MAX, k + 1) if accepted == proposed else max(K_MIN, accepted + 1)


class DraftModel:
    """A small model (an :class:`~skingpt_desktop.core.llm.llm.LLM`) that proposes tokens.

    It must share the target's vocabulary token for token (checked here: the same count, the
    same bytes for every token, the same BOS and EOS), or its proposals would mean other text.
    """

    def __init__(self, llm, target) -> None:
        check_same_vocabulary(llm, target)
        self.llm = llm
        self.name = llm.path.name  # what the timing line and ask --json name
        self.k = K_START
        self._kv: list[int] = []  # tokens in the draft's cache, position by position

    def propose(self, context: Sequence[int], k: int,
                cancel: threading.Event | None = None) -> list[int]:
        """Up to ``k`` greedy tokens continuing ``context`` (text tokens of the conversation)."""
        self._sync(list(context))
        proposals: list[int] = []
        for i in range(k):
            if cancel is not None and cancel.is_set():
                break
            proposals.append(int(np.argmax(self.llm.logits())))
            if i < k - 1:
                self.llm.eval_tokens([proposals[-1]], len(self._kv))
                self._kv.append(proposals[-1])
        return proposals

    def _sync(self, context: list[int]) -> None:
        """Make the draft's cache hold ``context``: keep the common prefix, evaluate the rest."""
        keep = 0
        for a, b in zip(self._kv, context, strict=False):  # the common prefix
            if a != b:
                break
            keep += 1
        keep = min(keep, len(context) - 1)  # the last token is evaluated again for its logits
        self.llm.truncate(keep)
        self._kv = self._kv[:keep]
        n_batch = self.llm.n_batch
        for start in range(keep, len(context), n_batch):
            chunk = context[start:start + n_batch]
            self.llm.eval_tokens(chunk, start)
            self._kv += chunk

    def adapt(self, accepted: int, proposed: int) -> None:
        """Next round's ``k`` (:func:`next_k`)."""
        self.k = next_k(self.k, accepted, proposed)

    def close(self) -> None:
        """Free the draft model."""
        self.llm.close()


class PromptLookup:
    """Drafting without a model: the tokens that followed the latest earlier occurrence of the
    conversation's last n tokens (n from NGRAM_MAX down to 1) are proposed. Answers that quote
    the question or repeat an earlier answer's wording get them for the cost of the check; the
    give-up rule drops it for an answer where it keeps missing."""

    NGRAM_MAX = 3
    name = "prompt lookup"

    def __init__(self) -> None:
        self.k = K_START

    def propose(self, context: Sequence[int], k: int,
                cancel: threading.Event | None = None) -> list[int]:
        """Up to ``k`` tokens that followed the last n-gram of ``context`` earlier in it."""
        tokens = list(context)
        for n in range(min(self.NGRAM_MAX, len(tokens) - 1), 0, -1):
            tail = tokens[-n:]
            for start in range(len(tokens) - n - 1, -1, -1):  # latest earlier occurrence first
                if tokens[start:start + n] == tail:
                    return tokens[start + n:start + n + k]
        return []

    def adapt(self, accepted: int, proposed: int) -> None:
        """Next round's ``k``, as a draft model's."""
        self.k = next_k(self.k, accepted, proposed)

    def close(self) -> None:
        """Nothing to free."""


def check_same_vocabulary(draft, target) -> None:
    """PackError unless ``draft`` and ``target`` tokenize identically (compared token by token)."""
    if draft.n_vocab != target.n_vocab:
        raise PackError(f"the draft model {draft.path.name} has {draft.n_vocab} tokens, the model "
                        f"{target.n_vocab}: a draft needs the same vocabulary")
    if (draft.bos_id, draft.eos_id) != (target.bos_id, target.eos_id):
        raise PackError(f"the draft model {draft.path.name} has other BOS/EOS tokens than the "
                        "model: a draft needs the same vocabulary")
    for token in range(target.n_vocab):
        if draft.token_bytes(token) != target.token_bytes(token):
            raise PackError(f"the draft model {draft.path.name} differs from the model at token "
                            f"{token}: a draft needs the same vocabulary")


def speculative_loop(run, draft: DraftModel | PromptLookup,
                     cancel: threading.Event | None) -> Iterator[str]:
    """The answer's token loop with a draft (``run`` is the answer's ``_Generation``)."""
    session = run.session
    row, pending = session.llm.logits(), None
    while True:
        if pending is None:
            if run.cancelled(cancel):
                return
            pending = run._next_token(row)
            piece, done = run.take(pending)
            if piece:
                yield piece
            if done:
                return
        if run.cancelled(cancel):
            return
        # No more proposals than the answer may still take or the context window still holds.
        k = min(draft.k, run.settings.max_new_tokens - len(run.generated),
                session.llm.n_ctx - len(session._kv) - 1)
        text = [item for item in session._kv if item >= 0] + [pending]
        proposals = draft.propose(text, k, cancel) if k > 0 else []
        base = len(session._kv)
        rows = session._eval_all([pending, *proposals])  # (1 + k, n_vocab)
        pending, accepted, finished = None, 0, False
        for j, proposed in enumerate(proposals):
            if run.cancelled(cancel):
                session._cut(base + 1 + j)
                finished = True
                break
            token = run.sampler.verify(rows[j], run.generated, proposed)
            piece, done = run.take(token)
            if piece:
                yield piece
            if token != proposed:  # the model's own token: the rest of the proposals go
                session._cut(base + 1 + j)
                pending, finished = (None, True) if done else (token, False)
                break
            accepted += 1
            if done:
                session._cut(base + 2 + j)
                finished = True
                break
        else:
            row = rows[len(proposals)]
        run.draft_proposed += len(proposals)
        run.draft_accepted += accepted
        draft.adapt(accepted, len(proposals))
        if finished:
            return
        if run.draft_proposed >= GIVE_UP_AFTER and \
                run.draft_accepted < GIVE_UP_ACCEPTANCE * run.draft_proposed:
            yield from _without_draft(run, row, pending, cancel)
            return


def _without_draft(run, row, pending: int | None,
                   cancel: threading.Event | None) -> Iterator[str]:
    """The rest of the answer token by token: ``pending`` (chosen, not evaluated) or the next
    token from ``row``, then the plain loop."""
    session = run.session
    if pending is not None:
        if run.cancelled(cancel):
            return
        session._eval_one(pending)
        row = session.llm.logits()
    while not run.cancelled(cancel):
        piece, done = run.take(run._next_token(row))
        if piece:
            yield piece
        if done or run.cancelled(cancel):
            return
        session._eval_one(run.generated[-1])
        row = session.llm.logits()
