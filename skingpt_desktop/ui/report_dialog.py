"""The report dialog: tick the warning signs, make the report, read it, save the PDFs, print.

Page 1 is the warning-sign checklist (``resources/report/red_flags.json``): questions about the
patient's symptoms, not about the photo. **Make report** asks the conversation's own model chat
for the grammar-constrained summary through ``core.report.make_report``, exactly as
``main.py report`` does, on the task helper; **Cancel** stops that generation within a token and
makes no report. Page 2 shows the urgency the rules set (colour and words, and what set it), the
ticked signs' instructions, the plain-language summary, the clinical features and the conditions
the model's description resembles. **Save PDFs…** writes the patient and the clinician report
into a folder the user chooses (rendered in memory, written atomically beside the target: the
only plaintext a report ever reaches); **Print…** prints one of them.

The dialog stores the report in the vault with a saved case as soon as it is made; for a case
not saved yet it hands the report to the main window (``report_made``), which stores it with
the case when the case is saved.
"""

from __future__ import annotations

import html
import textwrap
from dataclasses import dataclass
from pathlib import Path

from PIL import Image
from PySide6.QtCore import Qt, Signal
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from skingpt_desktop.core.conversation import Turn
from skingpt_desktop.core.engine import Chat, Engine
from skingpt_desktop.core.llm import GenerationSettings
from skingpt_desktop.core.pack import ModelPack
from skingpt_desktop.core.report import (
    Report, TranscriptTurn, default_checklist, default_label_spaces, make_report, report_texts)
from skingpt_desktop.core.storage.photos import clean_photo
from skingpt_desktop.ui.chat_controller import ChatController, history_pairs, subject_of
from skingpt_desktop.ui.file_dialogs import choose_folder
from skingpt_desktop.ui.report_html import RED, URGENCY_COLOURS, para, set_by_text
from skingpt_desktop.ui.report_pdf import print_report, write_pdf
from skingpt_desktop.ui.services import Services
from skingpt_desktop.ui.tasks import TaskContext, TaskHandle, TaskRunner, error_text

PAGE_CHECKLIST, PAGE_REPORT = range(2)
AUDIENCES = ("patient", "clinician")
LABEL_COLUMNS = 80  # characters per line of a warning sign (QCheckBox does not wrap its text)
TEXT_ON_COLOUR = "#1a1a1a"  # dark text on the light urgency colours, whatever the theme
CHECKLIST_INTRO = (
    "Tick every warning sign <b>the patient has now</b>. These questions are about the "
    "patient's symptoms, not about the photo. Fixed rules from public medical guidance use "
    "them to set how urgent this is; the model can raise the urgency, never lower it.")
WORKING_TEXT = "Writing the summary (one more answer from the model)… Cancel stops it."
PENDING_TEXT = ("This report will be stored in the vault with the case when you save the case "
                "(File ▸ Save case).")


@dataclass
class ReportSource:
    """What a report is made from: the conversation on screen and the model that wrote it."""

    engine: Engine
    pack: ModelPack
    chat: Chat | None  # the conversation's model chat; None: a new one restores ``turns``
    image: Image.Image  # the photo the conversation is about
    turns: tuple[TranscriptTurn, ...]
    settings: GenerationSettings


def report_source(controller: ChatController) -> ReportSource | None:
    """The current conversation as a report source; None when there is nothing to report on
    (no answer yet, no model loaded, or an answer being written)."""
    services, messages, photos = controller.services, controller.panel.messages, controller.photos
    subject, start = subject_of(messages)
    pairs = history_pairs(messages[start:])
    engine = services.engine
    if controller.busy or engine is None or not pairs or subject is None \
            or not 0 <= subject < len(photos.photos):
        return None
    entry = photos.photos[subject]
    chat = controller.chat
    usable = chat is not None and controller.chat_photo is entry and chat.engine is engine
    return ReportSource(engine, engine.pack, chat if usable else None, entry.image,
                        tuple(TranscriptTurn(q, a) for q, a in pairs),
                        services.generation_settings())


