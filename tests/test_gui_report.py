"""The report dialog end to end on the tiny pack: when the Report action is offered, the
warning-sign rule on page 2, the summary off the GUI thread, Cancel, both PDFs, printing, the
report in the vault (saved case, and a case saved afterwards), the overwrite question, locking,
and no patient data in any file but the chosen PDFs."""

from __future__ import annotations

import os
import tempfile
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from skingpt_desktop.core.engine import Chat
from skingpt_desktop.core.report import Report, default_checklist
from skingpt_desktop.core.report.store import is_report_record
from skingpt_desktop.core.report.texts import report_texts
from skingpt_desktop.ui import report_dialog
from skingpt_desktop.ui.report_dialog import PAGE_CHECKLIST, PAGE_REPORT
from skingpt_desktop.ui.services import CaseDetails
from tests.gui_helpers import (
    PASSPHRASE,
    DirectContext,
    add_photo,
    load_pack,
    make_services,
    print_dialog_to_pdf,
)
from tests.pdf_tools import pdf_text_raw
from tests.test_report_pdf import squash

pytestmark = pytest.mark.gui
MARKER = "okapi-vireo-5K3M"  # in a question: may reach the chosen PDFs and, sealed, the vault
URGENCY_RANK = {level.id: level.rank for level in default_checklist().levels}
LEFT = Qt.MouseButton.LeftButton


def ask(qtbot, win, question: str, timeout: int = 60_000):
    """Type ``question``, press Enter, wait for the answer."""
    with qtbot.waitSignal(win.controller.answer_finished, timeout=timeout) as blocker:
        win.chat.question.setText(question)
        qtbot.keyClick(win.chat.question, Qt.Key.Key_Return)
    return blocker.args[0]


def converse(qtbot, win, pack: Path, photo: Path, question: str = "What is this spot?") -> None:
    """Load the pack, add the photo, ask one short question."""
    win.services.settings.max_new_tokens = 12
    load_pack(qtbot, win, pack)
    add_photo(qtbot, win, photo)
    ask(qtbot, win, question)


def open_dialog(qtbot, win):
    """Open the report dialog with the button beside the question box."""
    assert win.report_button.isEnabled() and win.report_action.isEnabled()
    qtbot.mouseClick(win.report_button, LEFT)
    dialog = win.report_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.pages.currentIndex() == PAGE_CHECKLIST
    return dialog


def make(qtbot, dialog, *symptoms: str, timeout: int = 120_000) -> Report:
    """Tick ``symptoms``, press Make report, wait for the report."""
    for symptom in symptoms:
        dialog.checkbox(symptom).setChecked(True)
    with qtbot.waitSignal(dialog.report_made, timeout=timeout) as made:
        qtbot.mouseClick(dialog.make_button, LEFT)
    assert dialog.pages.currentIndex() == PAGE_REPORT
    return made.args[0]


def save_case(qtbot, win, title: str = "Arm") -> str:
    with qtbot.waitSignal(win.case_saved, timeout=20_000) as saved:
        win.save_case(details=CaseDetails(title=title))
    return saved.args[0]


def vault_reports(win, case_id: str) -> list[Report]:
    """The case's reports as stored by the app (photo from the case's photos)."""
    vault = win.services.vault
    photo = vault.list_photos(case_id)[0].data
    return [Report.from_dict(r.data["report"], photo_jpeg=photo)
            for r in vault.list_reports(case_id) if is_report_record(r)]


def save_pdfs(qtbot, dialog, folder: Path, monkeypatch) -> list[Path]:
    """Save PDFs…, with the folder dialog answering ``folder``; waits for the files."""
    monkeypatch.setattr(report_dialog, "choose_folder", lambda _parent, _title: str(folder))
    qtbot.mouseClick(dialog.save_button, LEFT)
    qtbot.waitUntil(lambda: dialog.save_status.text().startswith(("Saved", "cannot")),
                    timeout=60_000)
    return sorted(folder.glob("*.pdf"))


def pdf_text(path: Path) -> str:
    """The PDF's text without whitespace (the test fails when pdftotext is not installed)."""
    return squash(pdf_text_raw(path))


