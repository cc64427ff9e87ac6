"""Lesion follow-up in the window: a new visit linked to an earlier one of the same spot, both
visits side by side, the model asked about each photo in turn, the change note stored
(issue: the clinic's workflow, build item 2)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from skingpt_desktop.core.storage.models import Patient
from skingpt_desktop.ui import record_dialogs
from skingpt_desktop.ui.follow_up import FollowUpDialog
from skingpt_desktop.ui.record_dialogs import PatientDialog, SaveCaseDialog
from skingpt_desktop.ui.sidebar import ID_ROLE
from tests.gui_helpers import add_photo, load_pack

pytestmark = pytest.mark.gui


def save_visit(qtbot, win, monkeypatch, photo, fill) -> str:
    """Add ``photo`` to a new case and save it, the save form filled by ``fill(dialog)``."""
    def exec_(dialog: SaveCaseDialog) -> int:
        fill(dialog)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(record_dialogs.SaveCaseDialog, "exec", exec_)
    win.new_case()
    add_photo(qtbot, win, photo)
    with qtbot.waitSignal(win.case_saved, timeout=20_000) as saved:
        win.save_case()
    qtbot.waitUntil(lambda: any(c.id == saved.args[0] for c in win.sidebar.cases),
                    timeout=10_000)
    return saved.args[0]


@pytest.fixture
def two_visits(qtbot, window, photo_paths, monkeypatch):
    """Ana's mole saved twice: the second visit follows the first, with a change note."""
    win = window
    patient = win.services.vault.add_patient(Patient(label="Ana K.", birth_year=1980))
    win.refresh_sidebar()
    qtbot.waitUntil(lambda: len(win.sidebar.patients) == 1, timeout=10_000)

    def first(dialog: SaveCaseDialog) -> None:
        record_dialogs._select(dialog.patient, patient.id)
        dialog.title.setText("Mole, back")
        assert not dialog.follows.isEnabled()  # no earlier visit of Ana's yet
        assert not dialog.change_note.isEnabled()

    earlier = save_visit(qtbot, win, monkeypatch, photo_paths[0], first)

    def second(dialog: SaveCaseDialog) -> None:
        record_dialogs._select(dialog.patient, patient.id)
        dialog.title.setText("Mole, back (3 months)")
        assert dialog.follows.isEnabled() and dialog.follows.findData(earlier) > 0
        record_dialogs._select(dialog.follows, earlier)
        assert dialog.change_note.isEnabled()
        dialog.change_note.setPlainText("larger, edge now irregular")

    later = save_visit(qtbot, win, monkeypatch, photo_paths[1], second)
    return win, earlier, later


def test_a_follow_up_visit_is_linked_and_shown_as_one(two_visits) -> None:
    win, earlier, later = two_visits
    stored = win.services.vault.get_case(later)
    assert stored.follows_case_id == earlier
    assert stored.change_note == "larger, edge now irregular"
    assert "Follow-up of" in win.chat.case_info.text() and "edge now irregular" in \
        win.chat.case_info.text()
    item = next(i for i in win.sidebar.case_items() if i.data(0, ID_ROLE) == later)
    assert item.text(0).startswith("↳ ") and "Follow-up of" in item.toolTip(0)
    win.sidebar.tree.setCurrentItem(item)
    assert win.sidebar.compare_button.isVisibleTo(win.sidebar)
    first_item = next(i for i in win.sidebar.case_items() if i.data(0, ID_ROLE) == earlier)
    win.sidebar.tree.setCurrentItem(first_item)  # the earlier visit has a later one
    assert win.sidebar.compare_button.isVisibleTo(win.sidebar)


def test_the_comparison_shows_both_visits_with_photos(qtbot, two_visits) -> None:
    win, earlier, later = two_visits
    win.sidebar.compare_visits.emit(later)
    dialog = win.records.dialog
    assert isinstance(dialog, FollowUpDialog)
    qtbot.waitUntil(lambda: len(dialog.visits) == 2, timeout=20_000)
    assert [v.case.id for v in dialog.visits] == [earlier, later]  # oldest first
    assert dialog._chosen(dialog.earlier).case.id == earlier
    assert dialog._chosen(dialog.later).case.id == later
    for column in (dialog.earlier, dialog.later):
        assert not column.photo.pixmap().isNull()
    assert dialog.change_note.text() == "larger, edge now irregular"
    assert dialog.summary.text().endswith("days between the visits: 0")  # saved minutes apart
    assert not dialog.ask_button.isEnabled()  # no model pack loaded


