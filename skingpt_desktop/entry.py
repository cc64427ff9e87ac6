"""What ``main.py`` (and the ``skingpt-desktop`` command) runs: the desktop app without a
subcommand, a headless subcommand otherwise.

The command line (``skingpt_desktop.cli``) parses every form and runs the subcommands; it never
imports the window, so that ``main.py report`` and the others work where no window can. This
module hands it the one thing it cannot start itself: the app.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from skingpt_desktop.cli import main as cli_main
from skingpt_desktop.core.errors import SkinGPTError
from skingpt_desktop.core.packs.probe import PROBE_FLAG


def run_desktop_app(args: argparse.Namespace) -> int:
    """Open the desktop app with the parsed top-level options; returns its exit code."""
    try:
        from skingpt_desktop.ui.app import run_app
    except ImportError as exc:  # PySide6 missing or broken Qt platform libraries
        raise SkinGPTError(f"the desktop interface cannot start: {exc}") from exc
    return run_app(args)


def main(argv: Sequence[str] | None = None) -> int:
    """Parse ``argv`` (default: ``sys.argv[1:]``) and run; returns the process exit code."""
    # If llama.cpp stops on an internal check, it must not start a debugger or print a native
    # backtrace (ggml reads this when it aborts).
    os.environ.setdefault("GGML_NO_BACKTRACE", "1")
    # Qt's font database lists every font it tries for a script it cannot shape (hundreds of
    # lines on some first runs); that is noise for a user, on the command line and in the app.
    os.environ.setdefault("QT_LOGGING_RULES", "qt.text.font.db=false")
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] == [PROBE_FLAG]:  # the pack probe's child process (core/packs/probe.py)
        from skingpt_desktop.core.probe_child import child_main

        return child_main(args[1:])
    return cli_main(args, run_app=run_desktop_app)
