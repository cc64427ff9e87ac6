"""`python main.py vault ...` as a user or a script runs it: a subprocess with its own data dir."""

from __future__ import annotations

import io
import json
import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from skingpt_desktop.core.storage import Case, Message, Patient, Vault

ROOT = Path(__file__).resolve().parents[1]
PASS = "correct horse battery staple"
RECOVERY_RE = re.compile(r"\b[A-Z2-7]{4}(?:-[A-Z2-7]{4}){7}\b")


def cli(data_dir: Path, *args: str, passphrase: str | None = PASS, stdin: str = "",
        test_kdf: bool = True, **env: str) -> subprocess.CompletedProcess:
    environ = {k: v for k, v in os.environ.items() if not k.startswith("SKINGPT_")}
    environ["SKINGPT_DATA_DIR"] = str(data_dir)
    if passphrase is not None:
        environ["SKINGPT_PASSPHRASE"] = passphrase
    if test_kdf:
        environ["SKINGPT_VAULT_TEST_KDF"] = "1"
    environ.update(env)
    return subprocess.run([sys.executable, "main.py", "vault", *args], cwd=ROOT, env=environ,
                          input=stdin, capture_output=True, text=True, timeout=120)


def assert_clean_error(result: subprocess.CompletedProcess, pattern: str) -> None:
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr
    assert re.search(pattern, lines[0]), lines[0]


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    result = cli(folder, "init")
    assert result.returncode == 0, result.stderr
    return folder


def add_cases(data_dir: Path, questions: list[str]) -> list[str]:
    with Vault.open(data_dir / "vault.sqlite3") as vault:
        vault.unlock(PASS)
        return [vault.save_conversation_as_case(None, [Message("user", q)], "pack")
                for q in questions]


def test_init_with_recovery_key_shows_it_once_and_warns(tmp_path):
    result = cli(tmp_path / "d", "init", "--recovery-key")
    assert result.returncode == 0, result.stderr
    keys = RECOVERY_RE.findall(result.stdout)
    assert len(keys) == 1
    assert "cannot be recovered" in result.stdout
    status = cli(tmp_path / "d", "status")
    assert keys[0] not in status.stdout and "recovery key:   yes" in status.stdout
    assert keys[0].encode() not in (tmp_path / "d" / "vault.sqlite3").read_bytes()
    again = cli(tmp_path / "d", "init")
    assert_clean_error(again, "already exists")


def test_init_without_recovery_key_still_states_the_warning(tmp_path):
    result = cli(tmp_path / "d", "init")
    assert result.returncode == 0
    assert not RECOVERY_RE.search(result.stdout) and "cannot be recovered" in result.stdout


def test_real_init_uses_a_calibrated_kdf_of_at_least_64_mib(tmp_path):
    result = cli(tmp_path / "d", "init", test_kdf=False)
    assert result.returncode == 0, result.stderr
    mib = int(re.search(r"Argon2id, (\d+) MiB", result.stdout).group(1))
    assert mib >= 64 and "TEST-ONLY" not in result.stdout


def test_status_checks_every_record_and_reports_damage(data_dir):
    add_cases(data_dir, ["first question", "second question"])
    ok = cli(data_dir, "status")
    assert ok.returncode == 0 and "integrity:      ok" in ok.stdout
    assert "2 cases" in ok.stdout and "1 pass," in ok.stdout and "TEST-ONLY" in ok.stdout
    with Vault.open(data_dir / "vault.sqlite3") as vault:  # the id a recovery sheet names
        assert f"vault id:       {vault.vault_id}" in ok.stdout
    locked = cli(data_dir, "status", "--locked", passphrase=None)
    assert locked.returncode == 0 and "integrity" not in locked.stdout
    with sqlite3.connect(data_dir / "vault.sqlite3") as conn:
        rid, blob = conn.execute("SELECT id, blob FROM records WHERE kind='case'").fetchone()
        # Flip a bit (overwriting with 0x00 changes nothing when the byte already is 0x00).
        flipped = blob[:-1] + bytes([blob[-1] ^ 1])
        conn.execute("UPDATE records SET blob=? WHERE id=?", (flipped, rid))
    damaged = cli(data_dir, "status")
    assert damaged.returncode == 1 and f"case {rid}" in damaged.stdout
    assert_clean_error(damaged, "1 damaged record")


