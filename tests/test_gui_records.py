"""Patients and cases as a clinic keeps them: a patient made while saving, the new patient
preselected, details shown and editable, patients edited by double-click, full names in
tooltips (issue: the clinic's workflow, defects 3 and 4)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from skingpt_desktop.core.storage.models import Patient
from skingpt_desktop.ui import record_dialogs
from skingpt_desktop.ui.record_dialogs import PatientDialog, SaveCaseDialog
from skingpt_desktop.ui.services import CaseDetails
from tests.gui_helpers import PASSPHRASE, DirectContext, add_photo

pytestmark = pytest.mark.gui
LEFT = Qt.MouseButton.LeftButton


def answer_save_dialog(monkeypatch, fill) -> list[SaveCaseDialog]:
    """Make the save dialog's exec() run ``fill(dialog)`` and accept; returns the dialogs."""
    shown: list[SaveCaseDialog] = []

    def exec_(dialog: SaveCaseDialog) -> int:
        shown.append(dialog)
        fill(dialog)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(record_dialogs.SaveCaseDialog, "exec", exec_)
    return shown


def save_with_dialog(qtbot, win) -> str:
    with qtbot.waitSignal(win.case_saved, timeout=20_000) as saved:
        win.save_case()
    return saved.args[0]


def item_for(win, kind: str, record_id: str):
    tree = win.sidebar.tree
    items = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    items += win.sidebar.case_items()
    return next(i for i in items if i.data(0, Qt.ItemDataRole.UserRole) == kind
                and i.data(0, Qt.ItemDataRole.UserRole + 1) == record_id)


def test_the_save_dialog_creates_a_patient_with_the_case(qtbot, window, photo_paths,
                                                         monkeypatch) -> None:
    win = window

    def new_patient(dialog: SaveCaseDialog) -> None:
        label = dialog.form.labelForField(dialog.patient_row)  # the row shares two widgets
        assert label.text() == "&Patient:" and label.buddy() is dialog.patient
        form = dialog.ask_new_patient()  # the "New patient…" button's form
        form.label.setText("Juma M.")
        form.birth_year.setValue(1990)
        form.accept()
        assert dialog.patient.currentText().startswith("Juma M., born 1990")
        dialog.body_site.setText("left forearm")

    answer_save_dialog(monkeypatch, new_patient)
    add_photo(qtbot, win, photo_paths[0])
    case_id = save_with_dialog(qtbot, win)
    vault = win.services.vault
    (patient,) = vault.list_patients()
    assert patient.label == "Juma M." and vault.get_case(case_id).patient_id == patient.id
    qtbot.waitUntil(lambda: len(win.sidebar.case_items()) == 1, timeout=10_000)
    assert win.sidebar.case_items()[0].parent().text(0).startswith("Juma M.")


def test_cancelling_the_patient_form_stores_no_patient(qtbot, window, photo_paths,
                                                       monkeypatch) -> None:
    win = window

    def cancel_patient(dialog: SaveCaseDialog) -> None:
        form = dialog.ask_new_patient()
        form.label.setText("Nobody")
        form.reject()
        assert dialog.patient.currentData() is None

    answer_save_dialog(monkeypatch, cancel_patient)
    add_photo(qtbot, win, photo_paths[0])
    case_id = save_with_dialog(qtbot, win)
    assert win.services.vault.list_patients() == []
    assert win.services.vault.get_case(case_id).patient_id is None


def test_a_patient_just_added_is_preselected_when_saving(qtbot, window, photo_paths,
                                                         monkeypatch) -> None:
    win = window
    win.sidebar.new_patient.emit(Patient(label="Neema"))
    qtbot.waitUntil(lambda: len(win.sidebar.patients) == 1, timeout=10_000)
    win.sidebar.tree.setCurrentItem(None)
    shown = answer_save_dialog(monkeypatch, lambda dialog: None)
    add_photo(qtbot, win, photo_paths[0])
    case_id = save_with_dialog(qtbot, win)
    neema = win.sidebar.patients[0]
    assert shown[0].patient.currentData() == neema.id
    assert win.services.vault.get_case(case_id).patient_id == neema.id


