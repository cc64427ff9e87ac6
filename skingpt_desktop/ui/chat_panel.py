"""The chat panel: the disclaimer, the conversation, the clinical prompts and the question box.

The panel only displays and collects; the main window decides what asking means (which photo,
which pack, which background task). Streaming answers are shown through
:meth:`ChatPanel.update_streaming`, which the window calls with the whole answer so far; the
panel redraws at most every ``REDRAW_MS`` so a fast model cannot keep the GUI thread busy.

The panel's own texts follow the interface language (``retranslate_ui``); the disclaimer and
the clinical prompts' labels are data texts looked up in that language. The conversation is
shown as it was written: a language switch redraws the captions around it, never a question or
an answer. Paragraphs get ``dir="rtl"`` when the interface is right to left.

Messages are drawn as bubbles (one-cell tables, the only boxes Qt's rich text draws): a question
tinted on the trailing side, an answer on the leading side under its caption (the pack, "Model
output, not a diagnosis", how it ended). A finished answer is rendered by ``message_format``
(paragraphs, lists, bold; the model's text is always escaped); while it is written, the text
streams into its bubble as plain text. The colours come from the theme, and the transcript is
drawn again when the theme changes.
"""

from __future__ import annotations

import html
import re
import time
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QGuiApplication,
    QKeySequence,
    QShortcut,
    QTextCharFormat,
    QTextCursor,
    QTextTable,
)
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from skingpt_desktop.core.llm.conversation import CLINICAL_PROMPTS
from skingpt_desktop.core.texts import (
    clinical_prompt_labels,
    clinical_prompts_shown,
    disclaimer_short,
)
from skingpt_desktop.render.report_html import text_direction as paragraph_direction
from skingpt_desktop.ui.flow_layout import FlowLayout
from skingpt_desktop.ui.i18n import current_language
from skingpt_desktop.ui.message_format import PARAGRAPH_STYLE, format_answer, format_plain
from skingpt_desktop.ui.photo_panel import view_name
from skingpt_desktop.ui.retranslate import Retranslating
from skingpt_desktop.ui.tasks import Text, shown
from skingpt_desktop.ui.theme import colours

REDRAW_MS = 50
DOCUMENT_MARGIN = 12  # pixels around the conversation inside its frame
# Bubble widths (share of the transcript's width) and inner padding (pixels).
QUESTION_WIDTH, ANSWER_WIDTH, BUBBLE_PADDING = 82, 94, 10
ANSWER_CAPTION = QT_TRANSLATE_NOOP("ChatPanel", "Model output, not a diagnosis")
# Notes on an answer (ChatMessage.note), shown translated.
NOTES = {"stopped": QT_TRANSLATE_NOOP("ChatPanel", "stopped"),
         "failed": QT_TRANSLATE_NOOP("ChatPanel", "failed")}
# The note that starts a conversation about another photo, as the controller writes it (in
# English: it is part of the saved conversation and read back); shown translated.
PHOTO_NOTE = re.compile(r"^About photo (\d+) \((.+)\)$")


def is_rtl() -> bool:
    """True when the interface is laid out right to left (Arabic)."""
    return QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft


@dataclass
class ChatMessage:
    """One message as the panel shows it."""

    role: str  # "user", "assistant" or "system" (a note such as "About photo 2 (wide)")
    text: str
    pack: str = ""  # display name of the pack that produced an assistant message
    note: str = ""  # e.g. "stopped" (a key of NOTES, shown translated)
    pack_name: str = ""  # the pack's stable name (manifest ``name``), what the vault stores
    shown: str = ""  # what to show instead of ``text`` (a clinical prompt in the language it
    # was asked in; the model and the vault get ``text``, the reference's English prompt)
    time: float = 0.0  # POSIX seconds when it was asked or the answer began (0: unknown)


RLM = "\u200f"  # RIGHT-TO-LEFT MARK


def _clock(posix_time: float) -> str:
    """`` · 2026-12-06 14:03`` for a message's caption ("" when the time is not known)."""
    if not posix_time:
        return ""
    return " · " + time.strftime("%Y-%m-%d %H:%M", time.localtime(posix_time))


