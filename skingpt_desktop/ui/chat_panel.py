"""The chat panel: the disclaimer, the conversation, the clinical prompts and the question box.

The panel only displays and collects; the main window decides what asking means (which photo,
which pack, which background task). Streaming answers are shown through
:meth:`ChatPanel.update_streaming`, which the window calls with the whole answer so far; the
panel redraws at most every ``REDRAW_MS`` so a fast model cannot keep the GUI thread busy.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from skingpt_desktop.core.conversation import CLINICAL_PROMPTS
from skingpt_desktop.core.texts import DISCLAIMER_SHORT

REDRAW_MS = 50
# Short button labels for the paper's four prompts, in the same order as CLINICAL_PROMPTS.
CLINICAL_LABELS = ("&1 Describe", "&2 More features", "&3 Cause", "&4 Treatment")
ANSWER_CAPTION = "Model output, not a diagnosis"


@dataclass
class ChatMessage:
    """One message as the panel shows it."""

    role: str  # "user", "assistant" or "system" (a note such as "About photo 2 (wide)")
    text: str
    pack: str = ""  # display name of the pack that produced an assistant message
    note: str = ""  # e.g. "stopped"
    pack_name: str = ""  # the pack's stable name (manifest ``name``), what the vault stores


class ChatPanel(QWidget):
    """Shows a conversation and emits what the user wants to ask."""

    ask_requested = Signal(str)
    ask_all_requested = Signal()
    stop_requested = Signal()
    disclaimer_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.messages: list[ChatMessage] = []
        self._stream_start: int | None = None
        self._stream_text = ""
        self._stream_shown = ""
        self._busy = False
        self._can_ask = False
        self._redraw = QTimer(self)
        self._redraw.setSingleShot(True)
        self._redraw.setInterval(REDRAW_MS)
        self._redraw.timeout.connect(self._flush_stream)
        self._build()

    # --- layout ---------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.disclaimer = QLabel(
            f"<b>Not a diagnosis.</b> {html.escape(DISCLAIMER_SHORT)} "
            "<a href='#disclaimer'>Read the full disclaimer</a>")
        self.disclaimer.setWordWrap(True)
        self.disclaimer.setObjectName("disclaimerBanner")
        self.disclaimer.setAccessibleName("Medical disclaimer")
        self.disclaimer.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.disclaimer.linkActivated.connect(lambda _link: self.disclaimer_requested.emit())
        layout.addWidget(self.disclaimer)

        self.header = QLabel()
        self.header.setWordWrap(True)
        self.header.setAccessibleName("Conversation status")
        layout.addWidget(self.header)

        self.transcript = QTextBrowser()
        self.transcript.setOpenLinks(False)
        self.transcript.setAccessibleName("Conversation")
        self.transcript.setObjectName("transcript")
        layout.addWidget(self.transcript, 1)

        layout.addLayout(self._build_prompt_row())
        layout.addLayout(self._build_question_row())
        self.status = QLabel()
        self.status.setObjectName("statusLine")
        self.status.setAccessibleName("Generation status")
        layout.addWidget(self.status)
        self._update_enabled()
        self.render()

    def _build_prompt_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.prompt_buttons: list[QPushButton] = []
        for i, (label, prompt) in enumerate(zip(CLINICAL_LABELS, CLINICAL_PROMPTS, strict=True)):
            button = QPushButton(label)
            button.setToolTip(f"Ask: {prompt} (Ctrl+{i + 1})")
            button.setAccessibleName(f"Ask clinical question {i + 1}")
            button.setAccessibleDescription(prompt)
            button.clicked.connect(lambda _=False, p=prompt: self.ask_requested.emit(p))
            shortcut = QShortcut(QKeySequence(f"Ctrl+{i + 1}"), self)
            shortcut.activated.connect(button.click)
            row.addWidget(button)
            self.prompt_buttons.append(button)
        self.ask_all_button = QPushButton("Ask &all four")
        self.ask_all_button.setToolTip("Ask the four clinical questions in order (Ctrl+Shift+A)")
        self.ask_all_button.setAccessibleName("Ask all four clinical questions")
        self.ask_all_button.clicked.connect(self.ask_all_requested.emit)
        QShortcut(QKeySequence("Ctrl+Shift+A"), self).activated.connect(self.ask_all_button.click)
        row.addWidget(self.ask_all_button)
        return row

    def _build_question_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.question_row = row
        self.question = QLineEdit()
        self.question.setPlaceholderText("Ask about the selected photo…")
        self.question.setAccessibleName("Question")
        self.question.returnPressed.connect(self._submit)
        self.question.textChanged.connect(lambda _t: self._update_enabled())
        row.addWidget(self.question, 1)
        self.ask_button = QPushButton("As&k")
        self.ask_button.setAccessibleName("Ask question")
        self.ask_button.setToolTip("Ask the question (Enter)")
        self.ask_button.clicked.connect(self._submit)
        row.addWidget(self.ask_button)
        self.stop_button = QPushButton("&Stop")
        self.stop_button.setAccessibleName("Stop the answer")
        self.stop_button.setToolTip("Stop the answer being written (Esc)")
        self.stop_button.setObjectName("stopButton")
        self.stop_button.clicked.connect(self.stop_requested.emit)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self).activated.connect(self._escape)
        row.addWidget(self.stop_button)
        return row

    def add_action_button(self, action: QAction, text: str) -> QPushButton:
        """A button at the end of the question row that triggers ``action`` and follows its
        enabled state (the window owns the action; the panel only shows it)."""
        button = QPushButton(text)
        button.setAccessibleName(action.text().replace("&", "").rstrip("…"))
        button.setToolTip(action.toolTip())
        button.setEnabled(action.isEnabled())
        button.clicked.connect(action.trigger)
        action.changed.connect(lambda: button.setEnabled(action.isEnabled()))
        self.question_row.addWidget(button)
        return button

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
            self.status.setText("" if can_ask else reason)
        self._update_enabled()

    def set_busy(self, busy: bool) -> None:
        """While an answer is being written: Stop on, asking off."""
        self._busy = busy
        self._update_enabled()

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

    def set_status(self, text: str) -> None:
        self.status.setText(text)

    # --- conversation ---------------------------------------------------------------------

    def set_messages(self, messages: list[ChatMessage]) -> None:
        """Show a whole conversation (a reopened case)."""
        self.messages = list(messages)
        self._stream_start = None
        self.render()

    def clear(self) -> None:
        self.set_messages([])
        self.status.setText("")

    def add_question(self, text: str) -> None:
        self.messages.append(ChatMessage("user", text))
        self.render()

    def begin_answer(self, pack: str, pack_name: str = "") -> None:
        """Start showing an answer from ``pack``; text arrives by :meth:`update_streaming`."""
        self.messages.append(ChatMessage("assistant", "", pack=pack, pack_name=pack_name))
        self.render()
        cursor = self.transcript.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.End)
        self._stream_start = cursor.position()
        self._stream_text = self._stream_shown = ""

    def update_streaming(self, text: str) -> None:
        """The answer so far; redrawn on the next frame of the redraw timer."""
        self._stream_text = text
        if not self._redraw.isActive():
            self._redraw.start()

    def _flush_stream(self) -> None:
        if self._stream_start is None or self._stream_text == self._stream_shown:
            return
        cursor = self.transcript.textCursor()
        if self._stream_text.startswith(self._stream_shown):
            cursor.movePosition(QTextCursor.MoveOperation.End)
            cursor.insertText(self._stream_text[len(self._stream_shown):], QTextCharFormat())
        else:  # held-back text changed (a stop string turned out not to be one)
            cursor.setPosition(self._stream_start)
            cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
            cursor.insertText(self._stream_text, QTextCharFormat())
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
        parts = []
        for message in self.messages:
            parts.append(self._message_html(message))
        if not parts:
            parts.append("<p class='hint'>Add a photo, then ask a question or use one of the "
                         "clinical prompts below. Answers are written by the model pack shown "
                         "above each answer.</p>")
        self.transcript.setHtml("".join(parts))
        bar = self.transcript.verticalScrollBar()
        bar.setValue(bar.maximum())

    @staticmethod
    def _message_html(message: ChatMessage) -> str:
        text = html.escape(message.text).replace("\n", "<br>")
        if message.role == "user":
            return f"<p><b>You:</b> {text}</p>"
        if message.role == "system":
            return f"<p align='center'><i>— {text} —</i></p>"
        pack = html.escape(message.pack or "unknown pack")
        note = f" <i>({html.escape(message.note)})</i>" if message.note else ""
        caption = f"<b>SkinGPT</b> · pack: {pack} · <i>{ANSWER_CAPTION}</i>{note}"
        return f"<p>{caption}<br>{text}</p>"
