"""Running a pack over a dataset, case by case, so that a long run survives a crash.

Each case is asked the reports' structured-summary question (the same grammar-constrained call,
core/report/summary.py) and every run's answer is appended at once to ``OUT/runs/PACK.jsonl``
(one JSON line, flushed and fsynced). ``resume`` reads that file back and skips what is done; a
line cut short by a crash is ignored. Run 0 is greedy (the accuracy); runs 1.. sample with
seeds derived from ``seed`` (the consistency, as the SkinGPT-4 paper measured it over 10 runs).
"""

from __future__ import annotations

import dataclasses
import json
import os
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from skingpt_desktop.core.engine import Engine
from skingpt_desktop.core.errors import SkinGPTError
from skingpt_desktop.core.evaluate.dataset import Case, Dataset
from skingpt_desktop.core.evaluate.metrics import CaseResult
from skingpt_desktop.core.report.summary import summarise
from skingpt_desktop.core.vision.preprocess import load_photo

Progress = Callable[[int, int, float | None], None]  # done, total, seconds left (None: unknown)


def runs_file(out: Path, pack_name: str) -> Path:
    """Where one pack's answers are appended."""
    return out / "runs" / f"{pack_name}.jsonl"


def read_lines(path: Path) -> list[dict[str, Any]]:
    """The records written so far (a last line cut short by a crash is skipped)."""
    if not path.is_file():
        return []
    records = []
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        try:
            record = json.loads(line)
        except ValueError:
            continue
        if isinstance(record, dict) and isinstance(record.get("case"), str):
            records.append(record)
    return records


def _end_cut_line(path: Path) -> None:
    """Close a line a crash cut short, so the next record starts on a line of its own."""
    if path.is_file() and path.stat().st_size:
        with open(path, "rb+") as handle:
            handle.seek(-1, os.SEEK_END)
            if handle.read(1) != b"\n":
                handle.write(b"\n")


def _append(path: Path, record: dict[str, Any]) -> None:
    with open(path, "a", encoding="utf-8") as handle:
        handle.write(json.dumps(record) + "\n")
        handle.flush()
        os.fsync(handle.fileno())


def evaluate_pack(engine: Engine, dataset: Dataset, out: Path, *, runs: int = 1, seed: int = 0,
                  progress: Progress | None = None,
                  cancel: threading.Event | None = None) -> list[dict[str, Any]]:
    """Ask every case ``runs`` times (what is already in the runs file is kept); returns all
    records of this pack, old and new."""
    path = runs_file(out, engine.pack.name)
    path.parent.mkdir(parents=True, exist_ok=True)
    _end_cut_line(path)
    done = {(r["case"], r.get("run", 0)) for r in read_lines(path)}
    todo = [(case, run) for case in dataset.cases for run in range(runs)
            if (case.id, run) not in done]
    started, total = time.monotonic(), len(todo)
    for index, (case, run) in enumerate(todo):
        if cancel is not None and cancel.is_set():
            break
        _append(path, _ask(engine, case, run, seed))
        if progress:
            elapsed = time.monotonic() - started
            progress(index + 1, total, elapsed / (index + 1) * (total - index - 1))
    return read_lines(path)


def _ask(engine: Engine, case: Case, run: int, seed: int) -> dict[str, Any]:
    """One case, one run: the ranked conditions and urgency, or the reason it failed."""
    record: dict[str, Any] = {"case": case.id, "run": run}
    started = time.monotonic()
    try:
        image = load_photo(case.image)
        chat = engine.start_chat(image)
        settings = dataclasses.replace(engine.default_generation(), seed=seed * 1000 + run,
                                       deterministic=run == 0)
        summary, answer = summarise(chat, settings)
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

