"""The label spaces a summary may use: SKINCON's 48 concepts and SkinGPT-4's disease classes.

Both come from data files (``resources/report/skincon_concepts.json`` and
``disease_classes.json``) and are validated when loaded. The summary schema's enumerations are
filled from them, so the grammar, the validation and the reports always agree.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from skingpt_desktop.core.i18n import SOURCE_LANGUAGE, data_text, validate_language
from skingpt_desktop.core.report.resources import LabelSpaceError, load_json, require, unique_ids

CONCEPTS_FILE = "skincon_concepts.json"
CLASSES_FILE = "disease_classes.json"
EXPECTED_CONCEPTS = 48
OTHER_CLASS = "other"
_CLASS_ID = re.compile(r"^[a-z][a-z0-9_]{0,40}$")


@dataclass(frozen=True)
class DiseaseClass:
    """One class of the differential: a short id, the name people read, the paper's examples."""

    id: str
    name: str
    examples: tuple[str, ...]


@dataclass(frozen=True)
class LabelSpaces:
    """The concepts and disease classes a summary may name."""

    concepts: tuple[str, ...]
    classes: tuple[DiseaseClass, ...]

    def class_by_id(self, class_id: str) -> DiseaseClass | None:
        """The class with this id, or None."""
        return next((c for c in self.classes if c.id == class_id), None)

    @property
    def class_ids(self) -> tuple[str, ...]:
        """The class ids in the data file's order."""
        return tuple(c.id for c in self.classes)


def _parse_concepts(data: object) -> tuple[str, ...]:
    items = require(data, "concepts", list, CONCEPTS_FILE)
    for i, item in enumerate(items):
        if not isinstance(item, str) or not item.strip() or '"' in item or "\\" in item:
            raise LabelSpaceError(f"{CONCEPTS_FILE}: concepts[{i}] must be a plain, non-empty name")
    unique_ids(items, f"{CONCEPTS_FILE}: concepts")
    if len(items) != EXPECTED_CONCEPTS:
        raise LabelSpaceError(f"{CONCEPTS_FILE}: concepts lists {len(items)} names; SKINCON has "
                              f"{EXPECTED_CONCEPTS}")
    return tuple(items)


def _parse_class(item: object, where: str) -> DiseaseClass:
    class_id = require(item, "id", str, where)
    if not _CLASS_ID.match(class_id):
        raise LabelSpaceError(f"{where}.id {class_id!r} must be lower-case letters, digits and _")
    examples = require(item, "examples", list, where)
    if not all(isinstance(e, str) and e.strip() for e in examples):
        raise LabelSpaceError(f"{where}.examples must be a list of non-empty texts")
    return DiseaseClass(class_id, require(item, "name", str, where), tuple(examples))


def _parse_classes(data: object) -> tuple[DiseaseClass, ...]:
    items = require(data, "classes", list, CLASSES_FILE)
    classes = tuple(_parse_class(item, f"{CLASSES_FILE}: classes[{i}]") for i, item in enumerate(items))
    unique_ids([c.id for c in classes], f"{CLASSES_FILE}: classes")
    if OTHER_CLASS not in {c.id for c in classes}:
        raise LabelSpaceError(f"{CLASSES_FILE}: classes must include {OTHER_CLASS!r}")
    return classes


def load_label_spaces(folder: Path | None = None) -> LabelSpaces:
    """Read and validate both label-space files (``folder``: another data folder, for tests)."""
    return LabelSpaces(concepts=_parse_concepts(load_json(CONCEPTS_FILE, folder)),
                       classes=_parse_classes(load_json(CLASSES_FILE, folder)))


@lru_cache(maxsize=1)
def default_label_spaces() -> LabelSpaces:
    """The label spaces shipped in ``resources/report/`` (read once)."""
    return load_label_spaces()


@lru_cache(maxsize=8)
def label_spaces_for(language: str = SOURCE_LANGUAGE) -> LabelSpaces:
    """The shipped label spaces with the disease groups' names in ``language``.

    Ids and examples stay as they are (the summary's grammar uses the ids); the SKINCON
    concepts stay the English controlled vocabulary they are (the clinician report names them
    as such).
    """
    language = validate_language(language)
    spaces = default_label_spaces()
    if language == SOURCE_LANGUAGE:
        return spaces
    classes = tuple(dataclasses.replace(c, name=data_text(f"class.{c.id}.name", language))
                    for c in spaces.classes)
    return LabelSpaces(spaces.concepts, classes)
