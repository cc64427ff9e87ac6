"""docs/cli.md is the parser's own help: a change to an option that is not in the committed
page fails here, with the command that regenerates it."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
from pathlib import Path

import pytest

from skingpt_desktop.cli import SUBCOMMAND_MODULES, build_parser

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "cli.md"
SCRIPT = ROOT / "packaging" / "cli_docs.py"


def _generated_with() -> str:
    """The Python version the committed page was generated with (argparse's layout differs a
    little between versions)."""
    found = re.search(r"\(Python (\d+\.\d+)\)", DOC.read_text(encoding="utf-8"))
    assert found, "docs/cli.md does not say which Python generated it"
    return found.group(1)


def _script():
    spec = importlib.util.spec_from_file_location("cli_docs", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_committed_page_is_what_the_parser_prints() -> None:
    if _generated_with() != f"{sys.version_info.major}.{sys.version_info.minor}":
        pytest.skip(f"docs/cli.md was generated with Python {_generated_with()}")
    result = subprocess.run([sys.executable, str(SCRIPT), "--check"], cwd=ROOT,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_the_page_has_every_subcommand_and_action(monkeypatch: pytest.MonkeyPatch) -> None:
    script = _script()
    monkeypatch.setenv("COLUMNS", "100")  # restored afterwards; render sets it too
    text = script.render()
    commands = script._subparsers(build_parser())
    assert len(commands) == len(SUBCOMMAND_MODULES)
    for name in commands:
        assert f"## `main.py {name}`" in text
    for action in ("list", "install", "remove", "verify"):
        assert f"## `main.py packs {action}`" in text
    assert "--catalogue ID" in text and "usage: main.py packs install" in text