def test_the_change_note_is_edited_in_the_comparison(qtbot, two_visits) -> None:
    win, _earlier, later = two_visits
    win.open_case(later)
    qtbot.waitUntil(lambda: win.draft.case_id == later, timeout=20_000)
    win.sidebar.compare_visits.emit(later)
    dialog = win.records.dialog
    qtbot.waitUntil(lambda: len(dialog.visits) == 2, timeout=20_000)
    dialog.change_note.setText("larger; now 7 mm")
    with qtbot.waitSignal(dialog.note_saved, timeout=20_000):
        dialog.save_note()
    assert win.services.vault.get_case(later).change_note == "larger; now 7 mm"
    assert "now 7 mm" in win.chat.case_info.text()  # the open case's details line follows


def test_the_model_is_asked_about_both_photos_in_turn(qtbot, two_visits, tiny_pack) -> None:
    win, earlier, later = two_visits
    load_pack(qtbot, win, tiny_pack)
    messages_before = win.services.vault.status().counts.get("message", 0)
    win.sidebar.compare_visits.emit(later)
    dialog = win.records.dialog
    qtbot.waitUntil(lambda: len(dialog.visits) == 2 and dialog.ask_button.isEnabled(),
                    timeout=20_000)
    asked: list[str] = []
    real = win.services.ask_about_photo
    win.services.ask_about_photo = lambda ctx, engine, image, *rest: (
        asked.append(image.tobytes()[:64]), real(ctx, engine, image, *rest))[1]
    dialog.ask_both()
    assert win.records.busy  # auto-lock waits for the answers
    qtbot.waitUntil(lambda: dialog.task is None, timeout=120_000)
    assert dialog.status.text() == "Both photos answered."
    assert dialog.earlier.answer.toPlainText() and dialog.later.answer.toPlainText()
    assert len(asked) == 2 and asked[0] != asked[1]  # each photo once, the earlier first
    assert win.services.vault.status().counts.get("message", 0) == messages_before


def test_locking_closes_the_comparison(qtbot, two_visits) -> None:
    win, _earlier, later = two_visits
    win.sidebar.compare_visits.emit(later)
    dialog = win.records.dialog
    assert dialog.isVisible()
    win.lock()
    assert not dialog.isVisible() and win.records.dialog is None


def test_the_case_form_offers_only_earlier_visits_of_the_patient(qtbot, two_visits) -> None:
    win, earlier, later = two_visits
    case = win.services.vault.get_case(earlier)
    dialog = SaveCaseDialog(win.sidebar.patients, "", win, case=case, cases=win.sidebar.cases)
    assert dialog.follows.findData(later) < 0  # a later visit cannot be what this one follows
    assert dialog.follows.findData(earlier) < 0  # nor the case itself
    edited = SaveCaseDialog(win.sidebar.patients, "", win,
                            case=win.services.vault.get_case(later), cases=win.sidebar.cases)
    assert edited.follows.currentData() == earlier
    assert edited.change_note.toPlainText() == "larger, edge now irregular"
    record_dialogs._select(edited.follows, None)  # unlinking drops the note too
    assert not edited.change_note.isEnabled()
    assert edited.case().follows_case_id is None and edited.case().change_note == ""


def test_the_patient_view_lists_the_visits_in_time_order_with_their_photos(qtbot,
                                                                           two_visits) -> None:
    win, earlier, later = two_visits
    patient_id = win.services.vault.get_case(earlier).patient_id
    win.sidebar.edit_patient.emit(patient_id)
    qtbot.waitUntil(lambda: isinstance(win.records.dialog, PatientDialog), timeout=10_000)
    form = win.records.dialog
    items = [form.visits.item(i) for i in range(form.visits.count())]
    assert [i.data(Qt.ItemDataRole.UserRole) for i in items] == [earlier, later]
    assert "Mole, back" in items[0].text() and items[1].text().startswith("↳ ")
    qtbot.waitUntil(lambda: all(not i.icon().isNull() for i in items), timeout=20_000)
    assert form.visits.iconSize().width() == 96