def make_report_task(ctx: TaskContext, source: ReportSource, symptoms: tuple[str, ...]) -> Report:
    """Task: summarise the conversation and build the report (nothing is written to disk).

    The conversation's own model chat is used when it is still loaded; otherwise (a reopened
    case, another photo selected since) a new chat about the same photo restores the turns.
    A cancelled summary raises, so no report is ever made from a partial answer.
    """
    chat = source.chat
    if chat is None:
        chat = source.engine.start_chat(source.image,
                                        turns=[Turn(t.question, t.answer) for t in source.turns])
    ctx.cancel.raise_if_cancelled()
    photo = clean_photo(source.image).data  # pixels only: no EXIF or GPS reaches a PDF
    report = make_report(chat, source.turns, photo, symptoms, source.settings, source.pack,
                         cancel=ctx.cancel.event)
    ctx.cancel.raise_if_cancelled()
    return report


def pdf_paths(folder: Path, report: Report) -> dict[str, Path]:
    """Where the two PDFs go: ``skin-report-patient-YYYY-MM-DD.pdf`` and the clinician twin."""
    day = report.created[:10]
    return {audience: folder / f"skin-report-{audience}-{day}.pdf" for audience in AUDIENCES}


def write_pdfs_task(ctx: TaskContext, report: Report, paths: dict[str, Path]) -> list[Path]:
    """Task: render each PDF in memory and write it atomically where the user chose."""
    written = []
    for audience, path in paths.items():
        ctx.cancel.raise_if_cancelled()
        written.append(write_pdf(report, path, audience))
    return written