def test_wrong_or_missing_passphrase_is_one_line_without_traceback(data_dir, tmp_path):
    assert_clean_error(cli(data_dir, "cases", passphrase="not the passphrase"),
                       "wrong passphrase")
    assert_clean_error(cli(data_dir, "cases", passphrase=None), "SKINGPT_PASSPHRASE")
    assert_clean_error(cli(tmp_path / "empty", "status"), "no vault at .*vault init")


def test_cases_lists_title_patient_status_and_photos(data_dir):
    ids = add_cases(data_dir, ["Could you describe the skin disease in this image for me?"])
    with Vault.open(data_dir / "vault.sqlite3") as vault:
        vault.unlock(PASS)
        patient = vault.add_patient(Patient(label="Amina K."))
        titled = vault.add_case(Case(title="Itchy rash, left forearm", patient_id=patient.id))
        vault.add_message(vault.start_conversation(titled.id).id,
                          Message("user", "Is this mole\nchanging?"))
    result = cli(data_dir, "cases")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 2
    assert re.match(rf"{titled.id}  \d{{4}}-\d\d-\d\d \d\d:\d\d  Itchy rash, left forearm · "
                    r"Amina K\. · open · 0 photos$", lines[0]), lines[0]
    # Without a title of its own a case is named by its first question.
    assert lines[1].startswith(ids[0]) and "in this image for me? · no patient" in lines[1]
    listed = json.loads(cli(data_dir, "cases", "--json").stdout)
    assert [c["id"] for c in listed] == [titled.id, ids[0]]
    assert listed[0]["patient"] == "Amina K." and listed[0]["title"] == "Itchy rash, left forearm"


def test_vault_help_names_every_secret_variable(data_dir):
    result = cli(data_dir, "--help", passphrase=None)
    assert result.returncode == 0
    text = " ".join(result.stdout.split())
    for name in ("SKINGPT_PASSPHRASE", "SKINGPT_NEW_PASSPHRASE", "SKINGPT_RECOVERY_KEY",
                 "SKINGPT_BACKUP_PASSPHRASE"):
        assert f"${name}" in text


def test_passphrase_from_stdin_when_not_in_a_terminal(data_dir):
    add_cases(data_dir, ["piped question"])
    result = cli(data_dir, "cases", passphrase=None, stdin=PASS + "\n")
    assert result.returncode == 0 and "piped question" in result.stdout


def test_export_and_import_on_another_machine(data_dir, tmp_path):
    ids = add_cases(data_dir, ["exported question one", "exported question two"])
    backup = tmp_path / "all.skgbackup"
    result = cli(data_dir, "export", str(backup))
    assert result.returncode == 0 and "Wrote" in result.stdout, result.stderr
    assert_clean_error(cli(data_dir, "export", str(backup)), "already exists")
    single = tmp_path / "one.skgbackup"
    assert cli(data_dir, "export", str(single), "--case", ids[0]).returncode == 0

    other = tmp_path / "other"
    assert cli(other, "init", passphrase="other machine passphrase").returncode == 0
    wrong = cli(other, "import", str(backup), passphrase="other machine passphrase")
    assert_clean_error(wrong, "wrong passphrase for the backup")
    imported = cli(other, "import", str(single), passphrase="other machine passphrase",
                   SKINGPT_BACKUP_PASSPHRASE=PASS)
    assert imported.returncode == 0 and "Imported" in imported.stdout, imported.stderr
    listed = cli(other, "cases", passphrase="other machine passphrase").stdout
    assert "exported question one" in listed and "exported question two" not in listed
    cli(other, "import", str(backup), passphrase="other machine passphrase",
        SKINGPT_BACKUP_PASSPHRASE=PASS)
    listed = cli(other, "cases", passphrase="other machine passphrase").stdout
    assert "exported question two" in listed

    truncated = tmp_path / "cut.skgbackup"
    truncated.write_bytes(backup.read_bytes()[:-100])
    assert_clean_error(cli(other, "import", str(truncated), passphrase="other machine passphrase",
                           SKINGPT_BACKUP_PASSPHRASE=PASS), "truncated|damaged|integrity")
    assert cli(other, "cases", passphrase="other machine passphrase").stdout == listed
    assert cli(other, "status", passphrase="other machine passphrase").returncode == 0


