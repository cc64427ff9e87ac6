"""Changing the passphrase with a fresh data key: the old passphrase and an old copy of the
header no longer read anything saved afterwards; a crash before the commit changes nothing."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from skingpt_desktop.core.storage import Message, Vault, WrongPassphraseError, crypto, keyring
from skingpt_desktop.core.storage.vault import HEADER_KEY
from tests.test_vault import CANARIES, PASS, fill, new_vault, noise_jpeg, record_blobs

NEW = "a brand new passphrase 77"
ROOT = Path(__file__).resolve().parents[1]


def header_row(path: Path) -> str:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT value FROM meta WHERE key = ?", (HEADER_KEY,)).fetchone()[0]


def test_a_fresh_data_key_locks_out_a_kept_copy_of_the_old_header(tmp_path) -> None:
    vault = new_vault(tmp_path)
    fill(vault)
    path = vault.path
    old_header = keyring.Header.from_json(header_row(path), "old copy")
    before = record_blobs(path)
    assert vault.change_passphrase_and_data_key(PASS, NEW) is None  # no recovery key to renew
    after = record_blobs(path)
    assert set(after) >= set(before)
    assert all(after[k] != v for k, v in before.items())  # every record re-encrypted
    new_case = vault.save_conversation_as_case(
        noise_jpeg(seed=3), [Message("user", "saved after the change")], "skingpt4-test-pack")
    vault.close()
    # What someone who kept the old passphrase and an old header copy can do with the new file:
    old_key = keyring.unwrap_with_passphrase(old_header, PASS, "old copy")
    with sqlite3.connect(path) as conn:
        rows = conn.execute("SELECT id, kind, parent, blob FROM records").fetchall()
    readable = 0
    for record_id, kind, parent, blob in rows:
        aad = "\x00".join(("skingpt-vault-record/1", old_header.vault_id, kind, record_id,
                           parent or "")).encode("ascii")
        try:
            crypto.open_sealed(old_key, blob, aad)
            readable += 1
        except crypto.DecryptionError:
            pass
    assert readable == 0
    reopened = Vault.open(path)
    with pytest.raises(WrongPassphraseError):
        reopened.unlock(PASS)
    reopened.unlock(NEW)
    assert {c.id for c in reopened.list_cases()} >= {new_case}
    assert any(c.first_question == CANARIES[2] for c in reopened.list_cases())
    assert reopened.verify() == []
    reopened.close()


def test_the_recovery_key_is_replaced_and_the_old_one_fails(tmp_path) -> None:
    vault = new_vault(tmp_path)
    fill(vault)
    old_recovery = vault.add_recovery_key()
    new_recovery = vault.change_passphrase_and_data_key(PASS, NEW)
    assert new_recovery and new_recovery != old_recovery
    vault.lock()
    with pytest.raises(WrongPassphraseError):
        vault.unlock_with_recovery_key(old_recovery)
    vault.unlock_with_recovery_key(new_recovery)
    assert vault.list_cases()[0].first_question == CANARIES[2]
    vault.close()


def test_progress_is_reported_per_record(tmp_path) -> None:
    vault = new_vault(tmp_path)
    fill(vault)
    seen: list[tuple[int, int]] = []
    total = sum(vault.status().counts.values())
    vault.change_passphrase_and_data_key(PASS, NEW, lambda done, all_: seen.append((done, all_)))
    assert seen[-1] == (total, total) and len(seen) == total
    vault.close()


def test_a_failure_midway_leaves_the_vault_as_it_was(tmp_path) -> None:
    vault = new_vault(tmp_path)
    fill(vault)
    before = record_blobs(vault.path)

    def stop(done: int, _total: int) -> None:
        if done == 3:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        vault.change_passphrase_and_data_key(PASS, NEW, stop)
    assert record_blobs(vault.path) == before
    vault.lock()
    vault.unlock(PASS)
    assert vault.verify() == []
    vault.close()


def test_a_process_killed_midway_leaves_the_vault_as_it_was(tmp_path) -> None:
    vault = new_vault(tmp_path)
    fill(vault)
    path = vault.path
    before = record_blobs(path)
    vault.close()
    script = (
        "import os, sys\n"
        "from skingpt_desktop.core.storage import Vault\n"
        "vault = Vault.open(sys.argv[1])\n"
        "vault.change_passphrase_and_data_key(sys.argv[2], sys.argv[3],\n"
        "    lambda done, total: os._exit(9) if done == 4 else None)\n")
    killed = subprocess.run([sys.executable, "-c", script, str(path), PASS, NEW], cwd=ROOT,
                            timeout=60)
    assert killed.returncode == 9
    assert record_blobs(path) == before
    reopened = Vault.open(path)
    reopened.unlock(PASS)
    assert reopened.verify() == []
    reopened.close()


def test_a_damaged_record_is_left_and_counted(tmp_path) -> None:
    vault = new_vault(tmp_path)
    fill(vault)
    path = vault.path
    with sqlite3.connect(path) as conn:
        seq, blob = conn.execute("SELECT seq, blob FROM records WHERE kind = 'case'").fetchone()
        conn.execute("UPDATE records SET blob = ? WHERE seq = ?",
                     (blob[:-1] + bytes([blob[-1] ^ 1]), seq))
    vault.change_passphrase_and_data_key(PASS, NEW)
    entry = [e for e in vault.audit_log() if e.event == "change_passphrase"][-1]
    assert entry.details == {"method": "passphrase", "new_data_key": True, "damaged_left": 1}
    vault.close()


def test_the_cli_offers_it_and_shows_the_new_recovery_key(tmp_path) -> None:
    import os

    env = {**os.environ, "SKINGPT_DATA_DIR": str(tmp_path / "data"), "SKINGPT_PASSPHRASE": PASS,
           "SKINGPT_VAULT_TEST_KDF": "1", "SKINGPT_NEW_PASSPHRASE": NEW}

    def main_py(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "main.py", *args], cwd=ROOT, env=env,
                              capture_output=True, text=True, timeout=120)

    assert main_py("vault", "init", "--recovery-key").returncode == 0
    result = main_py("vault", "change-passphrase", "--new-data-key")
    assert result.returncode == 0, result.stderr
    assert "re-encrypted under a new data key" in result.stdout
    assert "New recovery key" in result.stdout
    assert "re-encrypting records:" in result.stderr
    both = main_py("vault", "change-passphrase", "--new-data-key", "--recovery-key")
    assert both.returncode != 0 and both.stderr.count("error:") == 1
