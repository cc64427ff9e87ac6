"""The warning-sign checklist (red flags) and the urgency levels, from ``red_flags.json``.

Each symptom the user can tick has an urgency and a plain instruction, and cites the public
guidance it follows. The file is validated when loaded: an unknown urgency, a missing source or
a duplicate id stops with a message naming the field.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from skingpt_desktop.core.i18n import SOURCE_LANGUAGE, data_text, validate_language
from skingpt_desktop.core.report.resources import LabelSpaceError, load_json, require, unique_ids

RED_FLAGS_FILE = "red_flags.json"
URGENCY_IDS = ("routine", "within_2_weeks", "same_day", "emergency")  # lowest to highest
_SYMPTOM_ID = re.compile(r"^[a-z][a-z0-9_]{0,60}$")


@dataclass(frozen=True)
class Source:
    """Where a rule comes from: the guidance's name and the section it is in."""

    name: str
    section: str

    def cite(self) -> str:
        """``name, section`` as printed in reports."""
        return f"{self.name}, {self.section}"


@dataclass(frozen=True)
class UrgencyLevel:
    """How soon to get help; ``rank`` orders the levels (higher is more urgent)."""

    id: str
    rank: int
    label: str
    instruction: str


@dataclass(frozen=True)
class Symptom:
    """One warning sign of the checklist, and the rule it carries."""

    id: str
    label: str
    urgency: str
    instruction: str
    sources: tuple[Source, ...]


@dataclass(frozen=True)
class Checklist:
    """The urgency levels (lowest first) and the warning signs, in the file's order."""

    levels: tuple[UrgencyLevel, ...]
    symptoms: tuple[Symptom, ...]

    def level(self, urgency_id: str) -> UrgencyLevel:
        """The level called ``urgency_id`` (``KeyError`` if unknown)."""
        for level in self.levels:
            if level.id == urgency_id:
                return level
        raise KeyError(urgency_id)

    def symptom(self, symptom_id: str) -> Symptom | None:
        """The warning sign with this id, or None."""
        return next((s for s in self.symptoms if s.id == symptom_id), None)

    @property
    def urgency_ids(self) -> tuple[str, ...]:
        """Urgency ids, lowest first."""
        return tuple(level.id for level in self.levels)


def _parse_levels(data: object) -> tuple[UrgencyLevel, ...]:
    items = require(data, "urgency_levels", list, RED_FLAGS_FILE)
    levels = []
    for i, item in enumerate(items):
        where = f"{RED_FLAGS_FILE}: urgency_levels[{i}]"
        levels.append(UrgencyLevel(require(item, "id", str, where), require(item, "rank", int, where),
                                   require(item, "label", str, where),
                                   require(item, "instruction", str, where)))
    levels.sort(key=lambda level: level.rank)
    if tuple(level.id for level in levels) != URGENCY_IDS:
        raise LabelSpaceError(f"{RED_FLAGS_FILE}: urgency_levels must be exactly "
                              f"{', '.join(URGENCY_IDS)}, ranked in that order")
    return tuple(levels)


def _parse_sources(item: object, where: str) -> tuple[Source, ...]:
    sources = require(item, "sources", list, where)
    if not sources:
        raise LabelSpaceError(f"{where}.sources must cite at least one source")
    return tuple(Source(require(s, "name", str, f"{where}.sources[{j}]"),
                        require(s, "section", str, f"{where}.sources[{j}]"))
                 for j, s in enumerate(sources))


def _parse_symptom(item: object, where: str) -> Symptom:
    symptom_id = require(item, "id", str, where)
    if not _SYMPTOM_ID.match(symptom_id):
        raise LabelSpaceError(f"{where}.id {symptom_id!r} must be lower-case letters, digits and _")
    urgency = require(item, "urgency", str, where)
    if urgency not in URGENCY_IDS:
        raise LabelSpaceError(f"{where}.urgency {urgency!r} is not one of {', '.join(URGENCY_IDS)}")
    return Symptom(symptom_id, require(item, "label", str, where), urgency,
                   require(item, "instruction", str, where), _parse_sources(item, where))


def load_checklist(folder: Path | None = None) -> Checklist:
    """Read and validate ``red_flags.json`` (``folder``: another data folder, for tests)."""
    data = load_json(RED_FLAGS_FILE, folder)
    levels = _parse_levels(data)
    items = require(data, "symptoms", list, RED_FLAGS_FILE)
    symptoms = tuple(_parse_symptom(item, f"{RED_FLAGS_FILE}: symptoms[{i}]")
                     for i, item in enumerate(items))
    if not symptoms:
        raise LabelSpaceError(f"{RED_FLAGS_FILE}: symptoms must list at least one warning sign")
    unique_ids([s.id for s in symptoms], f"{RED_FLAGS_FILE}: symptoms")
    return Checklist(levels, symptoms)


@lru_cache(maxsize=1)
def default_checklist() -> Checklist:
    """The checklist shipped in ``resources/report/`` (read once)."""
    return load_checklist()


@lru_cache(maxsize=8)
def checklist_for(language: str = SOURCE_LANGUAGE) -> Checklist:
    """The shipped checklist with its labels and instructions in ``language``.

    Only the texts change: ids, urgencies, ranks and sources are the English file's, so a
    warning sign means the same in every language. A text the translation lacks is English.
    """
    language = validate_language(language)
    checklist = default_checklist()
    if language == SOURCE_LANGUAGE:
        return checklist
    levels = tuple(dataclasses.replace(
        level, label=data_text(f"urgency.{level.id}.label", language),
        instruction=data_text(f"urgency.{level.id}.instruction", language))
        for level in checklist.levels)
    symptoms = tuple(dataclasses.replace(
        symptom, label=data_text(f"symptom.{symptom.id}.label", language),
        instruction=data_text(f"symptom.{symptom.id}.instruction", language))
        for symptom in checklist.symptoms)
    return Checklist(levels, symptoms)
