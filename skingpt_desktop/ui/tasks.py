"""The one background-work helper of the desktop app.

Everything that can take longer than a frame (loading a model, encoding a photo, generating an
answer, importing or downloading a pack, deriving a vault key) runs through :class:`TaskRunner`.
A task is a plain function ``fn(ctx, *args)`` executed on a ``QThreadPool`` worker; it reports
through ``ctx.progress(value)`` and checks ``ctx.cancel`` (a :class:`CancelToken`). Its outcome
reaches the GUI thread as exactly one of: result (the function returned, even if it was asked to
stop: a stopped answer is still an answer), error, or cancelled (it raised after a cancel
request); then ``finished``.

Callbacks always run on the GUI thread, so they may touch widgets. Progress uses latest-value
semantics: a worker may call ``progress`` thousands of times a second (one call per generated
token) without flooding the event loop, because at most one delivery is queued at a time and it
carries the newest value when it arrives. Streaming code therefore sends the whole text so far,
not the newest piece.
"""

from __future__ import annotations

import logging
import re
import sqlite3
import threading
from collections.abc import Callable
from typing import Any, Union

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from skingpt_desktop.core.errors import GenerationCancelled, SkinGPTError
from skingpt_desktop.core.packs.install import InstallError
from skingpt_desktop.core.storage.schema import describe_database_error
from skingpt_desktop.ui.install_texts import install_text

log = logging.getLogger(__name__)

_NOTHING = object()

# A text on screen that must follow the interface language: a plain string (already in the
# language of the moment, or not translatable, such as a core error), or a function that
# renders it from the current state, called again when the language changes.
Text = Union[str, Callable[[], str]]


def shown(text: Text) -> str:
    """The string to show for ``text`` (rendering it now if it is a function)."""
    return text() if callable(text) else text


def error_text(exc: BaseException, fallback: str = "{type}") -> str:
    """What to tell the user about a task's error.

    A SkinGPTError is already one sentence written for the user (in English: core's messages
    are not translated yet, except pack installation's, shown in the interface's language).
    Any other exception shows ``fallback`` with ``{type}`` (its class
    name) and, only where it cannot quote patient data, ``{exc}`` (its message); callers pass
    ``fallback`` already translated (``self.tr("... ({type}).")``). Paths in it stay: where
    a message may name an internal one (the vault's), wrap it in :func:`without_paths`.
    """
    if isinstance(exc, InstallError):
        return install_text(exc.phrase)
    if isinstance(exc, SkinGPTError):
        return str(exc)
    if isinstance(exc, sqlite3.Error):  # a damaged vault file: say so, and what to do
        return describe_database_error(exc)
    return fallback.format(type=type(exc).__name__, exc=exc)


# An absolute file path (POSIX or Windows) inside a message; the window shows only its last part.
_PATH = re.compile(r"(?:[A-Za-z]:)?[\\/](?:[^\s;,'\"\\/]+[\\/])+([^\s;,'\"\\/]+)")


def without_paths(text: str) -> str:
    """``text`` with every absolute path shortened to its file name (for messages about the
    vault: its folder can hold a user's name, and means nothing to a nurse)."""
    return _PATH.sub(lambda match: match.group(1), text)


class TaskCancelled(Exception):
    """Raised inside a task by :meth:`CancelToken.raise_if_cancelled`."""


class CancelToken:
    """A cancellation flag shared between the GUI thread and one task.

    ``event`` is a ``threading.Event`` so core functions that accept ``cancel=Event`` can use it
    directly.
    """

    def __init__(self) -> None:
        self.event = threading.Event()

    def cancel(self) -> None:
        """Ask the task to stop at its next check."""
        self.event.set()

    @property
    def cancelled(self) -> bool:
        return self.event.is_set()

    def raise_if_cancelled(self) -> None:
        """Stop the task here if cancellation was requested."""
        if self.event.is_set():
            raise TaskCancelled()


class _Relay(QObject):
    """Lives on the GUI thread; workers emit its signals and Qt queues them to its slots.

    The slots are methods of this QObject (not free functions), so Qt delivers them on the
    thread the relay lives on, whatever thread emitted.
    """

    progress_ready = Signal()
    done = Signal(str, object)  # outcome ("result" | "error" | "cancelled"), value

    def __init__(self, runner: "TaskRunner", callbacks: dict[str, Callable | None]) -> None:
        super().__init__(runner)
        self.runner = runner
        self.callbacks = callbacks
        self.context: TaskContext | None = None
        self.handle: TaskHandle | None = None
        self.progress_ready.connect(self._deliver_progress)
        self.done.connect(self._deliver_done)

    def _call(self, name: str, *args: Any) -> None:
        callback = self.callbacks.get(name)
        if callback is not None:
            callback(*args)

    @Slot()
    def _deliver_progress(self) -> None:
        assert self.context is not None and self.handle is not None
        value = self.context.take_progress()
        if value is not _NOTHING and not self.handle.done:
            self._call("on_progress", value)

    @Slot(str, object)
    def _deliver_done(self, outcome: str, value: Any) -> None:
        assert self.handle is not None
        self._deliver_progress()  # a last progress value still queued arrives before the outcome
        handle = self.handle
        handle.done, handle.outcome = True, outcome
        self.runner._forget(handle)
        try:
            if outcome == "result":
                self._call("on_result", value)
            elif outcome == "error":
                if self.callbacks.get("on_error") is not None:
                    self._call("on_error", value)
                else:
                    # Only the exception type: messages may quote patient text.
                    log.error("background task %s failed: %s", handle.name,
                              type(value).__name__)
            elif outcome == "cancelled":
                self._call("on_cancelled")
        finally:
            self._call("on_finished")
            handle.finished.emit()
            self.deleteLater()