def test_report_action_needs_an_answer_and_no_generation(qtbot, window, tiny_pack,
                                                         photo_paths) -> None:
    win = window
    assert not win.report_action.isEnabled() and not win.report_button.isEnabled()
    load_pack(qtbot, win, tiny_pack)
    add_photo(qtbot, win, photo_paths[0])
    assert not win.report_action.isEnabled(), "offered before any answer"
    win.services.settings.max_new_tokens = 400
    during: list[tuple[bool, bool]] = []
    original = win.chat.update_streaming

    def record(text: str) -> None:
        original(text)
        during.append((win.report_action.isEnabled(), win.report_button.isEnabled()))

    win.chat.update_streaming = record
    ask(qtbot, win, "Describe it.")
    assert during and not any(a or b for a, b in during), "offered while an answer was written"
    assert win.report_action.isEnabled() and win.report_button.isEnabled()
    win.show_report()
    dialog = win.report_dialog
    assert dialog.isModal()  # the window (and its Ask) waits for the dialog
    # The signs a skin photo raises first (a changed mole), all in view, and an explicit "none".
    assert list(dialog.checkboxes)[0] == "changing_mole"
    dialog.checkbox("fever_unwell").setChecked(True)
    dialog.none_box.setChecked(True)
    assert dialog.ticked() == ()
    dialog.checkbox("changing_mole").setChecked(True)
    assert not dialog.none_box.isChecked() and dialog.ticked() == ("changing_mole",)
    dialog.reject()
    win.new_case()
    assert not win.report_action.isEnabled(), "offered for an empty case"


