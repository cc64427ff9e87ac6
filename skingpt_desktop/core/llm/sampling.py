"""Next-token selection in numpy, with Hugging Face ``generate`` semantics.

The reference calls ``generate(inputs_embeds=..., do_sample=True, top_p=0.9, temperature=1.0,
repetition_penalty=1.0, min_length=1, max_new_tokens=300)``. Because it passes embeddings and
no ``input_ids``, Hugging Face's ``input_ids`` hold only the generated tokens, which has two
consequences reproduced here: the repetition penalty looks at generated tokens only, and
``min_length=1`` forbids EOS as the very first token. ``top_k`` is not passed, so the
generation-config default of 50 applies.

Processing order (as in transformers): logit bias -> repetition penalty -> EOS ban while
shorter than ``min_new_tokens`` -> [sampling only] temperature -> top-k -> top-p -> draw.
Deterministic mode takes the arg-max after the first three steps (greedy search).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

from skingpt_desktop.core.errors import InvalidNumbersError, SkinGPTError

MAX_SEED = 2**64 - 1  # numpy's generators take any non-negative integer; 64 bits is plenty


@dataclass(frozen=True)
class GenerationSettings:
    """How an answer is generated. Defaults are the reference demo's settings.

    ``seed`` None draws a fresh seed per answer (reported in ``Answer.seed``); a fixed seed
    repeats sampled answers exactly. ``deterministic`` switches to greedy decoding.
    ``logit_bias`` adds a constant to the logit of the given token ids (``-inf`` bans a token).
    """

    temperature: float = 1.0
    top_p: float = 0.9
    top_k: int = 50
    repetition_penalty: float = 1.0
    max_new_tokens: int = 300
    min_new_tokens: int = 1
    seed: int | None = None
    deterministic: bool = False
    logit_bias: Mapping[int, float] = field(default_factory=dict)

    def validate(self, n_vocab: int | None = None) -> None:
        """Raise ``SkinGPTError`` naming the first setting that is out of range."""
        checks = (
            ("temperature", self.temperature > 0, "must be greater than 0"),
            ("top_p", 0 < self.top_p <= 1, "must be in (0, 1]"),
            ("top_k", self.top_k >= 0, "must be 0 (off) or positive"),
            ("repetition_penalty", self.repetition_penalty > 0, "must be greater than 0"),
            ("max_new_tokens", self.max_new_tokens >= 1, "must be at least 1"),
            ("min_new_tokens", self.min_new_tokens >= 0, "must not be negative"),
            ("seed", self.seed is None or 0 <= self.seed <= MAX_SEED,
             f"must be between 0 and {MAX_SEED}"),
        )
        for name, ok, why in checks:
            if not ok:
                raise SkinGPTError(f"generation setting {name} = {getattr(self, name)!r} {why}.")
        if n_vocab is not None:
            bad = [t for t in self.logit_bias if not 0 <= int(t) < n_vocab]
            if bad:
                raise SkinGPTError(f"generation setting logit_bias names token {bad[0]}, "
                                   f"outside 0..{n_vocab - 1}.")


def check_logits(scores: np.ndarray, where: str = "logits") -> None:
    """Raise :class:`InvalidNumbersError` unless ``scores`` can be sampled from: no NaN, no
    ``+inf``, and at least one finite value (``-inf`` marks a banned token and is allowed)."""
    s = np.asarray(scores)
    if s.size == 0 or np.isnan(s).any() or np.isposinf(s).any() or not np.isfinite(s).any():
        raise InvalidNumbersError(f"NaN or infinity in the {where}")


def softmax(scores: np.ndarray) -> np.ndarray:
    """Probabilities from logits, in float64; ``-inf`` entries get probability 0.

    NaN, ``+inf`` or nothing finite raise :class:`InvalidNumbersError` (a damaged model)
    rather than returning NaN probabilities."""
    s = np.asarray(scores, dtype=np.float64)
    check_logits(s)
    e = np.exp(s - np.max(s))
    return e / e.sum()


def apply_repetition_penalty(scores: np.ndarray, previous: Sequence[int], penalty: float) -> None:
    """HF rule, in place: each distinct previous token's logit is divided by ``penalty`` if
    positive and multiplied by it if negative (once per token, however often it occurred)."""
    if penalty == 1.0 or not previous:
        return
    ids = np.unique(np.asarray(previous, dtype=np.int64))
    vals = scores[ids]
    scores[ids] = np.where(vals < 0, vals * penalty, vals / penalty)


def top_k_filter(scores: np.ndarray, k: int) -> np.ndarray:
    """Keep the ``k`` largest scores (ties at the k-th value kept, as in HF); others -> -inf."""
    if k <= 0 or k >= scores.size:
        return scores
    kth = np.partition(scores, -k)[-k]
    return np.where(scores < kth, -np.inf, scores)


def top_p_filter(scores: np.ndarray, p: float) -> np.ndarray:
    """Nucleus filter with HF's rule: drop the low tail whose total probability is <= 1 - p,
    always keeping the most likely token."""
    if p >= 1.0:
        return scores
    order = np.argsort(scores, kind="stable")  # ascending, like HF's sort
    cum = np.cumsum(softmax(scores[order]))
    remove = cum <= (1.0 - p)
    remove[-1] = False
    out = scores.copy()
    out[order[remove]] = -np.inf
    return out


class Sampler:
    """Chooses tokens for one answer; owns the answer's random generator."""

    def __init__(self, settings: GenerationSettings, eos_id: int) -> None:
        self.settings = settings
        self.eos_id = eos_id
        entropy = np.random.SeedSequence().entropy  # one int: the sequence was made without one
        assert isinstance(entropy, int)
        self.seed = settings.seed if settings.seed is not None else entropy % 2**32
        self._rng = np.random.default_rng(self.seed)
        bias = settings.logit_bias
        self._bias_ids = np.fromiter(bias.keys(), dtype=np.int64, count=len(bias))
        self._bias_vals = np.fromiter(bias.values(), dtype=np.float64, count=len(bias))

    def scores(self, logits: np.ndarray, generated: Sequence[int]) -> np.ndarray:
        """Logits after bias, repetition penalty and the early-EOS ban (float64 copy)."""
        s = np.array(logits, dtype=np.float64)
        check_logits(s)  # NaN would make argmax and the draw pick arbitrary tokens
        if self._bias_ids.size:
            s[self._bias_ids] += self._bias_vals
        apply_repetition_penalty(s, generated, self.settings.repetition_penalty)
        if len(generated) < self.settings.min_new_tokens and 0 <= self.eos_id < s.size:
            s[self.eos_id] = -np.inf
        return s

    def verify(self, logits: np.ndarray, generated: Sequence[int], proposed: int) -> int:
        """The next token given a draft's (greedy) proposal: speculative sampling's rule.

        Greedy: the arg-max, as ``choose``. Sampling: ``proposed`` is kept with its probability
        p under this sampler's distribution, otherwise a token is drawn from the distribution
        without it, renormalised. With a draft that proposes one token (probability 1), this
        is the accept/reject rule whose output follows this sampler's distribution exactly.
        """
        if self.settings.deterministic:
            return self.choose(logits, generated)
        kept, probs = self._distribution(logits, generated)
        where = np.flatnonzero(kept == proposed)
        p_proposed = float(probs[where[0]]) if where.size else 0.0
        if self._rng.random() < p_proposed:
            return proposed
        rest = probs.copy()
        if where.size:
            rest[where[0]] = 0.0
        if rest.sum() <= 0.0:  # the proposal held all the mass: nothing else to draw
            return proposed
        cum = np.cumsum(rest)
        pick = min(int(np.searchsorted(cum, self._rng.random() * cum[-1], side="right")),
                   kept.size - 1)
        return int(kept[pick])

    def _distribution(self, logits: np.ndarray, generated: Sequence[int]
                      ) -> tuple[np.ndarray, np.ndarray]:
        """(token ids, their probabilities) after temperature, top-k and top-p."""
        s = self.scores(logits, generated) / self.settings.temperature
        kept = np.flatnonzero(np.isfinite(top_k_filter(s, self.settings.top_k)))
        return kept, softmax(top_p_filter(s[kept], self.settings.top_p))

    def choose(self, logits: np.ndarray, generated: Sequence[int]) -> int:
        """The next token id given the last logits row (n_vocab,) and the tokens so far."""
        s = self.scores(logits, generated)
        if self.settings.deterministic:
            return int(np.argmax(s))
        s = s / self.settings.temperature
        # Work on the tokens that survive top-k (50 of 32,000): same result, a fraction of the cost.
        kept = np.flatnonzero(np.isfinite(top_k_filter(s, self.settings.top_k)))
        vals = top_p_filter(s[kept], self.settings.top_p)
        cum = np.cumsum(softmax(vals))
        # Inverse-CDF draw: one uniform number per token keeps a seeded run reproducible.
        pick = min(int(np.searchsorted(cum, self._rng.random() * cum[-1], side="right")), vals.size - 1)
        return int(kept[pick])
