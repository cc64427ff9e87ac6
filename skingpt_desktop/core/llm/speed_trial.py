"""Whether speculative decoding pays on this computer, measured once per pack and remembered.

Drafting pays only where checking several proposed tokens costs about as much as writing one
(a GPU, fast memory); on the 2-core machine the app is developed on every configuration ran at
0.52-0.97x the speed without it (docs/performance.md). So the app does not guess: with the
setting on "automatic", the first load of a pack with these settings writes the same short
greedy answer twice, without and with the draft, and keeps drafting only when it was at least
``GAIN_NEEDED`` times as fast. Greedy decoding gives the same tokens both ways, so the two runs
differ only in speed. The result is kept in ``speed-trials.json`` in the data folder, keyed like
the probe ledger by the pack's files and the settings that change the speed.
"""

from __future__ import annotations

import hashlib
import json
import threading
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from skingpt_desktop.core.atomic_files import write_atomically
from skingpt_desktop.core.bounded_input import loads_json
from skingpt_desktop.core.llm.chat_session import ChatSession
from skingpt_desktop.core.llm.sampling import GenerationSettings

if TYPE_CHECKING:
    from skingpt_desktop.core.engine import Engine

TRIALS_FILENAME = "speed-trials.json"
TRIAL_QUESTION = "List the usual causes of an itchy red rash on the forearm, one per line."
# Three answers of this many tokens: a few rounds of proposals, and on a 2-core CPU with a 13B
# model (about 2 tokens/s) about 25 s once per pack and settings.
TRIAL_TOKENS = 16
GAIN_NEEDED = 1.10  # drafting must be 10 % faster to be worth its memory
MAX_TRIALS, MAX_TRIALS_BYTES = 64, 64 * 1024


@dataclass(frozen=True)
class DraftTrial:
    """One measurement: generation speed (tokens/s) without and with the draft."""

    plain_tokens_per_s: float
    draft_tokens_per_s: float

    @property
    def gain(self) -> float:
        """Speed with the draft over speed without (above 1: drafting is faster)."""
        return self.draft_tokens_per_s / self.plain_tokens_per_s if self.plain_tokens_per_s else 0.0

    @property
    def worth_it(self) -> bool:
        """Whether the app keeps drafting for this pack on this computer."""
        return self.gain >= GAIN_NEEDED


def _speed(engine: Engine, draft: object, cancel: threading.Event | None) -> float:
    """Tokens per second of a greedy text-only answer of TRIAL_TOKENS tokens."""
    session = ChatSession(engine.llm, engine.format, None, draft=draft)  # type: ignore[arg-type]
    settings = GenerationSettings(deterministic=True, max_new_tokens=TRIAL_TOKENS)
    return session.ask(TRIAL_QUESTION, settings, cancel=cancel).tokens_per_s


def measure_draft_gain(engine: Engine, cancel: threading.Event | None = None) -> DraftTrial:
    """Write the trial answer without and with ``engine.draft`` (which must be set); the plain
    run goes first and last and its faster time counts, so a slow first run (cold caches)
    does not flatter the draft."""
    if engine.draft is None:
        raise ValueError("the engine has no draft to measure")
    plain = _speed(engine, None, cancel)
    drafted = _speed(engine, engine.draft, cancel)
    plain = max(plain, _speed(engine, None, cancel))
    return DraftTrial(plain, drafted)


def trial_key(engine: Engine) -> str:
    """What a trial is valid for: the pack's files (a draft model among them) and the settings
    that change the speed or the kind of draft."""
    import llama_cpp

    files = sorted((f.role, f.sha256) for f in engine.pack.manifest.files)
    s = engine.settings
    knobs = [s.threads, s.gpu_layers, s.n_ctx, str(s.draft)]
    text = json.dumps([files, knobs, llama_cpp.__version__], sort_keys=True, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class TrialLedger:
    """The remembered trials: a small JSON object of key -> speeds, newest last."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def _all(self) -> dict[str, dict]:
        try:
            data = loads_json(self.path.read_bytes(), str(self.path), ValueError,
                              max_bytes=MAX_TRIALS_BYTES)
        except (OSError, ValueError):
            return {}  # none yet, or damaged: measuring again is safe
        return {k: v for k, v in data.items() if isinstance(v, dict)} \
            if isinstance(data, dict) else {}

    def get(self, key: str) -> DraftTrial | None:
        """The trial remembered under ``key``, if a valid one is."""
        found = self._all().get(key)
        try:
            return DraftTrial(float(found["plain_tokens_per_s"]),  # type: ignore[index]
                              float(found["draft_tokens_per_s"]))  # type: ignore[index]
        except (TypeError, KeyError, ValueError):
            return None

    def remember(self, key: str, trial: DraftTrial) -> None:
        """Keep ``trial`` (best effort: an unwritable folder means measuring again)."""
        kept = {k: v for k, v in self._all().items() if k != key}
        kept = dict(list(kept.items())[-(MAX_TRIALS - 1):])
        kept[key] = asdict(trial)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            write_atomically(self.path, json.dumps(kept))
        except OSError:
            pass


def choose_draft(engine: Engine, ledger: TrialLedger,
                 cancel: threading.Event | None = None) -> DraftTrial | None:
    """Keep ``engine.draft`` only if it measured worth it here (measured now when no trial
    with these files and settings is remembered); None when the engine has no draft."""
    if engine.draft is None:
        return None
    key = trial_key(engine)
    trial = ledger.get(key)
    if trial is None:
        trial = measure_draft_gain(engine, cancel)
        if cancel is not None and cancel.is_set():
            return None  # cut short: not a measurement to remember
        ledger.remember(key, trial)
    if not trial.worth_it:
        engine.drop_draft()
    return trial
