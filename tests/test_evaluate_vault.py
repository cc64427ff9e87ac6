"""Evaluations kept in the vault instead of a folder: the command line end to end (nothing
written outside the vault, the numbers encrypted, exported on request), resume from the vault,
the progress count after a resume, and the new records through backup, restore and salvage."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from contextlib import nullcontext
from pathlib import Path
from types import SimpleNamespace

import pytest

from skingpt_desktop.core.errors import SkinGPTError, VaultError
from skingpt_desktop.core.evaluate import run as run_module
from skingpt_desktop.core.evaluate.dataset import load_dataset
from skingpt_desktop.core.evaluate.evaluation import build_results
from skingpt_desktop.core.evaluate.stores import (
    FolderStore,
    VaultStore,
    export_stored,
    vault_store,
)
from skingpt_desktop.core.report.labels import default_label_spaces
from skingpt_desktop.core.storage import KdfParams, Vault
from skingpt_desktop.core.storage.evaluations import StoredEvaluation
from skingpt_desktop.core.storage.salvage import salvage
from tests.test_cli_evaluate import LABELS, dataset

ROOT = Path(__file__).resolve().parents[1]
PASS = "evaluation vault passphrase"


def cli(data: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "SKINGPT_DATA_DIR": str(data), "SKINGPT_PASSPHRASE": PASS,
           "SKINGPT_VAULT_TEST_KDF": "1"}
    return subprocess.run([sys.executable, "main.py", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=600)


def files_under(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file()}


def test_the_command_line_keeps_everything_in_the_vault_until_exported(tiny_pack,
                                                                         tmp_path) -> None:
    data, csv_path = tmp_path / "appdata", dataset(tmp_path / "cases")
    assert cli(data, "vault", "init").returncode == 0
    before_cases, before_data = files_under(csv_path.parent), files_under(data)
    made = cli(data, "evaluate", "--pack", str(tiny_pack), "--dataset", str(csv_path),
               "--vault", "--runs", "2", "--limit", "3")
    assert made.returncode == 0, made.stderr
    assert files_under(csv_path.parent) == before_cases  # no runs/, no results beside the data
    # the only other new file is the packs' safe-load record (pack names and hashes)
    assert files_under(data) - before_data <= {"vault.sqlite3-wal", "vault.sqlite3-shm",
                                               "probed-packs.json"}
    vault_bytes = b"".join((data / name).read_bytes() for name in files_under(data)
                           if name.startswith("vault"))
    for plain in (b"photos/0.jpg", b"dermatitis", b"top1", b"tiny-random"):
        assert plain not in vault_bytes  # case names, labels, numbers and packs are sealed
    listed = cli(data, "vault", "evaluations")
    evaluation_id = listed.stdout.split()[0]
    assert "finished: tiny-random top-1" in listed.stdout and "2 runs" in listed.stdout
    out = tmp_path / "export"
    exported = cli(data, "vault", "export-evaluation", evaluation_id, str(out))
    assert exported.returncode == 0, exported.stderr
    results = json.loads((out / "results.json").read_text())
    assert results["packs"]["tiny-random"]["n_cases"] == 3 and results["runs"] == 2
    assert (out / "cases.csv").read_text().count("\n") == 1 + 3
    assert "data:image/png;base64," in (out / "report.html").read_text()
    assert (out / "report.pdf").read_bytes().startswith(b"%PDF")
    again = cli(data, "vault", "export-evaluation", evaluation_id, str(out))
    assert again.returncode == 2 and "--force" in again.stderr
    assert cli(data, "vault", "delete-evaluation", evaluation_id).returncode == 0
    assert "No evaluations" in cli(data, "vault", "evaluations").stdout


def test_vault_resume_needs_a_stopped_run_of_the_same_setup(tiny_pack, tmp_path) -> None:
    data, csv_path = tmp_path / "appdata", dataset(tmp_path / "cases")
    assert cli(data, "vault", "init").returncode == 0
    refused = cli(data, "evaluate", "--pack", str(tiny_pack), "--dataset", str(csv_path),
                  "--vault", "--resume")
    assert refused.returncode == 2 and "no stopped evaluation" in refused.stderr
    wrong = cli(data, "evaluate", "--pack", str(tiny_pack), "--dataset", str(csv_path),
                "--vault", "--out", str(tmp_path / "out"))
    assert wrong.returncode == 2 and "not allowed with" in wrong.stderr


@pytest.fixture
def vault(tmp_path: Path):
    opened = Vault.create(tmp_path / "v" / "vault.sqlite3", PASS, kdf=KdfParams.for_tests())
    yield opened
    opened.close()


def stored_run(vault: Vault, tmp_path: Path) -> tuple[VaultStore, dict]:
    """A finished two-run evaluation of six photos, answered by hand (no model)."""
    cases = load_dataset(dataset(tmp_path / "data"), default_label_spaces().class_ids)
    store = vault_store(lambda: nullcontext(vault), tmp_path / "data" / "cases.csv", ["demo"],
                        2, 0, resume=False)
    for i, case in enumerate(cases.cases):
        for run in range(2):
            store.append("demo", {"case": case.id, "run": run, "urgency": "routine",
                                  "conditions": [LABELS[(i + run) % 4], LABELS[0]],
                                  "seconds": 1.5, "tokens": 40})
    results, per_pack = build_results(cases, {"demo": store.answers("demo")}, 2, 0)
    store.finish(results, per_pack)
    return store, results


def test_a_stored_evaluation_exports_the_same_files_as_a_folder_run(vault, tmp_path) -> None:
    store, results = stored_run(vault, tmp_path)
    stored = vault.get_evaluation(store.evaluation_id)
    assert stored.finished and stored.answers == 12 and stored.results == results
    written = export_stored(stored, tmp_path / "out")
    assert {p.name for p in written} >= {"results.json", "cases.csv", "report.html"}
    folder = tmp_path / "folder-run"  # the same answers through a folder store
    cases = load_dataset(tmp_path / "data" / "cases.csv", default_label_spaces().class_ids)
    folder_store = FolderStore(folder)
    for record in store.answers("demo"):
        folder_store.append("demo", {k: v for k, v in record.items() if k != "pack"})
    folder_store.finish(*build_results(cases, {"demo": folder_store.answers("demo")}, 2, 0))
    for name in ("results.json", "cases.csv", "report.html"):
        assert (tmp_path / "out" / name).read_bytes() == (folder / name).read_bytes(), name
    assert json.loads((folder / "results.json").read_text()) == results


def test_an_unfinished_evaluation_is_not_exported_and_resume_finds_it(vault, tmp_path) -> None:
    access = lambda: nullcontext(vault)  # noqa: E731
    first = vault_store(access, Path("cases.csv"), ["a", "b"], 2, 7, resume=False)
    first.append("a", {"case": "x.jpg", "run": 0, "conditions": ["dermatitis"]})
    vault_store(access, Path("cases.csv"), ["a", "b"], 1, 7, resume=False)  # other runs
    again = vault_store(access, Path("cases.csv"), ["a", "b"], 2, 7, resume=True)
    assert again.evaluation_id == first.evaluation_id
    assert [r["case"] for r in again.answers("a")] == ["x.jpg"] and again.answers("b") == []
    with pytest.raises(SkinGPTError, match="has not finished"):
        export_stored(vault.get_evaluation(first.evaluation_id), tmp_path / "out")
    with pytest.raises(SkinGPTError, match="no stopped evaluation"):
        vault_store(access, Path("other.csv"), ["a", "b"], 2, 7, resume=True)


def test_bad_evaluation_records_are_refused_by_name(vault) -> None:
    with pytest.raises(VaultError, match="evaluation runs"):
        vault.start_evaluation(StoredEvaluation("d", ["p"], 0, 0))
    with pytest.raises(VaultError, match="evaluation pack"):
        vault.start_evaluation(StoredEvaluation("d", [""], 1, 0))
    stored = vault.start_evaluation(StoredEvaluation("d", ["p"], 1, 0))
    with pytest.raises(VaultError, match="evaluation answer run"):
        vault.add_evaluation_answer(stored.id, {"pack": "p", "case": "c", "run": 20})
    with pytest.raises(VaultError, match="evaluation answer case"):
        vault.add_evaluation_answer(stored.id, {"pack": "p", "run": 0})


def test_evaluations_travel_through_backup_restore_and_salvage(vault, tmp_path) -> None:
    store, results = stored_run(vault, tmp_path)
    backup = tmp_path / "all.skgbackup"
    vault.export_backup(backup, PASS)
    other = Vault.create(tmp_path / "w" / "vault.sqlite3", PASS, kdf=KdfParams.for_tests())
    try:
        summary = other.import_backup(backup, PASS)
        assert summary.counts["evaluation"] == 1 and summary.counts["evaluation_answer"] == 12
        restored = other.get_evaluation(store.evaluation_id)
        assert restored.results == results and restored.answers == 12
    finally:
        other.close()
    rescued = salvage(vault.path, PASS, tmp_path / "s" / "vault.sqlite3")
    assert rescued.copied["evaluation"] == 1 and rescued.copied["evaluation_answer"] == 12
    assert vault.delete_evaluation(store.evaluation_id) == 13
    assert vault.list_evaluations() == []


class ListStore:
    """A store in memory: the answers kept, per pack."""

    def __init__(self, kept: list[dict]) -> None:
        self.kept = list(kept)

    def answers(self, pack: str) -> list[dict]:
        return list(self.kept)

    def append(self, pack: str, record: dict) -> None:
        self.kept.append(record)


def test_progress_after_a_resume_counts_every_answer_and_a_stop_keeps_no_half_answer(
        monkeypatch, tmp_path) -> None:
    cases = load_dataset(dataset(tmp_path / "data"), default_label_spaces().class_ids)
    stop = threading.Event()
    asked: list[tuple[str, int]] = []

    def ask(engine, case, run, seed, cancel=None):
        asked.append((case.id, run))
        if len(asked) == 3:
            stop.set()  # the user pressed Stop while this answer was written
        return {"case": case.id, "run": run, "conditions": ["dermatitis"]}

    monkeypatch.setattr(run_module, "_ask", ask)
    engine = SimpleNamespace(pack=SimpleNamespace(name="demo"))
    store = ListStore([{"case": c.id, "run": 0} for c in cases.cases[:2]])  # kept from before
    steps: list[tuple[int, int]] = []
    run_module.evaluate_pack(engine, cases, store, runs=1, seed=0, cancel=stop,
                             progress=lambda done, total, _left: steps.append((done, total)))
    assert steps == [(2, 6), (3, 6), (4, 6)]  # 2 kept, then counted on from there
    assert len(asked) == 3 and len(store.kept) == 4  # the stopped third answer is not kept
