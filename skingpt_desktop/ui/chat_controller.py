"""Asking questions: which photo, which model chat, the background generation and Stop.

The controller owns the model-side conversation (an engine ``Chat`` about one photo, with its KV
cache) and keeps it in step with what the chat panel shows. A conversation is about one photo;
when the user asks about another photo of the case, a note "About photo N" goes into the
transcript and a new model chat starts. A reopened case continues its last conversation: its
earlier turns are restored into the new model chat.

The status lines it shows are translated (``self.tr``, context ``ChatController``) and given to
the panel as functions, so they follow a language switch. The note "About photo N (view)" stays
English in the conversation (it is saved with it and read back here); the panel shows it
translated. A clinical prompt is sent and saved as the reference's English and shown in the
interface language of the moment it was asked.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, Signal

from skingpt_desktop.core.engine import Chat
from skingpt_desktop.core.llm.chat_session import Answer
from skingpt_desktop.core.llm.conversation import CLINICAL_PROMPTS
from skingpt_desktop.core.texts import clinical_prompts_shown
from skingpt_desktop.ui.chat_panel import ChatMessage, ChatPanel
from skingpt_desktop.ui.i18n import current_language
from skingpt_desktop.ui.latency import LatencyProbe
from skingpt_desktop.ui.photo_panel import PhotoEntry, PhotoPanel
from skingpt_desktop.ui.services import Services
from skingpt_desktop.ui.tasks import TaskHandle, TaskRunner, error_text

NOTE_PREFIX = "About photo "


def photo_note(index: int, view: str) -> str:
    """The transcript note that starts a conversation about photo ``index`` (0-based)."""
    return f"{NOTE_PREFIX}{index + 1} ({view})"


def subject_of(messages: list[ChatMessage]) -> tuple[int | None, int]:
    """(photo index the transcript is currently about, position after its note).

    No note yet but messages present: photo 1, from the start.
    """
    for pos in range(len(messages) - 1, -1, -1):
        message = messages[pos]
        if message.role == "system" and message.text.startswith(NOTE_PREFIX):
            number = message.text[len(NOTE_PREFIX):].split(" ", 1)[0]
            return (int(number) - 1 if number.isdigit() else None), pos + 1
    return (0 if messages else None), 0


def history_pairs(messages: list[ChatMessage]) -> list[tuple[str, str]]:
    """Question/answer pairs in order (unanswered questions skipped)."""
    pairs = []
    for first, second in zip(messages, messages[1:], strict=False):
        if first.role == "user" and second.role == "assistant":
            pairs.append((first.text, second.text))
    return pairs


class ChatController(QObject):
    """Runs questions against the loaded engine and streams answers into the chat panel."""

    answer_finished = Signal(object)  # core Answer
    busy_changed = Signal(bool)
    error = Signal(str)

    def __init__(self, services: Services, runner: TaskRunner, photos: PhotoPanel,
                 panel: ChatPanel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.runner = runner
        self.photos = photos
        self.panel = panel
        self.chat: Chat | None = None
        self.chat_photo: PhotoEntry | None = None
        self.task: TaskHandle | None = None
        self.queue: list[str] = []
        self.probe = LatencyProbe(self)
        self.last_max_gap_ms = 0.0
        self._started = 0.0
        panel.ask_requested.connect(self.ask)
        panel.ask_all_requested.connect(self.ask_all)
        panel.stop_requested.connect(self.stop)

    @property
    def busy(self) -> bool:
        return self.task is not None

    def reset(self) -> None:
        """Forget the model chat (new case, other pack, lock)."""
        self.stop()
        self.chat = None
        self.chat_photo = None

    # --- asking -------------------------------------------------------------------------------

    def ask_all(self) -> None:
        """The paper's four clinical prompts, in order, in one conversation."""
        if self.busy:
            return
        self.queue = list(CLINICAL_PROMPTS[1:])
        self.ask(CLINICAL_PROMPTS[0])

    def ask(self, question: str) -> None:
        """Ask ``question`` about the selected photo (starts the model chat if needed)."""
        engine = self.services.engine
        entry = self.photos.current()
        if self.busy or not self.panel.can_ask or engine is None or entry is None \
                or not question.strip():
            return
        self._set_busy(True)
        shown_as = ""
        if question in CLINICAL_PROMPTS:  # shown in the interface language, sent in English
            shown_as = clinical_prompts_shown(current_language())[CLINICAL_PROMPTS.index(question)]
        self.panel.add_question(question, "" if shown_as == question else shown_as)
        if self.chat is not None and self.chat_photo is entry and self.chat.engine is engine:
            self._generate(question)
            return
        history = self._history_for(self.photos.current_index)
        self.panel.set_status(lambda: self.tr("Looking at the photo…"))
        self.task = self.runner.start(
            self.services.start_chat, engine, entry.image, history, name="encode photo",
            on_result=lambda chat: self._chat_ready(chat, entry, question),
            on_error=self._failed, on_cancelled=self._cancelled)

    def _history_for(self, index: int) -> list[tuple[str, str]]:
        """Turns to restore for a chat about photo ``index``; adds a note if the subject changes."""
        messages = self.panel.messages[:-1]  # without the question just added
        subject, start = subject_of(messages)
        if subject == index:
            return history_pairs(messages[start:])
        if messages or len(self.photos.photos) > 1:
            question = self.panel.messages.pop()
            self.panel.messages.append(ChatMessage("system", photo_note(
                index, self.photos.photos[index].view)))
            self.panel.messages.append(question)
            self.panel.render()
        return []

    def _chat_ready(self, chat: Chat, entry: PhotoEntry, question: str) -> None:
        stopped = self.task is not None and self.task.cancelled
        self.chat, self.chat_photo = chat, entry
        self.task = None
        if stopped:  # Stop pressed while the photo was being encoded
            self._cancelled()
            return
        self._generate(question)

    def _generate(self, question: str) -> None:
        manifest = self.services.pack.manifest if self.services.pack else None
        self.panel.begin_answer(manifest.display_name if manifest else "",
                                manifest.name if manifest else "")
        self.panel.set_status(lambda: self.tr("Writing the answer… (Esc stops it)"))
        self._started = time.perf_counter()
        self.probe.start()
        self.task = self.runner.start(
            self.services.ask, self.chat, question, self.services.generation_settings(),
            name="generate", on_progress=self.panel.update_streaming,
            on_result=self._answered, on_error=self._failed, on_cancelled=self._cancelled)

    def stop(self) -> None:
        """Stop the answer being written (takes effect within one token) and any queue."""
        self.queue.clear()
        if self.task is not None:
            self.task.cancel()

    # --- outcomes -----------------------------------------------------------------------------

    def _answered(self, answer: Answer) -> None:
        self.task = None
        self._record_latency()
        stopped = answer.stop_reason == "cancelled"
        self.panel.finish_answer(answer.text, "stopped" if stopped else "")
        seconds = time.perf_counter() - self._started
        tokens, rate, gap = answer.generated_tokens, answer.tokens_per_s, self.last_max_gap_ms

        acceptance = answer.draft_acceptance

        def status() -> str:
            if tokens == 1:  # lupdate needs literal strings: one each for one and for more
                speed = self.tr("1 token in {seconds} s ({rate} tokens/s)")
            else:
                speed = self.tr("{tokens} tokens in {seconds} s ({rate} tokens/s)")
            speed = speed.format(tokens=tokens, seconds=f"{seconds:.1f}", rate=f"{rate:.1f}")
            if acceptance is not None:
                speed += " " + self.tr("(speculative decoding: {percent} % of the proposed "
                                       "tokens kept)").format(
                    percent=f"{100 * acceptance:.0f}")
            return self.tr("Stopped. {speed}").format(speed=speed) if stopped else speed

        self.panel.set_status(status)
        self.panel.status.setToolTip(self.tr(
            "Largest pause of the window while answering: {ms} ms").format(ms=f"{gap:.0f}"))
        if self.queue and not stopped:
            self._set_busy(False)
            self.ask(self.queue.pop(0))
        else:
            self.queue.clear()
            self._set_busy(False)
        self.answer_finished.emit(answer)

    def _failed(self, exc: BaseException) -> None:
        self.task = None
        self.queue.clear()
        if self.probe.running:
            self._record_latency()
        message = error_text(exc, self.tr("The answer could not be generated ({type})."))
        if self.panel.messages and self.panel.messages[-1].role == "assistant":
            self.panel.finish_answer(self.panel.streamed_text(), "failed")
        self.panel.set_status(message)
        self._set_busy(False)
        self.error.emit(message)

    def _cancelled(self) -> None:
        self.task = None
        self.queue.clear()
        if self.probe.running:
            self._record_latency()
        self.panel.set_status(lambda: self.tr("Stopped."))
        self._set_busy(False)

    def _record_latency(self) -> None:
        self.last_max_gap_ms = self.probe.stop()

    def _set_busy(self, busy: bool) -> None:
        self.panel.set_busy(busy)
        self.busy_changed.emit(busy)
