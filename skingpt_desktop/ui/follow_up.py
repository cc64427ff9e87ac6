"""Lesion follow-up: two visits of the same spot side by side, and the model asked about each.

A visit (case) may follow an earlier visit of the same lesion (``Case.follows_case_id``, set in
the case form's "Same spot as"). This dialog shows two visits of such a chain next to each
other, with their dates, first photos and change notes; the later visit's change note is edited
here. "Ask about both photos" puts the same question to the model about the earlier photo and
then about the later one, each in a conversation of its own (SkinGPT-4 looks at one photo at a
time), and shows the answers under their photos. The answers are model output, not a diagnosis,
and are not stored; the change note is.

Everything slow (loading the visits, the model, storing the note) runs on the task helper.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from skingpt_desktop.core.llm.chat_session import Answer
from skingpt_desktop.core.llm.conversation import CLINICAL_PROMPTS
from skingpt_desktop.core.storage.models import Case
from skingpt_desktop.core.texts import clinical_prompts_shown
from skingpt_desktop.ui.i18n import current_language
from skingpt_desktop.ui.retranslate import Retranslating
from skingpt_desktop.ui.services import Services, Visit
from skingpt_desktop.ui.tasks import TaskHandle, TaskRunner, error_text

PHOTO_SIDE = 300  # px: two photos and their answers fit side by side at 1280x800


def visit_date(case: Case) -> str:
    """The visit's day, as the sidebar writes it."""
    return dt.datetime.fromtimestamp(case.created_at).strftime("%Y-%m-%d") \
        if case.created_at else ""


class VisitColumn(QWidget):
    """One visit: date and title, first photo, change note, the model's answer."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.chooser = QComboBox()
        layout.addWidget(self.chooser)
        self.photo = QLabel()
        self.photo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo.setMinimumSize(PHOTO_SIDE // 2, PHOTO_SIDE // 2)
        layout.addWidget(self.photo, 1)
        self.note_label = QLabel()
        self.note_label.setWordWrap(True)
        self.note_label.setTextFormat(Qt.TextFormat.PlainText)  # typed by a user: never markup
        # One line even when empty, so both columns' answers start at the same height.
        self.note_label.setMinimumHeight(self.note_label.fontMetrics().lineSpacing())
        layout.addWidget(self.note_label)
        self.caption = QLabel()
        self.caption.setObjectName("answerCaption")
        layout.addWidget(self.caption)
        self.answer = QPlainTextEdit()
        self.answer.setReadOnly(True)
        layout.addWidget(self.answer, 1)

    def show_visit(self, visit: Visit) -> None:
        """The visit's first photo (scaled to fit) and its change note."""
        if visit.photo is not None:
            pixmap = QPixmap.fromImage(visit.photo.preview)
            self.photo.setPixmap(pixmap.scaled(
                PHOTO_SIDE, PHOTO_SIDE, Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation))
        else:
            self.photo.setPixmap(QPixmap())
        self.answer.clear()


