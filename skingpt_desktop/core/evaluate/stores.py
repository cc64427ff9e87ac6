"""Where an evaluation keeps its answers as they come and its results at the end, as the user
chooses: a folder (:class:`FolderStore`) or the encrypted vault (:class:`VaultStore`).

Either way each answer is kept the moment it is given, so a crash or a power cut loses at most
the case being asked, and running again with the same store asks only what is missing.

- Folder: answers are appended to ``OUT/runs/PACK.jsonl`` (one JSON line, flushed and
  fsynced; a line cut short by a crash is ignored), and the end writes results.json,
  cases.csv, the plots and report.html (outputs.py).
- Vault: answers are ``evaluation_answer`` records of one ``evaluation`` record
  (core/storage/evaluations.py), and the end seals the numbers and the case results into it;
  nothing is written to any folder until the user exports it (:func:`export_stored`).
"""

from __future__ import annotations

import dataclasses
import json
import os
from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any, Protocol

from skingpt_desktop.core.errors import SkinGPTError
from skingpt_desktop.core.evaluate.metrics import CaseResult
from skingpt_desktop.core.evaluate.outputs import EvaluationTexts, write_outputs
from skingpt_desktop.core.storage import Vault
from skingpt_desktop.core.storage.evaluations import StoredEvaluation

# The unlocked vault for one call, held for no longer than the block (the window serialises
# vault calls this way; the command line hands the vault it unlocked).
VaultAccess = Callable[[], AbstractContextManager[Vault]]


class ResultStore(Protocol):
    """What an evaluation writes into as it goes (see the module's docstring)."""

    def answers(self, pack: str) -> list[dict[str, Any]]:
        """The answers of ``pack`` kept so far (one dict per case and run)."""

    def append(self, pack: str, record: dict[str, Any]) -> None:
        """Keep one answer of ``pack`` now (durably, before the next case is asked)."""

    def finish(self, results: dict[str, Any], per_pack: dict[str, list[CaseResult]]) -> None:
        """Keep the numbers (results.json's content) and each pack's case results."""


# ----- a folder -----------------------------------------------------------------------------

def runs_file(out: Path, pack_name: str) -> Path:
    """Where one pack's answers are appended in a folder store."""
    return out / "runs" / f"{pack_name}.jsonl"


def has_run(out: Path) -> bool:
    """Whether the folder ``out`` already holds (part of) an evaluation's answers."""
    runs = out / "runs"
    return runs.is_dir() and any(runs.glob("*.jsonl"))


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


class FolderStore:
    """Answers in ``OUT/runs/PACK.jsonl``, results as files in ``OUT``."""

    def __init__(self, out: Path, texts: EvaluationTexts | None = None) -> None:
        self.out, self.texts = out, texts
        self._opened: set[str] = set()

    def answers(self, pack: str) -> list[dict[str, Any]]:
        return read_lines(runs_file(self.out, pack))

    def append(self, pack: str, record: dict[str, Any]) -> None:
        path = runs_file(self.out, pack)
        if pack not in self._opened:  # first answer of this run: finish a line a crash cut
            path.parent.mkdir(parents=True, exist_ok=True)
            _end_cut_line(path)
            self._opened.add(pack)
        with open(path, "a", encoding="utf-8") as handle:
            handle.write(json.dumps(record) + "\n")
            handle.flush()
            os.fsync(handle.fileno())

    def finish(self, results: dict[str, Any], per_pack: dict[str, list[CaseResult]]) -> None:
        write_outputs(self.out, results, per_pack, self.texts)


def _end_cut_line(path: Path) -> None:
    """Close a line a crash cut short, so the next record starts on a line of its own."""
    if path.is_file() and path.stat().st_size:
        with open(path, "rb+") as handle:
            handle.seek(-1, os.SEEK_END)
            if handle.read(1) != b"\n":
                handle.write(b"\n")


# ----- the vault ----------------------------------------------------------------------------

class VaultStore:
    """Answers and results as records of the evaluation ``evaluation_id`` in the vault."""

    def __init__(self, access: VaultAccess, evaluation_id: str) -> None:
        self.access, self.evaluation_id = access, evaluation_id

    def answers(self, pack: str) -> list[dict[str, Any]]:
        with self.access() as vault:
            return vault.evaluation_answers(self.evaluation_id, pack)

    def append(self, pack: str, record: dict[str, Any]) -> None:
        with self.access() as vault:
            vault.add_evaluation_answer(self.evaluation_id, {**record, "pack": pack})

    def finish(self, results: dict[str, Any], per_pack: dict[str, list[CaseResult]]) -> None:
        cases = {pack: [dataclasses.asdict(r) for r in rows] for pack, rows in per_pack.items()}
        with self.access() as vault:
            vault.finish_evaluation(self.evaluation_id, results, cases)


def vault_store(access: VaultAccess, dataset: Path, packs: list[str], runs: int, seed: int,
                *, resume: bool) -> VaultStore:
    """A new evaluation in the vault, or with ``resume`` the newest unfinished one of the same
    dataset, packs, runs and seed (an error naming what was looked for when there is none)."""
    wanted = StoredEvaluation(str(dataset), list(packs), runs, seed)
    with access() as vault:
        if not resume:
            return VaultStore(access, vault.start_evaluation(wanted).id)
        for stored in vault.list_evaluations():
            if not stored.finished and _same_setup(stored, wanted):
                return VaultStore(access, stored.id)
    raise SkinGPTError(f"the vault holds no stopped evaluation of {dataset} with the packs "
                       f"{', '.join(packs)}, {runs} run(s) and seed {seed}; start a new one")


def _same_setup(a: StoredEvaluation, b: StoredEvaluation) -> bool:
    return (a.dataset, a.packs, a.runs, a.seed) == (b.dataset, b.packs, b.runs, b.seed)


def stored_case_results(stored: StoredEvaluation) -> dict[str, list[CaseResult]]:
    """A finished evaluation's case results, as the metrics take them."""
    return {pack: [CaseResult(str(r["case_id"]), str(r["label"]), str(r["fitzpatrick"]),
                              tuple(tuple(run) for run in r["runs"]), str(r.get("monk", "")))
                   for r in rows]
            for pack, rows in stored.cases.items()}


def export_stored(stored: StoredEvaluation, out: Path,
                  texts: EvaluationTexts | None = None) -> list[Path]:
    """Write a finished vault evaluation's results.json, cases.csv, plots and report.html into
    ``out`` (the user's explicit choice); the paths written."""
    if stored.results is None:
        raise SkinGPTError("this evaluation has not finished: resume it first")
    out.mkdir(parents=True, exist_ok=True)
    return write_outputs(out, stored.results, stored_case_results(stored), texts)
