"""A damaged database page: one sentence instead of a traceback, reading stays possible where
SQLite allows, and `vault salvage OUT` copies every record that still reads into a new vault."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from skingpt_desktop.core.errors import VaultError
from skingpt_desktop.core.storage import Message, Vault
from skingpt_desktop.core.storage.salvage import salvage
from skingpt_desktop.core.storage.schema import describe_database_error
from tests.test_vault import PASS, fill, new_vault, noise_jpeg

ROOT = Path(__file__).resolve().parents[1]
PAGE = 4096


def filled_vault(tmp_path: Path, cases: int = 8) -> Path:
    vault = new_vault(tmp_path)
    fill(vault)
    for n in range(cases - 1):
        vault.save_conversation_as_case(noise_jpeg(seed=n + 5),
                                        [Message("user", f"question {n}")], "skingpt4-test-pack")
    path = vault.path
    vault.close()  # checkpoints the WAL into the file
    return path


def damage(path: Path, page: int) -> None:
    with open(path, "r+b") as handle:
        handle.seek((page - 1) * PAGE + 200)
        handle.write(b"\xde\xad\xbe\xef" * 8)


def damaged_copy(good: Path, tmp_path: Path) -> Path:
    """A copy of ``good`` with the first page whose damage breaks a full read of the records."""
    pages = good.stat().st_size // PAGE
    for page in range(2, pages + 1):
        bad = tmp_path / "bad" / "vault.sqlite3"
        bad.parent.mkdir(exist_ok=True)
        shutil.copy(good, bad)
        damage(bad, page)
        try:
            with sqlite3.connect(bad) as conn:
                conn.execute("SELECT id, kind, parent, blob FROM records").fetchall()
        except sqlite3.DatabaseError:
            return bad
    pytest.fail("no page of the test vault breaks a full read when damaged")


def test_salvage_copies_what_still_reads_into_a_new_vault(tmp_path) -> None:
    good = filled_vault(tmp_path)
    with sqlite3.connect(good) as conn:
        total = conn.execute("SELECT COUNT(*) FROM records").fetchone()[0]
    bad = damaged_copy(good, tmp_path)
    before = bad.read_bytes()
    out = tmp_path / "saved" / "vault.sqlite3"
    summary = salvage(bad, PASS, out)
    assert bad.read_bytes() == before  # the damaged file is never written
    assert 0 < summary.total_copied < total + 1
    assert summary.total_copied + summary.unreadable + summary.failed_authentication \
        + summary.missing >= total
    saved = Vault.open(out)
    saved.unlock(PASS)
    assert saved.verify() == []
    assert len(saved.list_cases()) == summary.copied["case"]
    saved.close()


def test_salvage_refuses_a_wrong_passphrase_and_an_existing_target(tmp_path) -> None:
    good = filled_vault(tmp_path, cases=1)
    with pytest.raises(VaultError):
        salvage(good, "not the passphrase at all", tmp_path / "x" / "vault.sqlite3")
    assert not (tmp_path / "x" / "vault.sqlite3").exists()
    with pytest.raises(VaultError, match="already exists"):
        salvage(good, PASS, good)


def test_an_unlock_whose_audit_write_fails_on_damage_stays_readable(tmp_path,
                                                                    monkeypatch) -> None:
    path = filled_vault(tmp_path, cases=2)
    vault = Vault.open(path)
    real_audit = vault._audit

    def damaged_audit(event, **details):
        if event == "unlock":
            raise sqlite3.DatabaseError("database disk image is malformed")
        real_audit(event, **details)

    monkeypatch.setattr(vault, "_audit", damaged_audit)
    vault.unlock(PASS)
    assert vault.read_only
    assert len(vault.list_cases()) == 2
    vault.close()


def test_a_locked_database_is_not_taken_for_damage(tmp_path, monkeypatch) -> None:
    vault = Vault.open(filled_vault(tmp_path, cases=1))
    monkeypatch.setattr(vault, "_audit", lambda event, **details: (_ for _ in ()).throw(
        sqlite3.OperationalError("database is locked")))
    with pytest.raises(sqlite3.OperationalError):
        vault.unlock(PASS)
    assert not vault.is_unlocked and not vault.read_only
    vault.close()


def test_damage_reads_as_one_sentence_naming_salvage() -> None:
    text = describe_database_error(sqlite3.DatabaseError("database disk image is malformed"))
    assert "damaged" in text and "vault salvage OUT" in text
    assert "could not be used" in describe_database_error(
        sqlite3.OperationalError("database is locked"))
    garbage = sqlite3.OperationalError("Could not decode to UTF-8 column 'parent' with text "
                                       "'af2b\ufffd\ufffd'")
    assert "damaged" in describe_database_error(garbage)
    assert "af2b" not in describe_database_error(garbage)  # no stored bytes quoted


def test_the_cli_says_one_line_then_salvages(tmp_path) -> None:
    good = filled_vault(tmp_path)
    bad = damaged_copy(good, tmp_path)
    env = {**os.environ, "SKINGPT_DATA_DIR": str(bad.parent), "SKINGPT_PASSPHRASE": PASS}

    def main_py(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "main.py", *args], cwd=ROOT, env=env,
                              capture_output=True, text=True, timeout=120)

    status = main_py("vault", "status")
    assert status.returncode in (1, 2), status.stderr
    assert status.stderr.count("error:") == 1 and "vault salvage OUT" in status.stderr
    assert "Traceback" not in status.stderr and "internal error" not in status.stderr
    saved = main_py("vault", "salvage", str(tmp_path / "out"))
    assert saved.returncode == 0, saved.stderr
    assert saved.stdout.startswith("Copied ")
    env["SKINGPT_DATA_DIR"] = str(tmp_path / "out")
    assert main_py("vault", "cases").returncode == 0


def test_a_column_that_holds_bytes_instead_of_text_is_a_damaged_record(tmp_path) -> None:
    """A damaged page can hand back bytes or numbers where an id should be."""
    path = filled_vault(tmp_path, cases=2)
    with sqlite3.connect(path) as conn:
        seq = conn.execute("SELECT seq FROM records WHERE kind = 'message'").fetchone()[0]
        conn.execute("UPDATE records SET parent = X'00ff7f' WHERE seq = ?", (seq,))
    vault = Vault.open(path)
    vault.unlock(PASS)
    damaged = vault.verify()
    assert [d.kind for d in damaged] == ["message", "conversation"]  # and its count no longer
    assert len(vault.list_cases()) == 2
    vault.close()