def test_a_selected_patient_is_preselected_when_saving(qtbot, window, photo_paths,
                                                       monkeypatch) -> None:
    win = window
    first = win.services.add_patient(DirectContext(), Patient(label="Ana K."))
    win.services.add_patient(DirectContext(), Patient(label="Baraka"))
    win.refresh_sidebar()
    qtbot.waitUntil(lambda: len(win.sidebar.patients) == 2, timeout=10_000)
    win.sidebar.tree.setCurrentItem(item_for(win, "patient", first.id))
    shown = answer_save_dialog(monkeypatch, lambda dialog: None)
    add_photo(qtbot, win, photo_paths[0])
    save_with_dialog(qtbot, win)
    assert shown[0].patient.currentData() == first.id


def test_case_details_are_shown_and_can_be_edited(qtbot, window, photo_paths) -> None:
    win = window
    add_photo(qtbot, win, photo_paths[0])
    details = CaseDetails(title="Itchy ring", body_site="left forearm", onset="three weeks ago",
                          symptoms="itchy,\nscaly edge")
    with qtbot.waitSignal(win.case_saved, timeout=20_000) as saved:
        win.save_case(details=details)
    case_id = saved.args[0]
    info = win.chat.case_info
    assert info.isVisible()
    for part in ("Itchy ring", "left forearm", "three weeks ago", "itchy, scaly edge", "Open"):
        assert part in info.text()

    qtbot.waitUntil(lambda: len(win.sidebar.case_items()) == 1, timeout=10_000)
    win.sidebar.tree.setCurrentItem(win.sidebar.case_items()[0])
    assert win.sidebar.edit_button.isEnabled()
    qtbot.mouseClick(win.sidebar.edit_button, LEFT)
    qtbot.waitUntil(lambda: isinstance(win.records.dialog, SaveCaseDialog), timeout=10_000)
    form = win.records.dialog
    assert form.windowTitle() == "Edit case"
    assert (form.title.text(), form.body_site.text(), form.onset.text()) == (
        "Itchy ring", "left forearm", "three weeks ago")
    form.title.setText("Ring on the left forearm")
    form.status.setCurrentIndex(form.status.findData("referred"))
    form.accept()
    qtbot.waitUntil(lambda: "Referred" in info.text(), timeout=10_000)
    stored = win.services.vault.get_case(case_id)
    assert (stored.title, stored.status, stored.body_site) == ("Ring on the left forearm",
                                                              "referred", "left forearm")
    qtbot.waitUntil(lambda: "Ring on the left forearm" in win.sidebar.case_items()[0].text(0),
                    timeout=10_000)

    win.new_case()
    assert not info.isVisible()
    with qtbot.waitSignal(win.case_opened, timeout=20_000):
        win.open_case(case_id)
    assert "Ring on the left forearm" in info.text() and "Referred" in info.text()


