"""Running a pack over a dataset, case by case, so that a long run survives a crash.

Each case is asked the reports' structured-summary question (the same grammar-constrained call,
core/report/summary.py) and every run's answer is kept at once in the evaluation's store
(stores.py: a folder or the vault); running again reads the store back and skips what is done.
Run 0 is greedy (the accuracy); runs 1.. sample with
seeds derived from ``seed`` (the consistency, as the SkinGPT-4 paper measured it over 10 runs).
"""

from __future__ import annotations

import dataclasses
import threading
import time
from collections.abc import Callable
from typing import Any

from skingpt_desktop.core.engine import Engine
from skingpt_desktop.core.errors import SkinGPTError
from skingpt_desktop.core.evaluate.dataset import Case, Dataset
from skingpt_desktop.core.evaluate.metrics import CaseResult
from skingpt_desktop.core.evaluate.stores import ResultStore
from skingpt_desktop.core.report.summary import summarise
from skingpt_desktop.core.vision.preprocess import load_photo

Progress = Callable[[int, int, float | None], None]  # done, total, seconds left (None: unknown)


def evaluate_pack(engine: Engine, dataset: Dataset, store: ResultStore, *, runs: int = 1,
                  seed: int = 0, progress: Progress | None = None,
                  cancel: threading.Event | None = None) -> list[dict[str, Any]]:
    """Ask every case ``runs`` times (what ``store`` already holds is kept); returns all
    records of this pack, old and new (none once cancelled: the store may be closing, as a
    vault that locks). ``progress`` counts every answer of the run, those kept from before
    included; a ``cancel`` stops the case being asked, which is not kept."""
    pack = engine.pack.name
    records = store.answers(pack)  # read once: what is asked now is added as it is kept
    done = {(r["case"], r.get("run", 0)) for r in records}
    todo = [(case, run) for case in dataset.cases for run in range(runs)
            if (case.id, run) not in done]
    started, total = time.monotonic(), len(dataset.cases) * runs
    already = total - len(todo)
    if progress and already:
        progress(already, total, None)
    stopped = cancel.is_set if cancel is not None else lambda: False
    for index, (case, run) in enumerate(todo):
        if stopped():
            return []
        record = _ask(engine, case, run, seed, cancel)
        if stopped():
            return []  # the answer was cut short: asked again on resume
        store.append(pack, record)
        records.append(record)
        if progress:
            per_answer = (time.monotonic() - started) / (index + 1)
            progress(already + index + 1, total, per_answer * (len(todo) - index - 1))
    return records


def _ask(engine: Engine, case: Case, run: int, seed: int,
         cancel: threading.Event | None = None) -> dict[str, Any]:
    """One case, one run: the ranked conditions and urgency, or the reason it failed."""
    record: dict[str, Any] = {"case": case.id, "run": run}
    started = time.monotonic()
    try:
        image = load_photo(case.image)
        chat = engine.start_chat(image)
        settings = dataclasses.replace(engine.default_generation(), seed=seed * 1000 + run,
                                       deterministic=run == 0)
        summary, answer = summarise(chat, settings, cancel=cancel)
    except SkinGPTError as exc:  # an unreadable photo or a model fault: recorded, run goes on
        record["error"] = " ".join(str(exc).split())
        return record
    record.update(conditions=[d.condition for d in summary.differential],
                  urgency=summary.model_urgency, seconds=round(time.monotonic() - started, 3),
                  tokens=answer.generated_tokens, prompt_items=answer.prompt_tokens_evaluated)
    return record


def case_results(dataset: Dataset, records: list[dict[str, Any]],
                 runs: int) -> tuple[list[CaseResult], list[dict[str, str]]]:
    """Per case, its runs' answers in run order; cases whose photo failed become bad rows."""
    by_case: dict[str, dict[int, dict[str, Any]]] = {}
    for record in records:
        by_case.setdefault(record["case"], {})[int(record.get("run", 0))] = record
    results, bad = [], []
    for case in dataset.cases:
        found = by_case.get(case.id, {})
        failed = next((r["error"] for r in found.values() if "error" in r), None)
        if failed is not None:
            bad.append({"row": "", "image": case.id, "problem": failed})
            continue
        answers = tuple(tuple(found[r].get("conditions") or ()) for r in range(runs)
                        if r in found)
        if answers:
            results.append(CaseResult(case.id, case.label, case.fitzpatrick, answers,
                                      case.monk))
    return results, bad


def timing_and_urgency(records: list[dict[str, Any]]) -> dict[str, Any]:
    """Mean seconds per answer and how often the model gave each urgency (all runs)."""
    answered = [r for r in records if "error" not in r]
    seconds = [float(r.get("seconds", 0.0)) for r in answered]
    urgency: dict[str, int] = {}
    for record in answered:
        key = str(record.get("urgency") or "none")
        urgency[key] = urgency.get(key, 0) + 1
    return {"seconds_per_answer": sum(seconds) / len(seconds) if seconds else None,
            "urgency_counts": dict(sorted(urgency.items()))}

