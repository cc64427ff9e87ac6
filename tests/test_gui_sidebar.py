"""The sidebar of patients and cases: patients with their cases, search, delete only after
confirmation."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from skingpt_desktop.core.storage.models import Patient
from skingpt_desktop.ui.services import CaseDetails
from skingpt_desktop.ui.sidebar import NO_PATIENT
from tests.gui_helpers import DirectContext, add_photo

pytestmark = pytest.mark.gui


def save_new_case(qtbot, win, photo, details: CaseDetails) -> str:
    win.new_case()
    add_photo(qtbot, win, photo)
    with qtbot.waitSignal(win.case_saved, timeout=20_000) as saved:
        win.save_case(details=details)
    return saved.args[0]


@pytest.fixture
def filled(qtbot, window, photo_paths):
    """Two cases: one for a named patient, one anonymous."""
    win = window
    patient = win.services.add_patient(DirectContext(), Patient(label="Ana K.", birth_year=1980,
                                                                fitzpatrick="V"))
    save_new_case(qtbot, win, photo_paths[0],
                  CaseDetails(title="Itchy ring on the arm", patient_id=patient.id))
    save_new_case(qtbot, win, photo_paths[1], CaseDetails(title="Dark spot on the back"))
    qtbot.waitUntil(lambda: len(win.sidebar.case_items()) == 2, timeout=10_000)
    return win


def top_level_texts(win) -> list[str]:
    tree = win.sidebar.tree
    return [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]


def test_cases_are_grouped_under_their_patient(filled) -> None:
    tops = top_level_texts(filled)
    assert tops == ["Ana K., born 1980, type V", NO_PATIENT]
    first = filled.sidebar.tree.topLevelItem(0)
    assert first.childCount() == 1 and "Itchy ring on the arm" in first.child(0).text(0)


def test_search_filters_cases_by_title_and_patient(qtbot, filled) -> None:
    search = filled.sidebar.search
    qtbot.keyClicks(search, "dark spot")
    assert [i.text(0).split(" · ")[-1] for i in filled.sidebar.case_items()] == \
        ["Dark spot on the back"]
    search.clear()
    qtbot.keyClicks(search, "ana")
    assert [i.text(0).split(" · ")[-1] for i in filled.sidebar.case_items()] == \
        ["Itchy ring on the arm"]
    search.clear()
    assert len(filled.sidebar.case_items()) == 2


def test_delete_needs_confirmation(qtbot, filled, monkeypatch) -> None:
    win = filled
    item = next(i for i in win.sidebar.case_items() if "Dark spot" in i.text(0))
    win.sidebar.tree.setCurrentItem(item)
    answers = []

    def answer(choice):
        def fake(*args, **kwargs):
            answers.append(args[2])
            return choice
        return fake

    monkeypatch.setattr(QMessageBox, "warning", answer(QMessageBox.StandardButton.Cancel))
    qtbot.mouseClick(win.sidebar.delete_button, Qt.MouseButton.LeftButton)
    assert "cannot be undone" in answers[-1]
    qtbot.wait(200)
    assert len(win.services.vault.list_cases()) == 2

    monkeypatch.setattr(QMessageBox, "warning", answer(QMessageBox.StandardButton.Yes))
    win.sidebar.tree.setFocus()
    qtbot.keyClick(win.sidebar.tree, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: len(win.sidebar.case_items()) == 1, timeout=10_000)
    titles = [c.title for c in win.services.vault.list_cases()]
    assert titles == ["Itchy ring on the arm"]
    # The case on screen was the deleted one: the workspace is cleared too.
    assert win.draft.case_id is None and not win.photos.photos
