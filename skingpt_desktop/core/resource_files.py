"""Where the app's resource files live (``resources/``), in a source checkout or a bundle.

A module of its own so that every reader of data files (texts, translations, report data) can
use it without importing the others.
"""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    """The ``resources/`` folder, in a source checkout or in a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def read_resource_text(name: str) -> str:
    """The text of ``resources/name`` (UTF-8)."""
    return (resources_dir() / name).read_text(encoding="utf-8")
