"""Crash output without patient data.

An unexpected exception's message can quote what it was working on (a question, an answer, a
patient's name in a field), so crash output keeps only the exception type and where it happened
(file, line, function); values and messages are withheld. The CLI and the GUI install this.
"""

from __future__ import annotations

import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

WITHHELD = "message withheld: it may contain patient data"


def redacted_report(exc_type: type[BaseException], tb: TracebackType | None) -> str:
    """The exception's type and stack frames (file name, line, function), nothing else."""
    frames = [f"  {Path(frame.filename).name}:{frame.lineno} in {frame.name}"
              for frame in traceback.extract_tb(tb)]
    return "\n".join([f"{exc_type.__name__} ({WITHHELD})", *frames])


def install_excepthook(show: Callable[[str], None] | None = None) -> None:
    """Report uncaught exceptions (any thread) redacted on stderr, and through ``show``."""

    def hook(exc_type: type[BaseException], exc: BaseException | None,
             tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc if exc is not None else exc_type(), tb)
            return
        report = redacted_report(exc_type, tb)
        print(f"SkinGPT Desktop hit an unexpected error:\n{report}", file=sys.stderr)
        if show is not None:
            show(report)

    sys.excepthook = hook
    threading.excepthook = lambda args: hook(args.exc_type, args.exc_value, args.exc_traceback)