def confirm_overwrite(parent: QWidget, existing: list[Path]) -> bool:
    """Ask before replacing reports already in the chosen folder."""
    names = " and ".join(path.name for path in existing)
    verb = "exists" if len(existing) == 1 else "exist"
    answer = QMessageBox.question(
        parent, "Replace reports", f"{names} already {verb} in this folder. Replace?",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def run_print_dialog(printer: QPrinter, parent: QWidget) -> bool:
    """The system's print dialog for ``printer``; True when the user chose to print."""
    return QPrintDialog(printer, parent).exec() == QDialog.DialogCode.Accepted


def urgency_html(report: Report) -> str:
    """The urgency as the banner shows it: level, what to do, and what set it."""
    checklist = default_checklist()
    level = checklist.level(report.triage.urgency)
    return (f'<p style="font-size: x-large;"><b>{html.escape(level.label)}</b></p>'
            f"<p>{html.escape(level.instruction)}</p>"
            f"<p><i>{html.escape(set_by_text(report, checklist))}</i></p>")


def red_flags_html(report: Report) -> str:
    """Each ticked warning sign with its instruction ("" when none was ticked)."""
    t, checklist = report_texts(report.language), default_checklist()
    signs = [checklist.symptom(s) for s in report.triage.fired]
    items = "".join(f"<li><b>{html.escape(s.label)}</b><br>{html.escape(s.instruction)}</li>"
                    for s in signs if s is not None)
    if not items:
        return ""
    return (f'<p style="font-size: large;"><b>{html.escape(t["red_flags_heading"])}</b></p>'
            f"<p>{html.escape(t['red_flags_intro'])}</p><ul>{items}</ul>")


def summary_html(report: Report) -> str:
    """The summary, the clinical features and the conditions the description resembles."""
    t, labels, summary = report_texts(report.language), default_label_spaces(), report.summary
    plain = para(summary.patient_summary) if summary.patient_summary else \
        f"<p>{html.escape(t['no_summary'])}</p>"
    concepts = ", ".join(summary.concepts) or t["none"]
    items = []
    for item in summary.differential:
        found = labels.class_by_id(item.condition)
        reason = para(item.reason) if item.reason else ""
        items.append(f"<li><b>{html.escape(found.name if found else item.condition)}</b>"
                     f"{reason}</li>")
    listing = f"<ul>{''.join(items)}</ul>" if items else f"<p>{html.escape(t['none'])}</p>"
    return (f"<h3>{html.escape(t['patient_summary_heading'])}</h3>{plain}"
            f"<h3>{html.escape(t['concepts_heading'])}</h3><p>{html.escape(concepts)}</p>"
            f"<h3>{html.escape(t['resembles_heading'])}</h3>"
            f"<p><i>{html.escape(t['resembles_note'])}</i></p>{listing}"
            f"<p><b>{html.escape(t['disclaimer_heading'])}:</b> "
            f"{html.escape(report.disclaimer)}</p>")


def _say(label: QLabel, text: str) -> None:
    """Show ``text`` in ``label``; an empty label takes no room."""
    label.setText(text)
    label.setVisible(bool(text))


def _banner(name: str, background: str, border: str) -> QLabel:
    """A word-wrapped label with fixed light colours and dark text (readable in any theme)."""
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setStyleSheet(f"QLabel#{name} {{ background: {background}; color: {TEXT_ON_COLOUR}; "
                        f"border: 2px solid {border}; border-radius: 4px; padding: 8px; }}")
    return label


class ReportDialog(QDialog):
    """Checklist, then the report; see the module docstring. Open it with ``open()``."""

    summary_started = Signal()  # the summary question is going into the conversation's chat
    report_made = Signal(object)  # the Report, once made

    def __init__(self, runner: TaskRunner, services: Services, source: ReportSource,
                 case_id: str | None, parent: QWidget | None = None) -> None:
        """``case_id``: the saved case the report belongs to (None: not saved yet)."""
        super().__init__(parent)
        self.runner, self.services, self.source, self.case_id = runner, services, source, case_id
        self.report: Report | None = None
        self.task: TaskHandle | None = None
        self._close_when_stopped = False
        self._discarded = False
        self.setWindowTitle("Report")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_checklist_page())
        self.pages.addWidget(self._build_report_page())
        QVBoxLayout(self).addWidget(self.pages)
        self.resize(760, 680)

    # --- page 1: the checklist -------------------------------------------------------------

    def _build_checklist_page(self) -> QWidget:
        """Page 1: the intro and one checkbox per warning sign, in the file's order."""
        page = QWidget()
        layout = QVBoxLayout(page)
        heading = QLabel("<b>Warning signs</b>")
        self.intro = QLabel(CHECKLIST_INTRO)
        self.intro.setWordWrap(True)
        layout.addWidget(heading)
        layout.addWidget(self.intro)
        self.checkboxes: dict[str, QCheckBox] = {}
        box = QWidget()
        column = QVBoxLayout(box)
        for symptom in default_checklist().symptoms:
            checkbox = QCheckBox(textwrap.fill(symptom.label, LABEL_COLUMNS))
            checkbox.setAccessibleName(symptom.label)
            column.addWidget(checkbox)
            self.checkboxes[symptom.id] = checkbox
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(box)
        layout.addWidget(scroll, 1)
        layout.addLayout(self._build_checklist_footer())
        return page

    def _build_checklist_footer(self) -> QVBoxLayout:
        """The busy bar, the status line, Make report and Cancel."""
        footer = QVBoxLayout()
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: the summary's length is not known in advance
        self.progress.setAccessibleName("Writing the summary")
        self.progress.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName("Report status")
        footer.addWidget(self.progress)
        footer.addWidget(self.status)
        row = QHBoxLayout()
        row.addStretch(1)
        self.make_button = QPushButton("&Make report")
        self.make_button.setDefault(True)
        self.make_button.clicked.connect(self.make_report)
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.setToolTip("Stop the summary, or close without a report")
        self.cancel_button.clicked.connect(self.cancel)
        row.addWidget(self.make_button)
        row.addWidget(self.cancel_button)
        footer.addLayout(row)
        return footer

    def checkbox(self, symptom_id: str) -> QCheckBox:
        """The checkbox of one warning sign (``KeyError`` for an unknown id)."""
        return self.checkboxes[symptom_id]

    def ticked(self) -> tuple[str, ...]:
        """The ticked warning signs' ids, in checklist order."""
        return tuple(sid for sid, box in self.checkboxes.items() if box.isChecked())

    @property
    def busy(self) -> bool:
        """True while the summary is being written."""
        return self.task is not None

    def make_report(self) -> None:
        """Start the summary on the task helper with the ticked signs."""
        if self.busy or self._discarded:
            return
        self._set_working(True)
        self.summary_started.emit()
        self.task = self.runner.start(
            make_report_task, self.source, self.ticked(), name="report summary",
            on_result=self._summary_done, on_error=self._summary_failed,
            on_cancelled=self._summary_cancelled, on_finished=self._summary_finished)

    def _set_working(self, working: bool, message: str = "") -> None:
        """While the summary is written: busy bar on, ticks and Make report off."""
        self.progress.setVisible(working)
        self.status.setText(WORKING_TEXT if working else message)
        self.make_button.setEnabled(not working)
        for box in self.checkboxes.values():
            box.setEnabled(not working)

    def _summary_done(self, report: Report) -> None:
        """The report is made: show page 2, hand it to the window, store it."""
        if self._discarded:
            return
        self._set_working(False)
        self.report = report
        self.show_report(report)
        self.report_made.emit(report)
        self._store(report)

    def _summary_failed(self, exc: BaseException) -> None:
        """The summary failed: one sentence, and the checklist stays for another try."""
        self._set_working(False, error_text(exc, "The report could not be made ({type})."))

    def _summary_cancelled(self) -> None:
        """Cancel took effect: no report; the checklist stays."""
        self._set_working(False, "Stopped: no report was made.")

    def _summary_finished(self) -> None:
        """The task is over (any outcome): the model is free; close if that was asked."""
        self.task = None
        if self._close_when_stopped:
            super().reject()

    # --- page 2: the report -----------------------------------------------------------------

    def _build_report_page(self) -> QWidget:
        """Page 2: urgency banner, warning-sign box, summary, status lines and buttons."""
        page = QWidget()
        layout = QVBoxLayout(page)
        self.urgency = _banner("urgencyBanner", "#eeeeee", "#777777")
        self.urgency.setAccessibleName("Urgency")
        self.red_flags = _banner("redFlagsBanner", URGENCY_COLOURS["emergency"], RED)
        self.red_flags.setAccessibleName("Warning signs ticked")
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.setAccessibleName("Report summary")
        self.store_status = QLabel()
        self.store_status.setWordWrap(True)
        self.store_status.setAccessibleName("Where the report is stored")
        self.save_status = QLabel()
        self.save_status.setWordWrap(True)
        self.save_status.setAccessibleName("Saved files")
        self.save_status.hide()
        for widget in (self.urgency, self.red_flags):
            layout.addWidget(widget)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.store_status)
        layout.addWidget(self.save_status)
        layout.addLayout(self._build_report_buttons())
        return page

    def _build_report_buttons(self) -> QHBoxLayout:
        """Save PDFs…, Print… (patient or clinician) and Close."""
        row = QHBoxLayout()
        self.save_button = QPushButton("&Save PDFs…")
        self.save_button.setToolTip("Write the patient and the clinician report into a folder")
        self.save_button.clicked.connect(self.save_pdfs)
        self.print_button = QPushButton("&Print…")
        menu = QMenu(self.print_button)
        menu.addAction("Patient report…", lambda: self.print_audience("patient"))
        menu.addAction("Clinician report…", lambda: self.print_audience("clinician"))
        self.print_button.setMenu(menu)
        self.close_button = QPushButton("&Close")
        self.close_button.clicked.connect(self.reject)
        row.addWidget(self.save_button)
        row.addWidget(self.print_button)
        row.addStretch(1)
        row.addWidget(self.close_button)
        return row

    def show_report(self, report: Report) -> None:
        """Page 2 for ``report``."""
        level = report.triage.urgency
        border = RED if level == "emergency" else "#777777"
        self.urgency.setStyleSheet(
            f"QLabel#urgencyBanner {{ background: {URGENCY_COLOURS.get(level, '#eeeeee')}; "
            f"color: {TEXT_ON_COLOUR}; border: 3px solid {border}; border-radius: 4px; "
            "padding: 8px; }")
        self.urgency.setText(urgency_html(report))
        flags = red_flags_html(report)
        self.red_flags.setText(flags)
        self.red_flags.setVisible(bool(flags))
        self.browser.setHtml(summary_html(report))
        self.pages.setCurrentIndex(PAGE_REPORT)
        self.save_button.setFocus()

    def _store(self, report: Report) -> None:
        """Store the report with a saved case now; an unsaved case stores it when saved."""
        if self.case_id is None:
            _say(self.store_status, PENDING_TEXT)
            return
        _say(self.store_status, "Storing the report in the vault…")
        self.runner.start(
            self.services.store_report, self.case_id, report, name="store report",
            on_result=lambda _id: _say(self.store_status,
                                       "Stored in the vault with this case (encrypted)."),
            on_error=lambda e: _say(self.store_status,
                                    "The report was not stored in the vault: " + error_text(e)))

    def save_pdfs(self) -> None:
        """Ask for a folder, ask before replacing, then write both PDFs in the background."""
        if self.report is None:
            return
        folder = choose_folder(self, "Save the patient and clinician reports in…")
        if not folder:
            return
        paths = pdf_paths(Path(folder), self.report)
        existing = [path for path in paths.values() if path.exists()]
        if existing and not confirm_overwrite(self, existing):
            return
        self.save_button.setEnabled(False)
        _say(self.save_status, "Writing the PDFs…")
        self.runner.start(write_pdfs_task, self.report, paths, name="write report PDFs",
                          on_result=self._pdfs_written, on_error=self._pdfs_failed,
                          on_finished=lambda: self.save_button.setEnabled(True))

    def _pdfs_written(self, paths: list[Path]) -> None:
        """Both files are in place: say where."""
        names = " and ".join(path.name for path in paths)
        _say(self.save_status, f"Saved {names} in {paths[0].parent}.")

    def _pdfs_failed(self, exc: BaseException) -> None:
        """Writing failed: one sentence naming the file and why."""
        _say(self.save_status, error_text(exc, "The PDFs could not be written ({type})."))

    def print_audience(self, audience: str) -> None:
        """Print the ``audience`` report after the system's print dialog."""
        if self.report is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if not run_print_dialog(printer, self):
            return
        print_report(self.report, printer, audience)
        _say(self.save_status, f"The {audience} report was sent to the printer.")

    # --- closing ------------------------------------------------------------------------------

    def cancel(self) -> None:
        """Cancel: while the summary is written, stop it (within a token) and stay on the
        checklist; otherwise close."""
        if self.task is not None:
            self.status.setText("Stopping…")
            self.task.cancel()
            return
        self.reject()

    def reject(self) -> None:
        """Cancel, Close, Esc: while the summary is written, stop it and close once stopped
        (the model is free again then); otherwise close now."""
        if self.busy:
            self._close_when_stopped = True
            self.status.setText("Stopping…")
            self.task.cancel()
            return
        super().reject()

    def discard(self) -> None:
        """The vault is locking: stop any summary, forget the report, close at once."""
        self._discarded = True
        if self.task is not None:
            self.task.cancel()
        self.report = None
        for label in (self.urgency, self.red_flags, self.store_status, self.save_status):
            label.clear()
        self.browser.clear()
        super().reject()
