"""The poppler tools the report tests read PDFs with. A missing tool fails the test that needs
it (with what to install), so a machine without poppler-utils cannot pass on weaker checks."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

INSTALL_HINT = "Debian/Ubuntu: poppler-utils; sudo bash packaging/install-system-deps.sh"


def require_tool(name: str) -> str:
    """The path of poppler's ``name`` (pdftotext, pdffonts); fails the calling test without it."""
    found = shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is not installed and this test reads the PDF with it "
                    f"({INSTALL_HINT})", pytrace=False)
    return found


def run_tool(name: str, *args: str | Path) -> str:
    """Run poppler's ``name`` with ``args``; its standard output as UTF-8 text."""
    out = subprocess.run([require_tool(name), *map(str, args)], capture_output=True, check=True)
    return out.stdout.decode("utf-8")


def pdf_text_raw(path: Path) -> str:
    """All of the PDF's text as pdftotext extracts it (UTF-8, reading order)."""
    return run_tool("pdftotext", "-enc", "UTF-8", path, "-")
