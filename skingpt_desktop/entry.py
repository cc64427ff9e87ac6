"""What ``main.py`` (and the ``skingpt-desktop`` command) runs: the desktop app without a
subcommand, a headless subcommand otherwise.

The command line (``skingpt_desktop.cli``) parses every form and runs the subcommands; it never
imports the window, so that ``main.py report`` and the others work where no window can. This
module hands it the one thing it cannot start itself: the app.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from skingpt_desktop.cli import main as cli_main
from skingpt_desktop.core.errors import SkinGPTError


def run_desktop_app(args: argparse.Namespace) -> int:
    """Open the desktop app with the parsed top-level options; returns its exit code."""
    try:
        from skingpt_desktop.ui.app import run_app
    except ImportError as exc:  # PySide6 missing or broken Qt platform libraries
        raise SkinGPTError(f"the desktop interface cannot start: {exc}") from exc
    return run_app(args)


def main(argv: Sequence[str] | None = None) -> int:
    """Parse ``argv`` (default: ``sys.argv[1:]``) and run; returns the process exit code."""
    return cli_main(argv, run_app=run_desktop_app)
