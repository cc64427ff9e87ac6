"""One evaluation from start to files: the cases, every pack asked in turn, the numbers, the
outputs. ``main.py evaluate`` and the window's Model > Evaluate a pack... both run
:func:`run_evaluation`; they differ only in how a pack's engine is loaded (their own settings)
and in how progress is shown.

A stopped evaluation (``cancel`` set, Ctrl-C, a crash) keeps every answer already in its store
(stores.py: the output folder or the vault); running it again with the same store asks only
what is missing.
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from skingpt_desktop.core.engine import Engine
from skingpt_desktop.core.errors import SkinGPTError
from skingpt_desktop.core.evaluate.dataset import Dataset, load_dataset
from skingpt_desktop.core.evaluate.metrics import CaseResult, mcnemar, summarize
from skingpt_desktop.core.evaluate.run import case_results, evaluate_pack, timing_and_urgency
from skingpt_desktop.core.evaluate.stores import ResultStore
from skingpt_desktop.core.packs.pack import ModelPack
from skingpt_desktop.core.report.labels import default_label_spaces

MAX_RUNS = 20
# A pack's engine, loaded for the evaluation and freed when the block ends.
EngineLoader = Callable[[ModelPack], AbstractContextManager[Engine]]


@dataclass(frozen=True)
class EvaluationProgress:
    """Where an evaluation stands: pack ``pack_index`` (0-based) of ``pack_count``, ``done``
    of its ``total`` answers (those kept from a stopped run included), and the seconds that
    pack has left (None until this run has timed an answer)."""

    pack: str
    pack_index: int
    pack_count: int
    done: int
    total: int
    seconds_left: float | None


def load_cases(path: Path, labels: Path | None = None, limit: int | None = None) -> Dataset:
    """The dataset's usable cases (the first ``limit``) and its bad rows; an error when no
    case is usable."""
    dataset = load_dataset(path, default_label_spaces().class_ids, labels)
    if limit:
        dataset.cases = dataset.cases[:limit]
    if not dataset.cases:
        raise SkinGPTError(f"{path}: no usable case ({len(dataset.bad_rows)} rows not used)")
    return dataset


def run_evaluation(dataset: Dataset, store: ResultStore, packs: Sequence[ModelPack],
                   load: EngineLoader, *, runs: int = 1, seed: int = 0,
                   progress: Callable[[EvaluationProgress], None] | None = None,
                   cancel: threading.Event | None = None) -> dict[str, Any] | None:
    """Ask every case of ``dataset`` with each pack, then hand the numbers to ``store``
    (a folder writes results.json, cases.csv, the plots and report.html); returns
    results.json's content, or None when ``cancel`` stopped it (the answers so far are
    kept for a later run)."""
    if not 1 <= runs <= MAX_RUNS:
        raise SkinGPTError(f"the number of runs must be between 1 and {MAX_RUNS}")
    records: dict[str, list[dict[str, Any]]] = {}
    for index, pack in enumerate(packs):
        def step(done: int, total: int, left: float | None, name: str = pack.name,
                 at: int = index) -> None:
            if progress is not None:
                progress(EvaluationProgress(name, at, len(packs), done, total, left))

        with load(pack) as engine:
            records[pack.name] = evaluate_pack(engine, dataset, store, runs=runs, seed=seed,
                                               progress=step, cancel=cancel)
        if cancel is not None and cancel.is_set():
            return None
    results, per_pack = build_results(dataset, records, runs, seed)
    store.finish(results, per_pack)
    return results


def build_results(dataset: Dataset, records: dict[str, list[dict[str, Any]]], runs: int,
                  seed: int) -> tuple[dict[str, Any], dict[str, list[CaseResult]]]:
    """results.json's content (schema in outputs.py) and each pack's case results."""
    classes = default_label_spaces().class_ids
    per_pack, blocks, bad = {}, {}, list(dataset.bad_rows)
    for name, answers in records.items():
        per_pack[name], failed = case_results(dataset, answers, runs)
        blocks[name] = {**summarize(per_pack[name], classes), **timing_and_urgency(answers)}
        bad += [row for row in failed if row not in bad]
    results = {"packs": blocks, "comparison": comparisons(per_pack), "bad_rows": bad,
               "runs": runs, "seed": seed}
    return results, per_pack


def comparisons(per_pack: dict[str, list[CaseResult]]) -> dict[str, dict]:
    """McNemar for every pair of packs, on the cases both answered."""
    tests = {}
    for (a, ra), (b, rb) in itertools.combinations(per_pack.items(), 2):
        shared = sorted({r.case_id for r in ra} & {r.case_id for r in rb})
        hits_a = {r.case_id: r.hit(1) for r in ra}
        hits_b = {r.case_id: r.hit(1) for r in rb}
        tests[f"{a} vs {b}"] = mcnemar([hits_a[c] for c in shared], [hits_b[c] for c in shared])
    return tests