class TaskContext:
    """What a task function gets: progress reporting and its cancellation token."""

    def __init__(self, relay: _Relay, cancel: CancelToken) -> None:
        self.cancel = cancel
        self._relay = relay
        self._lock = threading.Lock()
        self._latest: Any = _NOTHING
        self._pending = False

    def progress(self, value: Any) -> None:
        """Report progress; the GUI sees the newest value (intermediate ones may be skipped)."""
        with self._lock:
            self._latest = value
            if self._pending:
                return
            self._pending = True
        self._relay.progress_ready.emit()

    def take_progress(self) -> Any:
        """GUI side: the newest value (or the _NOTHING sentinel) and clear the pending flag."""
        with self._lock:
            value, self._latest, self._pending = self._latest, _NOTHING, False
        return value


class TaskHandle(QObject):
    """A started task: cancel it, ask whether it is done, or connect to ``finished``."""

    finished = Signal()

    def __init__(self, name: str, context: TaskContext) -> None:
        super().__init__()
        self.name = name
        self.context = context
        self.done = False
        self.outcome: str | None = None  # "result", "error" or "cancelled" once done

    def cancel(self) -> None:
        """Request cancellation; the task's ``on_cancelled`` runs when it has stopped."""
        self.context.cancel.cancel()

    @property
    def cancelled(self) -> bool:
        return self.context.cancel.cancelled


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[..., Any], args: tuple, context: TaskContext,
                 relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._fn = fn
        self._args = args
        self._context = context
        self._relay = relay

    def run(self) -> None:  # worker thread
        try:
            # A function that returns normally delivers its value even after a cancel request
            # (a stopped answer is still an answer); one that raises while cancelled counts
            # as cancelled.
            value = self._fn(self._context, *self._args)
            outcome = "result"
        except (TaskCancelled, GenerationCancelled):
            outcome, value = "cancelled", None
        except BaseException as exc:  # noqa: BLE001 - reported to the GUI, never swallowed
            if self._context.cancel.cancelled:
                outcome, value = "cancelled", None
            else:
                outcome, value = "error", exc
        self._relay.done.emit(outcome, value)


class TaskRunner(QObject):
    """Runs task functions on a thread pool and delivers their outcome on the GUI thread.

    Create it on the GUI thread. ``start`` returns a :class:`TaskHandle`; ``cancel_all`` and
    ``wait_all`` make shutdown clean (the main window calls both when it closes).
    """

    def __init__(self, parent: QObject | None = None, max_threads: int = 4) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._active: set[TaskHandle] = set()

    def start(self, fn: Callable[..., Any], *args: Any, name: str = "",
              on_result: Callable[[Any], None] | None = None,
              on_error: Callable[[BaseException], None] | None = None,
              on_progress: Callable[[Any], None] | None = None,
              on_cancelled: Callable[[], None] | None = None,
              on_finished: Callable[[], None] | None = None) -> TaskHandle:
        """Run ``fn(ctx, *args)`` in the background; callbacks run on the GUI thread."""
        relay = _Relay(self, {"on_result": on_result, "on_error": on_error,
                              "on_progress": on_progress, "on_cancelled": on_cancelled,
                              "on_finished": on_finished})
        context = TaskContext(relay, CancelToken())
        handle = TaskHandle(name or getattr(fn, "__name__", "task"), context)
        relay.context, relay.handle = context, handle
        self._active.add(handle)
        self._pool.start(_Runnable(fn, args, context, relay))
        return handle

    def _forget(self, handle: TaskHandle) -> None:
        self._active.discard(handle)

    @property
    def active_count(self) -> int:
        """Tasks started and not yet delivered to the GUI thread."""
        return len(self._active)

    def cancel_all(self) -> None:
        """Ask every running task to stop."""
        for handle in list(self._active):
            handle.cancel()

    def wait_all(self, timeout_ms: int = 30_000) -> bool:
        """Block until every worker function has returned; False on timeout.

        Outcome callbacks of tasks that finished are not run here (they need the event loop);
        this is for shutdown, after ``cancel_all``.
        """
        return self._pool.waitForDone(timeout_ms)