def test_fever_sets_same_day_on_page_two_and_the_report_is_stored(
        qtbot, window, tiny_pack, photo_paths, monkeypatch, tmp_path) -> None:
    win = window
    converse(qtbot, win, tiny_pack, photo_paths[0])
    case_id = save_case(qtbot, win)
    threads: list[bool] = []
    real = report_dialog.make_report

    def spy(*args, **kwargs):
        threads.append(threading.current_thread() is threading.main_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(report_dialog, "make_report", spy)
    dialog = open_dialog(qtbot, win)
    assert "the patient's symptoms" in dialog.intro.text()
    assert [dialog.checkbox(s.id).accessibleName() for s in default_checklist().symptoms] == \
        [s.label for s in default_checklist().symptoms]
    report = make(qtbot, dialog, "fever_unwell")
    assert threads == [False], "the summary ran on the GUI thread"

    # The rule sets "same day" whatever the random model estimated: the model's estimate
    # counts at most as "within 2 weeks", so it can never raise a same-day sign.
    triage = report.triage
    assert triage.fired == ("fever_unwell",)
    assert (triage.urgency, triage.set_by, triage.rule_urgency) == \
        ("same_day", "fever_unwell", "same_day")
    banner = dialog.urgency.text()
    assert default_checklist().level("same_day").label in banner
    assert "Get medical advice today" in banner and "fever_unwell" not in banner
    assert "Fever (a temperature of 38" in banner  # the sign by its label, not its id
    flags = dialog.red_flags
    assert flags.isVisible() and "Fever (a temperature of 38" in flags.text()
    body = dialog.browser.toPlainText()
    assert "Conditions the model's description resembles" in body
    # The report's own texts never call it a diagnosis; the random test model's words may
    # contain anything (its vocabulary has "diagnosis"), so they are taken out first.
    fixed_texts = " ".join(body.split())
    for model_text in (report.summary.patient_summary, *report.summary.clinician_questions):
        if model_text.strip():
            fixed_texts = fixed_texts.replace(" ".join(model_text.split()), "")
    assert "diagnosis" not in fixed_texts.replace("not a diagnosis", "").replace(
        "make a diagnosis", "")

    qtbot.waitUntil(lambda: "Stored in the vault" in dialog.store_status.text(), timeout=20_000)
    stored = vault_reports(win, case_id)
    assert len(stored) == 1
    assert stored[0].triage == triage and stored[0].transcript == report.transcript
    assert stored[0].summary.patient_summary == report.summary.patient_summary

    # Printing goes through print_report on the printer the print dialog configured.
    printed = tmp_path / "printed.pdf"

    monkeypatch.setattr(report_dialog, "run_print_dialog", print_dialog_to_pdf(printed))
    dialog.print_audience("clinician")
    assert printed.read_bytes()[:4] == b"%PDF"
    dialog.reject()
    assert not dialog.isVisible()


def test_save_writes_both_pdfs_and_asks_before_overwriting(
        qtbot, window, tiny_pack, photo_paths, monkeypatch, tmp_path) -> None:
    win = window
    converse(qtbot, win, tiny_pack, photo_paths[0])
    dialog = open_dialog(qtbot, win)
    report = make(qtbot, dialog, "changing_mole")
    folder = tmp_path / "chosen"
    folder.mkdir()
    asked: list[list[str]] = []
    monkeypatch.setattr(report_dialog, "confirm_overwrite",
                        lambda _parent, paths: asked.append([p.name for p in paths]) or False)
    day = report.created[:10]
    names = [f"skin-report-clinician-{day}.pdf", f"skin-report-patient-{day}.pdf"]
    written = save_pdfs(qtbot, dialog, folder, monkeypatch)
    assert [p.name for p in written] == names and asked == []
    assert sorted(os.listdir(folder)) == names  # no temporary twin left beside them
    disclaimer = squash(report_texts("en")["disclaimer"][:120])
    for path in written:
        assert path.read_bytes()[:4] == b"%PDF"
        assert disclaimer in pdf_text(path), path.name

    # Again: the dialog asks first; "No" leaves the files as they were.
    before = {p.name: p.stat().st_mtime_ns for p in written}
    dialog.save_status.clear()
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert asked == [[names[1], names[0]]]  # patient first, as written
    assert {p.name: p.stat().st_mtime_ns for p in folder.glob("*.pdf")} == before
    assert dialog.save_status.text() == ""

    # An unwritable folder is one clear sentence on the dialog.
    monkeypatch.setattr(report_dialog, "confirm_overwrite", lambda _parent, _paths: True)
    missing = tmp_path / "gone"
    monkeypatch.setattr(report_dialog, "choose_folder", lambda _p, _t: str(missing))
    qtbot.mouseClick(dialog.save_button, LEFT)
    qtbot.waitUntil(lambda: dialog.save_status.text().startswith("cannot"), timeout=20_000)
    assert dialog.save_status.text().startswith(f"cannot write the report to {missing}")


def test_cancel_stops_the_summary_and_makes_no_report(qtbot, window, tiny_pack, photo_paths,
                                                      monkeypatch) -> None:
    win = window
    converse(qtbot, win, tiny_pack, photo_paths[0])
    case_id = save_case(qtbot, win)
    generating = threading.Event()
    summaries = []
    real_ask = Chat.ask

    def slow_summary(self, question, settings=None, on_token=None, cancel=None, constraint=None):
        """The summary call (the grammar-constrained one), slowed so Cancel lands midway."""
        if constraint is None:
            return real_ask(self, question, settings, on_token, cancel, constraint)

        def token(_piece: str) -> None:
            generating.set()
            time.sleep(0.02)

        summaries.append(real_ask(self, question, settings, token, cancel, constraint))
        return summaries[-1]

    monkeypatch.setattr(Chat, "ask", slow_summary)
    dialog = open_dialog(qtbot, win)
    made: list = []
    dialog.report_made.connect(made.append)
    qtbot.mouseClick(dialog.make_button, LEFT)
    assert dialog.busy and dialog.progress.isVisible() and not dialog.make_button.isEnabled()
    qtbot.waitUntil(generating.is_set, timeout=30_000)
    qtbot.mouseClick(dialog.cancel_button, LEFT)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=30_000)
    assert len(summaries) == 1 and summaries[0].stop_reason == "cancelled"
    assert 0 < summaries[0].generated_tokens < 200  # stopped midway, not at its end
    assert made == [] and dialog.pages.currentIndex() == PAGE_CHECKLIST
    assert "Stopped" in dialog.status.text() and dialog.make_button.isEnabled()
    assert not dialog.progress.isVisible()
    assert dialog.isVisible()  # Cancel while writing stops; it does not close the dialog
    assert vault_reports(win, case_id) == []
    dialog.reject()
    assert not dialog.isVisible()


