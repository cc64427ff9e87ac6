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

Languages: the dialog's own texts follow the interface language (``retranslate_ui``), the
warning signs are the checklist's translated data texts, and a report is made in the interface
language of the moment (``Report.language``: its headings, urgency and warning signs, on page 2
and in the PDFs); the model's summary is the model's own text.
"""

from __future__ import annotations

import dataclasses
import html
import re
import textwrap
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QGridLayout,
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

from skingpt_desktop.core.engine import Chat, Engine
from skingpt_desktop.core.i18n import is_rtl
from skingpt_desktop.core.llm.conversation import Turn
from skingpt_desktop.core.llm.llm import GenerationSettings
from skingpt_desktop.core.packs.pack import ModelPack
from skingpt_desktop.core.report import (
    Report,
    TranscriptTurn,
    checklist_for,
    default_checklist,
    label_spaces_for,
    make_report,
    report_texts,
)
from skingpt_desktop.core.report.subject import CaseSubject
from skingpt_desktop.core.storage.photos import clean_photo
from skingpt_desktop.render.report_html import (
    RED,
    URGENCY_COLOURS,
    model_raise_html,
    para,
    set_by_text,
)
from skingpt_desktop.render.report_pdf import print_report, write_pdf
from skingpt_desktop.ui.chat_controller import ChatController, history_pairs, subject_of
from skingpt_desktop.ui.file_dialogs import choose_folder, run_print_dialog
from skingpt_desktop.ui.i18n import current_language
from skingpt_desktop.ui.retranslate import Retranslating
from skingpt_desktop.ui.services import Services
from skingpt_desktop.ui.tasks import TaskContext, TaskHandle, TaskRunner, Text, error_text, shown

PAGE_CHECKLIST, PAGE_REPORT = range(2)
AUDIENCES = ("patient", "clinician")
LABEL_COLUMNS = 44  # characters per line of a warning sign (QCheckBox does not wrap its text)
CHECKLIST_COLUMNS = 2  # two columns: the whole list fits the dialog without scrolling
TEXT_ON_COLOUR = "#1a1a1a"  # dark text on the light urgency colours, whatever the theme
# Source texts (context "ReportDialog"), translated where they are shown.
CHECKLIST_INTRO = QT_TRANSLATE_NOOP(
    "ReportDialog",
    "Tick every warning sign <b>the patient has now</b>. These questions are about the "
    "patient's symptoms, not about the photo. Fixed rules from public medical guidance use "
    "them to set how urgent this is; the model may at most suggest seeing a doctor within 2 "
    "weeks.")
WORKING_TEXT = QT_TRANSLATE_NOOP(
    "ReportDialog", "Writing the summary (one more answer from the model)… Cancel stops it.")
PENDING_TEXT = QT_TRANSLATE_NOOP(
    "ReportDialog", "This report will be stored in the vault with the case when you save the "
                    "case (File ▸ Save case).")


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReportDialog", text)


def file_names(paths: list[Path]) -> str:
    """"a.pdf" or "a.pdf and b.pdf" (a report has two files at most)."""
    if len(paths) == 2:
        return QCoreApplication.translate("ReportDialog", "{first} and {second}").format(
            first=paths[0].name, second=paths[1].name)
    return ", ".join(path.name for path in paths)


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


def make_report_task(ctx: TaskContext, source: ReportSource, symptoms: tuple[str, ...],
                     language: str = "en") -> Report:
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
                         language=language, cancel=ctx.cancel.event)
    ctx.cancel.raise_if_cancelled()
    return report


def pdf_paths(folder: Path, report: Report) -> dict[str, Path]:
    """Where the two PDFs go: ``skin-report-patient-YYYY-MM-DD.pdf`` and the clinician twin."""
    day = report.created[:10]
    return {audience: folder / f"skin-report-{audience}-{day}.pdf" for audience in AUDIENCES}


def write_pdfs_task(ctx: TaskContext, report: Report, paths: dict[str, Path],
                    subject: Callable[[TaskContext], CaseSubject] | None = None) -> list[Path]:
    """Task: render each PDF in memory and write it atomically where the user chose;
    ``subject`` reads the saved case's patient and details for the clinician report's banner
    (as they are now in the vault)."""
    if subject is not None:
        report = dataclasses.replace(report, subject=subject(ctx))
    written = []
    for audience, path in paths.items():
        ctx.cancel.raise_if_cancelled()
        written.append(write_pdf(report, path, audience))
    return written


def confirm_overwrite(parent: QWidget, existing: list[Path]) -> bool:
    """Ask before replacing reports already in the chosen folder."""
    names = file_names(existing)
    translate = QCoreApplication.translate
    question = translate("ReportDialog", "{names} already exists in this folder. Replace?") \
        if len(existing) == 1 else \
        translate("ReportDialog", "{names} already exist in this folder. Replace?")
    answer = QMessageBox.question(
        parent, translate("ReportDialog", "Replace reports"), question.format(names=names),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def directed(markup: str, report: Report) -> str:
    """``markup`` with ``dir="rtl"`` on every block when the report's language is written right
    to left (Qt's rich text takes the direction per block); blocks with a direction of their
    own keep it."""
    if not is_rtl(report.language):
        return markup
    # a paragraph of the model's text keeps the direction of its own script (report_html.para)
    return re.sub(r"<(p|h3|ul|li)(?=[ >])(?![^>]*\bdir=)", r'<\1 dir="rtl"', markup)


def urgency_html(report: Report) -> str:
    """The urgency as the banner shows it, in the report's language: the rules' level, what to
    do, what set it, and then any raise the model suggests (never as the instruction)."""
    checklist = checklist_for(report.language)
    level = checklist.level(report.triage.rules_level)
    return (f'<p style="font-size: x-large;"><b>{html.escape(level.label)}</b></p>'
            f"<p>{html.escape(level.instruction)}</p>"
            f"<p><i>{html.escape(set_by_text(report, checklist))}</i></p>"
            + model_raise_html(report, checklist))


def red_flags_html(report: Report) -> str:
    """Each ticked warning sign with its instruction ("" when none was ticked)."""
    t, checklist = report_texts(report.language), checklist_for(report.language)
    signs = [checklist.symptom(s) for s in report.triage.fired]
    items = "".join(f"<li><b>{html.escape(s.label)}</b><br>{html.escape(s.instruction)}</li>"
                    for s in signs if s is not None)
    if not items:
        return ""
    return (f'<p style="font-size: large;"><b>{html.escape(t["red_flags_heading"])}</b></p>'
            f"<p>{html.escape(t['red_flags_intro'])}</p><ul>{items}</ul>")


def summary_html(report: Report) -> str:
    """The summary, the clinical features and the conditions the description resembles."""
    t, labels, summary = report_texts(report.language), label_spaces_for(report.language), \
        report.summary
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


def _say(label: QLabel, text: Text) -> None:
    """Show ``text`` in ``label``; an empty label takes no room. A function is kept on the
    label and rendered again when the language changes (``_resay``)."""
    label._said = text
    label.setText(shown(text))
    label.setVisible(bool(label.text()))


def _resay(label: QLabel) -> None:
    said = getattr(label, "_said", "")
    if callable(said):
        _say(label, said)


def _banner(name: str, background: str, border: str) -> QLabel:
    """A word-wrapped label with fixed light colours and dark text (readable in any theme)."""
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setStyleSheet(f"QLabel#{name} {{ background: {background}; color: {TEXT_ON_COLOUR}; "
                        f"border: 2px solid {border}; border-radius: 4px; padding: 8px; }}")
    return label


class ReportDialog(Retranslating, QDialog):
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
        self._status: Text = ""
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_checklist_page())
        self.pages.addWidget(self._build_report_page())
        QVBoxLayout(self).addWidget(self.pages)
        self.resize(760, 680)
        self.retranslate_ui()

    # --- texts ------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        """The dialog's texts and the warning signs in the current language. A report already
        made stays in the language it was made in (as its PDFs are)."""
        self.setWindowTitle(self.tr("Report"))
        self.heading.setText("<b>" + self.tr("Warning signs") + "</b>")
        self.intro.setText(_tr(CHECKLIST_INTRO))
        for symptom in checklist_for(current_language()).symptoms:
            checkbox = self.checkboxes.get(symptom.id)
            if checkbox is not None:
                checkbox.setText(textwrap.fill(symptom.label, LABEL_COLUMNS))
                checkbox.setAccessibleName(symptom.label)
        self.none_box.setText(self.tr("None of these"))
        self.progress.setAccessibleName(self.tr("Writing the summary"))
        self.status.setAccessibleName(self.tr("Report status"))
        self.status.setText(shown(self._status))
        self.make_button.setText(self.tr("&Make report"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop the summary, or close without a report"))
        self.urgency.setAccessibleName(self.tr("Urgency"))
        self.red_flags.setAccessibleName(self.tr("Warning signs ticked"))
        self.browser.setAccessibleName(self.tr("Report summary"))
        self.store_status.setAccessibleName(self.tr("Where the report is stored"))
        self.save_status.setAccessibleName(self.tr("Saved files"))
        self.save_button.setText(self.tr("&Save PDFs…"))
        self.save_button.setToolTip(self.tr("Write the patient and the clinician report into a "
                                            "folder"))
        self.print_button.setText(self.tr("&Print…"))
        self.print_patient.setText(self.tr("Patient report…"))
        self.print_clinician.setText(self.tr("Clinician report…"))
        self.close_button.setText(self.tr("&Close"))
        for label in (self.store_status, self.save_status):
            _resay(label)

    def _set_status(self, text: Text) -> None:
        self._status = text
        self.status.setText(shown(text))

    # --- page 1: the checklist -------------------------------------------------------------

    def _build_checklist_page(self) -> QWidget:
        """Page 1: the intro and one checkbox per warning sign, in the file's order."""
        page = QWidget()
        layout = QVBoxLayout(page)
        self.heading = QLabel()
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        self.checkboxes: dict[str, QCheckBox] = {}
        box = QWidget()
        grid = QGridLayout(box)
        symptoms = default_checklist().symptoms
        rows = -(-len(symptoms) // CHECKLIST_COLUMNS)
        for index, symptom in enumerate(symptoms):  # down the first column, then the next
            checkbox = QCheckBox()  # labels: retranslate_ui
            checkbox.toggled.connect(self._sign_toggled)
            grid.addWidget(checkbox, index % rows, index // rows)
            self.checkboxes[symptom.id] = checkbox
        # An explicit "none": the checklist was read, not skipped (it unticks the others).
        self.none_box = QCheckBox()
        self.none_box.toggled.connect(self._none_toggled)
        grid.addWidget(self.none_box, rows, 0, 1, CHECKLIST_COLUMNS)
        grid.setRowStretch(rows + 1, 1)
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
        self.progress.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        footer.addWidget(self.progress)
        footer.addWidget(self.status)
        row = QHBoxLayout()
        row.addStretch(1)
        self.make_button = QPushButton()
        self.make_button.setDefault(True)
        self.make_button.clicked.connect(self.make_report)
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.cancel)
        row.addWidget(self.make_button)
        row.addWidget(self.cancel_button)
        footer.addLayout(row)
        return footer

    def _sign_toggled(self, checked: bool) -> None:
        if checked:
            self.none_box.setChecked(False)

    def _none_toggled(self, checked: bool) -> None:
        if checked:
            for box in self.checkboxes.values():
                box.setChecked(False)

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
            make_report_task, self.source, self.ticked(), current_language(),
            name="report summary",
            on_result=self._summary_done, on_error=self._summary_failed,
            on_cancelled=self._summary_cancelled, on_finished=self._summary_finished)

    def _set_working(self, working: bool, message: Text = "") -> None:
        """While the summary is written: busy bar on, ticks and Make report off."""
        self.progress.setVisible(working)
        self._set_status((lambda: _tr(WORKING_TEXT)) if working else message)
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
        self._set_working(False, error_text(exc, self.tr("The report could not be made ({type}).")))

    def _summary_cancelled(self) -> None:
        """Cancel took effect: no report; the checklist stays."""
        self._set_working(False, lambda: self.tr("Stopped: no report was made."))

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
        self.red_flags = _banner("redFlagsBanner", URGENCY_COLOURS["emergency"], RED)
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.store_status = QLabel()
        self.store_status.setWordWrap(True)
        self.save_status = QLabel()
        self.save_status.setWordWrap(True)
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
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.save_pdfs)
        self.print_button = QPushButton()
        menu = QMenu(self.print_button)
        self.print_patient = menu.addAction("")  # texts: retranslate_ui
        self.print_patient.triggered.connect(lambda: self.print_audience("patient"))
        self.print_clinician = menu.addAction("")
        self.print_clinician.triggered.connect(lambda: self.print_audience("clinician"))
        self.print_button.setMenu(menu)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.reject)
        row.addWidget(self.save_button)
        row.addWidget(self.print_button)
        row.addStretch(1)
        row.addWidget(self.close_button)
        return row

    def show_report(self, report: Report) -> None:
        """Page 2 for ``report``."""
        level = report.triage.rules_level  # the banner's colour follows what it instructs
        border = RED if level == "emergency" else "#777777"
        self.urgency.setStyleSheet(
            f"QLabel#urgencyBanner {{ background: {URGENCY_COLOURS.get(level, '#eeeeee')}; "
            f"color: {TEXT_ON_COLOUR}; border: 3px solid {border}; border-radius: 4px; "
            "padding: 8px; }")
        self.urgency.setText(directed(urgency_html(report), report))
        flags = directed(red_flags_html(report), report)
        self.red_flags.setText(flags)
        self.red_flags.setVisible(bool(flags))
        self.browser.setHtml(directed(summary_html(report), report))
        self.pages.setCurrentIndex(PAGE_REPORT)
        self.save_button.setFocus()

    def _store(self, report: Report) -> None:
        """Store the report with a saved case now; an unsaved case stores it when saved."""
        if self.case_id is None:
            _say(self.store_status, lambda: _tr(PENDING_TEXT))
            return
        _say(self.store_status, lambda: self.tr("Storing the report in the vault…"))

        def failed(exc: BaseException) -> None:
            detail = error_text(exc)
            _say(self.store_status, lambda: self.tr(
                "The report was not stored in the vault: {error}").format(error=detail))

        self.runner.start(
            self.services.store_report, self.case_id, report, name="store report",
            on_result=lambda _id: _say(self.store_status, lambda: self.tr(
                "Stored in the vault with this case (encrypted).")),
            on_error=failed)

    def save_pdfs(self) -> None:
        """Ask for a folder, ask before replacing, then write both PDFs in the background."""
        if self.report is None:
            return
        folder = choose_folder(self, self.tr("Save the patient and clinician reports in…"))
        if not folder:
            return
        paths = pdf_paths(Path(folder), self.report)
        existing = [path for path in paths.values() if path.exists()]
        if existing and not confirm_overwrite(self, existing):
            return
        self.save_button.setEnabled(False)
        _say(self.save_status, lambda: self.tr("Writing the PDFs…"))
        case_id = self.case_id
        subject = (lambda ctx: self.services.case_subject(ctx, case_id)) if case_id else None
        self.runner.start(write_pdfs_task, self.report, paths, subject, name="write report PDFs",
                          on_result=self._pdfs_written, on_error=self._pdfs_failed,
                          on_finished=lambda: self.save_button.setEnabled(True))

    def _pdfs_written(self, paths: list[Path]) -> None:
        """Both files are in place: say where."""
        names, folder = file_names(paths), paths[0].parent
        _say(self.save_status, lambda: self.tr("Saved {names} in {folder}.").format(
            names=names, folder=folder))

    def _pdfs_failed(self, exc: BaseException) -> None:
        """Writing failed: one sentence naming the file and why."""
        _say(self.save_status, error_text(exc, self.tr("The PDFs could not be written ({type}).")))

    def print_audience(self, audience: str) -> None:
        """Print the ``audience`` report after the system's print dialog."""
        if self.report is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if not run_print_dialog(printer, self):
            return
        print_report(self.report, printer, audience)
        _say(self.save_status, (lambda: self.tr("The patient report was sent to the printer."))
             if audience == "patient" else
             (lambda: self.tr("The clinician report was sent to the printer.")))

    # --- closing ------------------------------------------------------------------------------

    def cancel(self) -> None:
        """Cancel: while the summary is written, stop it (within a token) and stay on the
        checklist; otherwise close."""
        if self.task is not None:
            self._set_status(lambda: self.tr("Stopping…"))
            self.task.cancel()
            return
        self.reject()

    def reject(self) -> None:
        """Cancel, Close, Esc: while the summary is written, stop it and close once stopped
        (the model is free again then); otherwise close now."""
        if self.busy:
            self._close_when_stopped = True
            self._set_status(lambda: self.tr("Stopping…"))
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
            label._said = ""
        self.browser.clear()
        super().reject()
