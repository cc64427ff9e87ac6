"""The vault's core promises: encrypted at rest, wrong passphrase changes nothing, passphrase
changes re-wrap only, recovery key, lock and idle lock, migrations, and the data model."""

from __future__ import annotations

import io
import os
import sqlite3
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from skingpt_desktop.core.errors import ImageError, VaultError
from skingpt_desktop.core.storage import (
    Case,
    KdfParams,
    Message,
    Patient,
    Report,
    Vault,
    VaultLockedError,
    WrongPassphraseError,
    crypto,
    schema,
    vault_path,
)
from skingpt_desktop.core.storage.records import RecordNotFoundError

PASS = "correct horse battery staple"
CANARIES = ("Zebediah Quuxworth", "canary-notes-7Hq2x", "itchy purple plaque behind the knee",
            "Looks like lichen planus, canary-answer")


def new_vault(tmp_path: Path, **kwargs) -> Vault:
    return Vault.create(tmp_path / "data" / "vault.sqlite3", PASS, kdf=KdfParams.for_tests(),
                        **kwargs)


def noise_jpeg(width: int = 96, height: int = 64, seed: int = 1) -> bytes:
    pixels = np.random.default_rng(seed).integers(0, 256, (height, width, 3), dtype=np.uint8)
    out = io.BytesIO()
    Image.fromarray(pixels).save(out, "JPEG", quality=92)
    return out.getvalue()


def record_blobs(path: Path) -> dict[str, bytes]:
    with sqlite3.connect(path) as conn:
        return dict(conn.execute("SELECT id, blob FROM records"))


def fill(vault: Vault) -> str:
    patient = vault.add_patient(Patient(label=CANARIES[0], birth_year=1971, sex="female",
                                        fitzpatrick="V", notes=CANARIES[1]))
    return vault.save_conversation_as_case(
        noise_jpeg(), [Message("user", CANARIES[2]), Message("assistant", CANARIES[3])],
        "skingpt4-test-pack", patient_id=patient.id)


