"""Plain progress bars on stderr for the long steps of a conversion (no tqdm needed).

On a terminal a bar is redrawn in place at most ten times a second; when stderr is a file or a
pipe (a log, a GUI worker) one line is printed per tenth of the work, so logs stay short.
"""

from __future__ import annotations

import sys
import time
from typing import TextIO

from skingpt_desktop.core.texts import format_bytes


def _clock(seconds: float) -> str:
    seconds = int(max(seconds, 0))
    return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


class Progress:
    """One bar: ``update(done)`` as work advances, ``close()`` at the end.

    ``unit="bytes"`` shows sizes; anything else shows counts. Quiet bars print nothing.
    """

    WIDTH = 28

    def __init__(self, label: str, total: int, unit: str = "items", stream: TextIO | None = None,
                 quiet: bool = False) -> None:
        self.label, self.total, self.unit = label, max(int(total), 1), unit
        self.stream = stream if stream is not None else sys.stderr
        self.quiet = quiet
        self.tty = bool(getattr(self.stream, "isatty", lambda: False)())
        self.start = time.monotonic()
        self._last_draw = 0.0
        self._last_tenth = -1
        self.done = 0

    def update(self, done: int, detail: str = "") -> None:
        """Record that ``done`` of ``total`` is finished (``detail``: e.g. the tensor name)."""
        self.done = min(int(done), self.total)
        if self.quiet:
            return
        now = time.monotonic()
        tenth = self.done * 10 // self.total
        if self.tty and (now - self._last_draw >= 0.1 or self.done == self.total):
            self.stream.write("\r" + self._line(now, detail)[:160].ljust(100))
            self.stream.flush()
            self._last_draw = now
        elif not self.tty and tenth != self._last_tenth:
            self.stream.write(self._line(now, "") + "\n")
            self.stream.flush()
            self._last_tenth = tenth

    def advance(self, amount: int, detail: str = "") -> None:
        """Add ``amount`` to the work done."""
        self.update(self.done + amount, detail)

    def _line(self, now: float, detail: str) -> str:
        fraction = self.done / self.total
        filled = int(fraction * self.WIDTH)
        bar = "#" * filled + "." * (self.WIDTH - filled)
        if self.unit == "bytes":
            amount = f"{format_bytes(self.done)}/{format_bytes(self.total)}"
        else:
            amount = f"{self.done}/{self.total}"
        elapsed = now - self.start
        eta = elapsed / fraction - elapsed if fraction > 0 else 0.0
        text = f"{self.label} [{bar}] {fraction:4.0%} {amount} {_clock(elapsed)} eta {_clock(eta)}"
        return f"{text} {detail}" if detail else text

    def close(self, message: str = "done") -> None:
        """Finish the bar with a final line."""
        if self.quiet:
            return
        elapsed = time.monotonic() - self.start
        end = f"{self.label}: {message} in {_clock(elapsed)}"
        self.stream.write(("\r" + end.ljust(100) if self.tty else end) + "\n")
        self.stream.flush()


class Reporter:
    """Creates bars and prints step messages; ``quiet`` silences everything (tests)."""

    def __init__(self, stream: TextIO | None = None, quiet: bool = False) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.quiet = quiet

    def bar(self, label: str, total: int, unit: str = "items") -> Progress:
        """A new progress bar."""
        return Progress(label, total, unit, self.stream, self.quiet)

    def say(self, message: str) -> None:
        """One line of information."""
        if not self.quiet:
            self.stream.write(message + "\n")
            self.stream.flush()
