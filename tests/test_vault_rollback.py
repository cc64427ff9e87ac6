"""An older copy of the vault put back, or its -wal lost after a crash: noticed and said."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from skingpt_desktop.core.storage import Message, Vault
from skingpt_desktop.core.storage.rollback import mark_path
from tests.gui_helpers import PASSPHRASE as GUI_PASSPHRASE
from tests.test_vault import PASS, fill, new_vault, noise_jpeg

ROOT = Path(__file__).resolve().parents[1]


def add_case(vault: Vault, n: int) -> str:
    return vault.save_conversation_as_case(noise_jpeg(seed=n), [Message("user", f"q{n}")],
                                           "skingpt4-test-pack")


def test_an_older_copy_put_back_is_noticed_once_and_audited(tmp_path) -> None:
    vault = new_vault(tmp_path)
    fill(vault)
    path = vault.path
    vault.close()
    old_copy = tmp_path / "old.sqlite3"
    shutil.copy(path, old_copy)
    vault = Vault.open(path)
    vault.unlock(PASS)
    assert vault.rollback is None  # nothing went back
    add_case(vault, 1)
    add_case(vault, 2)
    vault.close()
    shutil.copy(old_copy, path)  # the older file put back (no -wal: it was checkpointed)
    vault = Vault.open(path)
    vault.unlock(PASS)
    notice = vault.rollback
    assert notice is not None and notice.expected_row > notice.found_row
    assert "older than the copy last used on this computer" in notice.sentence()
    assert any("older than the copy" in w for w in vault.status().warnings)
    assert [e.event for e in vault.audit_log()].count("rollback_detected") == 1
    vault.close()
    again = Vault.open(path)
    again.unlock(PASS)
    assert again.rollback is None  # said once; the mark follows the file again
    again.close()


def test_a_lost_wal_after_a_crash_is_noticed(tmp_path) -> None:
    vault = new_vault(tmp_path)
    fill(vault)
    path = vault.path
    vault.close()
    script = (
        "import os, sys\n"
        "from skingpt_desktop.core.storage import Patient, Vault\n"
        "vault = Vault.open(sys.argv[1]); vault.unlock(sys.argv[2])\n"
        "vault._conn.execute('PRAGMA wal_autocheckpoint=0')\n"
        "vault.add_patient(Patient(label='late'))\n"
        "os._exit(0)\n")  # a crash: no checkpoint, the commit lives only in the -wal file
    crashed = subprocess.run([sys.executable, "-c", script, str(path), PASS], cwd=ROOT,
                             timeout=60)
    assert crashed.returncode == 0
    wal = path.with_name(path.name + "-wal")
    assert wal.exists() and wal.stat().st_size > 0
    wal.unlink()
    path.with_name(path.name + "-shm").unlink(missing_ok=True)
    vault = Vault.open(path)
    vault.unlock(PASS)
    assert vault.rollback is not None
    vault.close()


def test_a_forged_or_foreign_mark_says_nothing(tmp_path) -> None:
    vault = new_vault(tmp_path)
    fill(vault)
    path = vault.path
    vault.close()
    mark = json.loads(mark_path(path).read_text())
    mark["row"] += 100  # no longer matches its tag
    mark_path(path).write_text(json.dumps(mark))
    vault = Vault.open(path)
    vault.unlock(PASS)
    assert vault.rollback is None
    vault.close()
    mark_path(path).write_text("[" * 10000)
    vault = Vault.open(path)
    vault.unlock(PASS)
    assert vault.rollback is None
    vault.close()


def test_the_cli_warns_on_the_unlock_that_notices(tmp_path) -> None:
    env = {**os.environ, "SKINGPT_DATA_DIR": str(tmp_path / "data"), "SKINGPT_PASSPHRASE": PASS,
           "SKINGPT_VAULT_TEST_KDF": "1"}

    def main_py(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "main.py", *args], cwd=ROOT, env=env,
                              capture_output=True, text=True, timeout=120)

    assert main_py("vault", "init").returncode == 0
    path = tmp_path / "data" / "vault.sqlite3"
    old = tmp_path / "old.sqlite3"
    shutil.copy(path, old)
    assert main_py("vault", "add-patient", "--name", "A").returncode == 0
    shutil.copy(old, path)
    cases = main_py("vault", "cases")
    assert cases.returncode == 0, cases.stderr
    assert "warning: this vault is older than the copy last used" in cases.stderr


def test_the_window_says_so_after_unlocking(qtbot, window, tmp_path) -> None:
    services = window.services
    path = services.vault.path
    services.vault.close()
    services.vault = None
    old = tmp_path / "older.sqlite3"
    shutil.copy(path, old)
    vault = Vault.open(path)
    vault.unlock(GUI_PASSPHRASE)
    add_case(vault, 7)
    vault.close()
    shutil.copy(old, path)
    services.vault = Vault.open(path, idle_timeout_s=None)
    services.vault.unlock(GUI_PASSPHRASE)
    with qtbot.waitSignal(window.error_shown, timeout=5000) as shown:
        window.after_unlock()
    assert "older than the copy last used on this computer" in shown.args[0]