def test_nothing_readable_on_disk_including_wal(tmp_path):
    vault = new_vault(tmp_path)
    raw_photo = noise_jpeg()
    case_id = fill(vault)
    stored = vault.list_photos(case_id)[0].data
    pixels = np.asarray(Image.open(io.BytesIO(raw_photo))).tobytes()
    needles = [c.encode() for c in CANARIES] + [c.encode("utf-16-le") for c in CANARIES]
    for blob in (raw_photo, stored, pixels):  # several windows of each image byte string
        needles += [blob[i:i + 24] for i in range(len(blob) // 4, len(blob) - 24, len(blob) // 5)]

    def scan() -> list[str]:
        names = []
        for path in (tmp_path / "data").rglob("*"):
            content = path.read_bytes()
            names += [path.name for needle in needles if needle in content]
        return names

    assert (tmp_path / "data" / "vault.sqlite3-wal").exists()  # the check covers the WAL
    assert scan() == []
    vault.close()
    assert scan() == []
    assert Vault.open(tmp_path / "data" / "vault.sqlite3") is not None


def test_pragmas_wal_full_sync_and_memory_temp_store(tmp_path):
    vault = new_vault(tmp_path)
    conn = vault._conn
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert conn.execute("PRAGMA temp_store").fetchone()[0] == 2  # MEMORY


def test_wrong_passphrase_is_a_clear_error_and_changes_nothing(tmp_path):
    vault = new_vault(tmp_path)
    fill(vault)
    vault.close()
    path = tmp_path / "data" / "vault.sqlite3"
    before = path.read_bytes(), record_blobs(path)
    reopened = Vault.open(path)
    with pytest.raises(WrongPassphraseError, match="wrong passphrase"):
        reopened.unlock("not the passphrase")
    assert not reopened.is_unlocked
    with pytest.raises(VaultLockedError):
        reopened.list_cases()
    reopened.close()
    assert record_blobs(path) == before[1]
    assert path.read_bytes() == before[0]


def test_change_passphrase_rewraps_only(tmp_path):
    vault = new_vault(tmp_path)
    fill(vault)
    recovery = vault.add_recovery_key()
    path = vault.path
    blobs = record_blobs(path)
    with pytest.raises(WrongPassphraseError):
        vault.change_passphrase("wrong guess here", "brand new passphrase")
    vault.change_passphrase(PASS, "brand new passphrase")
    after = record_blobs(path)
    assert {k: v for k, v in after.items() if k in blobs} == blobs  # byte-identical
    vault.close()
    vault = Vault.open(path)
    with pytest.raises(WrongPassphraseError):
        vault.unlock(PASS)
    vault.unlock("brand new passphrase")
    assert len(vault.list_cases()) == 1
    vault.lock()
    vault.unlock_with_recovery_key(recovery.lower().replace("-", " "))  # as a person may type it
    assert vault.list_cases()[0].first_question == CANARIES[2]


def test_recovery_key_resets_a_lost_passphrase(tmp_path):
    vault = new_vault(tmp_path)
    case_id = fill(vault)
    key = vault.add_recovery_key()
    assert len(key.split("-")) == 8 and all(len(g) == 4 for g in key.split("-"))
    vault.close()
    vault = Vault.open(tmp_path / "data" / "vault.sqlite3")
    wrong = crypto.format_recovery_key(bytes(crypto.RECOVERY_KEY_BYTES))
    with pytest.raises(WrongPassphraseError, match="recovery key"):
        vault.reset_passphrase_with_recovery_key(wrong, "a fresh passphrase")
    with pytest.raises(VaultError, match="letters and digits"):
        vault.unlock_with_recovery_key("ABCD-EFGH")
    vault.reset_passphrase_with_recovery_key(key, "a fresh passphrase")
    vault.close()
    vault = Vault.open(tmp_path / "data" / "vault.sqlite3")
    vault.unlock("a fresh passphrase")
    assert vault.get_case(case_id).first_question == CANARIES[2]
    vault.remove_recovery_key()
    with pytest.raises(VaultError, match="no recovery key"):
        vault.unlock_with_recovery_key(key)


def test_lock_wipes_the_key_and_blocks_every_operation(tmp_path):
    vault = new_vault(tmp_path)
    case_id = fill(vault)
    key = vault._data_key
    buffer = key.material
    vault.lock()
    assert key.wiped and not any(buffer)  # the bytes the key lived in are zero now
    assert vault._data_key is None and not vault.is_unlocked
    for call in (vault.list_cases, lambda: vault.get_case(case_id), vault.list_patients,
                 lambda: vault.add_case(Case(title="x")), vault.add_recovery_key):
        with pytest.raises(VaultLockedError):
            call()
    vault.unlock(PASS)
    assert vault.get_case(case_id).first_question == CANARIES[2]


def test_idle_timeout_locks_on_next_use_or_on_check(tmp_path):
    now = [1000.0]
    vault = new_vault(tmp_path, idle_timeout_s=60.0, clock=lambda: now[0])
    fill(vault)
    now[0] += 59.0
    assert len(vault.list_cases()) == 1  # activity pushes the deadline back
    now[0] += 59.0
    assert vault.check_idle() is False and vault.seconds_until_lock() == pytest.approx(1.0)
    now[0] += 2.0
    with pytest.raises(VaultLockedError, match="locked itself"):
        vault.list_cases()
    assert not vault.is_unlocked
    vault.unlock(PASS)
    now[0] += 61.0
    assert vault.check_idle() is True and vault._data_key is None


def test_migrations_are_recorded_and_newer_schema_refused(tmp_path):
    vault = new_vault(tmp_path)
    path = vault.path
    vault.close()
    with sqlite3.connect(path) as conn:
        rows = conn.execute("SELECT version, name FROM schema_migrations").fetchall()
        assert [r[0] for r in rows] == [m[0] for m in schema.MIGRATIONS]
    Vault.open(path).close()  # reopening applies nothing twice
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT COUNT(*) FROM schema_migrations").fetchone()[0] == len(rows)
        conn.execute("INSERT INTO schema_migrations VALUES (99, 'future', 0)")
    with pytest.raises(VaultError, match="newer than this"):
        Vault.open(path)


def test_open_missing_or_foreign_file_is_a_clear_error(tmp_path):
    with pytest.raises(VaultError, match="no vault at"):
        Vault.open(tmp_path / "nothing.sqlite3")
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"this is not a database" * 100)
    with pytest.raises(VaultError, match="not a readable vault"):
        Vault.open(junk)
    foreign = tmp_path / "other-app.sqlite3"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE notes (body TEXT)")
    before = foreign.read_bytes()
    with pytest.raises(VaultError, match="not a SkinGPT vault"):
        Vault.open(foreign)
    assert foreign.read_bytes() == before  # another app's database is left untouched
    new_vault(tmp_path).close()
    with pytest.raises(VaultError, match="already exists"):
        new_vault(tmp_path)


def test_real_vaults_refuse_weak_kdf_and_short_passphrases(tmp_path):
    with pytest.raises(VaultError, match="below the minimum"):
        Vault.create(tmp_path / "v.sqlite3", PASS, kdf=KdfParams(8192, 1, 1))
    with pytest.raises(VaultError, match="at least 8"):
        Vault.create(tmp_path / "v.sqlite3", "short", kdf=KdfParams.for_tests())
    assert not (tmp_path / "v.sqlite3").exists()


def test_calibrated_kdf_is_at_least_64_mib():
    params = crypto.calibrate(target_s=0.05)
    assert params.memory_kib >= 64 * 1024 and params.time_cost >= 3 and not params.test_only
    params.check()


def test_data_dir_override_and_env(tmp_path, monkeypatch):
    monkeypatch.setenv("SKINGPT_DATA_DIR", str(tmp_path / "env"))
    assert vault_path() == tmp_path / "env" / "vault.sqlite3"
    assert vault_path(tmp_path / "arg") == tmp_path / "arg" / "vault.sqlite3"
    monkeypatch.delenv("SKINGPT_DATA_DIR")
    assert "SkinGPT" in str(vault_path())


def test_data_model_round_trip_and_cascading_delete(tmp_path):
    vault = new_vault(tmp_path)
    patient = vault.add_patient(Patient(label="ID-4711", birth_year=1990, fitzpatrick="II"))
    case = vault.add_case(Case(title="mole on back", patient_id=patient.id, body_site="back",
                               onset="2 months", symptoms="grew, itches"))
    photo = vault.add_photo(case.id, noise_jpeg(seed=3))
    chat = vault.start_conversation(case.id, "pack-a")
    for i in range(5):
        vault.add_message(chat.id, Message("user" if i % 2 == 0 else "assistant", f"turn {i}"))
    report = vault.add_report(Report(case_id=case.id, title="summary", text="benign-looking",
                                     data={"concepts": ["Macule"]}))
    assert vault.get_patient(patient.id).label == "ID-4711"
    loaded = vault.get_conversation(chat.id)
    assert [m.text for m in loaded.messages] == [f"turn {i}" for i in range(5)]
    assert all(m.pack_name == "pack-a" for m in loaded.messages) and not loaded.damaged
    assert vault.get_case(case.id).first_question == "turn 0"
    assert vault.get_report(report.id).data == {"concepts": ["Macule"]}
    assert vault.get_photo(photo.id).data == photo.data
    summary = vault.list_cases(patient_id=patient.id)[0]
    assert (summary.photo_count, summary.conversation_count) == (1, 1)
    case.status = "closed"
    vault.update_case(case)
    assert vault.get_case(case.id).status == "closed"
    with pytest.raises(VaultError, match="Fitzpatrick"):
        vault.add_patient(Patient(fitzpatrick="VII"))
    assert vault.delete_case(case.id) == 1 + 1 + 1 + 5 + 1
    for getter, rid in ((vault.get_photo, photo.id), (vault.get_report, report.id),
                        (vault.get_conversation, chat.id)):
        with pytest.raises(RecordNotFoundError):
            getter(rid)
    assert vault.status().counts["message"] == 0


def test_delete_patient_unlinks_or_deletes_only_their_cases(tmp_path):
    vault = new_vault(tmp_path)
    kept, gone = (vault.add_patient(Patient(label=name)) for name in ("kept", "gone"))
    other = vault.add_case(Case(title="someone else", patient_id=kept.id))
    unlinked = vault.add_case(Case(title="stays", patient_id=gone.id))
    created = vault.get_case(unlinked.id).created_at
    assert vault.delete_patient(gone.id) == 1
    assert vault.get_case(unlinked.id).patient_id is None
    assert vault.get_case(unlinked.id).created_at == created
    assert vault.get_case(other.id).patient_id == kept.id
    case_id = vault.save_conversation_as_case(
        noise_jpeg(), [Message("user", "q"), Message("assistant", "a")], "pack",
        patient_id=kept.id)
    # patient + the other case + (case, photo, conversation, 2 messages)
    assert vault.delete_patient(kept.id, with_cases=True) == 1 + 1 + 5
    assert [c.id for c in vault.list_cases()] == [unlinked.id]
    assert vault.list_patients() == [] and case_id not in {c.id for c in vault.list_cases()}


def test_audit_log_records_events_without_patient_content(tmp_path):
    vault = new_vault(tmp_path)
    case_id = fill(vault)
    vault.lock()
    vault.unlock(PASS)
    vault.export_backup(tmp_path / "b.skgbackup", PASS, case_id=case_id)
    vault.delete_case(case_id)
    events = [e.event for e in vault.audit_log()]
    assert events == ["create", "unlock", "export", "delete"]
    text = repr(vault.audit_log())
    assert not any(c in text for c in CANARIES) and "skingpt4-test-pack" not in text
    with pytest.raises(VaultError, match="cannot carry"):
        vault._audit("delete", note=CANARIES[0])


def test_save_conversation_is_all_or_nothing(tmp_path):
    vault = new_vault(tmp_path)
    with pytest.raises(VaultError):
        vault.save_conversation_as_case(noise_jpeg(), [Message("user", "q"), Message("bot", "a")],
                                        "pack")
    with pytest.raises(ImageError):  # the photo is not an image: nothing at all is saved
        vault.save_conversation_as_case(b"not a photo", [Message("user", "q")], "pack")
    assert vault.list_cases() == [] and sum(vault.status().counts.values()) == 1  # "create"


def test_data_dir_and_file_are_private(tmp_path):
    if os.name != "posix":
        pytest.skip("POSIX permissions")
    vault = new_vault(tmp_path)
    fill(vault)
    assert (tmp_path / "data").stat().st_mode & 0o077 == 0
    for path in (tmp_path / "data").iterdir():
        assert path.stat().st_mode & 0o077 == 0, path.name


def test_transaction_saves_all_or_nothing(tmp_path):
    """A case with several photos and messages: a failure halfway leaves no partial case."""
    with new_vault(tmp_path) as vault:
        with pytest.raises(ImageError):
            with vault.transaction():
                case = vault.add_case(Case(title="two photos"))
                vault.add_photo(case.id, noise_jpeg(seed=1))
                conversation = vault.start_conversation(case.id, "pack")
                vault.add_message(conversation.id, Message("user", "What is it?"))
                vault.add_photo(case.id, b"not a photo")  # fails after four writes
        assert vault.list_cases() == []
        with vault.transaction():
            case = vault.add_case(Case(title="two photos"))
            for seed in (1, 2):
                vault.add_photo(case.id, noise_jpeg(seed=seed))
        assert len(vault.list_photos(case.id)) == 2


# --- a patient made while saving or editing a case ---------------------------------------------

def test_a_patient_made_while_saving_is_stored_with_the_case(tmp_path):
    from skingpt_desktop.core.storage.drafts import CaseDetails, CaseDraft

    with new_vault(tmp_path) as vault:
        saved = vault.save_case(CaseDraft(), [Message("user", "what is it?")], [], "pack",
                                CaseDetails(title="Ring on the arm", body_site="left forearm",
                                            status="referred"),
                                Patient(label="Juma M.", birth_year=1990))
        (patient,) = vault.list_patients()
        case = vault.get_case(saved.draft.case_id)
        assert (patient.label, case.patient_id, saved.draft.patient_id) == ("Juma M.", patient.id,
                                                                           patient.id)
        assert (case.body_site, case.status) == ("left forearm", "referred")


def test_a_failed_save_leaves_no_new_patient_behind(tmp_path):
    from skingpt_desktop.core.storage.drafts import CaseDetails, CaseDraft

    with new_vault(tmp_path) as vault:
        with pytest.raises(VaultError, match="case status"):
            vault.save_case(CaseDraft(), [], [], None, CaseDetails(title="x", status="lost"),
                            Patient(label="Juma M."))
        assert vault.list_patients() == [] and vault.list_cases() == []


def test_editing_a_case_keeps_its_first_question_and_can_add_a_patient(tmp_path):
    with new_vault(tmp_path) as vault:
        case = vault.add_case(Case(title="Spot", first_question="what is it?"))
        case.title, case.first_question, case.status = "Dark spot", "", "follow-up"
        edited = vault.update_case(case, Patient(label="Neema"))
        stored = vault.get_case(case.id)
        assert (stored.title, stored.status, stored.first_question) == ("Dark spot", "follow-up",
                                                                        "what is it?")
        assert stored.patient_id == edited.patient_id == vault.list_patients()[0].id
        case.patient_id = "0" * 32
        with pytest.raises(VaultError):
            vault.update_case(case)  # a patient that does not exist
        assert vault.get_case(case.id).patient_id == stored.patient_id


def test_a_patient_stored_before_clinic_fields_existed_reads_and_edits_whole(tmp_path):
    """A vault written by the previous version has patient records without clinic_id,
    contact and allergies: they read with empty values and keep everything else when edited."""
    previous_fields = {"label": "Zebediah Quuxworth", "birth_year": 1961, "sex": "male",
                       "fitzpatrick": "IV", "notes": "canary-notes-7Hq2x", "created_at": 1.0,
                       "updated_at": 1.0}  # exactly what the previous Patient held
    with new_vault(tmp_path) as vault:
        old_id = vault._store.insert("patient", previous_fields)
    with Vault.open(vault_path(tmp_path / "data")) as vault:
        vault.unlock(PASS)
        (patient,) = vault.list_patients()
        assert (patient.id, patient.label, patient.birth_year, patient.notes) == (
            old_id, "Zebediah Quuxworth", 1961, "canary-notes-7Hq2x")
        assert (patient.clinic_id, patient.contact, patient.allergies) == (None, "", "")
        patient.clinic_id, patient.allergies = "A-102", "penicillin"
        vault.update_patient(patient)
        again = vault.get_patient(old_id)
        assert (again.clinic_id, again.allergies, again.fitzpatrick, again.created_at) == (
            "A-102", "penicillin", "IV", 1.0)


def test_clinic_fields_are_validated(tmp_path):
    with new_vault(tmp_path) as vault:
        with pytest.raises(VaultError, match="village or contact"):
            vault.add_patient(Patient(contact=None))
        with pytest.raises(VaultError, match="clinic patient number"):
            vault.add_patient(Patient(clinic_id="x" * 501))