def test_double_click_on_a_patient_edits_it(qtbot, window) -> None:
    win = window
    patient = win.services.add_patient(DirectContext(), Patient(label="Ana K.", birth_year=1980,
                                                                fitzpatrick="V"))
    win.refresh_sidebar()
    qtbot.waitUntil(lambda: len(win.sidebar.patients) == 1, timeout=10_000)
    tree = win.sidebar.tree
    row = item_for(win, "patient", patient.id)
    expanded = row.isExpanded()
    where = tree.visualItemRect(row).center()
    qtbot.mouseClick(tree.viewport(), LEFT, pos=where)  # a real double-click: press, release,
    qtbot.mouseDClick(tree.viewport(), LEFT, pos=where)  # then the double-click event
    qtbot.waitUntil(lambda: isinstance(win.records.dialog, PatientDialog), timeout=10_000)
    assert item_for(win, "patient", patient.id).isExpanded() == expanded  # not folded
    form = win.records.dialog
    assert form.windowTitle() == "Edit patient"
    assert (form.label.text(), form.birth_year.value()) == ("Ana K.", 1980)
    assert form.fitzpatrick.currentText().startswith("V: ")  # a description, not just "V"
    form.label.setText("Ana Kimaro")
    form.clinic_id.setText("A-102")
    form.contact.setText("Mwanga village")
    form.allergies.setText("penicillin")
    form.accept()
    qtbot.waitUntil(lambda: win.sidebar.patients and win.sidebar.patients[0].label == "Ana Kimaro",
                    timeout=10_000)
    stored = win.services.vault.get_patient(patient.id)
    assert (stored.label, stored.birth_year, stored.fitzpatrick) == ("Ana Kimaro", 1980, "V")
    assert (stored.clinic_id, stored.contact, stored.allergies) == ("A-102", "Mwanga village",
                                                                    "penicillin")
    assert stored.created_at == patient.created_at
    row = item_for(win, "patient", patient.id)
    assert "no. A-102" in row.text(0)  # the clinic's number is on the row
    assert "Mwanga village" in row.toolTip(0) and "Allergies: penicillin" in row.toolTip(0)
    win.sidebar.search.setText("a-102")  # found by number, though no case is saved yet
    assert item_for(win, "patient", patient.id) is not None
    win.sidebar.search.setText("B-999")
    assert win.sidebar.tree.topLevelItemCount() == 0


def test_every_fitzpatrick_type_has_a_plain_description(qtbot) -> None:
    form = PatientDialog()
    qtbot.addWidget(form)
    texts = [form.fitzpatrick.itemText(i) for i in range(1, form.fitzpatrick.count())]
    assert [t.split(":")[0] for t in texts] == ["I", "II", "III", "IV", "V", "VI"]
    assert all("burns" in t for t in texts)


def test_long_names_in_the_sidebar_have_tooltips(qtbot, window, photo_paths) -> None:
    win = window
    title = "Raised, itchy, slowly spreading ring on the inside of the left forearm " * 2
    add_photo(qtbot, win, photo_paths[0])
    with qtbot.waitSignal(win.case_saved, timeout=20_000):
        win.save_case(details=CaseDetails(title=title.strip()))
    qtbot.waitUntil(lambda: len(win.sidebar.case_items()) == 1, timeout=10_000)
    item = win.sidebar.case_items()[0]
    assert title.strip() in item.toolTip(0) and "photos: 1" in item.toolTip(0)


def test_locking_closes_an_open_record_form(qtbot, window) -> None:
    win = window
    patient = win.services.add_patient(DirectContext(), Patient(label="Ana K."))
    win.records.edit_patient(patient.id)
    qtbot.waitUntil(lambda: win.records.dialog is not None, timeout=10_000)
    form = win.records.dialog
    form.label.setText("changed while locking")
    win.lock()
    assert win.records.dialog is None and not form.isVisible()
    win.services.unlock(DirectContext(), PASSPHRASE)
    assert win.services.vault.get_patient(patient.id).label == "Ana K."  # nothing was stored


def test_a_patient_shows_their_visits_in_time_order_and_opens_one(qtbot, window, photo_paths,
                                                                  monkeypatch) -> None:
    import types

    from skingpt_desktop.core.storage import content

    win = window
    patient = win.services.add_patient(DirectContext(), Patient(label="Ana K."))
    calls = []  # the vault's clock: each reading about four months after the last

    def months_apart() -> float:
        calls.append(None)
        return 1_700_000_000.0 + 10_000_000.0 * len(calls)

    monkeypatch.setattr(content, "time", types.SimpleNamespace(time=months_apart))
    for title, photo in (("First visit: ring", photo_paths[0]),
                         ("Follow-up: smaller", photo_paths[1])):
        win.new_case()
        add_photo(qtbot, win, photo)
        with qtbot.waitSignal(win.case_saved, timeout=20_000):
            win.save_case(details=CaseDetails(title=title, patient_id=patient.id))
    qtbot.waitUntil(lambda: len(win.sidebar.case_items()) == 2, timeout=10_000)
    win.new_case()
    win.records.edit_patient(patient.id)
    qtbot.waitUntil(lambda: isinstance(win.records.dialog, PatientDialog), timeout=10_000)
    visits = win.records.dialog.visits
    texts = [visits.item(i).text() for i in range(visits.count())]
    assert [t.splitlines()[0].split(" · ")[1] for t in texts] == ["First visit: ring",
                                                                "Follow-up: smaller"]
    first, second = (t.split(" · ")[0] for t in texts)
    assert first < second and first.startswith("2024-") and "photos: 1" in texts[0]
    later = visits.item(1)
    with qtbot.waitSignal(win.case_opened, timeout=20_000) as opened:
        visits.itemActivated.emit(later)
    assert win.draft.title == "Follow-up: smaller" and opened.args[0] == win.draft.case_id
    assert win.records.dialog is None  # the form closed (its fields were kept)