class FollowUpDialog(Retranslating, QDialog):
    """Two visits of one lesion side by side (see module docstring)."""

    note_saved = Signal(object)  # the stored Case whose change note changed

    def __init__(self, services: Services, runner: TaskRunner, case_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.runner, self.case_id = services, runner, case_id
        self.visits: list[Visit] = []
        self.task: TaskHandle | None = None
        self.setModal(True)  # the model answers here or in the chat, never in both at once
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        font = self.summary.font()
        font.setBold(True)
        self.summary.setFont(font)
        layout.addWidget(self.summary)
        columns = QGridLayout()
        self.earlier, self.later = VisitColumn(), VisitColumn()
        columns.addWidget(self.earlier, 0, 0)
        columns.addWidget(self.later, 0, 1)
        layout.addLayout(columns, 1)
        note_row = QHBoxLayout()
        self.change_note = QLineEdit()
        self.save_note_button = QPushButton()
        self.save_note_button.clicked.connect(lambda _=False: self.save_note())
        note_row.addWidget(self.change_note, 1)
        note_row.addWidget(self.save_note_button)
        self.note_title = QLabel()
        self.note_title.setBuddy(self.change_note)
        layout.addWidget(self.note_title)
        layout.addLayout(note_row)
        ask_row = QHBoxLayout()
        self.question = QLineEdit(clinical_prompts_shown(current_language())[0])
        self.ask_button = QPushButton()
        self.ask_button.clicked.connect(lambda _=False: self.ask_both())
        self.stop_button = QPushButton()
        self.stop_button.clicked.connect(lambda _=False: self.stop())
        ask_row.addWidget(self.question, 1)
        ask_row.addWidget(self.ask_button)
        ask_row.addWidget(self.stop_button)
        layout.addLayout(ask_row)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        for column in (self.earlier, self.later):
            column.chooser.currentIndexChanged.connect(lambda _i: self._show_chosen())
        # Two visits side by side: most of a 1280 x 800 screen, not the layout's minimum.
        self.resize(1100, 720)
        self.retranslate_ui()
        self._set_busy(False)
        self.load()

    # --- texts ----------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Compare visits of this spot"))
        self.note_title.setText(self.tr("&Change since the earlier visit:"))
        self.change_note.setPlaceholderText(self.tr("e.g. larger, edge now irregular"))
        self.change_note.setAccessibleName(self.tr("Change since the earlier visit"))
        self.save_note_button.setText(self.tr("Sa&ve note"))
        self.question.setAccessibleName(self.tr("Question about both photos"))
        self.ask_button.setText(self.tr("&Ask about both photos"))
        self.stop_button.setText(self.tr("S&top"))
        self.earlier.chooser.setAccessibleName(self.tr("Earlier visit"))
        self.later.chooser.setAccessibleName(self.tr("Later visit"))
        self._show_chosen()

    # --- loading and showing --------------------------------------------------------------

    def load(self) -> None:
        """Load the lesion's visits with their first photos (task helper)."""
        self.status.setText(self.tr("Loading the visits…"))
        self.runner.start(self.services.lesion_visits, self.case_id, name="load visits",
                          on_result=self._loaded, on_error=self._failed)

    def _loaded(self, visits: list[Visit]) -> None:
        self.visits = visits
        current = next((i for i, v in enumerate(visits) if v.case.id == self.case_id), 0)
        for column in (self.earlier, self.later):
            column.chooser.blockSignals(True)
            column.chooser.clear()
            for visit in visits:
                column.chooser.addItem(" · ".join(filter(None, (
                    visit_date(visit.case), visit.case.title))), visit.case.id)
            column.chooser.blockSignals(False)
        self.earlier.chooser.setCurrentIndex(max(current - 1, 0))
        self.later.chooser.setCurrentIndex(current if current > 0 else min(1, len(visits) - 1))
        self.status.setText("" if len(visits) > 1 else self.tr(
            "This visit is not linked to another one yet: edit a later case and choose this one "
            "under Same spot as."))
        self._show_chosen()
        self._set_busy(False)

    def _chosen(self, column: VisitColumn) -> Visit | None:
        index = column.chooser.currentIndex()
        return self.visits[index] if 0 <= index < len(self.visits) else None

    def _show_chosen(self) -> None:
        earlier, later = self._chosen(self.earlier), self._chosen(self.later)
        for column, visit in ((self.earlier, earlier), (self.later, later)):
            if visit is not None:
                column.show_visit(visit)
                note = visit.case.change_note
                column.note_label.setText(self.tr("Change noted: {note}").format(note=note)
                                          if note else "")
                column.caption.setText(self.tr("Model output, not a diagnosis"))
        if later is not None:
            self.change_note.setText(later.case.change_note)
        if earlier is not None and later is not None:
            days = round(abs(later.case.created_at - earlier.case.created_at) / 86400)
            self.summary.setText(self.tr("{earlier} → {later} · days between the visits: %n",
                                         "", days).format(earlier=visit_date(earlier.case),
                                                          later=visit_date(later.case)))
        self._set_busy(self.task is not None)

    # --- the change note ------------------------------------------------------------------

    def save_note(self) -> None:
        """Store the later visit's change note (task helper)."""
        later = self._chosen(self.later)
        if later is None:
            return
        edited = dataclasses.replace(later.case, change_note=self.change_note.text().strip())
        self.runner.start(self.services.update_case, edited, name="save change note",
                          on_result=self._note_stored, on_error=self._failed)

    def _note_stored(self, case: Case) -> None:
        for visit in self.visits:
            if visit.case.id == case.id:
                visit.case = case
        self.status.setText(self.tr("The change note was saved."))
        self._show_chosen()
        self.note_saved.emit(case)

    # --- asking the model about both photos -----------------------------------------------

    def ask_both(self) -> None:
        """The question about the earlier photo, then about the later one."""
        pairs = [(column, self._chosen(column)) for column in (self.earlier, self.later)]
        if self.services.engine is None or any(v is None or v.photo is None for _, v in pairs):
            return
        for column, _visit in pairs:
            column.answer.clear()
        self._ask_next(pairs)

    def _model_question(self) -> str:
        """The question as the model reads it: a shown clinical prompt goes in English."""
        text = self.question.text().strip()
        shown = clinical_prompts_shown(current_language())
        return CLINICAL_PROMPTS[shown.index(text)] if text in shown else text

    def _ask_next(self, pairs: list) -> None:
        if not pairs:
            self.task = None
            self.status.setText(self.tr("Both photos answered."))
            self._set_busy(False)
            return
        (column, visit), rest = pairs[0], pairs[1:]
        self.status.setText(self.tr("Asking about the photo of {date}…").format(
            date=visit_date(visit.case)))
        self.task = self.runner.start(
            self.services.ask_about_photo, self.services.engine, visit.photo.image,
            self._model_question(), self.services.generation_settings(), name="ask follow-up",
            on_progress=column.answer.setPlainText,
            on_result=lambda answer: self._answered(column, answer, rest),
            on_cancelled=self._stopped, on_error=self._failed)
        self._set_busy(True)

    def _answered(self, column: VisitColumn, answer: Answer, rest: list) -> None:
        column.answer.setPlainText(answer.text)
        if self.task is not None and self.task.cancelled:
            self._stopped()
            return
        self._ask_next(rest)

    def stop(self) -> None:
        """Stop the answer being written; the other photo is not asked about."""
        if self.task is not None:
            self.task.cancel()

    def _stopped(self) -> None:
        self.task = None
        self.status.setText(self.tr("Stopped."))
        self._set_busy(False)

    def _failed(self, exc: BaseException) -> None:
        self.task = None
        self.status.setText(error_text(exc))
        self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        ready = self.services.engine is not None and len(self.visits) > 1
        self.ask_button.setEnabled(ready and not busy)
        self.stop_button.setEnabled(busy)
        self.save_note_button.setEnabled(self._chosen(self.later) is not None and not busy)
        if self.services.engine is None and len(self.visits) > 1:
            self.ask_button.setToolTip(self.tr("Load a model pack to ask about the photos"))

    def reject(self) -> None:  # noqa: D102 - closing stops an answer being written
        self.stop()
        super().reject()
