"""Crash safety: a writer is killed with SIGKILL at random moments (at least 50 times); after
every kill the vault must open, pass its checks, and hold every record the writer reported as
committed, intact.

The writer is this file run as a script: it reports each record on its own line in a side file
only after the transaction that stored it has committed.
"""

from __future__ import annotations

import io
import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PASS = "correct horse battery staple"
KILLS = 55

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")


def child(vault_file: str, report_file: str, run: int) -> None:
    """The writer: open, unlock, then store records forever, reporting each after commit."""
    from PIL import Image

    from skingpt_desktop.core.storage import Message, Patient, Vault

    rng = random.Random(run)
    out = io.BytesIO()
    Image.new("RGB", (16, 16), (run % 256, 80, 160)).save(out, "PNG")
    photo = out.getvalue()
    vault = Vault.open(vault_file)
    vault.unlock(PASS)
    report = open(report_file, "a", buffering=1, encoding="utf-8")  # noqa: SIM115 - killed anyway
    report.write(json.dumps({"ready": run}) + "\n")
    conversation = None
    for n in range(1_000_000):
        text = f"run {run} record {n} " + "x" * rng.randrange(0, 400)
        choice = rng.random()
        if conversation is None or choice < 0.15:
            case_id = vault.save_conversation_as_case(photo, [Message("user", text)], "pack")
            conversation = vault.list_conversations(case_id)[0].id
            line = {"kind": "case", "id": case_id, "text": text}
        elif choice < 0.25:
            line = {"kind": "patient", "id": vault.add_patient(Patient(notes=text)).id,
                    "text": text}
        else:
            message = vault.add_message(conversation, Message("assistant", text))
            line = {"kind": "message", "id": message.id, "conversation": conversation,
                    "text": text}
        report.write(json.dumps(line) + "\n")


def committed(report_file: Path) -> list[dict]:
    """Complete lines only: a kill may cut the last one."""
    if not report_file.exists():
        return []
    lines = report_file.read_text(encoding="utf-8").split("\n")[:-1]
    return [json.loads(line) for line in lines]


def wait_ready(report_file: Path, run: int, proc: subprocess.Popen, limit_s: float = 30.0) -> None:
    deadline = time.monotonic() + limit_s
    marker = json.dumps({"ready": run}) + "\n"
    while time.monotonic() < deadline:
        if report_file.exists() and marker in report_file.read_text(encoding="utf-8"):
            return
        if proc.poll() is not None:
            raise AssertionError(f"writer exited early: {proc.stderr.read().decode()}")
        time.sleep(0.005)
    raise AssertionError("writer never became ready")


def wait_for_records(report_file: Path, run: int, count: int, proc: subprocess.Popen,
                     limit_s: float = 60.0) -> None:
    """Wait until writer ``run`` has reported ``count`` committed records."""
    prefix = f"run {run} record "
    deadline = time.monotonic() + limit_s
    while time.monotonic() < deadline:
        mine = [r for r in committed(report_file) if r.get("text", "").startswith(prefix)]
        if len(mine) >= count:
            return
        if proc.poll() is not None:
            raise AssertionError(f"writer exited early: {proc.stderr.read().decode()}")
        time.sleep(0.002)
    raise AssertionError(f"writer {run} committed fewer than {count} records in {limit_s} s")


def check_vault(path: Path, records: list[dict]) -> None:
    from skingpt_desktop.core.storage import Vault

    with Vault.open(path) as vault:
        vault.unlock(PASS)
        assert vault.verify() == []
        chats: dict[str, dict[str, str]] = {}
        for rec in records:
            if rec["kind"] == "case":
                assert vault.get_case(rec["id"]).first_question == rec["text"]
                assert len(vault.list_photos(rec["id"])) == 1
            elif rec["kind"] == "patient":
                assert vault.get_patient(rec["id"]).notes == rec["text"]
            elif rec["kind"] == "message":
                if rec["conversation"] not in chats:
                    conv = vault.get_conversation(rec["conversation"])
                    assert conv.damaged == []
                    chats[rec["conversation"]] = {m.id: m.text for m in conv.messages}
                assert chats[rec["conversation"]][rec["id"]] == rec["text"]


@pytest.mark.slow
def test_random_kills_never_lose_committed_records(tmp_path):
    from skingpt_desktop.core.storage import KdfParams, Vault

    path = tmp_path / "vault.sqlite3"
    Vault.create(path, PASS, kdf=KdfParams.for_tests()).close()
    report_file = tmp_path / "committed.jsonl"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    rng = random.Random(1234)
    kills = 0
    expected_min = 0  # records the writers are known to have committed
    for run in range(KILLS):
        proc = subprocess.Popen([sys.executable, __file__, str(path), str(report_file), str(run)],
                                cwd=ROOT, env=env, stderr=subprocess.PIPE)
        if rng.random() < 0.1:
            time.sleep(rng.uniform(0.0, 0.3))  # sometimes during start-up, unlock or migration
        else:
            wait_ready(report_file, run, proc)
            # Let it commit a few records first (counted, not timed, so a slow machine still
            # kills a writer that is really writing), then kill at a random moment mid-write.
            target = rng.randint(2, 6)
            wait_for_records(report_file, run, target, proc)
            expected_min += target
            time.sleep(rng.uniform(0.0, 0.01))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        assert proc.returncode == -signal.SIGKILL, proc.stderr.read().decode()
        proc.stderr.close()
        kills += 1
        if run % 10 == 9:  # the vault opens and is whole after kills, not only at the end
            check_vault(path, [r for r in committed(report_file) if "kind" in r])
    records = [r for r in committed(report_file) if "kind" in r]
    assert kills >= 50
    assert len(records) >= expected_min > 2 * KILLS  # the writers really were writing
    assert {r["kind"] for r in records} == {"case", "patient", "message"}
    check_vault(path, records)


if __name__ == "__main__":
    child(sys.argv[1], sys.argv[2], int(sys.argv[3]))
