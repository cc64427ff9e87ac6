"""User-facing texts shared by the CLI and the GUI, and where the resource files live.

The full disclaimer and other long texts are files in ``resources/`` so translators and
reviewers can read them without reading code.
"""

from __future__ import annotations

import sys
from pathlib import Path

DISCLAIMER_SHORT = (
    "SkinGPT Desktop gives research-grade information, not a diagnosis. It does not replace a "
    "doctor. In an emergency, seek medical care now."
)


def resources_dir() -> Path:
    """The ``resources/`` folder, in a source checkout or in a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def read_resource_text(name: str) -> str:
    """The text of ``resources/name`` (UTF-8)."""
    return (resources_dir() / name).read_text(encoding="utf-8")


def format_bytes(count: float) -> str:
    """1536 -> '1.5 KB' (decimal units, as file managers show them)."""
    for unit in ("bytes", "KB", "MB", "GB", "TB"):
        if abs(count) < 1000 or unit == "TB":
            return f"{count:.0f} {unit}" if unit == "bytes" else f"{count:.1f} {unit}"
        count /= 1000.0
    return f"{count:.1f} TB"
