"""The app's clinician PDF of a saved case carries the patient banner, as the command line's."""

from __future__ import annotations

from pathlib import Path

import pytest

from skingpt_desktop.core.storage import Patient
from skingpt_desktop.ui.services import CaseDetails
from tests.gui_helpers import DirectContext
from tests.test_gui_report import converse, make, open_dialog, pdf_text, save_pdfs

pytestmark = pytest.mark.gui


def test_clinician_pdf_of_a_saved_case_names_the_patient(qtbot, window, tiny_pack, photo_paths,
                                                         monkeypatch, tmp_path: Path) -> None:
    win = window
    converse(qtbot, win, tiny_pack, photo_paths[0])
    patient = win.services.add_patient(DirectContext(), Patient(
        label="Amina Okafor", clinic_id="C-1042", birth_year=1961, allergies="Penicillin"))
    with qtbot.waitSignal(win.case_saved, timeout=20_000):
        win.save_case(details=CaseDetails(title="Arm", patient_id=patient.id,
                                          body_site="left forearm"))
    dialog = open_dialog(qtbot, win)
    make(qtbot, dialog)
    folder = tmp_path / "chosen"
    folder.mkdir()
    written = save_pdfs(qtbot, dialog, folder, monkeypatch)
    clinician = pdf_text(next(p for p in written if "clinician" in p.name))
    for expected in ("AminaOkafor", "C-1042", "1961", "Penicillin", "leftforearm"):
        assert expected in clinician, expected
    assert "AminaOkafor" not in pdf_text(next(p for p in written if "patient" in p.name))
    dialog.reject()
