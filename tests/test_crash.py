"""Unexpected errors are reported by type and place only: their messages may quote patient data."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SECRET = "Jane Roe, itchy plaque on the left knee"


def test_cli_reports_a_defect_without_its_message() -> None:
    code = (
        "import skingpt_desktop.cli.ask as ask\n"
        f"def broken(args): raise RuntimeError({SECRET!r})\n"
        "ask.run = broken\n"
        "from skingpt_desktop.cli import main\n"
        "raise SystemExit(main(['ask', '--pack', 'p', '--image', 'i', 'q']))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 1
    assert "RuntimeError (message withheld" in result.stderr
    assert "in broken" in result.stderr  # where it happened is kept
    assert SECRET not in result.stderr and "Traceback" not in result.stderr


def test_uncaught_errors_in_threads_are_redacted_too() -> None:
    code = (
        "import threading\n"
        "from skingpt_desktop.core.crash import install_excepthook\n"
        "install_excepthook()\n"
        f"def work(): raise ValueError({SECRET!r})\n"
        "t = threading.Thread(target=work); t.start(); t.join()\n"
        f"raise KeyError({SECRET!r})\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert "ValueError (message withheld" in result.stderr
    assert "KeyError (message withheld" in result.stderr
    assert SECRET not in result.stderr
