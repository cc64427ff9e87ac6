"""Regenerate the interface catalogues: lupdate into the .ts sources, lrelease into the .qm files.

    python packaging/update_translations.py          # update every .ts, then compile every .qm
    python packaging/update_translations.py --check  # change nothing; exit 1 if a .ts or .qm is stale

Run it with the Python of the environment that has PySide6 (``.venv/bin/python``): the tools
are the ``pyside6-lupdate`` / ``pyside6-lrelease`` next to that interpreter, or the ``lupdate``
/ ``lrelease`` binaries inside the PySide6 package. lupdate reads every ``tr()`` /
``QCoreApplication.translate()`` / ``QT_TRANSLATE_NOOP()`` with a literal string in
``skingpt_desktop/ui/*.py`` and merges the messages into
``resources/translations/skingpt_<code>.ts``, one per language of ``core/i18n.py`` other than
English (the source language). It drops messages that are no longer in the code
(``-no-obsolete``) and records no source locations (``-locations none``), so a .ts changes only
when a text does. New messages arrive untranslated (``type="unfinished"``): translate them (Qt
Linguist: ``pyside6-linguist``) and run this script again to compile them.

``--check`` runs the same steps on copies: it fails when lupdate would change a .ts (a text was
added, changed or removed in the code without updating the catalogues), when a .ts still has
unfinished or obsolete messages (unless its language is listed in
``resources/translations/in-progress.txt``; a listed language that is complete fails too), or
when a committed .qm is not what lrelease makes of its .ts.

Standard library only (the packaging scripts run before the app's dependencies are importable).
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "skingpt_desktop" / "ui"
TRANSLATIONS = ROOT / "resources" / "translations"
PREFIX = "skingpt_"
SOURCE_LANGUAGE = "en"
# The languages of skingpt_desktop/core/i18n.py other than English (read from there, so the two
# cannot drift apart; importing it would need the app's dependencies).
_LANGUAGE_ROW = re.compile(r'^\s*Language\(\s*"([A-Za-z_]+)"', re.MULTILINE)


class ToolError(Exception):
    """A Qt tool is missing or failed; the message says which and why."""


def languages() -> list[str]:
    """The codes of the translated languages, in the table's order."""
    table = (ROOT / "skingpt_desktop" / "core" / "i18n.py").read_text(encoding="utf-8")
    codes = [code for code in _LANGUAGE_ROW.findall(table) if code != SOURCE_LANGUAGE]
    if not codes:
        raise ToolError("no languages found in skingpt_desktop/core/i18n.py")
    return codes


IN_PROGRESS = TRANSLATIONS / "in-progress.txt"


def in_progress() -> set[str]:
    """The languages whose catalogue is still being translated (``in-progress.txt``)."""
    if not IN_PROGRESS.is_file():
        return set()
    lines = IN_PROGRESS.read_text(encoding="utf-8").splitlines()
    return {line.strip() for line in lines if line.strip() and not line.startswith("#")}


def ts_path(code: str, folder: Path = TRANSLATIONS) -> Path:
    return folder / f"{PREFIX}{code}.ts"


def qm_path(code: str, folder: Path = TRANSLATIONS) -> Path:
    return folder / f"{PREFIX}{code}.qm"


def find_tool(name: str) -> Path:
    """``pyside6-<name>`` next to this interpreter, else ``<name>`` in the PySide6 package."""
    suffix = ".exe" if os.name == "nt" else ""
    candidates = [Path(sys.executable).parent / f"pyside6-{name}{suffix}"]
    spec = importlib.util.find_spec("PySide6")
    if spec is not None and spec.submodule_search_locations:
        package = Path(next(iter(spec.submodule_search_locations)))
        candidates += [package / f"{name}{suffix}", package / "Qt" / "libexec" / f"{name}{suffix}"]
    for candidate in candidates:
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return candidate
    raise ToolError(f"{name} not found (looked at {', '.join(str(c) for c in candidates)}); run "
                    "this script with the Python of the environment that has PySide6")


def source_files() -> list[Path]:
    files = sorted(SOURCES.glob("*.py"))
    if not files:
        raise ToolError(f"no Python files in {SOURCES}")
    return files


