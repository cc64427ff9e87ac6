"""Where the app's resource files live (``resources/``), in a source checkout or a bundle.

A module of its own so that every reader of data files (texts, translations, report data) can
use it without importing the others.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

from skingpt_desktop.core.bounded_input import read_json

MAX_JSON_FILE_BYTES = 16 << 20  # the app's own data files are a few KiB


def resources_dir() -> Path:
    """The ``resources/`` folder, in a source checkout or in a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def read_resource_text(name: str) -> str:
    """The text of ``resources/name`` (UTF-8)."""
    return (resources_dir() / name).read_text(encoding="utf-8")


def read_json_file(path: Path, error: type[Exception], what: str, *,
                   max_bytes: int = MAX_JSON_FILE_BYTES) -> Any:
    """Parsed JSON of ``path``; ``error`` with one sentence naming ``what`` and the file otherwise.

    ``what`` describes the file to the reader of the message ("the text file"). The file may
    come from outside the app (a catalogue, a model card), so it is read within bounds: a
    regular file of at most ``max_bytes``, nesting, integer sizes and NaN limited
    (core/bounded_input.py).
    """
    if not os.path.lexists(path):
        raise error(f"{what} {path} is missing")
    return read_json(path, what, error, max_bytes=max_bytes)
