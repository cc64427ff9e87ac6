"""Reading the report data files in ``resources/report/`` with errors that name the bad field.

The label spaces, the checklist and the summary schema are data, edited by people who may not
read the code; a mistake in them must stop the app with a sentence that points at the file and
the field (``red_flags.json: symptoms[3].urgency: 'soon' is not one of ...``), never a KeyError.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from skingpt_desktop.core.errors import SkinGPTError
from skingpt_desktop.core.resource_files import read_json_file, resources_dir

REPORT_RESOURCES = "report"


class LabelSpaceError(SkinGPTError):
    """A report data file is missing, is not valid JSON, or has a bad field."""


def report_resource(name: str, folder: Path | None = None) -> Path:
    """Path of ``resources/report/name`` (or of ``folder/name`` when a folder is given)."""
    return (folder or resources_dir() / REPORT_RESOURCES) / name


def load_json(name: str, folder: Path | None = None) -> Any:
    """The parsed JSON of a report data file; ``LabelSpaceError`` naming the file otherwise."""
    return read_json_file(report_resource(name, folder), LabelSpaceError,
                          "the report data file")


def require(data: Any, key: str, kind: type | tuple[type, ...], where: str) -> Any:
    """``data[key]`` checked to be of ``kind`` (non-empty if text); the error names ``where.key``."""
    if not isinstance(data, dict):
        raise LabelSpaceError(f"{where} must be an object")
    if key not in data:
        raise LabelSpaceError(f"{where}.{key} is missing")
    value = data[key]
    if not isinstance(value, kind) or isinstance(value, bool) and kind is not bool:
        names = kind.__name__ if isinstance(kind, type) else " or ".join(k.__name__ for k in kind)
        raise LabelSpaceError(f"{where}.{key} must be of type {names}")
    if isinstance(value, str) and not value.strip():
        raise LabelSpaceError(f"{where}.{key} must not be empty")
    return value


def unique_ids(ids: list[str], where: str) -> None:
    """Raise ``LabelSpaceError`` naming the first id that occurs twice."""
    seen: set[str] = set()
    for value in ids:
        if value in seen:
            raise LabelSpaceError(f"{where}: {value!r} occurs twice")
        seen.add(value)
