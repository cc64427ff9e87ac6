"""Numbered record migrations: an earlier release's vault opens, upgrades in place and keeps
every record; a failed upgrade changes nothing; a newer vault is refused."""

from __future__ import annotations

import dataclasses
import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from skingpt_desktop.core.errors import VaultError
from skingpt_desktop.core.storage import KdfParams, Vault, record_migrations
from skingpt_desktop.core.storage.record_migrations import (
    LATEST_RECORD_VERSION,
    MIGRATIONS,
    RecordMigration,
    upgrade_fields,
)
from skingpt_desktop.core.storage.records import KINDS

FIXTURE = Path(__file__).parent / "fixtures" / "vault_v1"
PASS = "correct horse battery staple"  # the fixture's passphrase (see make_vault_v1.py)
NEW_FIELDS = {"patient": {"clinic_id": None, "contact": "", "allergies": ""},
              "case": {"follows_case_id": None, "change_note": ""},
              "message": {"stop_reason": ""}}


@pytest.fixture
def old_vault(tmp_path: Path) -> Path:
    """A private copy of the vault written by the earlier release."""
    return Path(shutil.copy(FIXTURE / "vault.sqlite", tmp_path / "vault.sqlite"))


def _expected() -> dict:
    return json.loads((FIXTURE / "expected.json").read_text(encoding="utf-8"))


def _blobs(path: Path) -> dict[str, bytes]:
    with sqlite3.connect(path) as conn:
        return dict(conn.execute("SELECT id, blob FROM records WHERE kind != 'audit'"))


def _stored_fields(vault: Vault, kind: str) -> list[dict]:
    return [fields for _, fields, _ in vault._store.load_all(kind)]


def test_the_fixture_really_holds_the_old_record_shape(old_vault):
    with sqlite3.connect(old_vault) as conn:
        assert conn.execute("SELECT value FROM meta WHERE key='record_version'").fetchone() is None
    with Vault.open(old_vault) as vault:
        assert vault.status().record_version == 1  # readable without the key
        vault._set_key(_key(vault))  # the key without unlock(): read raw, without migrating
        for kind in ("patient", "case", "message"):
            for fields in _stored_fields(vault, kind):
                assert not set(NEW_FIELDS[kind]) & set(fields), kind


def _key(vault: Vault):
    from skingpt_desktop.core.storage import keyring
    return keyring.unwrap_with_passphrase(vault._header, PASS, "fixture")


def test_an_old_vault_migrates_in_place_and_keeps_every_record(old_vault):
    expected = _expected()
    with Vault.open(old_vault, idle_timeout_s=None) as vault:
        vault.unlock(PASS)
        assert vault.status().record_version == LATEST_RECORD_VERSION
        # kinds newer than the fixture (evaluations) are counted as none
        assert vault.status().counts == {**dict.fromkeys(KINDS, 0), **expected["counts"],
                                         "audit": vault.status().counts["audit"]}
        patients = [dataclasses.asdict(p) for p in vault.list_patients()]
        assert patients == [{**old, **NEW_FIELDS["patient"]} for old in expected["patients"]]
        for old in expected["cases"]:
            case_id = old["case"]["id"]
            assert dataclasses.asdict(vault.get_case(case_id)) == {**old["case"],
                                                                   **NEW_FIELDS["case"]}
            photos = [{"id": p.id, "sha256": p.sha256, "width": p.width, "height": p.height}
                      for p in vault.list_photos(case_id)]
            assert photos == old["photos"]
            chats = [[dataclasses.asdict(m) for m in vault.get_conversation(c.id).messages]
                     for c in vault.list_conversations(case_id)]
            assert chats == [[{**m, **NEW_FIELDS["message"]} for m in chat]
                             for chat in old["conversations"]]
            reports = [{"id": r.id, "title": r.title, "text": r.text, "data": r.data}
                       for r in vault.list_reports(case_id)]
            assert reports == old["reports"]
        for kind, fields in NEW_FIELDS.items():  # upgraded in the file, not only on reading
            for stored in _stored_fields(vault, kind):
                assert set(fields) <= set(stored), kind
        assert vault.verify() == []
        migrations = [e for e in vault.audit_log() if e.event == "migrate"]
        assert [e.details["to_version"] for e in migrations] == [LATEST_RECORD_VERSION]
    with Vault.open(old_vault, idle_timeout_s=None) as vault:  # the second unlock does nothing
        before = _blobs(old_vault)
        vault.unlock(PASS)
        assert _blobs(old_vault) == before
        assert len([e for e in vault.audit_log() if e.event == "migrate"]) == 1


