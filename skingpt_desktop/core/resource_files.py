"""Where the app's resource files live (``resources/``), in a source checkout or a bundle.

A module of its own so that every reader of data files (texts, translations, report data) can
use it without importing the others.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any


def resources_dir() -> Path:
    """The ``resources/`` folder, in a source checkout or in a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def read_resource_text(name: str) -> str:
    """The text of ``resources/name`` (UTF-8)."""
    return (resources_dir() / name).read_text(encoding="utf-8")


def read_json_file(path: Path, error: type[Exception], what: str) -> Any:
    """Parsed JSON of ``path``; ``error`` with one sentence naming ``what`` and the file otherwise.

    ``what`` describes the file to the reader of the message ("the text file").
    """
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise error(f"{what} {path} is missing") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise error(f"{what} {path} cannot be read ({exc})") from None
    except json.JSONDecodeError as exc:
        raise error(f"{path.name} is not valid JSON (line {exc.lineno}: {exc.msg})") from None