def text_direction(text: str) -> str:
    """The direction attribute for a message's paragraphs, from its first strongly directional
    character (``render.report_html.text_direction``, the reports' rule): an English question
    in the Arabic interface stays left to right ("Could you...?", not "?Could you..."), Arabic
    text right to left in any interface."""
    return f" dir='{paragraph_direction(text, 'rtl' if is_rtl() else 'ltr')}'"


class ChatPanel(Retranslating, QWidget):
    """Shows a conversation and emits what the user wants to ask."""

    ask_requested = Signal(str)
    ask_all_requested = Signal()
    stop_requested = Signal()
    disclaimer_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.messages: list[ChatMessage] = []
        self._stream_start: int | None = None
        self._stream_end = 0  # where the next streamed text goes (the end of the answer so far)
        self._stream_text = ""
        self._stream_shown = ""
        self._busy = False
        self._can_ask = False
        self._status: Text = ""
        self._action_buttons: list[tuple[QPushButton, QAction]] = []
        self._redraw = QTimer(self)
        self._redraw.setSingleShot(True)
        self._redraw.setInterval(REDRAW_MS)
        self._redraw.timeout.connect(self._flush_stream)
        self._build()
        self.retranslate_ui()

    # --- layout ---------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.disclaimer = QLabel()
        self.disclaimer.setWordWrap(True)
        self.disclaimer.setObjectName("disclaimerBanner")
        self.disclaimer.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.disclaimer.linkActivated.connect(lambda _link: self.disclaimer_requested.emit())
        layout.addWidget(self.disclaimer)

        self.patient_banner = QLabel()  # the open case's patient: name, number, age, allergies
        self.patient_banner.setObjectName("patientBanner")
        self.patient_banner.setWordWrap(True)
        self.patient_banner.setTextFormat(Qt.TextFormat.RichText)  # built escaped
        self._patient_banner: Text = ""  # set_patient_banner
        self.patient_banner.hide()
        layout.addWidget(self.patient_banner)

        self.case_info = QLabel()  # the saved case's title and details
        self.case_info.setObjectName("caseInfo")
        self.case_info.setWordWrap(True)
        self.case_info.setTextFormat(Qt.TextFormat.PlainText)  # typed by a user: never markup
        self._case_info: Text = ""  # set_case_info
        self.case_info.hide()
        layout.addWidget(self.case_info)

        self.header = QLabel()
        self.header.setWordWrap(True)
        layout.addWidget(self.header)

        self.transcript = QTextBrowser()
        self.transcript.setOpenLinks(False)
        self.transcript.setObjectName("transcript")
        self.transcript.document().setDocumentMargin(DOCUMENT_MARGIN)
        layout.addWidget(self.transcript, 1)

        layout.addLayout(self._build_prompt_row())
        layout.addLayout(self._build_question_row())
        self.status = QLabel()
        self.status.setObjectName("statusLine")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self._update_enabled()

    def _build_prompt_row(self) -> FlowLayout:
        row = FlowLayout()  # wraps: five buttons may not fit one row at a large font size
        self.prompt_buttons: list[QPushButton] = []
        for i, prompt in enumerate(CLINICAL_PROMPTS):
            button = QPushButton()
            button.clicked.connect(lambda _=False, p=prompt: self.ask_requested.emit(p))
            shortcut = QShortcut(QKeySequence(f"Ctrl+{i + 1}"), self)
            shortcut.activated.connect(button.click)
            row.addWidget(button)
            self.prompt_buttons.append(button)
        self.ask_all_button = QPushButton()
        self.ask_all_button.clicked.connect(self.ask_all_requested.emit)
        QShortcut(QKeySequence("Ctrl+Shift+A"), self).activated.connect(self.ask_all_button.click)
        row.addWidget(self.ask_all_button)
        return row

    def _build_question_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.question_row = row
        self.question = QLineEdit()
        self.question.returnPressed.connect(self._submit)
        self.question.textChanged.connect(lambda _t: self._update_enabled())
        row.addWidget(self.question, 1)
        self.ask_button = QPushButton()
        self.ask_button.setProperty("primary", True)  # drawn as the main button (style.qss)
        self.ask_button.clicked.connect(self._submit)
        row.addWidget(self.ask_button)
        self.stop_button = QPushButton()
        self.stop_button.setObjectName("stopButton")
        self.stop_button.clicked.connect(self.stop_requested.emit)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self).activated.connect(self._escape)
        row.addWidget(self.stop_button)
        return row

    def add_action_button(self, action: QAction) -> QPushButton:
        """A button at the end of the question row that triggers ``action`` and follows its
        text, tooltip and enabled state (the window owns the action; the panel only shows it)."""
        button = QPushButton()
        button.clicked.connect(action.trigger)
        action.changed.connect(lambda: self._follow_action(button, action))
        self._follow_action(button, action)
        self.question_row.addWidget(button)
        self._action_buttons.append((button, action))
        return button

    @staticmethod
    def _follow_action(button: QPushButton, action: QAction) -> None:
        button.setText(action.text())
        button.setAccessibleName(action.text().replace("&", "").rstrip("…"))
        button.setToolTip(action.toolTip())
        button.setEnabled(action.isEnabled())

    # --- texts ----------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        """The panel's texts in the current language; the conversation redrawn as it was."""
        language = current_language()
        self.disclaimer.setText(
            "<b>{}</b> {} <a href='#disclaimer'>{}</a>".format(
                html.escape(self.tr("Not a diagnosis.")),
                html.escape(disclaimer_short(language)),
                html.escape(self.tr("Read the full disclaimer"))))
        self.disclaimer.setAccessibleName(self.tr("Medical disclaimer"))
        self.header.setAccessibleName(self.tr("Conversation status"))
        self.case_info.setAccessibleName(self.tr("Case details"))
        self.case_info.setText(self._case_info_text())
        self.patient_banner.setAccessibleName(self.tr("Patient"))
        self.set_patient_banner(self._patient_banner)
        self.transcript.setAccessibleName(self.tr("Conversation"))
        self.status.setAccessibleName(self.tr("Generation status"))
        labels, prompts = clinical_prompt_labels(language), clinical_prompts_shown(language)
        for i, button in enumerate(self.prompt_buttons):
            button.setText(labels[i])
            button.setToolTip(self.tr("Ask: {prompt} (Ctrl+{number})").format(
                prompt=prompts[i], number=i + 1))
            button.setAccessibleName(self.tr("Ask clinical question {number}").format(
                number=i + 1))
            button.setAccessibleDescription(prompts[i])
        self.ask_all_button.setText(self.tr("Ask &all four"))
        self.ask_all_button.setToolTip(self.tr("Ask the four clinical questions in order "
                                               "(Ctrl+Shift+A)"))
        self.ask_all_button.setAccessibleName(self.tr("Ask all four clinical questions"))
        self.question.setPlaceholderText(self.tr("Ask about the selected photo…"))
        self.question.setAccessibleName(self.tr("Question"))
        self.ask_button.setText(self.tr("As&k"))
        self.ask_button.setAccessibleName(self.tr("Ask question"))
        self.ask_button.setToolTip(self.tr("Ask the question (Enter)"))
        self.stop_button.setText(self.tr("&Stop"))
        self.stop_button.setAccessibleName(self.tr("Stop the answer"))
        self.stop_button.setToolTip(self.tr("Stop the answer being written (Esc)"))
        for button, action in self._action_buttons:
            self._follow_action(button, action)
        self.status.setText(shown(self._status))
        if self._stream_start is None:  # an answer being written is redrawn when it ends
            self.render()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.PaletteChange and self._stream_start is None:
            self.render()  # the theme changed: the bubbles' colours with it
        super().changeEvent(event)  # Retranslating: the language

    def _submit(self) -> None:
        text = self.question.text().strip()
        if text and self._can_ask and not self._busy:
            self.question.clear()
            self.ask_requested.emit(text)

    def _escape(self) -> None:
        if self._busy:
            self.stop_requested.emit()

    # --- state ------------------------------------------------------------------------------

    def set_can_ask(self, can_ask: bool, reason: str = "") -> None:
        """Enable asking (a pack is loaded and a photo selected) or say what is missing."""
        self._can_ask = can_ask
        if not self._busy:
            self.set_status("" if can_ask else reason)
        self._update_enabled()

    def set_busy(self, busy: bool) -> None:
        """While an answer is being written: Stop on, asking off.

        The button that had the focus (Ask, Stop) is disabled here; Qt would hand the focus to
        the next widget in the window (the sidebar's search box), so the question field takes
        it instead: the next question can be typed at once, and Esc still stops."""
        focus = QApplication.focusWidget()
        had_focus = focus is not None and (focus is self or self.isAncestorOf(focus))
        self._busy = busy
        self._update_enabled()
        if had_focus:
            self.question.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def can_ask(self) -> bool:
        """A pack is loaded and a photo selected (set by the window)."""
        return self._can_ask

    def _update_enabled(self) -> None:
        ready = self._can_ask and not self._busy
        for button in self.prompt_buttons:
            button.setEnabled(ready)
        self.ask_all_button.setEnabled(ready)
        self.ask_button.setEnabled(ready and bool(self.question.text().strip()))
        self.stop_button.setEnabled(self._busy)

    def set_header(self, text: str) -> None:
        self.header.setText(text)

    def set_case_info(self, text: Text) -> None:
        """The open case's details above the conversation ("" hides the line); a function is
        rendered again when the language changes (its labels: "Onset", "Follow-up of")."""
        self._case_info = text
        rendered = self._case_info_text()
        self.case_info.setText(rendered)
        self.case_info.setVisible(bool(rendered))

    def set_patient_banner(self, rich_text: Text) -> None:
        """The open case's patient as escaped rich text ("" hides the banner); a function is
        rendered again when the language changes. Its direction follows the interface's."""
        self._patient_banner = rich_text
        rendered = shown(rich_text)
        direction = "rtl" if is_rtl() else "ltr"
        self.patient_banner.setText(f"<p dir='{direction}'>{rendered}</p>" if rendered else "")
        self.patient_banner.setVisible(bool(rendered))

    def _case_info_text(self) -> str:
        """The case header as shown: in a right-to-left interface each line starts with a
        right-to-left mark, so a line that begins with a Latin name still reads from the
        right (Qt takes a paragraph's direction from its first strong character)."""
        text = shown(self._case_info)
        if not text or not is_rtl():
            return text
        return "\n".join(RLM + line for line in text.split("\n"))

    def set_status(self, text: Text) -> None:
        """The line under the question box; a function is rendered again when the language
        changes."""
        self._status = text
        self.status.setText(shown(text))

    # --- conversation ---------------------------------------------------------------------

    def set_messages(self, messages: list[ChatMessage]) -> None:
        """Show a whole conversation (a reopened case)."""
        self.messages = list(messages)
        self._stream_start = None
        self.render()

    def clear(self) -> None:
        self.set_messages([])
        self.set_status("")

    def add_question(self, text: str, shown_as: str = "") -> None:
        """A question (``shown_as``: what to show instead, see ``ChatMessage.shown``)."""
        self.messages.append(ChatMessage("user", text, shown=shown_as, time=time.time()))
        self.render()

    def begin_answer(self, pack: str, pack_name: str = "") -> None:
        """Start showing an answer from ``pack``; text arrives by :meth:`update_streaming`."""
        self.messages.append(ChatMessage("assistant", "", pack=pack, pack_name=pack_name,
                                         time=time.time()))
        self.render()
        cursor = self._answer_cursor()
        cursor.insertBlock()  # under the caption, in the caption's spacing
        self._stream_start = self._stream_end = cursor.position()
        self._stream_text = self._stream_shown = ""

    def _answer_cursor(self) -> QTextCursor:
        """A cursor at the end of the last answer bubble (the last table of the transcript;
        its bubble is the cell with text, the other one is empty)."""
        frames = self.transcript.document().rootFrame().childFrames()
        if frames and isinstance(frames[-1], QTextTable):
            table = frames[-1]
            cells = [table.cellAt(0, column) for column in range(table.columns())]
            bubble = max(cells, key=lambda c: c.lastPosition() - c.firstPosition())
            return bubble.lastCursorPosition()
        cursor = self.transcript.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.End)
        return cursor

    def update_streaming(self, text: str) -> None:
        """The answer so far; redrawn on the next frame of the redraw timer."""
        self._stream_text = text
        if not self._redraw.isActive():
            self._redraw.start()

    def _flush_stream(self) -> None:
        if self._stream_start is None or self._stream_text == self._stream_shown:
            return
        cursor = QTextCursor(self.transcript.document())
        if self._stream_text.startswith(self._stream_shown):
            cursor.setPosition(self._stream_end)
            cursor.insertText(self._stream_text[len(self._stream_shown):], QTextCharFormat())
        else:  # held-back text changed (a stop string turned out not to be one)
            cursor.setPosition(self._stream_start)
            cursor.setPosition(self._stream_end, QTextCursor.MoveMode.KeepAnchor)
            cursor.insertText(self._stream_text, QTextCharFormat())
        self._stream_end = cursor.position()
        self._stream_shown = self._stream_text
        bar = self.transcript.verticalScrollBar()
        bar.setValue(bar.maximum())

    def finish_answer(self, text: str, note: str = "") -> None:
        """The final answer text (and e.g. "stopped"); replaces the streamed preview."""
        self._redraw.stop()
        self._stream_start = None
        if self.messages and self.messages[-1].role == "assistant":
            self.messages[-1].text = text
            self.messages[-1].note = note
        self.render()

    def streamed_text(self) -> str:
        """What the user currently sees of the answer being written."""
        return self._stream_text

    def render(self) -> None:
        """Redraw the whole transcript from ``messages``."""
        palette = colours()
        parts = []
        for message in self.messages:
            parts.append(self._message_html(message, palette))
        if not parts:
            parts.append(f"<p{self._dir()} style='color:{palette['muted']}'>" + html.escape(
                self.tr("Add a photo, then ask a question or use one of the clinical prompts "
                        "below. Answers are written by the model pack shown above each "
                        "answer.")) + "</p>")
        self.transcript.setHtml("".join(parts))
        bar = self.transcript.verticalScrollBar()
        bar.setValue(bar.maximum())

    @staticmethod
    def _dir() -> str:
        """The paragraphs' direction attribute: right to left with the interface."""
        return " dir='rtl'" if is_rtl() else ""

    def _note_text(self, text: str) -> str:
        """A system note as shown: "About photo 2 (wide)" in the interface language."""
        match = PHOTO_NOTE.match(text)
        if match is None:
            return text
        return self.tr("About photo {number} ({view})").format(
            number=match.group(1), view=view_name(match.group(2)))

    @staticmethod
    def _bubble(content: str, width: int, trailing: bool, background: str,
                border: str = "") -> str:
        """``content`` in a tinted box ``width`` percent wide on the leading or trailing side
        of the transcript: a full-width table of the box and an empty cell beside it (an
        aligned table would ignore the document margin, and Qt does not mirror tables in a
        right-to-left layout, so the side is chosen here)."""
        edge = f" style='border: 1px solid {border}'" if border else ""
        bubble = f"<td bgcolor='{background}'{edge}>{content}</td>"
        spacer = f"<td width='{100 - width}%'></td>"
        cells = spacer + bubble if trailing != is_rtl() else bubble + spacer
        return ("<table width='100%' cellspacing='0' "
                f"cellpadding='{BUBBLE_PADDING}' style='margin-bottom:12px; "
                f"border-collapse:collapse'><tr>{cells}</tr></table>")

    def _caption(self, html_text: str, palette: dict[str, str]) -> str:
        """The line above a message's text: who wrote it, muted."""
        return (f"<p{self._dir()} style='{PARAGRAPH_STYLE} color:{palette['muted']}'>"
                f"{html_text}</p>")

    def _message_html(self, message: ChatMessage, palette: dict[str, str]) -> str:
        direction = self._dir()
        when = _clock(message.time)
        if message.role == "user":
            you = self._caption("<b>{}</b>{}".format(html.escape(self.tr("You:")), when), palette)
            text = message.shown or message.text
            body = format_plain(text, text_direction(text))
            return self._bubble(you + body, QUESTION_WIDTH, True, palette["user_bubble"])
        if message.role == "system":
            note = html.escape(self._note_text(message.text))
            return (f"<p align='center'{direction} style='color:{palette['muted']}'>"
                    f"<i>— {note} —</i></p>")
        pack = html.escape(self.tr("pack: {pack}").format(
            pack=message.pack or self.tr("unknown pack")))
        caption = html.escape(QCoreApplication.translate("ChatPanel", ANSWER_CAPTION))
        note = ""
        if message.note:
            label = NOTES.get(message.note)
            note = " <i>({})</i>".format(html.escape(
                QCoreApplication.translate("ChatPanel", label) if label else message.note))
        header = self._caption(f"<b>SkinGPT</b> · {pack} · <i>{caption}</i>{note}{when}",
                               palette)
        return self._bubble(header + format_answer(message.text, text_direction(message.text)),
                            ANSWER_WIDTH, False, palette["answer_bubble"], palette["border"])