def test_an_unsaved_case_stores_its_report_when_saved_and_lock_clears_it(
        qtbot, window, tiny_pack, photo_paths) -> None:
    win = window
    converse(qtbot, win, tiny_pack, photo_paths[0])
    dialog = open_dialog(qtbot, win)
    report = make(qtbot, dialog)
    assert report.triage.fired == ()
    assert "when you save the case" in dialog.store_status.text()
    dialog.reject()
    assert win.dirty and win.pending_reports == [report]
    case_id = save_case(qtbot, win)
    assert win.pending_reports == []
    assert [r.created for r in vault_reports(win, case_id)] == [report.created]

    # Locking while the report is on screen closes the dialog and clears it.
    dialog = open_dialog(qtbot, win)
    make(qtbot, dialog)
    qtbot.waitUntil(lambda: "Stored in the vault" in dialog.store_status.text(), timeout=20_000)
    win.lock()
    assert not dialog.isVisible() and dialog.report is None
    assert dialog.browser.toPlainText() == "" and dialog.urgency.text() == ""


def _files_containing(root: Path, needle: str) -> list[Path]:
    variants = [needle.encode(enc) for enc in ("utf-8", "utf-16-le", "utf-16-be")]
    found = []
    paths = [root] if root.is_file() else root.rglob("*")
    for path in paths:
        try:
            if path.is_file() and not path.is_symlink():
                data = path.read_bytes()
                if any(v in data for v in variants):
                    found.append(path)
        except OSError:  # another user's file in the system's temporary folder
            continue
    return found


def test_no_patient_data_in_any_file_but_the_chosen_pdfs(qtbot, tmp_path, tiny_pack,
                                                         photo_paths, monkeypatch) -> None:
    from skingpt_desktop.ui.main_window import MainWindow

    home, tmp = tmp_path / "home", tmp_path / "tmp"
    for folder in (home, tmp):
        folder.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("TMPDIR", str(tmp))
    for name in ("XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp))
    system_tmp_before = set(Path("/tmp").iterdir()) if Path("/tmp").is_dir() else set()
    started = time.time()
    services = make_services(home / "appdata")
    services.create_vault(DirectContext(), PASSPHRASE, False)
    win = MainWindow(services, quiet=True)
    qtbot.addWidget(win)
    win.show()
    win.after_unlock()
    try:
        converse(qtbot, win, tiny_pack, photo_paths[0], f"Is the {MARKER} spot dangerous?")
        case_id = save_case(qtbot, win, title="Shoulder")
        dialog = open_dialog(qtbot, win)
        report = make(qtbot, dialog, "non_healing_sore")
        assert MARKER in report.transcript[0].question
        qtbot.waitUntil(lambda: "Stored in the vault" in dialog.store_status.text(),
                        timeout=20_000)
        chosen = home / "Reports"
        chosen.mkdir()
        written = save_pdfs(qtbot, dialog, chosen, monkeypatch)
        assert len(written) == 2
        clinician = next(p for p in written if "clinician" in p.name)
        assert MARKER in pdf_text(clinician)  # the check below could see it
        assert [r.created for r in vault_reports(win, case_id)] == [report.created]
        dialog.reject()
    finally:
        win._closing = True
        win.close()
        services.close()
    leaked = [p for p in _files_containing(tmp_path, MARKER) if p not in written]
    assert leaked == [], "patient data outside the chosen PDFs (the vault included)"
    assert list(tmp.iterdir()) == [], "something was written to the temporary folder"
    new_in_system_tmp = [p for p in set(Path("/tmp").iterdir()) - system_tmp_before
                         if p.stat().st_mtime >= started]
    assert [p for p in new_in_system_tmp if _files_containing(p, MARKER)] == []
