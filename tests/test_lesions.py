"""Lesion follow-up in the vault: a visit linked to an earlier one of the same spot."""

from __future__ import annotations

from pathlib import Path

import pytest

from skingpt_desktop.core.errors import VaultError
from skingpt_desktop.core.storage import CaseDetails, CaseDraft, KdfParams, Message, Patient, Vault

PASS = "correct horse battery staple"


@pytest.fixture
def vault(tmp_path: Path):
    with Vault.create(tmp_path / "vault.sqlite", PASS, kdf=KdfParams.for_tests(),
                      idle_timeout_s=None) as opened:
        yield opened


def _visit(vault: Vault, patient_id: str | None, title: str, follows: str | None = None,
           note: str = "") -> str:
    details = CaseDetails(title=title, patient_id=patient_id, follows_case_id=follows,
                          change_note=note)
    saved = vault.save_case(CaseDraft(), [Message("user", f"about {title}")], [], "tiny",
                            details)
    return saved.draft.case_id


def test_a_follow_up_visit_links_to_the_earlier_one_and_both_are_listed(vault):
    amina = vault.add_patient(Patient(label="Amina")).id
    first = _visit(vault, amina, "mole, back")
    second = _visit(vault, amina, "mole, back (3 months)", follows=first, note="larger")
    third = _visit(vault, amina, "mole, back (6 months)", follows=second, note="no change")
    _visit(vault, amina, "rash, hand")  # another spot of the same patient
    for case_id in (first, second, third):
        assert [c.id for c in vault.lesion_visits(case_id)] == [first, second, third]
    assert vault.get_case(second).change_note == "larger"
    assert {s.id: s.follows_case_id for s in vault.list_cases()}[third] == second


@pytest.mark.parametrize("case", ["other patient", "anonymous", "itself", "circle"])
def test_a_link_that_is_not_an_earlier_visit_of_the_same_patient_is_refused(vault, case):
    amina = vault.add_patient(Patient(label="Amina")).id
    ben = vault.add_patient(Patient(label="Ben")).id
    first = _visit(vault, amina, "first")
    second = _visit(vault, amina, "second", follows=first)
    before = vault.status().counts
    with pytest.raises(VaultError):
        if case == "other patient":
            _visit(vault, ben, "ben's", follows=first)
        elif case == "anonymous":
            _visit(vault, None, "no one's", follows=first)
        elif case == "itself":
            stored = vault.get_case(first)
            stored.follows_case_id = first
            vault.update_case(stored)
        else:
            stored = vault.get_case(first)
            stored.follows_case_id = second
            vault.update_case(stored)
    assert vault.status().counts["case"] == before["case"]
    assert vault.get_case(first).follows_case_id is None


def test_deleting_a_middle_visit_keeps_the_chain(vault):
    amina = vault.add_patient(Patient(label="Amina")).id
    first = _visit(vault, amina, "first")
    second = _visit(vault, amina, "second", follows=first)
    third = _visit(vault, amina, "third", follows=second)
    vault.delete_case(second)
    assert vault.get_case(third).follows_case_id == first
    assert [c.id for c in vault.lesion_visits(third)] == [first, third]


def test_a_patient_deleted_without_their_cases_leaves_unlinked_anonymous_visits(vault):
    amina = vault.add_patient(Patient(label="Amina")).id
    first = _visit(vault, amina, "first")
    second = _visit(vault, amina, "second", follows=first)
    vault.delete_patient(amina, with_cases=False)
    kept = vault.get_case(second)
    assert kept.patient_id is None and kept.follows_case_id is None
    assert [c.id for c in vault.lesion_visits(second)] == [second]


def test_follow_up_links_survive_a_backup_round_trip(vault, tmp_path):
    amina = vault.add_patient(Patient(label="Amina")).id
    first = _visit(vault, amina, "first")
    second = _visit(vault, amina, "second", follows=first, note="darker")
    vault.export_backup(tmp_path / "all.skgbackup", PASS)
    with Vault.create(tmp_path / "other.sqlite", PASS, kdf=KdfParams.for_tests()) as other:
        other.import_backup(tmp_path / "all.skgbackup", PASS)
        assert [c.id for c in other.lesion_visits(second)] == [first, second]
        assert other.get_case(second).change_note == "darker"
