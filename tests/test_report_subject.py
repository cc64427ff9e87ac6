"""What the clinician report's banner is made of: the vault's patient and case, with the
earlier visit a follow-up case continues and what changed since."""

from __future__ import annotations

import dataclasses

from test_report_pdf import make_report

from skingpt_desktop.core.report.subject import load_subject
from skingpt_desktop.core.storage import Case, KdfParams, Patient, Vault
from skingpt_desktop.render.report_html import report_html


def test_follow_up_case_names_the_earlier_visit_and_the_change(tmp_path) -> None:
    with Vault.create(tmp_path / "v.skg", "a long enough passphrase",
                      kdf=KdfParams.for_tests()) as vault:
        patient = vault.add_patient(Patient(label="Ana K.", birth_year=1980, allergies="latex"))
        first = vault.add_case(Case(title="Mole on the back, March", patient_id=patient.id))
        second = vault.add_case(Case(title="Mole on the back, June", patient_id=patient.id,
                                     body_site="upper back", follows_case_id=first.id,
                                     change_note="2 mm larger, darker edge"))
        subject = load_subject(vault, second.id)
        alone = load_subject(vault, first.id)
    assert (subject.name, subject.birth_year, subject.allergies) == ("Ana K.", 1980, "latex")
    assert subject.follows == "Mole on the back, March"
    assert subject.change_note == "2 mm larger, darker edge"
    markup = report_html(dataclasses.replace(make_report(), subject=subject), "clinician")
    for text in ("Follow-up of", "Mole on the back, March", "2 mm larger, darker edge",
                 "upper back", "Ana K."):
        assert text in markup, text
    plain = report_html(dataclasses.replace(make_report(), subject=alone), "clinician")
    assert "Follow-up of" not in plain and "not recorded" in plain