def test_import_dry_run_lists_what_would_be_added_and_writes_nothing(data_dir, tmp_path):
    ids = add_cases(data_dir, ["dry run question one", "dry run question two"])
    backup, single = tmp_path / "all.skgbackup", tmp_path / "one.skgbackup"
    assert cli(data_dir, "export", str(backup)).returncode == 0
    assert cli(data_dir, "export", str(single), "--case", ids[0]).returncode == 0
    other, secret = tmp_path / "other", "other machine passphrase"
    assert cli(other, "init", passphrase=secret).returncode == 0
    assert cli(other, "import", str(single), passphrase=secret,
               SKINGPT_BACKUP_PASSPHRASE=PASS).returncode == 0
    records = sqlite3.connect(other / "vault.sqlite3").execute(
        "SELECT COUNT(*) FROM records WHERE kind != 'audit'").fetchone()
    result = cli(other, "import", "--dry-run", str(backup), passphrase=secret,
                 SKINGPT_BACKUP_PASSPHRASE=PASS)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Backup of the whole vault" in out and "Would add" in out, out
    assert "case:    dry run question two · no patient" in out
    kept = out.split("Already in the vault")[1]
    assert "dry run question one" in kept and "dry run question two" not in kept
    assert out.rstrip().endswith("Nothing was written.")
    assert sqlite3.connect(other / "vault.sqlite3").execute(
        "SELECT COUNT(*) FROM records WHERE kind != 'audit'").fetchone() == records
    listed = cli(other, "cases", passphrase=secret).stdout
    assert "dry run question two" not in listed


def test_change_passphrase_with_old_passphrase_or_recovery_key(tmp_path):
    folder = tmp_path / "d"
    key = RECOVERY_RE.search(cli(folder, "init", "--recovery-key").stdout).group(0)
    add_cases(folder, ["kept across passphrase changes"])
    changed = cli(folder, "change-passphrase", SKINGPT_NEW_PASSPHRASE="second passphrase")
    assert changed.returncode == 0, changed.stderr
    assert_clean_error(cli(folder, "cases"), "wrong passphrase")
    assert "kept across" in cli(folder, "cases", passphrase="second passphrase").stdout
    assert_clean_error(cli(folder, "change-passphrase", SKINGPT_NEW_PASSPHRASE="short"),
                       "wrong passphrase|at least 8")
    reset = cli(folder, "change-passphrase", "--recovery-key", passphrase=None,
                SKINGPT_RECOVERY_KEY=key.lower(), SKINGPT_NEW_PASSPHRASE="third passphrase")
    assert reset.returncode == 0, reset.stderr
    assert "kept across" in cli(folder, "cases", passphrase="third passphrase").stdout


def test_save_transcript_as_case_for_ask_save(data_dir, tmp_path, monkeypatch):
    from skingpt_desktop.cli.vault import save_transcript_as_case

    photo = tmp_path / "lesion.jpg"
    Image.new("RGB", (40, 30), (150, 90, 80)).save(photo, "JPEG")
    monkeypatch.setenv("SKINGPT_PASSPHRASE", PASS)
    turns = [{"question": "What is this?", "answer": "Possibly eczema.", "stop_reason": "stop"},
             {"question": "Treatment?", "answer": "Emollients.", "stop_reason": "stop"}]
    from skingpt_desktop.cli.vault import open_unlocked

    with open_unlocked(data_dir) as vault:
        case_id = save_transcript_as_case(vault, photo, turns, "tiny-pack")
    with Vault.open(data_dir / "vault.sqlite3") as vault:
        vault.unlock(PASS)
        assert vault.get_case(case_id).first_question == "What is this?"
        chat = vault.get_conversation(vault.list_conversations(case_id)[0].id)
        assert [(m.role, m.text, m.pack_name) for m in chat.messages] == [
            ("user", "What is this?", "tiny-pack"), ("assistant", "Possibly eczema.", "tiny-pack"),
            ("user", "Treatment?", "tiny-pack"), ("assistant", "Emollients.", "tiny-pack")]
        stored = Image.open(io.BytesIO(vault.list_photos(case_id)[0].data))
        assert stored.size == (40, 30)
    assert "What is this?" in cli(data_dir, "cases").stdout