def _run(command: list[str]) -> None:
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        output = (result.stderr or result.stdout).strip()
        raise ToolError(f"{Path(command[0]).name} failed (exit {result.returncode}): {output}")


def lupdate(codes: list[str], folder: Path) -> None:
    """Merge the messages of the sources into ``folder``'s .ts files (created if missing)."""
    tool = str(find_tool("lupdate"))
    sources = [str(p) for p in source_files()]
    for code in codes:
        _run([tool, "-silent", "-no-obsolete", "-locations", "none", "-source-language",
              SOURCE_LANGUAGE, "-target-language", code, *sources, "-ts", str(ts_path(code, folder))])


def lrelease(codes: list[str], ts_folder: Path, qm_folder: Path) -> None:
    """Compile each .ts of ``ts_folder`` into a .qm in ``qm_folder``."""
    tool = str(find_tool("lrelease"))
    for code in codes:
        _run([tool, "-silent", str(ts_path(code, ts_folder)), "-qm", str(qm_path(code, qm_folder))])


def incomplete_messages(ts: Path) -> tuple[int, int]:
    """(unfinished, obsolete or vanished) translations in a .ts file."""
    text = ts.read_text(encoding="utf-8")
    unfinished = len(re.findall(r'<translation[^>]*type="unfinished"', text))
    stale = len(re.findall(r'<translation[^>]*type="(?:obsolete|vanished)"', text))
    return unfinished, stale


def check(codes: list[str]) -> list[str]:
    """What is out of date, one line per problem (empty: everything is current)."""
    problems: list[str] = []
    with tempfile.TemporaryDirectory(prefix="skingpt-ts-") as temporary:
        work = Path(temporary)
        for code in codes:
            if ts_path(code).is_file():
                shutil.copy2(ts_path(code), ts_path(code, work))
        lupdate(codes, work)
        lrelease(codes, work, work)
        for code in codes:
            ts, qm = ts_path(code), qm_path(code)
            if not ts.is_file():
                problems.append(f"{ts.relative_to(ROOT)} is missing")
                continue
            if ts.read_bytes() != ts_path(code, work).read_bytes():
                problems.append(f"{ts.relative_to(ROOT)} does not match the texts in the code "
                                "(run packaging/update_translations.py)")
            unfinished, stale = incomplete_messages(ts_path(code, work))
            if unfinished and code not in in_progress():
                problems.append(f"{ts.relative_to(ROOT)}: {unfinished} message(s) not translated")
            if not unfinished and code in in_progress():
                problems.append(f"{ts.relative_to(ROOT)} is complete: remove {code} from "
                                f"{IN_PROGRESS.relative_to(ROOT)}")
            if stale:
                problems.append(f"{ts.relative_to(ROOT)}: {stale} obsolete message(s)")
            if not qm.is_file() or qm.read_bytes() != qm_path(code, work).read_bytes():
                problems.append(f"{qm.relative_to(ROOT)} is not compiled from the current .ts "
                                "(run packaging/update_translations.py)")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true",
                        help="change nothing; exit 1 if a catalogue is out of date or incomplete")
    args = parser.parse_args(argv)
    try:
        codes = languages()
        if args.check:
            problems = check(codes)
            for problem in problems:
                print(problem, file=sys.stderr)
            if not problems:
                complete = [code for code in codes if code not in in_progress()]
                unfinished = sorted(set(codes) - set(complete))
                print(f"{len(complete)} catalogues up to date and complete"
                      + (f"; still being translated: {', '.join(unfinished)}" if unfinished else ""))
            return 1 if problems else 0
        TRANSLATIONS.mkdir(parents=True, exist_ok=True)
        lupdate(codes, TRANSLATIONS)
        lrelease(codes, TRANSLATIONS, TRANSLATIONS)
    except ToolError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    for code in codes:
        unfinished, _stale = incomplete_messages(ts_path(code))
        note = f", {unfinished} to translate" if unfinished else ""
        print(f"{ts_path(code).relative_to(ROOT)} -> {qm_path(code).name}{note}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
