"""The core never needs Qt: it imports and works with PySide6 made unimportable."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import skingpt_desktop.core

ROOT = Path(__file__).resolve().parents[1]

BLOCK_QT = """
import importlib.abc, sys
class BlockQt(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name == "PySide6" or name.startswith(("PySide6.", "shiboken6", "skingpt_desktop.ui")):
            raise ImportError(f"blocked: {name}")
sys.meta_path.insert(0, BlockQt())
"""


def _core_modules() -> list[str]:
    names = ["skingpt_desktop.core"]
    for info in pkgutil.walk_packages(skingpt_desktop.core.__path__, "skingpt_desktop.core."):
        names.append(info.name)
    return names


def test_every_core_module_imports_without_qt() -> None:
    modules = _core_modules()
    assert "skingpt_desktop.core.engine" in modules and "skingpt_desktop.core.pack" in modules
    code = BLOCK_QT + "".join(f"import {name}\n" for name in modules) + (
        "assert not any(m.startswith('PySide6') for m in sys.modules)\nprint('ok')\n")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def test_headless_cli_runs_without_qt() -> None:
    code = BLOCK_QT + "from skingpt_desktop.cli import main\nraise SystemExit(main(['ask', '--help']))\n"
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "--clinical" in result.stdout