def test_the_status_chosen_at_the_first_save_is_stored(qtbot, window, photo_paths,
                                                       monkeypatch) -> None:
    win = window

    def referred(dialog: SaveCaseDialog) -> None:
        record_dialogs._select(dialog.status, "referred")

    answer_save_dialog(monkeypatch, referred)
    add_photo(qtbot, win, photo_paths[0])
    case_id = save_with_dialog(qtbot, win)
    assert win.services.vault.get_case(case_id).status == "referred"
    assert "Referred" in win.chat.case_info.text()


def test_a_saved_case_is_selected_and_new_case_keeps_its_patient(qtbot, window, photo_paths,
                                                                  monkeypatch) -> None:
    win = window
    win.sidebar.new_patient.emit(Patient(label="Amina"))
    qtbot.waitUntil(lambda: len(win.sidebar.patients) == 1, timeout=10_000)
    amina = win.sidebar.patients[0]
    shown = answer_save_dialog(monkeypatch, lambda dialog: None)
    add_photo(qtbot, win, photo_paths[0])
    case_id = save_with_dialog(qtbot, win)
    qtbot.waitUntil(lambda: win.sidebar.selected() == ("case", case_id), timeout=10_000)
    assert win.sidebar.open_button.isEnabled() and win.sidebar.edit_button.isEnabled()
    win.new_case()  # the saved case's row no longer stays highlighted: its patient is
    assert win.sidebar.selected() == ("patient", amina.id)
    add_photo(qtbot, win, photo_paths[1])
    second = save_with_dialog(qtbot, win)
    assert shown[-1].patient.currentData() == amina.id  # not "No patient"
    assert win.services.vault.get_case(second).patient_id == amina.id


def test_an_open_case_shows_the_patient_first_and_turns_carry_their_time(qtbot,
                                                                          window) -> None:
    import time

    from skingpt_desktop.core.storage import Case

    patient = Patient(label="Neema", clinic_id="B-9", birth_year=1975, allergies="penicillin")
    window._show_case_info(Case(title="Itchy ring", patient_id=patient.id,
                                body_site="left forearm"), patient)
    banner = window.chat.patient_banner
    assert banner.isVisibleTo(window) and banner.objectName() == "patientBanner"
    age = __import__("datetime").date.today().year - 1975
    assert f"<b>Neema</b> &nbsp;·&nbsp; no. B-9 · born 1975 (age {age}) &nbsp;·&nbsp; " \
           "Allergies: <b>penicillin</b>" in banner.text()
    assert window.chat.case_info.text().startswith("Itchy ring · left forearm")
    # a patient without allergies on record says so; markup typed into a name stays text
    window._show_case_info(Case(title="Mole"), Patient(label="<i>Ali</i>"))
    assert "&lt;i&gt;Ali&lt;/i&gt;" in banner.text() and "none recorded" in banner.text()
    window._show_case_info(Case(title="Mole"), None)
    assert not banner.isVisibleTo(window)
    window.chat.add_question("Is it spreading?")
    window.chat.begin_answer("Tiny random test pack")
    window.chat.finish_answer("It looks stable.")
    today = time.strftime("%Y-%m-%d")
    assert window.chat.transcript.toPlainText().count(today) == 2  # the question and answer
