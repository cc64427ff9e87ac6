"""Pack evaluations kept in the vault (mixed into :class:`Vault`), for a clinic that wants its
labelled cases' results encrypted like everything else rather than written to a folder.

Two record kinds:

- ``evaluation`` (no owner): what was run (the dataset's path, the packs, runs, seed), when,
  and once it finished the numbers (results.json's content) and each pack's case results
  (cases.csv's source), so the report can be written out again later without the dataset;
- ``evaluation_answer`` (owned by its evaluation): one answer of one pack to one case and run,
  added the moment it is given, so a crash or a power cut loses at most the case being asked.

Both travel through whole-vault backups, restore and salvage like the other kinds.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from skingpt_desktop.core.bounded_input import quote_value
from skingpt_desktop.core.errors import VaultError
from skingpt_desktop.core.storage import schema
from skingpt_desktop.core.storage.models import MAX_SHORT_TEXT, from_fields, to_fields
from skingpt_desktop.core.storage.records import RecordStore, check_id

MAX_EVALUATION_RUNS = 20  # core/evaluate/evaluation.MAX_RUNS: storage does not import it
MAX_PACKS = 16


@dataclass
class StoredEvaluation:
    """One evaluation in the vault; ``results`` and ``cases`` are set when it finished."""

    dataset: str  # the dataset as chosen: a folder of class folders or a CSV/JSON list
    packs: list[str]  # pack names, in the order they were asked
    runs: int
    seed: int
    created_at: float = 0.0
    finished_at: float | None = None
    results: dict[str, Any] | None = None  # results.json's content
    cases: dict[str, list[dict[str, Any]]] = field(default_factory=dict)  # pack -> case results
    id: str = ""
    answers: int = 0  # answer records stored (counted, not sealed)

    @property
    def finished(self) -> bool:
        return self.finished_at is not None

    def validate(self) -> None:
        """Raise ``VaultError`` naming the first bad field."""
        _text(self.dataset, "evaluation dataset")
        if not isinstance(self.packs, list) or not 1 <= len(self.packs) <= MAX_PACKS:
            raise VaultError(f"an evaluation names 1 to {MAX_PACKS} packs; got "
                             f"{quote_value(self.packs)}")
        for pack in self.packs:
            _text(pack, "evaluation pack")
        _integer(self.runs, "evaluation runs", 1, MAX_EVALUATION_RUNS)
        _integer(self.seed, "evaluation seed", 0, 2**63 - 1)
        if self.results is not None and not isinstance(self.results, dict):
            raise VaultError("evaluation results must be a mapping")
        if not isinstance(self.cases, dict) or not all(
                isinstance(rows, list) and all(isinstance(row, dict) for row in rows)
                for rows in self.cases.values()):
            raise VaultError("evaluation case results must map packs to lists of cases")


def check_answer(fields: dict[str, Any]) -> None:
    """An ``evaluation_answer`` record's fields: pack, case and run, then what was answered."""
    _text(fields.get("pack"), "evaluation answer pack")
    _text(fields.get("case"), "evaluation answer case")
    _integer(fields.get("run"), "evaluation answer run", 0, MAX_EVALUATION_RUNS - 1)


def _text(value: object, name: str) -> None:
    if not isinstance(value, str) or not value or len(value) > MAX_SHORT_TEXT:
        raise VaultError(f"{name} must be text of 1 to {MAX_SHORT_TEXT} characters; got "
                         f"{quote_value(value)}")


def _integer(value: object, name: str, low: int, high: int) -> None:
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        raise VaultError(f"{name} must be a whole number from {low} to {high}; got "
                         f"{quote_value(value)}")


class VaultEvaluations:
    """Evaluation operations; expects ``_store``, ``_conn`` and ``_audit`` from the vault."""

    _store: RecordStore
    _conn: sqlite3.Connection
    _audit: Callable[..., None]
    _child_counts: Callable[[tuple[str, ...]], dict[tuple[str, str], int]]  # VaultContent's

    def start_evaluation(self, evaluation: StoredEvaluation) -> StoredEvaluation:
        """Store a new, unfinished evaluation; returns it with ``id`` and ``created_at``."""
        evaluation.created_at = time.time()
        evaluation.finished_at, evaluation.results, evaluation.cases = None, None, {}
        evaluation.validate()
        evaluation.id = self._store.insert("evaluation", _fields(evaluation))
        return evaluation

    def get_evaluation(self, evaluation_id: str) -> StoredEvaluation:
        """One evaluation with its results (``RecordDamagedError`` if it fails authentication)."""
        _, fields, _ = self._store.get("evaluation", check_id(evaluation_id, "evaluation id"))
        stored = from_fields(StoredEvaluation, fields, id=evaluation_id)
        stored.answers = len(self._store.ids("evaluation_answer", evaluation_id))
        return stored

    def list_evaluations(self) -> list[StoredEvaluation]:
        """Readable evaluations, newest first, with their answer counts."""
        counts = self._child_counts(("evaluation_answer",))  # one query, nothing decrypted
        found = [from_fields(StoredEvaluation, fields, id=row.id,
                             answers=counts.get((row.id, "evaluation_answer"), 0))
                 for row, fields, _ in self._store.load_all("evaluation") if fields is not None]
        return sorted(found, key=lambda e: -e.created_at)

    def add_evaluation_answer(self, evaluation_id: str, record: dict[str, Any]) -> None:
        """Append one answer (``{"pack", "case", "run", ...}``), committed at once."""
        fields = dict(record)
        check_answer(fields)
        self._store.row("evaluation", check_id(evaluation_id, "evaluation id"))
        self._store.insert("evaluation_answer", fields, parent=evaluation_id)

    def evaluation_answers(self, evaluation_id: str, pack: str) -> list[dict[str, Any]]:
        """One pack's readable answers in the order they were given (a damaged one is
        missing here, so resuming asks that case again)."""
        return [fields for _, fields, _ in self._store.load_all(
                    "evaluation_answer", check_id(evaluation_id, "evaluation id"),
                    by_parent=True)
                if fields is not None and fields.get("pack") == pack]

    def finish_evaluation(self, evaluation_id: str, results: dict[str, Any],
                          cases: dict[str, list[dict[str, Any]]]) -> StoredEvaluation:
        """Seal the numbers and case results into the evaluation record."""
        stored = self.get_evaluation(evaluation_id)
        stored.results, stored.cases, stored.finished_at = results, cases, time.time()
        stored.validate()
        self._store.update("evaluation", evaluation_id, _fields(stored))
        return stored

    def delete_evaluation(self, evaluation_id: str) -> int:
        """Delete an evaluation with its answers; returns how many records went."""
        self._store.row("evaluation", check_id(evaluation_id, "evaluation id"))
        doomed = [evaluation_id, *self._store.ids("evaluation_answer", evaluation_id)]
        with schema.transaction(self._conn):
            self._store.delete(doomed)
            self._audit("delete", kind="evaluation", record_id=evaluation_id,
                        records=len(doomed))
        return len(doomed)


def _fields(evaluation: StoredEvaluation) -> dict[str, Any]:
    return to_fields(evaluation, exclude=("id", "answers"))