def test_a_failing_upgrade_changes_nothing_and_leaves_the_vault_locked(old_vault, monkeypatch):
    before = _blobs(old_vault)
    calls = []

    def explode(fields: dict) -> dict:
        calls.append(1)
        if len(calls) == 2:
            raise RuntimeError("disk on fire")
        return fields

    broken = (*MIGRATIONS, RecordMigration(LATEST_RECORD_VERSION + 1, "test", {"case": explode}))
    monkeypatch.setattr(record_migrations, "MIGRATIONS", broken)
    monkeypatch.setattr(record_migrations, "LATEST_RECORD_VERSION", LATEST_RECORD_VERSION + 1)
    with Vault.open(old_vault) as vault:
        with pytest.raises(RuntimeError, match="disk on fire"):
            vault.unlock(PASS)
        assert not vault.is_unlocked
        assert vault.status().record_version == 1
    assert _blobs(old_vault) == before
    assert len(calls) == 2


def test_a_damaged_record_is_left_alone_and_the_rest_migrate(old_vault):
    with sqlite3.connect(old_vault) as conn:
        seq, blob = conn.execute("SELECT seq, blob FROM records WHERE kind='message' "
                                 "ORDER BY seq LIMIT 1").fetchone()
        conn.execute("UPDATE records SET blob = ? WHERE seq = ?",
                     (blob[:-1] + bytes([blob[-1] ^ 1]), seq))
    with Vault.open(old_vault, idle_timeout_s=None) as vault:
        vault.unlock(PASS)
        entry = [e for e in vault.audit_log() if e.event == "migrate"][0]
        assert entry.details["damaged_skipped"] == 1
        assert [d.kind for d in vault.verify()].count("message") == 1
        assert all("stop_reason" in f for f in _stored_fields(vault, "message") if f is not None)


def test_a_vault_from_a_newer_release_is_refused_before_unlock(tmp_path):
    path = tmp_path / "vault.sqlite"
    Vault.create(path, PASS, kdf=KdfParams.for_tests()).close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE meta SET value = ? WHERE key = 'record_version'",
                     (str(LATEST_RECORD_VERSION + 1),))
    with pytest.raises(VaultError, match="newer than this SkinGPT Desktop understands"):
        Vault.open(path)


def test_a_new_vault_starts_at_the_latest_version_and_never_migrates(tmp_path):
    path = tmp_path / "vault.sqlite"
    Vault.create(path, PASS, kdf=KdfParams.for_tests()).close()
    with Vault.open(path) as vault:
        vault.unlock(PASS)
        assert vault.status().record_version == LATEST_RECORD_VERSION
        assert not [e for e in vault.audit_log() if e.event == "migrate"]


def test_upgrades_are_idempotent_and_keep_unknown_fields():
    old = {"title": "t", "extra_from_elsewhere": 7}
    once = upgrade_fields("case", old, 1)
    assert once["extra_from_elsewhere"] == 7 and once["change_note"] == ""
    assert upgrade_fields("case", once, 1) == once
    assert upgrade_fields("case", {"status": "closed", "follows_case_id": ""}, 1) == {
        "status": "closed", "follows_case_id": None, "change_note": ""}
    assert upgrade_fields("message", {"text": "hi"}, 2) == {"text": "hi"}  # v2 already applied
    assert upgrade_fields("photo", {"mime": "image/jpeg"}, 4) == {"mime": "image/jpeg"}  # current
    assert upgrade_fields("photo", {"mime": "image/jpeg"}, 1) == {"mime": "image/jpeg",
                                                                  "view": "close-up"}


def test_versions_are_numbered_in_order():
    versions = [step.version for step in MIGRATIONS]
    assert versions == sorted(set(versions)) and versions[0] == 2
    assert LATEST_RECORD_VERSION == versions[-1]
