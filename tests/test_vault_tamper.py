"""Tampering with the file is detected per record and never hides the rest of the vault."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from skingpt_desktop.core.storage import (
    Case,
    KdfParams,
    Message,
    Patient,
    RecordDamagedError,
    Vault,
    WrongPassphraseError,
)

PASS = "correct horse battery staple"


@pytest.fixture
def vault(tmp_path: Path) -> Vault:
    vault = Vault.create(tmp_path / "vault.sqlite3", PASS, kdf=KdfParams.for_tests())
    for i in range(3):
        case = vault.add_case(Case(title=f"case {i}", first_question=f"question {i}"))
        chat = vault.start_conversation(case.id, "pack")
        for j in range(3):
            vault.add_message(chat.id, Message("user", f"case {i} message {j}"))
    yield vault
    vault.close()


def sql(vault: Vault, statement: str, *args) -> list[tuple]:
    """Change the file behind the vault's back, as an attacker with the file would."""
    with sqlite3.connect(vault.path) as conn:
        return conn.execute(statement, args).fetchall()


def case_ids(vault: Vault) -> list[str]:
    return [r[0] for r in sql(vault, "SELECT id FROM records WHERE kind='case' ORDER BY seq")]


def flip_byte(vault: Vault, record_id: str, offset: int = -5) -> None:
    blob = bytearray(sql(vault, "SELECT blob FROM records WHERE id=?", record_id)[0][0])
    blob[offset] ^= 0x01
    sql(vault, "UPDATE records SET blob=? WHERE id=?", bytes(blob), record_id)


@pytest.mark.parametrize("offset", [0, 5, 30, -1])  # version byte, nonce, body, tag
def test_flipped_byte_damages_only_that_record(vault, offset):
    target, *others = case_ids(vault)
    flip_byte(vault, target, offset)
    with pytest.raises(RecordDamagedError, match=target) as info:
        vault.get_case(target)
    assert info.value.record_id == target and info.value.kind == "case"
    listed = {c.id: c for c in vault.list_cases()}
    assert listed[target].damaged and not any(listed[o].damaged for o in others)
    assert [vault.get_case(o).title for o in others] == ["case 1", "case 2"]
    damaged = vault.verify()
    assert [(d.kind, d.id) for d in damaged] == [("case", target)]


def test_swapping_blobs_between_rows_is_detected(vault):
    first, second, third = case_ids(vault)
    blob_1, blob_2 = (sql(vault, "SELECT blob FROM records WHERE id=?", i)[0][0]
                      for i in (first, second))
    sql(vault, "UPDATE records SET blob=? WHERE id=?", blob_2, first)
    sql(vault, "UPDATE records SET blob=? WHERE id=?", blob_1, second)
    for rid in (first, second):
        with pytest.raises(RecordDamagedError):
            vault.get_case(rid)
    assert vault.get_case(third).title == "case 2"


def test_moving_a_message_to_another_conversation_is_detected(vault):
    chats = [r[0] for r in sql(vault, "SELECT id FROM records WHERE kind='conversation'")]
    message = sql(vault, "SELECT id FROM records WHERE kind='message' AND parent=? ORDER BY seq",
                  chats[0])[0][0]
    sql(vault, "UPDATE records SET parent=? WHERE id=?", chats[1], message)
    moved_to = vault.get_conversation(chats[1])
    assert [m.text for m in moved_to.messages] == [f"case 1 message {j}" for j in range(3)]
    assert any(message in d for d in moved_to.damaged)
    origin = vault.get_conversation(chats[0])
    assert [m.text for m in origin.messages] == ["case 0 message 1", "case 0 message 2"]
    assert origin.damaged == ["message 1 of 3 is missing or damaged"]
    assert {d.id for d in vault.verify()} >= {message, chats[0], chats[1]}


def test_deleted_message_row_is_reported_missing(vault):
    chat = sql(vault, "SELECT id FROM records WHERE kind='conversation' ORDER BY seq")[0][0]
    sql(vault, "DELETE FROM records WHERE kind='message' AND parent=? AND seq=(SELECT MAX(seq) "
               "FROM records WHERE parent=?)", chat, chat)
    conversation = vault.get_conversation(chat)
    assert len(conversation.messages) == 2
    assert conversation.damaged == ["message 3 of 3 is missing or damaged"]


def test_changing_a_record_kind_is_detected(vault):
    patient = vault.add_patient(Patient(label="Ann"))
    sql(vault, "UPDATE records SET kind='case' WHERE id=?", patient.id)
    listed = {c.id: c for c in vault.list_cases()}
    assert listed[patient.id].damaged
    assert len([c for c in listed.values() if not c.damaged]) == 3


def test_tampered_header_means_no_unlock_and_no_change(vault):
    path = vault.path
    vault.close()
    header = sql_path(path, "SELECT value FROM meta WHERE key='header'")[0][0]
    sql_path(path, "UPDATE meta SET value=? WHERE key='header'",
             header.replace('"time_cost": 1', '"time_cost": 2'))
    reopened = Vault.open(path)
    with pytest.raises(WrongPassphraseError):
        reopened.unlock(PASS)
    reopened.close()


def sql_path(path: Path, statement: str, *args) -> list[tuple]:
    with sqlite3.connect(path) as conn:
        return conn.execute(statement, args).fetchall()
